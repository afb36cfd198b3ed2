"""`python -m ui.qt_probe`: makes a QGuiApplication and exits 0, or dies as Qt makes it die.
Run in a child process by ui/window_check.py, so the launcher itself never aborts."""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    print(app.platformName())
    return 0


if __name__ == "__main__":
    sys.exit(main())
