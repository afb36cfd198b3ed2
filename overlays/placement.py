"""Where an overlay sits: an anchor (corner, edge or centre) and a margin inside the title-safe
area, all in layout units (1080 to the canvas's shorter side) scaled to the canvas, so 720p and
1080p shows look the same, and upright canvases get placements of their own.

The title-safe area:
- landscape (and square): 90% of the width and of the height, centred (5% each side), as
  broadcast title-safe areas are;
- upright (height > width, as TikTok LIVE, Instagram Live and YouTube Shorts show it): 5% of the
  width each side as well, but the top 10% and the bottom 12% are left out: the apps draw the
  host's name, the viewer count and the close button over the top of the picture, and the
  comment box and the buttons over its bottom. Nothing of ours goes under them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from overlays.canvas import scale_for

TITLE_SAFE = 0.05  # of the width and height on each side, as broadcast title-safe areas are
UPRIGHT_TOP_BAND, UPRIGHT_BOTTOM_BAND = 0.10, 0.12  # of the height, covered by the phone apps
ABOVE_TICKER = 72.0  # the ticker's height and a gap: what stands at the bottom stands above it
UPRIGHT_QUESTION_ROOM = 240.0  # the upright featured question's height at most, and a gap: the poll stands below
# The upright card's height: on a 9:16 canvas (1920 units tall) the card stands on the ticker with
# its top at 2/3 of the height at the highest, so it is no taller than (0.88 - 2/3) * 1920 - 72 = 337.6,
# less what rounding to whole pixels at 720x1280 may add (card_layout.py makes it taller only on a
# canvas taller than 9:16, whose larger price needs more).
UPRIGHT_CARD_ROOM = 336.0
ABOVE_UPRIGHT_CARD = ABOVE_TICKER + UPRIGHT_CARD_ROOM + 16  # the flash sale's countdown and a giveaway stand here


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
    """Anchor, margin and lift in layout units."""

    anchor: Anchor = Anchor.BOTTOM_LEFT
    margin: float = 0.0  # extra units inside the title-safe area
    lift: float = 0.0  # units up, e.g. to stand above the ticker at the bottom (negative: down)


@dataclass(frozen=True)
class Placements:
    """A graphic's place on a landscape canvas and on an upright one."""

    landscape: Placement
    upright: Placement

    def on(self, canvas_width: int, canvas_height: int) -> Placement:
        return self.upright if is_upright(canvas_width, canvas_height) else self.landscape


@dataclass(frozen=True)
class SafeArea:
    """The title-safe rectangle of a canvas, in canvas pixels."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def is_upright(canvas_width: int, canvas_height: int) -> bool:
    return canvas_height > canvas_width


def safe_area(canvas_width: int, canvas_height: int) -> SafeArea:
    side = canvas_width * TITLE_SAFE
    if is_upright(canvas_width, canvas_height):
        top, bottom = canvas_height * UPRIGHT_TOP_BAND, canvas_height * UPRIGHT_BOTTOM_BAND
    else:
        top = bottom = canvas_height * TITLE_SAFE
    return SafeArea(side, top, canvas_width - side, canvas_height - bottom)


def safe_width_units(canvas_width: int, canvas_height: int) -> float:
    """The title-safe width in layout units: what a graphic spanning the canvas is laid out to
    (972 on 1080x1920; a hair less than the pixels allow, so rounding never crosses the edge)."""
    return int(safe_area(canvas_width, canvas_height).width) / scale_for(canvas_width, canvas_height) - 0.5


def place(width: int, height: int, canvas_width: int, canvas_height: int, placement: Placement) -> tuple[int, int]:
    """Top-left corner of a width x height overlay on the canvas."""
    scale = scale_for(canvas_width, canvas_height)
    area = safe_area(canvas_width, canvas_height)
    margin = placement.margin * scale
    left, top = area.left + margin, area.top + margin
    right, bottom = area.right - margin - width, area.bottom - margin - height
    column, row = placement.anchor.value
    x = (left, (canvas_width - width) / 2, right)[column]
    y = (top, (area.top + area.bottom - height) / 2, bottom)[row]
    return round(x), round(y - placement.lift * scale)
