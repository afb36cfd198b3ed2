"""A video file played in a loop, paced in real time, decoded with PyAV on its own thread."""

from __future__ import annotations

import logging
from pathlib import Path

import av

from media.clock import now
from media.frame import Frame
from media.probe import require_stream
from media.source import Source

log = logging.getLogger(__name__)


class VideoFileSource(Source):
    name = "video-file"

    def __init__(self, path: Path) -> None:
        require_stream(path, "video")
        super().__init__()
        self.path = path

    def _run(self) -> None:
        index = 0
        while not self._should_stop():
            played = self._play_once(index)
            if played == 0:
                log.error("%s: no frames could be decoded", self.path)
                return
            index += played

    def _play_once(self, first_index: int) -> int:
        """Plays the file through once at its own pace; returns how many frames it showed."""
        shown = 0
        with av.open(str(self.path)) as container:
            stream = container.streams.video[0]
            started = now()
            for frame in container.decode(stream):
                due = started + float(frame.time or 0.0)
                if self._should_stop(max(0.0, due - now())):
                    break
                self._publish(Frame(frame.to_ndarray(format="bgr24"), now(), first_index + shown))
                shown += 1
        return shown
