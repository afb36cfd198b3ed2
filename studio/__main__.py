"""`python -m studio`: the command line without the window (`vitrina run`, `vitrina products`,
...). The program with its window is `vitrina`, or `python -m ui`: nothing below ui/ imports it."""

import sys

from studio.cli import main

sys.exit(main())
