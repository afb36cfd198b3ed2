"""Runs a product import on a worker thread and reports back on the GUI thread, a refused file's
problems in the window's language."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.imports import ProductImportError, import_products
from studio.settings import CURRENCY, set_setting
from studio.storage import open_database
from ui.refusals import reason_text

log = logging.getLogger(__name__)


class ImportJob(QObject):
    finished = Signal(object)  # studio.imports.ImportResult
    failed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, file: Path, currency: str | None = None) -> None:
        """Import `file`; `currency` is for prices the file gives none for (else the store's)."""
        self._thread = threading.Thread(
            target=self._run, args=(file, currency), name="product-import", daemon=True
        )
        self._thread.start()

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, file: Path, currency: str | None) -> None:
        db = open_database(self._database)
        try:
            result = import_products(db, file, currency=currency)
            if currency:
                set_setting(db, CURRENCY, currency)
        except ProductImportError as error:
            self.failed.emit(self._problems_text(error))
        except Exception as error:  # the window stays up whatever the file holds
            log.exception("importing %s failed", file)
            self.failed.emit(self.tr("The import failed: %1").replace("%1", reason_text(error)))
        else:
            self.finished.emit(result)
        finally:
            db.conn.close()

    def _problems_text(self, error: ProductImportError) -> str:
        """Each problem with its line and column ("linha 3, price: ..."), then how many more there are."""
        lines = [reason_text(issue.refusal) for issue in error.shown]
        if error.unshown:
            lines.append(self.tr("... and %n more problems", "", error.unshown))
        return "\n".join(lines)

