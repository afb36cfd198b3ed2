"""The bundled font (Inter, SIL Open Font License), so overlays render the same on every machine."""

from __future__ import annotations

import logging
import threading

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")
_lock = threading.Lock()
_loaded = False


def ensure_fonts() -> None:
    """Register the bundled fonts once. Qt needs a QGuiApplication (any platform, offscreen too)."""
    global _loaded
    with _lock:
        if _loaded:
            return
        if QGuiApplication.instance() is None:
            raise RuntimeError("overlays need a QGuiApplication: create one before rendering")
        for name in FONT_FILES:
            if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
                log.warning("the bundled font %s could not be loaded", name)
        _loaded = True


def font(family: str, pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    ensure_fonts()
    chosen = QFont(family)
    chosen.setPixelSize(max(1, round(pixel_size)))
    chosen.setWeight(weight)
    chosen.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return chosen
