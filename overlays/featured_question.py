"""A viewer's question featured on stream: their name and text, wrapped, at most N lines."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.placement import Anchor, Placement, Placements, is_upright, safe_width_units
from overlays.text import draw_lines, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

# 560 wide in landscape, so it stands beside a giveaway at the top centre and a countdown at the
# top right; upright it spans the title-safe width at the top
WIDTH, PADDING, NAME_PX, TEXT_PX, MAX_LINES = 560, 22, 24, 30, 4
PLACEMENTS = Placements(Placement(Anchor.TOP_LEFT), Placement(Anchor.TOP))


@dataclass(frozen=True)
class FeaturedQuestionView:
    author: str
    text: str
    max_lines: int = MAX_LINES


def render_featured_question(view: FeaturedQuestionView, canvas_width: int, canvas_height: int,
                             theme: Theme = DEFAULT_THEME,
                             placement: Placement | None = None) -> OverlayImage:
    name_font = font(theme.font_family, NAME_PX, QFont.Weight.Bold)
    text_font = font(theme.font_family, TEXT_PX)
    width = safe_width_units(canvas_width, canvas_height) if is_upright(canvas_width, canvas_height) else WIDTH
    lines = wrapped_lines(view.text, text_font, width - 2 * PADDING, view.max_lines) or [""]
    height = panel_height(len(lines), theme.font_family)

    def draw(painter: QPainter, box: QRectF) -> None:
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        name_height = line_height(name_font)
        draw_lines(painter, wrapped_lines(view.author, name_font, inner.width(), 1), name_font,
                   QRectF(inner.left(), inner.top(), inner.width(), name_height), QColor(theme.brand))
        draw_lines(painter, lines, text_font,
                   QRectF(inner.left(), inner.top() + name_height + 6, inner.width(), inner.height() - name_height - 6),
                   QColor(theme.ink))

    return render_panel(width, height, canvas_width, canvas_height, theme, placement or PLACEMENTS.on(canvas_width, canvas_height), draw)


def panel_height(lines: int, family: str = "Inter") -> float:
    """The panel's height with `lines` lines of question (MAX_LINES: the tallest it gets)."""
    name_font, text_font = font(family, NAME_PX, QFont.Weight.Bold), font(family, TEXT_PX)
    return 2 * PADDING + line_height(name_font) + 6 + line_height(text_font) * lines
