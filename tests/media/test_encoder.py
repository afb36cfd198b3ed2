"""The encoder's video codec at the show's exact rate."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np
import pytest

from media.encoded_packet import VIDEO_TIME_BASE
from media.encoder import Encoder, EncoderSettings, video_codec
from media.h264_level import level_for, sps_profile_level_id


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


def encode(settings: EncoderSettings, frames: int) -> list[av.Packet]:
    codec, packets = video_codec(settings), []
    rng = np.random.default_rng(3)
    for index in range(frames):
        picture = av.VideoFrame.from_ndarray(rng.integers(0, 255, (settings.height, settings.width, 3), np.uint8),
                                             format="bgr24")
        picture.pts, picture.time_base = round(index / 30 / VIDEO_TIME_BASE), VIDEO_TIME_BASE
        packets += codec.encode(picture)
    return packets


@pytest.mark.parametrize(("width", "height", "kbps", "declared"),
                         [(1920, 1080, 3000, "42c028"), (1280, 720, 2500, "42c01f"), (320, 180, 300, "42c00d")])
def test_every_keyframe_carries_the_sps_the_offer_declares_and_no_frame_is_reordered(width, height, kbps, declared):
    settings = EncoderSettings(width, height, 30, kbps, keyframe_seconds=1.0)
    assert settings.profile_level_id == declared  # Constrained Baseline at the level the size and rate need
    packets = encode(settings, 61)
    keyframes = [packet for packet in packets if packet.is_keyframe]
    assert len(keyframes) == 3
    assert [sps_profile_level_id(bytes(packet)) for packet in keyframes] == [declared] * 3
    assert all(packet.pts == packet.dts for packet in packets)  # no B-frames


def test_a_size_beyond_every_level_is_named():
    with pytest.raises(ValueError, match="7680x4320 at 120 fps"):
        level_for(7680, 4320, Fraction(120), 3000)


def test_recovery_keyframes_are_granted_at_most_once_a_second():
    encoder = Encoder(EncoderSettings(64, 64, 30, 300), None, lambda _packet: None)
    granted = [encoder.request_recovery_keyframe() for _ in range(3)]
    assert granted == [True, False, False]
