"""Blending premultiplied BGRA overlays over BGR frames, on the overlay's bounding box only.

OpenCV's saturating SIMD multiply/add do the work (about ten times faster than NumPy
arithmetic in uint16). What can be computed once per overlay render (the premultiplied
colour and the inverse alpha, both 3-channel) is, so a frame costs two OpenCV calls.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class PreparedOverlay:
    colour: np.ndarray  # (h, w, 3) uint8, premultiplied BGR
    inverse_alpha: np.ndarray  # (h, w, 3) uint8, 255 - alpha
    x: int
    y: int

    @property
    def width(self) -> int:
        return int(self.colour.shape[1])

    @property
    def height(self) -> int:
        return int(self.colour.shape[0])


def window(prepared: PreparedOverlay, left: int, width: int, x: int, y: int) -> PreparedOverlay:
    """Columns left..left+width of a prepared overlay, placed at (x, y): views, no copy.

    A scrolling strip is prepared once and shown through a moving window."""
    columns = slice(left, left + width)
    return PreparedOverlay(prepared.colour[:, columns], prepared.inverse_alpha[:, columns], x, y)


def prepare_overlay(bgra: np.ndarray, x: int, y: int, opacity: float = 1.0) -> PreparedOverlay:
    """Split a premultiplied BGRA image for blending; `opacity` scales it as a whole (fades)."""
    if opacity < 1.0:
        bgra = cv2.multiply(bgra, np.full(4, max(0.0, opacity) * 255.0), scale=1 / 255)
    colour = cv2.cvtColor(bgra, cv2.COLOR_BGRA2BGR)
    inverse_alpha = cv2.cvtColor(cv2.bitwise_not(np.ascontiguousarray(bgra[:, :, 3])), cv2.COLOR_GRAY2BGR)
    return PreparedOverlay(colour, inverse_alpha, x, y)


def blend_onto(frame: np.ndarray, overlay: PreparedOverlay) -> None:
    """frame = overlay + frame * (1 - alpha), in place, clipped to the frame."""
    height, width = frame.shape[:2]
    left, top = max(overlay.x, 0), max(overlay.y, 0)
    right, bottom = min(overlay.x + overlay.width, width), min(overlay.y + overlay.height, height)
    if right <= left or bottom <= top:
        return
    source = (slice(top - overlay.y, bottom - overlay.y), slice(left - overlay.x, right - overlay.x))
    region = frame[top:bottom, left:right]
    cv2.multiply(region, overlay.inverse_alpha[source], dst=region, scale=1 / 255)
    cv2.add(region, overlay.colour[source], dst=region)
