"""The tracks aiortc sends: the program's latest frame (never a growing queue) and the mixer's
audio in 20 ms frames, as aiortc's examples do it: recv() hands out what is due now."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from fractions import Fraction

import av
import cv2
import numpy as np
from aiortc import MediaStreamTrack

from media.audio.buffer import AudioBuffer
from media.audio.chunk import CHANNELS, SAMPLE_RATE
from media.encoder import yuv_picture
from media.frame import Frame
from media.frame_rate import FrameRate

VIDEO_CLOCK = 90_000
AUDIO_FRAME = 960  # 20 ms at 48 kHz, Opus's usual frame
OPUS_BPS = 96_000  # what aiortc's own Opus encoder sends


class LatestFrameTrack(MediaStreamTrack):
    kind = "video"

    def __init__(self, latest: Callable[[], Frame | None], fps: FrameRate, width: int, height: int) -> None:
        super().__init__()
        self._latest, self._fps, self._size = latest, fps, (width, height)
        self._start: float | None = None
        self._count = 0

    async def recv(self) -> av.VideoFrame:
        loop = asyncio.get_running_loop()
        if self._start is None:
            self._start = loop.time()
        due = self._start + self._count / self._fps
        await asyncio.sleep(max(0.0, due - loop.time()))
        frame = self._latest()
        image = frame.image if frame is not None else np.zeros((self._size[1], self._size[0], 3), np.uint8)
        if image.shape[2] == 4:
            image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
        picture = yuv_picture(image)
        picture.pts = round(self._count * VIDEO_CLOCK / self._fps)
        picture.time_base = Fraction(1, VIDEO_CLOCK)
        self._count += 1
        return picture


def opus_codec() -> av.AudioCodecContext:
    """Opus as WebRTC sends it, 20 ms frames; "audio" rather than "voip": a show mixes music too."""
    codec = av.CodecContext.create("libopus", "w")
    assert isinstance(codec, av.AudioCodecContext)
    codec.sample_rate, codec.layout, codec.format = SAMPLE_RATE, "stereo", "s16"
    codec.bit_rate, codec.time_base = OPUS_BPS, Fraction(1, SAMPLE_RATE)
    codec.options = {"application": "audio"}
    codec.open()
    return codec


class AudioBufferTrack(MediaStreamTrack):
    """Encodes its own Opus and hands aiortc the packets: aiortc's encode path would hop to an
    executor thread and scan every sample in Python for the audio level, 50 times a second."""

    kind = "audio"

    def __init__(self, buffer: AudioBuffer) -> None:
        super().__init__()
        self._buffer = buffer
        self._pending = np.zeros((0, CHANNELS), np.float32)
        self._start: float | None = None
        self._samples = 0
        self._codec = opus_codec()

    async def recv(self) -> av.Packet:
        loop = asyncio.get_running_loop()
        if self._start is None:
            self._start = loop.time()
        while True:
            await asyncio.sleep(max(0.0, self._start + self._samples / SAMPLE_RATE - loop.time()))
            for packet in self._codec.encode(self._next_frame()):
                return packet

    def _next_frame(self) -> av.AudioFrame:
        waiting = self._buffer.take_all()
        self._pending = np.concatenate([self._pending, waiting])[-SAMPLE_RATE:]  # at most a second behind
        block, self._pending = self._pending[:AUDIO_FRAME], self._pending[AUDIO_FRAME:]
        if len(block) < AUDIO_FRAME:  # the mixer is late: silence rather than a stall
            block = np.concatenate([block, np.zeros((AUDIO_FRAME - len(block), CHANNELS), np.float32)])
        pcm = (np.clip(block, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="stereo")
        frame.sample_rate, frame.pts, frame.time_base = SAMPLE_RATE, self._samples, Fraction(1, SAMPLE_RATE)
        self._samples += AUDIO_FRAME
        return frame
