"""The `vitrina` program: the studio window, or a subcommand. Qt is imported only for the window,
and only once a check (ui/window_check.py) has found that the window can open here."""

from __future__ import annotations

import logging
import sys

from studio.cli import main as cli_main
from studio.paths import Paths

log = logging.getLogger(__name__)


def open_studio_window(paths: Paths, rehearsal: bool = False) -> int:
    from ui.window_check import window_problem

    problem = window_problem()
    if problem is not None:
        log.info("the window cannot open: %s", problem)
        print(problem, file=sys.stderr)
        return 1
    from ui.app import run_studio

    return run_studio(paths, rehearsal)


def main() -> int:
    return cli_main(sys.argv[1:], open_window=open_studio_window)


if __name__ == "__main__":
    sys.exit(main())
