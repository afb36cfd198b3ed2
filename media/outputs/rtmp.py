"""An RTMP(S) destination: its own writer thread and bounded queue, and a child process
(media/outputs/rtmp_worker.py) that does the network I/O.

When the connection fails or breaks, the output restarts the child on its own: first after
2 s, then 1.5 times longer each time up to 60 s, and resumes at the next keyframe. FFmpeg's
RTMP muxer never reconnects by itself, so a new child means a new container.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from media.backoff import retry_delay
from media.encoded_packet import EncodedPacket, StreamFormat
from media.output import Output, OutputStats, PacketQueue, RateMeter
from media.outputs.wire import Session, write_packet, write_session
from media.redact import redact_text, redact_url

log = logging.getLogger(__name__)

class RtmpOutput(Output):
    def __init__(self, url: str) -> None:
        self._url = url
        self.name = redact_url(url)
        self._queue = PacketQueue()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._child: subprocess.Popen[bytes] | None = None
        self._state = "connecting"
        self._sent = self._bytes = 0
        self._rate = RateMeter()

    def start(self, stream: StreamFormat) -> None:
        self._stream = stream
        self._thread = threading.Thread(target=self._run, name=f"output-{self.name}", daemon=True)
        self._thread.start()

    def offer(self, packet: EncodedPacket) -> None:
        self._queue.put(packet)

    def stop(self) -> None:
        """The writer finishes the stream (the child writes the FLV trailer); a child stuck
        in a handshake is killed, which also frees a writer blocked on its full pipe."""
        self._stopping.set()
        self._queue.close()
        if self._thread is not None:
            self._thread.join(4)
            if self._thread.is_alive() and self._child is not None:
                self._child.kill()
            self._thread.join(5)
            self._thread = None
        self._state = "stopped"

    def stats(self) -> OutputStats:
        return OutputStats(self.name, self._state, self._sent, self._bytes, self._queue.dropped, self._rate.kbps())

    def _run(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            reason = self._stream_once()
            if self._stopping.is_set():
                break
            attempt = 0 if reason is None else attempt + 1
            delay = retry_delay(max(1, attempt))
            self._state = f"reconnecting (attempt {max(1, attempt)}, next in {delay:.0f} s)"
            log.warning("%s: %s; reconnecting in %.1f s", self.name, reason or "the connection ended", delay)
            if self._stopping.wait(delay):
                break
            self._queue.drop_until_keyframe()

    def _stream_once(self) -> str | None:
        """Runs one child until it fails or the show ends; returns why it ended."""
        self._state = "connecting"
        self._child = subprocess.Popen(
            [sys.executable, "-m", "media.outputs.rtmp_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        reasons: list[str] = []
        watcher = threading.Thread(target=self._watch, args=(self._child, reasons), name=f"watch-{self.name}", daemon=True)
        watcher.start()
        try:
            write_session(self._child.stdin, Session(self._url, self._stream))  # type: ignore[arg-type]
            self._queue.drop_until_keyframe()
            self._pump(self._child)
        except (BrokenPipeError, OSError):
            pass
        self._end_child(grace=0.0 if not self._stopping.is_set() else 2.0)
        watcher.join(5)
        return reasons[0] if reasons else None

    def _pump(self, child: subprocess.Popen[bytes]) -> None:
        pipe = child.stdin
        assert pipe is not None
        while not self._stopping.is_set() and child.poll() is None:
            packet = self._queue.get(timeout=0.2)
            if packet is None:
                continue
            write_packet(pipe, packet)
            pipe.flush()
            self._sent += 1
            self._bytes += len(packet.data)
            self._rate.add(len(packet.data))

    def _watch(self, child: subprocess.Popen[bytes], reasons: list[str]) -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            line = raw.decode(errors="replace").strip()
            if line == "connected":
                self._state = "live"
                log.info("%s: live", self.name)
            elif line.startswith("error: "):
                reasons.append(redact_text(line[7:], self._url))
                self._state = f"failed: {reasons[-1]}"

    def _end_child(self, grace: float) -> None:
        child = self._child
        if child is None:
            return
        try:
            if child.stdin is not None:
                child.stdin.close()
        except OSError:
            pass
        try:
            child.wait(grace)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(5)
        if child.stdout is not None:
            child.stdout.close()
        self._child = None
