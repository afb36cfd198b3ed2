"""Drawing outside text safely: always plain text (never rich text or HTML), wrapped, at most
a set number of lines with the last one elided, right-to-left where the text is, and never
outside its box."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")
CHARACTERS_PER_LINE_LIMIT = 400  # no line holds more: longer text is cut before layout


def plain(text: str) -> str:
    """One line of displayable text: controls and newlines become spaces, runs of space one."""
    return " ".join(_CONTROL.sub(" ", text).split())


def is_right_to_left(text: str) -> bool:
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """The lines `text` wraps to in `width`, at most `max_lines`, the last elided if text remains."""
    text = plain(text)[: CHARACTERS_PER_LINE_LIMIT * max(1, max_lines)]
    if not text or max_lines < 1 or width <= 0:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans]
    last_start = spans[-1][0] if spans else 0
    if spans and sum(spans[-1]) < len(text):
        lines[-1] = QFontMetricsF(font).elidedText(text[last_start:], Qt.TextElideMode.ElideRight, width)
    return lines


def draw_lines(
    painter: QPainter,
    lines: list[str],
    font: QFont,
    box: QRectF,
    colour: QColor,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> float:
    """Draws `lines` top-down inside `box` (clipped to it); returns the height used."""
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    painter.save()
    painter.setClipRect(box)
    painter.setFont(font)
    painter.setPen(colour)
    y = box.top()
    for line in lines:
        if y + line_height > box.bottom() + 0.5:
            break
        line_align = align
        if is_right_to_left(line) and align == Qt.AlignmentFlag.AlignLeft:
            line_align = Qt.AlignmentFlag.AlignRight
        option = QTextOption(line_align | Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(QRectF(box.left(), y, box.width(), line_height), line, option)
        y += line_height
    painter.restore()
    return y - box.top()


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def ascent(font: QFont) -> float:
    return QFontMetricsF(font).ascent()


def fitted(text: str, chosen: QFont, width: float, smallest_px: int) -> QFont:
    """`chosen`, made smaller (down to `smallest_px`) until `text` fits `width` on one line:
    a longer language or currency shrinks the line before anything of it is elided."""
    needed = text_width(plain(text), chosen)
    if needed <= width or chosen.pixelSize() <= smallest_px:
        return chosen
    smaller = QFont(chosen)
    smaller.setPixelSize(max(smallest_px, int(chosen.pixelSize() * width / needed)))
    return smaller
