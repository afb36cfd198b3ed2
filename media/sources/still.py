"""Still sources: an image file, or a solid colour. Published once; the slot keeps them."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from media.clock import now
from media.frame import Frame
from media.source import Source, SourceError


class ImageSource(Source):
    name = "image"

    def __init__(self, path: Path) -> None:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is None:
            raise SourceError(f"{path}: not an image this studio can read")
        super().__init__()
        self._image = image

    def _run(self) -> None:
        self._publish(Frame(self._image, now(), 0))


class ColourSource(Source):
    name = "colour"

    def __init__(self, bgr: tuple[int, int, int], width: int, height: int) -> None:
        super().__init__()
        self._image = np.empty((height, width, 3), np.uint8)
        self._image[:] = bgr

    def _run(self) -> None:
        self._publish(Frame(self._image, now(), 0))


def parse_colour(text: str) -> tuple[int, int, int]:
    """'#ff8800' or 'ff8800' -> BGR."""
    value = text.strip().lstrip("#")
    if len(value) != 6 or any(char not in "0123456789abcdefABCDEF" for char in value):
        raise SourceError(f"'{text}' is not a colour: write it as #RRGGBB")
    red, green, blue = (int(value[index : index + 2], 16) for index in (0, 2, 4))
    return blue, green, red
