"""After the show (and during it): what a show sold, when, while which product was pinned, and who
watched, computed from the store alone. Values here are plain dataclasses; the command line, the
HTML report and the window's charts are views over them."""
