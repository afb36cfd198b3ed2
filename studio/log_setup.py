"""Where the studio's log goes: stderr, and a rotating file in the data dir's logs folder
(the window has no console on every platform, so the file is what a user can send).
Every line passes through studio/log_redaction.py on its way out, tracebacks included."""

from __future__ import annotations

import logging
import logging.handlers

from studio.log_redaction import redact_secrets
from studio.paths import Paths

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 3
LOG_FILE = "vitrina.log"
LEVELS = ("debug", "info", "warning", "error")


FILE_ONLY = {"file_only": True}  # `extra=` for a record the console must not show (a traceback for the log file)


def not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_secrets(super().format(record))


def configure_logging(paths: Paths, verbose: bool = False, level: str | None = None) -> None:
    """Idempotent: calling it again (tests run the command line in-process) replaces its handlers.
    `level` (--log-level) sets the file's and the console's level; `verbose` (-v) shows info on the console."""
    root = logging.getLogger()
    for handler in [handler for handler in root.handlers if getattr(handler, "_vitrina", False)]:
        root.removeHandler(handler)
        handler.close()
    chosen = getattr(logging, level.upper()) if level else None
    root.setLevel(chosen if chosen is not None else logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(chosen if chosen is not None else logging.INFO if verbose else logging.WARNING)
    console.setFormatter(RedactingFormatter(FORMAT))
    console.addFilter(not_file_only)
    _add(root, console)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        file = logging.handlers.RotatingFileHandler(
            paths.logs / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        root.warning("cannot write the log file in %s: %s", paths.logs, error)
        return
    file.setFormatter(RedactingFormatter(FORMAT))
    _add(root, file)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler._vitrina = True  # type: ignore[attr-defined]
    root.addHandler(handler)
