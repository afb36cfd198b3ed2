"""`python -m ui` runs the same program as `vitrina`: the studio window, or a subcommand."""

import sys

from ui.launcher import main

sys.exit(main())
