"""A poll: the question, then each option with a bar and its percentage."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from overlays.canvas import OverlayImage
from overlays.fonts import font
from overlays.panel import render_panel
from overlays.placement import UPRIGHT_QUESTION_ROOM, Anchor, Placement, Placements, is_upright, safe_width_units
from overlays.shapes import rounded_panel
from overlays.text import draw_lines, line_height, wrapped_lines
from overlays.theme import DEFAULT_THEME, Theme

WIDTH, PADDING, ROW, MAX_OPTIONS = 640, 22, 54, 6
# upright: at the top, under the featured question's place, so the two never cover each other
PLACEMENTS = Placements(Placement(Anchor.RIGHT), Placement(Anchor.TOP, lift=-UPRIGHT_QUESTION_ROOM))


@dataclass(frozen=True)
class PollOption:
    key: str  # what viewers type: "1", "A"
    label: str
    votes: int


@dataclass(frozen=True)
class PollView:
    question: str
    options: tuple[PollOption, ...]


def percentages(options: tuple[PollOption, ...]) -> list[int]:
    """Whole percentages that add up to 100 (largest remainders), or all 0 with no votes."""
    total = sum(max(0, option.votes) for option in options)
    if not total:
        return [0] * len(options)
    exact = [max(0, option.votes) * 100 / total for option in options]
    whole = [int(value) for value in exact]
    by_remainder = sorted(range(len(options)), key=lambda index: exact[index] - whole[index], reverse=True)
    for index in by_remainder[: 100 - sum(whole)]:
        whole[index] += 1
    return whole


def render_poll(view: PollView, canvas_width: int, canvas_height: int, theme: Theme = DEFAULT_THEME,
                placement: Placement | None = None) -> OverlayImage:
    options = view.options[:MAX_OPTIONS]
    width = safe_width_units(canvas_width, canvas_height) if is_upright(canvas_width, canvas_height) else WIDTH
    question_font = font(theme.font_family, 30, QFont.Weight.Bold)
    question_lines = wrapped_lines(view.question, question_font, width - 2 * PADDING, 2)
    question_height = line_height(question_font) * max(1, len(question_lines))
    height = 2 * PADDING + question_height + 10 + ROW * len(options)
    shares = percentages(options)

    def draw(painter: QPainter, box: QRectF) -> None:
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        draw_lines(painter, question_lines, question_font, QRectF(inner.left(), inner.top(), inner.width(),
                   question_height), QColor(theme.ink))
        top = inner.top() + question_height + 10
        for option, share in zip(options, shares):
            _draw_option(painter, option, share, QRectF(inner.left(), top, inner.width(), ROW - 10), theme)
            top += ROW

    return render_panel(width, height, canvas_width, canvas_height, theme, placement or PLACEMENTS.on(canvas_width, canvas_height), draw)


def _draw_option(painter: QPainter, option: PollOption, share: int, row: QRectF, theme: Theme) -> None:
    track, bar = QColor(theme.brand), QColor(theme.brand)
    track.setAlphaF(0.12)
    bar.setAlphaF(0.4)
    rounded_panel(painter, row, track, row.height() / 2)
    if share:
        rounded_panel(painter, QRectF(row.left(), row.top(), max(row.height(), row.width() * share / 100), row.height()),
                      bar, row.height() / 2)
    label_font = font(theme.font_family, 24, QFont.Weight.DemiBold)
    height = line_height(label_font)
    text_box = QRectF(row.left() + 18, row.center().y() - height / 2, row.width() - 36, height)
    percent = f"{share}%"
    draw_lines(painter, [percent], label_font, QRectF(text_box.right() - 80, text_box.top(), 80, text_box.height()),
               QColor(theme.ink), Qt.AlignmentFlag.AlignRight)
    label = f"{option.key}  {option.label}"
    draw_lines(painter, wrapped_lines(label, label_font, text_box.width() - 90, 1), label_font,
               QRectF(text_box.left(), text_box.top(), text_box.width() - 90, text_box.height()), QColor(theme.ink))
