"""Charts as inline SVG, drawn here so a report is one file that needs nothing else: bars per
minute (with the pins as bands on the same time axis) and horizontal bars per product. Every
piece of text is escaped: product codes and titles come from outside."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from studio.plain_text import clean_line

WIDTH, HEIGHT = 760, 220
LEFT, RIGHT, TOP, BOTTOM = 96, 12, 28, 34
BAR, BAND, AXIS, TEXT = "#2f6fdf", "#f4b942", "#888888", "#222222"

Label = Callable[[float], str]


def safe(text: str) -> str:
    """Text for an HTML or SVG page: one plain line (no control characters, which XML cannot hold,
    nor bidi overrides), escaped."""
    return escape(clean_line(text))


@dataclass(frozen=True)
class Band:
    """A span of the x axis, in minutes from the start (a pin while it was up)."""

    start: float
    end: float
    label: str


def minute_bars(title: str, values: Sequence[float | None], label: Label = lambda v: f"{v:g}",
                bands: Sequence[Band] = ()) -> str:
    """One bar per minute; a None minute has no bar (no count that minute)."""
    count = max(1, len(values))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max((value for value in values if value is not None), default=0) or 1
    step = plot_w / count
    parts = [_open(title), _text(LEFT, 18, title, weight="bold")]
    for band in bands:
        x0 = LEFT + max(0.0, band.start) * step
        x1 = LEFT + min(float(count), max(band.start, band.end)) * step
        parts.append(f'<rect class="band" x="{x0:.1f}" y="{TOP}" width="{max(1.0, x1 - x0):.1f}" height="{plot_h}" '
                     f'fill="{BAND}" fill-opacity="0.28"><title>{safe(band.label)}</title></rect>')
        parts.append(_text(x0 + 2, TOP + 11, band.label, size=10))
    for minute, value in enumerate(values):
        if value is None or value <= 0:
            continue
        height = plot_h * value / top
        parts.append(f'<rect class="bar" x="{LEFT + minute * step + step * 0.1:.1f}" y="{TOP + plot_h - height:.1f}" '
                     f'width="{max(0.5, step * 0.8):.1f}" height="{height:.1f}" fill="{BAR}">'
                     f'<title>{safe(f"min {minute}: {label(value)}")}</title></rect>')
    parts += _axes(plot_w, plot_h, label(top), count)
    parts.append("</svg>")
    return "".join(parts)


def product_bars(title: str, rows: Sequence[tuple[str, float, str]]) -> str:
    """(name, value, value's words) per row, longest bar the largest value."""
    row_h = 22
    height = TOP + row_h * max(1, len(rows)) + 8
    name_w = 220
    plot_w = WIDTH - name_w - 140
    top = max((value for _, value, _ in rows), default=0) or 1
    parts = [_open(title, height), _text(LEFT, 18, title, weight="bold")]
    for index, (name, value, words) in enumerate(rows):
        y = TOP + index * row_h
        plain = clean_line(name)  # shortened as it reads: a name's control characters and edge spaces do not count
        shown = plain if len(plain) <= 32 else plain[:31] + "…"
        parts.append(_text(name_w - 6, y + 15, shown, anchor="end"))
        width = plot_w * max(0.0, value) / top
        parts.append(f'<rect class="bar" x="{name_w}" y="{y + 4}" width="{width:.1f}" height="{row_h - 8}" fill="{BAR}">'
                     f'<title>{safe(f"{name}: {words}")}</title></rect>')
        parts.append(_text(name_w + width + 6, y + 15, words))
    parts.append("</svg>")
    return "".join(parts)


def _open(title: str, height: int = HEIGHT) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" font-family="sans-serif" font-size="12">'
            f"<title>{safe(title)}</title>")


def _axes(plot_w: float, plot_h: float, top_label: str, minutes: int) -> list[str]:
    bottom = TOP + plot_h
    parts = [f'<line x1="{LEFT}" y1="{bottom}" x2="{LEFT + plot_w}" y2="{bottom}" stroke="{AXIS}"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="{AXIS}"/>',
             _text(LEFT - 4, TOP + 10, top_label, anchor="end", size=10), _text(LEFT - 4, bottom, "0", anchor="end", size=10)]
    every = max(1, _nice_step(minutes))
    for minute in range(0, minutes + 1, every):
        x = LEFT + plot_w * minute / minutes
        parts.append(_text(x, bottom + 14, f"{minute}", anchor="middle", size=10))
    parts.append(_text(LEFT + plot_w, bottom + 28, "minutes", anchor="end", size=10))
    return parts


def _nice_step(minutes: int) -> int:
    for step in (1, 2, 5, 10, 15, 30, 60, 120):
        if minutes / step <= 12:
            return step
    return minutes // 10


def _text(x: float, y: float, words: str, anchor: str = "start", size: int = 12, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" font-weight="{weight}" '
            f'fill="{TEXT}">{safe(words)}</text>')
