"""An audio file played in a loop, decoded and resampled to 48 kHz stereo float by PyAV,
paced in real time, into an AudioBuffer (a mixer input)."""

from __future__ import annotations

import logging
from pathlib import Path

import av
import numpy as np

from media.audio.buffer import AudioBuffer
from media.audio.chunk import SAMPLE_RATE, AudioChunk
from media.clock import now
from media.probe import require_stream
from media.worker import Worker

log = logging.getLogger(__name__)


class AudioFileSource(Worker):
    thread_name = "audio-file"

    def __init__(self, path: Path, buffer: AudioBuffer) -> None:
        require_stream(path, "audio")
        super().__init__()
        self.path, self.buffer = path, buffer

    def _run(self) -> None:
        start = now()
        played = 0
        while not self._should_stop():
            loop_samples = self._play_once(start, played)
            if loop_samples == 0:
                log.error("%s: no sound could be decoded", self.path)
                return
            played += loop_samples

    def _play_once(self, start: float, played: int) -> int:
        samples = 0
        with av.open(str(self.path)) as container:
            # Mono goes to both channels at full level (FFmpeg's own upmix would lower it by 3 dB).
            mono = container.streams.audio[0].codec_context.channels == 1
            resampler = av.AudioResampler(format="flt", layout="mono" if mono else "stereo", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for converted in resampler.resample(frame):
                    decoded = converted.to_ndarray().reshape(-1, 1 if mono else 2)
                    block = np.repeat(decoded, 2, axis=1) if mono else decoded
                    due = start + (played + samples) / SAMPLE_RATE
                    if self._should_stop(max(0.0, due - now() - 0.1)):  # stay ~100 ms ahead
                        return samples
                    self.buffer.put(AudioChunk(block, due))
                    samples += len(block)
        return samples
