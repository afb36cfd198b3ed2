"""Recording the program to a file that survives the process being killed.

Packets go into Matroska as they come (a killed process leaves a playable file up to its
last written cluster). A user who asked for .mp4 gets it by a remux on a clean stop; the
.mkv stays if the remux fails.
"""

from __future__ import annotations

import logging
from pathlib import Path

import av

from media.encoded_packet import EncodedPacket, StreamFormat
from media.health import Health, PartState
from media.output import Output, OutputStats, PacketQueue, RateMeter
from media.outputs.muxer import Muxer
from media.worker import Worker

log = logging.getLogger(__name__)


def recording_path(requested: Path) -> Path:
    """Where packets are written while recording: the file itself, or its .mkv twin for .mp4."""
    return requested.with_suffix(".mkv") if requested.suffix.lower() == ".mp4" else requested


class RecordingOutput(Worker, Output):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.requested = path
        self.path = recording_path(path)
        self.name = f"record {path.name}"
        self.thread_name = "output-recording"
        self._queue = PacketQueue(max_seconds=30.0)  # a disk is slow for a moment, not for long
        self._muxer: Muxer | None = None
        self._sent = self._bytes = 0
        self._rate = RateMeter()

    @property
    def part_name(self) -> str:
        return self.name

    def start(self, stream: StreamFormat) -> None:  # type: ignore[override]  # Output.start takes the stream
        try:
            self._muxer = Muxer(str(self.path), "matroska", stream, options={"flush_packets": "1"})
        except (av.error.FFmpegError, OSError) as error:
            self._fail(f"cannot write {self.path}: {error}")
            return
        Worker.start(self)

    def offer(self, packet: EncodedPacket) -> None:
        if self._muxer is not None:
            self._queue.put(packet)

    def stop(self, timeout: float = 30.0) -> None:
        """Writes what is queued, closes the file, and remuxes it to MP4 if that was asked for:
        seconds on a long show, so a driver calls this from a worker."""
        self._stopping.set()
        self._queue.close()
        Worker.stop(self, timeout)
        muxer, self._muxer = self._muxer, None
        if muxer is None:
            return
        try:
            muxer.close()
        except (av.error.FFmpegError, OSError) as error:
            self._fail(f"recording to {self.path} failed: {error}")
            return
        if self.requested != self.path and not self.health.failed:
            self._remux_to_mp4()

    def stats(self) -> OutputStats:
        return OutputStats(self.name, self.health, self._sent, self._bytes, self._queue.dropped, self._rate.kbps())

    def _run(self) -> None:
        assert self._muxer is not None
        self._set_health(Health(PartState.RUNNING))
        while not (self._should_stop() and not len(self._queue)):
            packet = self._queue.get(timeout=0.2)
            if packet is None:
                continue
            try:
                self._muxer.write(packet)
            except (av.error.FFmpegError, OSError) as error:
                self._fail(f"recording to {self.path} failed: {error}")
                return
            self._sent += 1
            self._bytes += len(packet.data)
            self._rate.add(len(packet.data))

    def _remux_to_mp4(self) -> None:
        try:
            with av.open(str(self.path)) as source, av.open(str(self.requested), "w", format="mp4") as target:
                streams = {stream.index: target.add_stream_from_template(stream) for stream in source.streams}
                for packet in source.demux():
                    if packet.dts is None:
                        continue
                    packet.stream = streams[packet.stream.index]
                    target.mux(packet)
        except (av.error.FFmpegError, OSError) as error:
            log.error("remuxing %s to MP4 failed, the Matroska file is kept: %s", self.path, error)
            return
        self.path.unlink()
