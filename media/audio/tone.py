"""A test tone: a sine wave on both channels, produced in real time on its own thread."""

from __future__ import annotations

import numpy as np

from media.audio.buffer import AudioBuffer
from media.audio.chunk import CHANNELS, SAMPLE_RATE, AudioChunk
from media.clock import now
from media.worker import Worker

CHUNK_SECONDS = 0.02


def sine(frequency: float, start_sample: int, frames: int, level: float) -> np.ndarray:
    times = (np.arange(frames) + start_sample) / SAMPLE_RATE
    wave = (level * np.sin(2 * np.pi * frequency * times)).astype(np.float32)
    return np.repeat(wave[:, None], CHANNELS, axis=1)


class ToneSource(Worker):
    """Writes AudioChunks of a `frequency` Hz tone into `buffer`, paced by the shared clock."""

    thread_name = "audio-tone"

    def __init__(self, buffer: AudioBuffer, frequency: float = 440.0, level: float = 0.25) -> None:
        super().__init__()
        self.buffer, self.frequency, self.level = buffer, frequency, level

    def _run(self) -> None:
        start = now()
        produced = 0
        while not self._should_stop():
            due = int((now() - start) * SAMPLE_RATE)
            if due > produced:
                self.buffer.put(AudioChunk(sine(self.frequency, produced, due - produced, self.level),
                                           start + produced / SAMPLE_RATE))
                produced = due
            self._should_stop(CHUNK_SECONDS)
