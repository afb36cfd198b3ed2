"""Qt widgets: windows, docks, dialogs and item models over studio/."""
