"""The `vitrina` program: the studio window, or a subcommand. Qt is imported only for the window."""

from __future__ import annotations

import sys

from studio.cli import main as cli_main
from studio.paths import Paths


def open_studio_window(paths: Paths, rehearsal: bool = False) -> int:
    from ui.app import run_studio

    return run_studio(paths, rehearsal)


def main() -> int:
    return cli_main(sys.argv[1:], open_window=open_studio_window)


if __name__ == "__main__":
    sys.exit(main())
