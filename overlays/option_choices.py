"""A product's options on its card: the values viewers can choose ("P · M · G", "Branco · Preto"),
the sold-out ones struck and muted, one option a line.

Like every other line, a long list first shrinks (down to a smallest size), then wraps, then
the last line is elided; more options than lines run on after one another, " / " between them.
In a box whose height holds one line at the full size but more only at a smaller one (the
upright card's), the list takes one line while it fits there, then the lines at the size they fit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from overlays.text import draw_lines, line_height, plain, text_width

SEPARATOR, OPTION_SEPARATOR, ELLIPSIS = " · ", "  /  ", "…"
MAX_VALUE_CHARACTERS = 80  # a hostile 10,000-character value is one short piece, elided


@dataclass(frozen=True)
class OptionChoice:
    """One value of an option, as the viewer types it, and whether any variant with it is in stock."""

    text: str
    in_stock: bool = True


@dataclass(frozen=True)
class Piece:
    text: str
    struck: bool = False  # a sold-out value
    separator: bool = False


Line = list[Piece]


def laid_out(options: tuple[tuple[OptionChoice, ...], ...], base: QFont, smallest_px: int, width: float,
             max_lines: int) -> tuple[QFont, list[Line]]:
    """The font and the lines the options take in `width`: at most `max_lines` lines."""
    paragraphs = _paragraphs(options, max_lines)
    if not paragraphs or width <= 0:
        return base, []
    chosen = _shrunk(paragraphs, base, smallest_px, width)
    lines: list[Line] = []
    for paragraph in paragraphs:
        lines += _wrapped(paragraph, chosen, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _elided(lines[-1], chosen, width)
    return chosen, lines


def fitted_choices(options: tuple[tuple[OptionChoice, ...], ...], base: QFont, smallest_px: int, box: QRectF,
                   most_lines: int) -> tuple[QFont, list[Line]]:
    """The font and lines for `box`: of the line counts whose lines fit its height at `smallest_px`
    or more, the one that shows every value at the largest size (more lines, one option a line,
    where sizes tie); where none shows them all, the one with the most lines, its last elided."""
    best: tuple[QFont, list[Line]] = (base, [])
    best_size = 0
    for count in range(1, most_lines + 1):
        sized = _for_lines(base, box.height(), count)
        if sized.pixelSize() < smallest_px:
            break
        chosen, lines = laid_out(options, sized, smallest_px, box.width(), count)
        shown_whole = _values(lines) == _values(_paragraphs(options, count))
        size = chosen.pixelSize() if shown_whole else 0
        if size >= best_size:
            best, best_size = (chosen, lines), size
    return best


def draw_choices(painter: QPainter, lines: list[Line], chosen: QFont, box: QRectF, ink: QColor, muted: QColor) -> None:
    """The lines top-down in `box`, never outside it."""
    height = line_height(chosen)
    painter.save()
    painter.setClipRect(box)
    top = box.top()
    for line in lines:
        if top + height > box.bottom() + 0.5:
            break
        left = box.left()
        for piece in line:
            piece_font = _font_of(piece, chosen)
            width = min(text_width(piece.text, piece_font) + 1, box.right() - left)
            colour = ink if not (piece.struck or piece.separator) else muted
            draw_lines(painter, [piece.text], piece_font, QRectF(left, top, max(0.0, width), height), colour)
            left += width - 1
        top += height
    painter.restore()


def _paragraphs(options: tuple[tuple[OptionChoice, ...], ...], max_lines: int) -> list[Line]:
    groups = [[Piece(text, not choice.in_stock) for choice in option
               if (text := plain(choice.text)[:MAX_VALUE_CHARACTERS])] for option in options]
    groups = [group for group in groups if group]
    if max_lines < 1 or not groups:
        return []
    if len(groups) <= max_lines:
        return [_paragraph([group]) for group in groups]
    # the options beyond the lines run on after the last one
    return [*(_paragraph([group]) for group in groups[: max_lines - 1]), _paragraph(groups[max_lines - 1 :])]


def _paragraph(groups: list[list[Piece]]) -> Line:
    line: Line = []
    for group in groups:
        if line:
            line.append(Piece(OPTION_SEPARATOR, separator=True))
        for index, piece in enumerate(group):
            if index:
                line.append(Piece(SEPARATOR, separator=True))
            line.append(piece)
    return line


def _for_lines(base: QFont, height: float, count: int) -> QFont:
    """`base`, or smaller until `count` lines of it fit `height`."""
    sized = QFont(base)
    while sized.pixelSize() > 1 and line_height(sized) * count > height:
        sized.setPixelSize(sized.pixelSize() - 1)
    return sized


def _values(lines: list[Line]) -> list[str]:
    return [piece.text for line in lines for piece in line if not piece.separator]


def _font_of(piece: Piece, chosen: QFont) -> QFont:
    if not piece.struck:
        return chosen
    struck = QFont(chosen)
    struck.setStrikeOut(True)
    return struck


def _width(line: Line, chosen: QFont) -> float:
    return sum(text_width(piece.text, _font_of(piece, chosen)) for piece in line)


def _shrunk(paragraphs: list[Line], base: QFont, smallest_px: int, width: float) -> QFont:
    needed = max(_width(paragraph, base) for paragraph in paragraphs)
    if needed <= width or base.pixelSize() <= smallest_px:
        return base
    smaller = QFont(base)
    smaller.setPixelSize(max(smallest_px, int(base.pixelSize() * width / needed)))
    return smaller


def _wrapped(paragraph: Line, chosen: QFont, width: float) -> list[Line]:
    """Whole values a line, a separator never at a line's end; a value wider than a line is elided."""
    lines: list[Line] = [[]]
    for piece in paragraph:
        line = lines[-1]
        if piece.separator:
            if line:
                line.append(piece)
            continue
        if line and _width([*line, piece], chosen) > width:
            _drop_separator(line)
            lines.append(line := [])
        line.append(_fitted_piece(piece, chosen, width))
    _drop_separator(lines[-1])
    return [line for line in lines if line]


def _fitted_piece(piece: Piece, chosen: QFont, width: float) -> Piece:
    piece_font = _font_of(piece, chosen)
    if text_width(piece.text, piece_font) <= width:
        return piece
    return Piece(QFontMetricsF(piece_font).elidedText(piece.text, Qt.TextElideMode.ElideRight, width), piece.struck)


def _elided(line: Line, chosen: QFont, width: float) -> Line:
    """The line with an ellipsis at its end, pieces dropped from the end until it fits: more follows.
    A first value too wide for what is left is cut itself, its own ellipsis saying so."""
    room = width - text_width(SEPARATOR + ELLIPSIS, chosen)
    line = list(line)
    while len(line) > 1 and _width(line, chosen) > room:
        line.pop()
    _drop_separator(line)
    if _width(line, chosen) > room:
        first = line[0]
        cut = QFontMetricsF(_font_of(first, chosen)).elidedText(first.text + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        return [Piece(cut, first.struck)]
    return [*line, Piece(SEPARATOR + ELLIPSIS, separator=True)]


def _drop_separator(line: Line) -> None:
    while line and line[-1].separator:
        line.pop()
