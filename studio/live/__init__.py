"""The live show: one object that the command line, the window and remote control all drive."""
