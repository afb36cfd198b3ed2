"""The one encoder: H.264 (libx264) and AAC, once, for every output.

Runs on its own thread. It takes the latest composed frame (a frame it could not get to in
time is counted as skipped, never queued) and whatever audio is waiting, and hands each
packet to every output. x264 runs veryfast + zerolatency, with its sliced threads: setting
the stream's thread_type to AUTO or FRAME would switch it to frame threads and add delay.

The stream is one every destination takes as it is, WHIP included: Constrained Baseline
(what Cloudflare's WHIP and browsers' OpenH264 decode; OBS forced it for WHIP too), no
B-frames (WebRTC has none), the level the size and rate need, written into the SPS so the
SDP can declare it, and SPS/PPS repeated on every keyframe so a receiver can start at any.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import av
import cv2
import numpy as np

from media.audio.buffer import AudioBuffer
from media.audio.chunk import CHANNELS, SAMPLE_RATE
from media.encoded_packet import AUDIO_TIME_BASE, VIDEO_TIME_BASE, EncodedPacket, StreamFormat
from media.frame import Frame
from media.frame_rate import FrameRate, exact_rate
from media.h264_level import CONSTRAINED_BASELINE, Level, level_for, profile_level_id
from media.health import Health, PartState
from media.worker import Worker

log = logging.getLogger(__name__)

PacketSink = Callable[[EncodedPacket], None]
AAC_FRAME = 1024
RECOVERY_KEYFRAME_SECONDS = 1.0  # a receiver's picture loss gets a keyframe at most this often


@dataclass(frozen=True)
class EncoderSettings:
    width: int = 1280
    height: int = 720
    fps: FrameRate = 30.0  # Fraction(30000, 1001) for 29.97: the codec and every container get it exact
    video_kbps: int = 3000
    audio_kbps: int = 128
    preset: str = "veryfast"
    keyframe_seconds: float = 2.0

    @property
    def level(self) -> Level:
        return level_for(self.width, self.height, exact_rate(self.fps), self.video_kbps)

    @property
    def profile_level_id(self) -> str:
        """What the stream's SPS says, as SDP declares it: '42c028' at 1080p30."""
        return profile_level_id(CONSTRAINED_BASELINE, self.level)


@dataclass(frozen=True)
class EncoderStats:
    encoded: int
    skipped: int
    video_bytes: int
    audio_bytes: int
    encode_ms: float  # mean per frame over the run


def video_codec(settings: EncoderSettings) -> av.VideoCodecContext:
    codec = av.CodecContext.create("libx264", "w")
    assert isinstance(codec, av.VideoCodecContext)
    codec.width, codec.height, codec.pix_fmt = settings.width, settings.height, "yuv420p"
    codec.time_base = VIDEO_TIME_BASE
    rate = exact_rate(settings.fps)
    codec.framerate = rate
    codec.bit_rate = settings.video_kbps * 1000
    keyframes = str(max(1, round(rate * Fraction(settings.keyframe_seconds))))
    codec.options = {
        "preset": settings.preset,
        "tune": "zerolatency",
        "profile": "baseline",
        "level": settings.level.name,
        "bf": "0",
        "x264-params": "repeat-headers=1",
        "g": keyframes,
        "keyint_min": keyframes,
        "sc_threshold": "0",
        "forced-idr": "1",  # a keyframe asked for (a destination added mid-show) is one a decoder can start at
        "maxrate": f"{settings.video_kbps}k",
        "bufsize": f"{settings.video_kbps * 2}k",
    }
    codec.open()
    return codec


def audio_codec(settings: EncoderSettings) -> av.AudioCodecContext:
    codec = av.CodecContext.create("aac", "w")
    assert isinstance(codec, av.AudioCodecContext)
    codec.sample_rate, codec.layout, codec.format = SAMPLE_RATE, "stereo", "fltp"
    codec.bit_rate = settings.audio_kbps * 1000
    codec.time_base = AUDIO_TIME_BASE
    codec.open()
    return codec


def yuv_picture(bgr: np.ndarray) -> av.VideoFrame:
    """A BGR image as the encoders' yuv420p: OpenCV's SIMD conversion is ten times faster than
    swscale's bgr24 path, with the same BT.601 range."""
    return av.VideoFrame.from_ndarray(np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV_I420), np.uint8), format="yuv420p")


class Encoder(Worker):
    thread_name = "encoder"

    def __init__(self, settings: EncoderSettings, audio: AudioBuffer | None, sink: PacketSink) -> None:
        super().__init__()
        self.settings = settings
        self._audio = audio
        self._sink = sink
        self._frame: Frame | None = None
        self._frame_ready = threading.Condition()
        self._origin: float | None = None
        self._encoded = self._skipped = self._video_bytes = self._audio_bytes = 0
        self._encode_seconds = 0.0
        self._pending_audio = np.zeros((0, CHANNELS), np.float32)
        self._audio_samples = 0
        self._active = True
        self._keyframe_wanted = False
        self._recovery_lock = threading.Lock()
        self._last_recovery: float | None = None
        self._video_codec = video_codec(settings)
        self._audio_codec = audio_codec(settings) if audio is not None else None

    def stream_format(self) -> StreamFormat:
        extradata = bytes(self._audio_codec.extradata or b"") if self._audio_codec is not None else None
        return StreamFormat(self.settings.width, self.settings.height, self.settings.fps, extradata)

    def offer(self, frame: Frame) -> None:
        """Called by the compositor each tick; only the latest frame is kept."""
        with self._frame_ready:
            if self._frame is not None:
                self._skipped += 1
            self._frame = frame
            self._frame_ready.notify()

    def set_active(self, active: bool) -> None:
        """Idle while nothing takes packets (frames are let go, audio keeps its clock); on
        waking, the first frame is a keyframe so a new output starts at once."""
        if active and not self._active:
            self._keyframe_wanted = True
        self._active = active

    def request_keyframe(self) -> None:
        """The next frame is encoded as a keyframe (a destination was added mid-show)."""
        self._keyframe_wanted = True

    def request_recovery_keyframe(self) -> bool:
        """A receiver lost pictures (an RTCP PLI or FIR): a keyframe, at most one a second
        whichever destination asks, since every destination gets it. True when granted."""
        with self._recovery_lock:
            moment = time.monotonic()
            if self._last_recovery is not None and moment - self._last_recovery < RECOVERY_KEYFRAME_SECONDS:
                return False
            self._last_recovery = moment
        self._keyframe_wanted = True
        return True

    def stop(self, timeout: float = 10.0) -> None:
        super().stop(timeout)

    def _wake(self) -> None:
        with self._frame_ready:
            self._frame_ready.notify()

    def stats(self) -> EncoderStats:
        mean = 1000 * self._encode_seconds / self._encoded if self._encoded else 0.0
        return EncoderStats(self._encoded, self._skipped, self._video_bytes, self._audio_bytes, mean)

    def _run(self) -> None:
        video, audio = self._video_codec, self._audio_codec
        self._set_health(Health(PartState.RUNNING))
        while True:
            frame = self._next_frame()
            if frame is None:
                break
            if not self._active:
                self._let_audio_go()
                continue
            started = time.perf_counter()
            self._encode_video(video, frame)
            if audio is not None:
                self._encode_audio(audio)
            self._encode_seconds += time.perf_counter() - started
        self._flush(video, "video")
        if audio is not None:
            self._flush(audio, "audio")

    def _next_frame(self) -> Frame | None:
        with self._frame_ready:
            while self._frame is None and not self._should_stop():
                self._frame_ready.wait()
            frame, self._frame = self._frame, None
            return None if self._should_stop() else frame

    def _encode_video(self, codec: av.VideoCodecContext, frame: Frame) -> None:
        if self._origin is None:
            self._origin = frame.pts
        picture = yuv_picture(frame.image)
        picture.pts = round((frame.pts - self._origin) / VIDEO_TIME_BASE)
        picture.time_base = VIDEO_TIME_BASE
        if self._keyframe_wanted:
            picture.pict_type = av.video.frame.PictureType.I
            self._keyframe_wanted = False
        for packet in codec.encode(picture):
            self._emit("video", packet)
        self._encoded += 1

    def _let_audio_go(self) -> None:
        """While idle, audio waiting is dropped but counted, so audio times stay on the show's clock."""
        waiting = self._audio.take_all() if self._audio is not None else None
        dropped = len(self._pending_audio) + (len(waiting) if waiting is not None else 0)
        self._audio_samples += dropped
        self._pending_audio = self._pending_audio[:0]

    def _encode_audio(self, codec: av.AudioCodecContext) -> None:
        waiting = self._audio.take_all() if self._audio is not None else None
        if waiting is not None and len(waiting):
            self._pending_audio = np.concatenate([self._pending_audio, waiting])
        while len(self._pending_audio) >= AAC_FRAME:
            block, self._pending_audio = self._pending_audio[:AAC_FRAME], self._pending_audio[AAC_FRAME:]
            samples = av.AudioFrame.from_ndarray(np.ascontiguousarray(block.T), format="fltp", layout="stereo")
            samples.sample_rate, samples.pts, samples.time_base = SAMPLE_RATE, self._audio_samples, AUDIO_TIME_BASE
            self._audio_samples += AAC_FRAME
            for packet in codec.encode(samples):
                self._emit("audio", packet)

    def _flush(self, codec: av.VideoCodecContext | av.AudioCodecContext, kind: str) -> None:
        try:
            for packet in codec.encode(None):
                self._emit(kind, packet)
        except av.error.EOFError:
            pass

    def _emit(self, kind: str, packet: av.Packet) -> None:
        data = bytes(packet)
        if kind == "video":
            self._video_bytes += len(data)
        else:
            self._audio_bytes += len(data)
        self._sink(EncodedPacket(kind, data, int(packet.pts), int(packet.dts), bool(packet.is_keyframe)))  # type: ignore[arg-type]
