"""The Settings dialog (File ▸ Settings…) and its pages."""
