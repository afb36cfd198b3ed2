"""Recording the program to a file that survives the process being killed.

Packets go into Matroska as they come (a killed process leaves a playable file up to its
last written cluster). A user who asked for .mp4 gets it by a remux on a clean stop; the
.mkv stays if the remux fails.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import av

from media.encoded_packet import EncodedPacket, StreamFormat
from media.output import Output, OutputStats, PacketQueue, RateMeter
from media.outputs.muxer import Muxer

log = logging.getLogger(__name__)


def recording_path(requested: Path) -> Path:
    """Where packets are written while recording: the file itself, or its .mkv twin for .mp4."""
    return requested.with_suffix(".mkv") if requested.suffix.lower() == ".mp4" else requested


class RecordingOutput(Output):
    def __init__(self, path: Path) -> None:
        self.requested = path
        self.path = recording_path(path)
        self._queue = PacketQueue(max_seconds=30.0)  # a disk is slow for a moment, not for long
        self._thread: threading.Thread | None = None
        self._state = "starting"
        self._sent = self._bytes = 0
        self._rate = RateMeter()

    def start(self, stream: StreamFormat) -> None:
        self._muxer = Muxer(str(self.path), "matroska", stream, options={"flush_packets": "1"})
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="output-recording", daemon=True)
        self._thread.start()
        self._state = "recording"

    def offer(self, packet: EncodedPacket) -> None:
        self._queue.put(packet)

    def stop(self) -> None:
        self._stopping.set()
        self._queue.close()
        if self._thread is not None:
            self._thread.join(30)
            self._thread = None
        self._muxer.close()
        if self.requested != self.path:
            self._remux_to_mp4()
        self._state = "stopped"

    def stats(self) -> OutputStats:
        return OutputStats(f"record {self.requested.name}", self._state, self._sent, self._bytes, self._queue.dropped,
                           self._rate.kbps())

    def _run(self) -> None:
        while not (self._stopping.is_set() and not len(self._queue)):
            packet = self._queue.get(timeout=0.2)
            if packet is None:
                continue
            try:
                self._muxer.write(packet)
            except (av.error.FFmpegError, OSError) as error:
                log.error("recording to %s failed: %s", self.path, error)
                self._state = f"failed: {error}"
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
