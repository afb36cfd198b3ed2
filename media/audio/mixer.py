"""The audio mixer: every input with its own gain and mute, summed at 48 kHz stereo on the
shared clock, with peak and RMS levels for the meters.

Each tick mixes exactly the samples the clock says are due. An input that has fewer waiting
(a stalled microphone) is padded with silence for that tick, so one input never holds up
the others or the show."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np

from media.audio.buffer import AudioBuffer
from media.audio.chunk import CHANNELS, SAMPLE_RATE, AudioChunk
from media.audio.levels import FLOOR_DBFS, Levels, measure
from media.clock import now
from media.worker import Worker

TICK_SECONDS = 0.01
MAX_PENDING_SECONDS = 0.5  # an input running ahead of the clock loses its oldest samples


@dataclass
class MixerInput:
    buffer: AudioBuffer = field(default_factory=AudioBuffer)
    gain_db: float = 0.0
    muted: bool = False
    levels: Levels = Levels(FLOOR_DBFS, FLOOR_DBFS)
    pending: np.ndarray = field(default_factory=lambda: np.zeros((0, CHANNELS), np.float32))


class Mixer(Worker):
    thread_name = "audio-mixer"

    def __init__(self, output: AudioBuffer) -> None:
        super().__init__()
        self.output = output
        self.inputs: dict[str, MixerInput] = {}
        self.master = Levels(FLOOR_DBFS, FLOOR_DBFS)
        self._lock = threading.Lock()
        self._taps: list[AudioBuffer] = []

    def tap(self) -> AudioBuffer:
        """Another buffer fed the same mix (a WHIP track encodes its own Opus from it)."""
        buffer = AudioBuffer()
        self._taps.append(buffer)
        return buffer

    def add_input(self, name: str, gain_db: float = 0.0) -> AudioBuffer:
        """A new input; its producer writes AudioChunks into the buffer returned."""
        with self._lock:
            self.inputs[name] = MixerInput(gain_db=gain_db)
            return self.inputs[name].buffer

    def set_gain(self, name: str, gain_db: float) -> None:
        self.inputs[name].gain_db = gain_db

    def set_muted(self, name: str, muted: bool) -> None:
        self.inputs[name].muted = muted

    def mix(self, frames: int) -> np.ndarray:
        """Mixes `frames` samples from every input (the clock thread calls this each tick)."""
        total = np.zeros((frames, CHANNELS), np.float32)
        with self._lock:
            for channel in self.inputs.values():
                block = self._take(channel, frames)
                channel.levels = measure(block)
                if not channel.muted:
                    total += block * np.float32(10 ** (channel.gain_db / 20))
        np.clip(total, -1.0, 1.0, out=total)
        self.master = measure(total)
        return total

    def _take(self, channel: MixerInput, frames: int) -> np.ndarray:
        waiting = channel.buffer.take_all()
        pending = np.concatenate([channel.pending, waiting]) if len(waiting) else channel.pending
        pending = pending[-int(MAX_PENDING_SECONDS * SAMPLE_RATE) - frames :]
        block, channel.pending = pending[:frames], pending[frames:]
        if len(block) < frames:
            block = np.concatenate([block, np.zeros((frames - len(block), CHANNELS), np.float32)])
        return block

    def _run(self) -> None:
        start = now()
        mixed = 0
        while not self._should_stop(TICK_SECONDS):
            due = int((now() - start) * SAMPLE_RATE) - mixed
            if due > 0:
                chunk = AudioChunk(self.mix(due), start + mixed / SAMPLE_RATE)
                for buffer in (self.output, *self._taps):
                    buffer.put(chunk)
                mixed += due
