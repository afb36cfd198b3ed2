"""Where the studio's log goes: stderr, and a rotating file in the data dir's logs folder
(the window has no console on every platform, so the file is what a user can send)."""

from __future__ import annotations

import logging
import logging.handlers

from studio.paths import Paths

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 3


def configure_logging(paths: Paths, verbose: bool = False) -> None:
    """Idempotent: calling it again (tests run the command line in-process) replaces its handlers."""
    root = logging.getLogger()
    for handler in [handler for handler in root.handlers if getattr(handler, "_vitrina", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    _add(root, console)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        file = logging.handlers.RotatingFileHandler(
            paths.logs / "vitrina.log", maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        root.warning("cannot write the log file in %s: %s", paths.logs, error)
        return
    file.setFormatter(logging.Formatter(FORMAT))
    _add(root, file)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler._vitrina = True  # type: ignore[attr-defined]
    root.addHandler(handler)
