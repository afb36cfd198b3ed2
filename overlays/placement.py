"""Where an overlay sits: an anchor (corner, edge or centre) and a margin inside the title-safe
area, all in 1080p units scaled to the canvas, so 720p and 1080p shows look the same."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

TITLE_SAFE = 0.05  # of the width and height on each side, as broadcast title-safe areas are
ABOVE_TICKER = 72.0  # the ticker's height and a gap: what stands at the bottom stands above it


class Anchor(Enum):
    TOP_LEFT = (0, 0)
    TOP = (1, 0)
    TOP_RIGHT = (2, 0)
    LEFT = (0, 1)
    CENTER = (1, 1)
    RIGHT = (2, 1)
    BOTTOM_LEFT = (0, 2)
    BOTTOM = (1, 2)
    BOTTOM_RIGHT = (2, 2)


@dataclass(frozen=True)
class Placement:
    """Anchor, margin and lift in 1080p pixels."""

    anchor: Anchor = Anchor.BOTTOM_LEFT
    margin: float = 0.0  # extra 1080p pixels inside the title-safe area
    lift: float = 0.0  # 1080p pixels up, e.g. to stand above the ticker at the bottom


def place(width: int, height: int, canvas_width: int, canvas_height: int, placement: Placement) -> tuple[int, int]:
    """Top-left corner of a width x height overlay on the canvas."""
    scale = canvas_height / 1080
    left = canvas_width * TITLE_SAFE + placement.margin * scale
    top = canvas_height * TITLE_SAFE + placement.margin * scale
    right = canvas_width - left - width
    bottom = canvas_height - top - height
    column, row = placement.anchor.value
    x = (left, (canvas_width - width) / 2, right)[column]
    y = (top, (canvas_height - height) / 2, bottom)[row]
    return round(x), round(y - placement.lift * scale)
