"""The QR code still scans after the show's own H.264 encoder has compressed the frame."""

from __future__ import annotations

import av
import cv2
import numpy as np
import pytest

from media.blend import blend_onto, prepare_overlay
from media.encoder import EncoderSettings, video_codec
from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge

URL = "https://shop.example.com/products/dress-linen?variant=40213"
FRAMES = 8


def camera_like(width: int, height: int) -> np.ndarray:
    """A lit room: a soft gradient with sensor noise, which costs the encoder bits as a camera does."""
    ramp = np.linspace(60, 180, width, dtype=np.float32)
    frame = np.dstack([np.tile(ramp * share, (height, 1)) for share in (0.6, 0.8, 1.0)]).astype(np.uint8)
    noise = np.random.default_rng(7).integers(0, 12, frame.shape, dtype=np.uint8)
    return cv2.add(frame, noise)


def through_the_encoder(frame: np.ndarray, settings: EncoderSettings) -> np.ndarray:
    """The last of a few identical frames, encoded with the show's settings and decoded again."""
    encoder, decoder = video_codec(settings), av.CodecContext.create("h264", "r")
    step = round(90_000 / settings.fps)  # the encoder's 1/90000 time base
    decoded = []
    for index in range(FRAMES + 1):
        picture = None
        if index < FRAMES:
            picture = av.VideoFrame.from_ndarray(frame, format="bgr24").reformat(format="yuv420p")
            picture.pts = index * step
        for packet in encoder.encode(picture):
            decoded += decoder.decode(packet)
    assert len(decoded) == FRAMES
    return decoded[-1].to_ndarray(format="bgr24")


@pytest.mark.parametrize(("width", "height", "kbps"), [(1280, 720, 3000), (1920, 1080, 4500), (720, 1280, 2500)])
@pytest.mark.parametrize("graphic", ["card", "badge"])
def test_the_code_scans_after_stream_compression(qapp, graphic, width, height, kbps):
    if graphic == "card":
        overlay = render_product_card(ProductCardView("Linen Summer Dress", "$59.00", "Comment SOLD A1",
                                                      checkout_url=URL), width, height)
    else:
        overlay = render_qr_badge(QrBadgeView(URL), width, height)
    frame = camera_like(width, height)
    blend_onto(frame, prepare_overlay(overlay.pixels, overlay.x, overlay.y))
    received = through_the_encoder(frame, EncoderSettings(width, height, video_kbps=kbps))
    assert cv2.QRCodeDetector().detectAndDecode(received)[0] == URL
