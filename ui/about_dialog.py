"""Help ▸ About Vitrina: the version (the one in studio/__init__.py, which the package's metadata
and `vitrina --version` read too), the Qt and Python it runs on, and where its data and logs are."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from studio import __version__
from studio.paths import Paths
from studio.placeholders import fill


def about_text(paths: Paths) -> str:
    return (f"Vitrina {__version__}\n\n"
            + QCoreApplication.translate("AboutDialog", "A desktop studio for live selling.") + "\n\n"
            f"Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}\n"
            f"{platform.platform()}\n\n"
            + fill(QCoreApplication.translate("AboutDialog", "Data: %1"), str(paths.data_dir)) + "\n"
            + fill(QCoreApplication.translate("AboutDialog", "Logs: %1"), str(paths.logs)))


def about_box(paths: Paths, parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("AboutDialog", "About Vitrina"), about_text(paths),
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
