"""`python -m studio` runs the same program as `vitrina`.

The program's entry is the one place below ui/ allowed to reach up to it (import-linter
ignores this single import), so that `python -m studio` can open the window too.
"""

import sys

from ui.launcher import main

sys.exit(main())
