"""The encoder's video codec at the show's exact rate."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np
import pytest

from media.encoded_packet import VIDEO_TIME_BASE
from media.encoder import EncoderSettings, video_codec


@pytest.mark.parametrize(
    ("given", "fps", "gop"),
    [(29.97, Fraction(30000, 1001), 60), (Fraction(60000, 1001), Fraction(60000, 1001), 120), (25, Fraction(25), 50)],
)
def test_the_codec_runs_at_the_exact_rate_with_a_keyframe_every_2_s(given, fps, gop):
    codec = video_codec(EncoderSettings(64, 64, given, 300))
    assert codec.framerate == fps
    keyframes = []
    for index in range(gop * 2 + 1):
        picture = av.VideoFrame.from_ndarray(np.full((64, 64, 3), index % 256, np.uint8), format="bgr24")
        picture.pts, picture.time_base = round(index / fps / VIDEO_TIME_BASE), VIDEO_TIME_BASE
        keyframes += [round(packet.pts * VIDEO_TIME_BASE * fps) for packet in codec.encode(picture) if packet.is_keyframe]
    assert keyframes == [0, gop, 2 * gop]
