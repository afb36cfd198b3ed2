"""The show's numbers in the window: the Stats dock while it runs, the Show report window after."""
