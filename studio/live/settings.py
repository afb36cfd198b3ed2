"""What a show is opened with, checked before anything starts: each mistake is a ShowSettingError
whose message names the setting (as the command line spells it) and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from media.frame_rate import FrameRate
from studio.translatable import Refusal

PIN_FIRST = "*"  # ShowSettings.pin: the first active product with stock left


class ShowSettingError(Refusal):
    """A setting the show cannot open with: the message names it."""


@dataclass(frozen=True)
class ShowSettings:
    width: int = 1280
    height: int = 720
    fps: FrameRate = 30.0  # exact for the NTSC ones: Fraction(30000, 1001)
    video_kbps: int = 3000
    source: str = "testpattern"  # a spec: see studio/source_spec.py
    audio: str = "tone"  # tone, none, mic[:DEVICE], file:PATH
    scene: str | None = None  # default: Camera + Product with a pinned product, else Camera
    pin: str | None = None  # a product's code, or PIN_FIRST
    chat: tuple[str, ...] = ()  # chat specs: see studio/chat/connectors.py
    rehearsal: bool = False  # on a copy of the store, publishing nothing
    title: str = ""
    preset: str = "veryfast"  # x264's
    audio_gain_db: float = 0.0  # the audio input's gain as it starts
    viewers: tuple[str, ...] = ()  # live viewer counts: youtube:VIDEO_ID, twitch:LOGIN
