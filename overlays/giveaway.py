"""A giveaway: how to enter and how many have, then the winner's name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.placement import ABOVE_UPRIGHT_CARD, Anchor, Placement, Placements, is_upright
from overlays.text import draw_lines, fitted, line_height, text_width, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

WIDTH, UPRIGHT_WIDTH, HEIGHT = 560, 556, 170
# upright: above the card's place on the left, beside the flash sale's countdown
PLACEMENTS = Placements(Placement(Anchor.TOP), Placement(Anchor.BOTTOM_LEFT, lift=ABOVE_UPRIGHT_CARD))


@dataclass(frozen=True)
class GiveawayView:
    title: str  # "Giveaway: silk scrunchie set"
    how_to_enter: str  # "Type WIN to enter"
    entries_text: str  # "128 entries"
    winner: str | None = None
    winner_caption: str = "Winner"


def render_giveaway(view: GiveawayView, canvas_width: int, canvas_height: int, theme: Theme = DEFAULT_THEME,
                    placement: Placement | None = None) -> OverlayImage:
    width = UPRIGHT_WIDTH if is_upright(canvas_width, canvas_height) else WIDTH

    def draw(painter: QPainter, box: QRectF) -> None:
        inner = box.adjusted(24, 18, -24, -18)
        small = font(theme.font_family, 24, QFont.Weight.DemiBold)
        big = font(theme.font_family, 44, QFont.Weight.Bold)
        ink = QColor(theme.on_brand)
        centre = Qt.AlignmentFlag.AlignHCenter
        rows = [(view.winner_caption, small), (view.winner, big)] if view.winner else [
            (view.title, small), (view.how_to_enter, big), (view.entries_text, small)]
        laid = [_lay_out(text or "", chosen, inner.width(), big=chosen is big) for text, chosen in rows]
        top = inner.center().y() - sum(line_height(chosen) * len(lines) for lines, chosen in laid) / 2  # a block
        for lines, chosen in laid:
            height = line_height(chosen) * len(lines)
            draw_lines(painter, lines, chosen, QRectF(inner.left(), top, inner.width(), height), ink, centre)
            top += height

    return render_panel(width, HEIGHT, canvas_width, canvas_height, theme, placement or PLACEMENTS.on(canvas_width, canvas_height), draw,
                        fill=theme.brand)


def _lay_out(text: str, chosen: QFont, width: float, big: bool) -> tuple[list[str], QFont]:
    """One line, made smaller to fit; the big line, still too long at its smallest, takes two."""
    fitting = fitted(text, chosen, width, 26 if big else 18)
    lines = wrapped_lines(text, fitting, width, 2 if big and text_width(text, fitting) > width else 1)
    return lines or [""], fitting
