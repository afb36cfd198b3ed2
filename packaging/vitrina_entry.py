"""The bundle's program (PyInstaller's entry script): `vitrina` as the wheel installs it, and
`vitrina -m MODULE` running a module as `python -m` would, since a frozen program has no
Python beside it: the studio starts its child processes that way (an RTMP destination's own process,
the Qt check before the window)."""

from __future__ import annotations

import runpy
import sys


def main() -> int:
    if getattr(sys, "frozen", False) and sys.argv[1:2] == ["-m"] and len(sys.argv) > 2:
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from ui.launcher import main as vitrina

    return vitrina()


if __name__ == "__main__":
    sys.exit(main())
