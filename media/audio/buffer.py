"""A bounded buffer of audio between a producer and the encoder: audio is not "latest only",
every sample counts, but a stalled consumer must not grow it forever: the oldest go first."""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

from media.audio.chunk import CHANNELS, AudioChunk

MAX_CHUNKS = 500


class AudioBuffer:
    def __init__(self, max_chunks: int = MAX_CHUNKS) -> None:
        self._chunks: deque[AudioChunk] = deque(maxlen=max_chunks)
        self._lock = threading.Lock()
        self.dropped = 0

    def put(self, chunk: AudioChunk) -> None:
        with self._lock:
            if len(self._chunks) == self._chunks.maxlen:
                self.dropped += 1
            self._chunks.append(chunk)

    def take_all(self) -> np.ndarray:
        """Every sample waiting, as one (frames, 2) float32 array (possibly empty)."""
        with self._lock:
            chunks = list(self._chunks)
            self._chunks.clear()
        if not chunks:
            return np.zeros((0, CHANNELS), np.float32)
        return np.concatenate([chunk.samples for chunk in chunks])
