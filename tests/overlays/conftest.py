"""Overlay tests: a Qt GUI application for QPainter and fonts, and golden-image comparison.

Set VITRINA_UPDATE_GOLDEN=1 to write the reference images anew (then look at each one)."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
import pytest

GOLDEN = Path(__file__).parent / "golden"
CANVAS = (1280, 720)


@pytest.fixture(autouse=True)
def gui(qapp):
    """Overlays paint with QPainter, which needs a Qt application (offscreen here)."""
    return qapp


def assert_matches_golden(name: str, pixels: np.ndarray) -> None:
    path = GOLDEN / f"{name}.png"
    if os.environ.get("VITRINA_UPDATE_GOLDEN"):
        cv2.imwrite(str(path), pixels)
    reference = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    assert reference is not None, f"no golden image {path.name}: run with VITRINA_UPDATE_GOLDEN=1"
    assert reference.shape == pixels.shape, f"{name}: size {pixels.shape} differs from the golden {reference.shape}"
    difference = np.abs(reference.astype(np.int16) - pixels.astype(np.int16))
    # Font rasterisers differ slightly between machines: allow soft edges to move, not shapes.
    assert difference.mean() < 1.5, f"{name}: mean difference {difference.mean():.2f}"
    assert np.percentile(difference, 99.5) < 60, f"{name}: too many pixels differ"


def composite(overlays, background=(90, 60, 40), canvas=CANVAS) -> np.ndarray:
    """The overlays blended onto a plain frame, as the compositor does."""
    from media.blend import blend_onto, prepare_overlay

    frame = np.full((canvas[1], canvas[0], 3), background, np.uint8)
    for overlay in overlays:
        blend_onto(frame, prepare_overlay(overlay.pixels, overlay.x, overlay.y))
    return frame
