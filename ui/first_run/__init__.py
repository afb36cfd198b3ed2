"""The first-run assistant (as OBS's auto-configuration wizard): one page per file."""
