"""Packing slips and the pick list as PDF pages, drawn with Qt's PDF writer from plain view data
(the words come made: studio/commerce/slips.py). A slip is one page per cart: its title and a QR
of the cart id, the buyer, the lines, the totals and where the payment stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from overlays.fonts import font
from overlays.painter_app import ensure_painter_app
from overlays.qr_code import draw_qr
from overlays.text import draw_lines, line_height, wrapped_lines

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595.0, 842.0, 40.0  # A4 in points
RESOLUTION = 300  # dots per inch: the QR's modules land on whole dots
INK, GREY, PAPER = QColor("#111111"), QColor("#666666"), QColor("#ffffff")
FAMILY = "Inter"


class DocumentError(RuntimeError):
    pass


@dataclass(frozen=True)
class SlipLine:
    text: str  # "A2 Ceramic Mug · M / Blue"
    quantity: str
    amount: str
    note: str = ""  # "Pre-order · ships 12 Dec", "cancelled"


@dataclass(frozen=True)
class SlipView:
    title: str  # "Cart 7KX4P"
    qr_text: str  # the cart id
    heading: tuple[str, ...]  # the buyer, the show
    columns: tuple[str, str, str]  # "Item", "Qty", "Amount"
    lines: tuple[SlipLine, ...]
    totals: tuple[tuple[str, str], ...]  # ("Items", "$48.00"), ..., ("Total", "$55.50")
    footer: tuple[str, ...]  # payment state, hold, Pix or link


@dataclass(frozen=True)
class TableView:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the width, one per column
    right_aligned: int = 1  # how many of the last columns are right-aligned (counts, amounts)


def write_slips(views: Sequence[SlipView], path: Path) -> int:
    """One page per view; returns the page count."""
    with _Document(path) as document:
        for index, view in enumerate(views):
            if index:
                document.new_page()
            _draw_slip(document.painter, view)
    return len(views)


def write_table(view: TableView, path: Path) -> int:
    """A table over as many pages as it takes, its header on each; returns the page count."""
    with _Document(path) as document:
        painter, pages = document.painter, 1
        top = _title(painter, view.title, MARGIN)
        body, bold = font(FAMILY, 10), font(FAMILY, 10, QFont.Weight.Bold)
        row_height = line_height(body) + 4
        y = _row(painter, view.columns, view.widths, top, bold, view.right_aligned)
        for row in view.rows:
            if y + row_height > PAGE_HEIGHT - MARGIN:
                document.new_page()
                pages += 1
                y = _row(painter, view.columns, view.widths, MARGIN, bold, view.right_aligned)
            y = _row(painter, row, view.widths, y, body, view.right_aligned)
    return pages


class _Document:
    def __init__(self, path: Path) -> None:
        ensure_painter_app()
        self._path = path
        self._writer = QPdfWriter(str(path))
        self._writer.setResolution(RESOLUTION)
        self._writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                               QMarginsF(0, 0, 0, 0)))
        self._writer.setCreator("Vitrina")
        self.painter = QPainter()

    def __enter__(self) -> _Document:
        if not self.painter.begin(self._writer):
            raise DocumentError(f"cannot write {self._path}")
        self._scale()
        return self

    def new_page(self) -> None:
        self._writer.newPage()
        self._scale()

    def _scale(self) -> None:
        self.painter.resetTransform()
        self.painter.scale(RESOLUTION / 72, RESOLUTION / 72)  # draw in points

    def __exit__(self, *_: object) -> None:
        self.painter.end()


def _title(painter: QPainter, text: str, top: float, width: float = PAGE_WIDTH - 2 * MARGIN) -> float:
    chosen = font(FAMILY, 20, QFont.Weight.Bold)
    lines = wrapped_lines(text, chosen, width, 1)
    return top + draw_lines(painter, lines, chosen, QRectF(MARGIN, top, width, line_height(chosen) + 2), INK) + 12


def _draw_slip(painter: QPainter, view: SlipView) -> None:
    qr_side = 110.0
    draw_qr(painter, view.qr_text, QRectF(PAGE_WIDTH - MARGIN - qr_side, MARGIN - 10, qr_side, qr_side), INK, PAPER)
    text_width = PAGE_WIDTH - 2 * MARGIN - qr_side - 10
    y = _title(painter, view.title, MARGIN, text_width)
    y = _lines(painter, view.heading, font(FAMILY, 12), y, text_width, INK)
    y = max(y, MARGIN + qr_side) + 16
    widths = (0.66, 0.12, 0.22)
    y = _row(painter, view.columns, widths, y, font(FAMILY, 11, QFont.Weight.Bold))
    body, small = font(FAMILY, 11), font(FAMILY, 9)
    room = PAGE_HEIGHT - MARGIN - 40 - 16 * (len(view.totals) + len(view.footer))
    for index, line in enumerate(view.lines):
        needed = line_height(body) + 4 + (line_height(small) if line.note else 0)
        if y + needed > room:
            y = _lines(painter, (f"+ {len(view.lines) - index} more",), small, y, PAGE_WIDTH - 2 * MARGIN, GREY)
            break
        y = _row(painter, (line.text, line.quantity, line.amount), widths, y, body)
        if line.note:
            y = _lines(painter, (line.note,), small, y - 3, PAGE_WIDTH - 2 * MARGIN, GREY) + 3
    y += 10
    painter.setPen(GREY)
    painter.drawLine(int(MARGIN), int(y), int(PAGE_WIDTH - MARGIN), int(y))
    y += 8
    for label, amount in view.totals:
        y = _row(painter, ("", label, amount), (0.5, 0.28, 0.22), y, font(FAMILY, 11, QFont.Weight.Bold
                                                                         if label == view.totals[-1][0] else
                                                                         QFont.Weight.Normal))
    _lines(painter, view.footer, font(FAMILY, 10), y + 14, PAGE_WIDTH - 2 * MARGIN, INK)


def _lines(painter: QPainter, texts: Sequence[str], chosen: QFont, top: float, width: float, colour: QColor) -> float:
    y = top
    for text in texts:
        lines = wrapped_lines(text, chosen, width, 2)
        y += draw_lines(painter, lines, chosen, QRectF(MARGIN, y, width, line_height(chosen) * len(lines) + 1), colour)
    return y


def _row(painter: QPainter, cells: Sequence[str], widths: Sequence[float], top: float, chosen: QFont,
         right_aligned: int = 1) -> float:
    """One table row, cells left to right; the last `right_aligned` columns right-aligned (amounts, counts)."""
    full = PAGE_WIDTH - 2 * MARGIN
    x, height = MARGIN, line_height(chosen) + 4
    for index, (cell, share) in enumerate(zip(cells, widths, strict=True)):
        width = full * share
        last = index == len(cells) - 1
        lines = wrapped_lines(cell, chosen, width - 6, 1)
        right = index >= len(cells) - right_aligned
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        draw_lines(painter, lines, chosen, QRectF(x, top, width - (0 if last else 6), height), INK, align)
        x += width
    return top + height
