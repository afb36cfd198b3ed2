import pytest
from PySide6.QtGui import QFont, QFontInfo

from overlays.fonts import font


@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.DemiBold, QFont.Weight.Bold])
def test_graphics_draw_with_the_bundled_font_in_each_weight(weight):
    """If the bundled files did not load, Qt would quietly draw in a system font and every
    golden image would differ; this says why."""
    chosen = font("Inter", 30, weight)
    info = QFontInfo(chosen)
    assert info.family() == "Inter" and info.weight() == weight.value
    assert info.pixelSize() == 30
