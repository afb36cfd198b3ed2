"""A vertical show as a phone shows it: `vitrina run` at an upright size with a pinned product,
recorded, decoded with PyAV, and its QR code read off the frame with OpenCV."""

from __future__ import annotations

from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from studio.demo_catalog import CHECKOUT_BASE
from tests.studio.test_run_command import finish, vitrina_run


def last_frame(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        frames = list(container.decode(video=0))
    assert frames, f"{path.name} holds no video"
    return frames[-1].to_ndarray(format="bgr24")


@pytest.mark.parametrize(("width", "height", "kbps"), [(1080, 1920, 4500), (720, 1280, 2500)])
def test_a_vertical_show_with_a_pinned_product_records_upright_with_its_qr_code_readable(tmp_path, width, height, kbps):
    record = tmp_path / "upright.mkv"
    code, errors = finish(vitrina_run(tmp_path, "--size", f"{width}x{height}", "--bitrate", str(kbps), "--pin", "A1",
                                      "--record", str(record), "--duration", "5", "--audio", "none"), timeout=180)
    assert code == 0, errors
    frame = last_frame(record)
    assert frame.shape == (height, width, 3)
    decoded, points, _ = cv2.QRCodeDetector().detectAndDecode(frame)
    assert decoded == CHECKOUT_BASE + "dress-linen"
    corners = points.reshape(-1, 2)
    assert corners[:, 0].min() > width * 0.6 and corners[:, 1].min() > height * 0.55  # on the card, right, low
    assert corners[:, 0].max() - corners[:, 0].min() >= width * 0.2  # big enough for a phone to scan
