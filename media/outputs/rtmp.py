"""An RTMP(S) destination: its own writer thread and bounded queue, and a child process
(media/outputs/rtmp_worker.py) that does the network I/O.

When the connection fails or breaks, the output restarts the child on its own, on the one
reconnect schedule (media/backoff.py), and resumes at the next keyframe. FFmpeg's RTMP muxer
never reconnects by itself, so a new child means a new container. The bytes and bitrate it
reports are what the connection took (the child counts them), never what waited in a pipe.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from typing import IO

from media.backoff import retry_delay
from media.encoded_packet import EncodedPacket, StreamFormat
from media.health import Health, PartState, retrying
from media.output import Output, OutputStats, PacketQueue, RateMeter
from media.outputs.wire import Session, write_packet, write_session
from media.redact import redact_text, redact_url
from media.worker import Worker

log = logging.getLogger(__name__)


class RtmpOutput(Worker, Output):
    def __init__(self, url: str, name: str | None = None) -> None:
        super().__init__()
        self._url = url
        self.name = name or redact_url(url)
        self.thread_name = f"output-{redact_url(url)}"
        self._queue = PacketQueue()
        self._child: subprocess.Popen[bytes] | None = None
        self._taken = (0, 0)  # packets and bytes the connections before this one took
        self._sent = self._bytes = 0
        self._went_live = False  # whether the current connection has reached the server
        self._rate = RateMeter()

    @property
    def part_name(self) -> str:
        return self.name

    def start(self, stream: StreamFormat) -> None:  # type: ignore[override]  # Output.start takes the stream
        self._stream = stream
        Worker.start(self)

    def offer(self, packet: EncodedPacket) -> None:
        self._queue.put(packet)

    def stop(self, timeout: float = 4.0) -> None:
        """The writer finishes the stream (the child writes the FLV trailer); a child stuck
        in a handshake is killed, which also frees a writer blocked on its full pipe."""
        self._stopping.set()
        self._queue.close()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and self._child is not None:
                self._child.kill()
        Worker.stop(self, 5.0)

    def stats(self) -> OutputStats:
        return OutputStats(self.name, self.health, self._sent, self._bytes, self._queue.dropped, self._rate.kbps())

    def _run(self) -> None:
        attempt = 0
        while not self._should_stop():
            reason = self._stream_once()
            if self._should_stop():
                break
            # a connection that went live starts the count again: its failure is attempt 1
            attempt = 1 if self._went_live else attempt + 1
            delay = retry_delay(max(1, attempt))
            self._set_health(retrying(reason or "the connection ended", max(1, attempt), delay))
            log.warning("%s: %s; reconnecting in %.1f s", self.name, reason or "the connection ended", delay)
            if self._should_stop(delay):
                break
            self._queue.drop_until_keyframe()

    def _stream_once(self) -> str | None:
        """Runs one child until it fails or the show ends; returns why it ended."""
        self._set_health(Health(PartState.CONNECTING, attempt=self.health.attempt))
        self._went_live = False
        self._taken = (self._sent, self._bytes)
        self._child = subprocess.Popen(
            [sys.executable, "-m", "media.outputs.rtmp_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        reasons: list[str] = []
        watcher = threading.Thread(target=self._watch, args=(self._child, reasons), name=f"watch-{self.name}", daemon=True)
        watcher.start()
        try:
            pipe = self._child.stdin
            assert pipe is not None, "the child is started with stdin=PIPE"
            write_session(pipe, Session(self._url, self._stream))
            self._queue.drop_until_keyframe()
            self._pump(self._child, pipe)
        except OSError:  # a broken pipe: the child ended, and says why
            pass
        self._end_child(grace=0.0 if not self._should_stop() else 2.0)
        watcher.join(5)
        return reasons[0] if reasons else None

    def _pump(self, child: subprocess.Popen[bytes], pipe: IO[bytes]) -> None:
        while not self._should_stop() and child.poll() is None:
            packet = self._queue.get(timeout=0.2)
            if packet is None:
                continue
            write_packet(pipe, packet)
            pipe.flush()

    def _watch(self, child: subprocess.Popen[bytes], reasons: list[str]) -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            line = raw.decode(errors="replace").strip()
            if line == "connected":
                self._went_live = True
                self._set_health(Health(PartState.LIVE))
                log.info("%s: live", self.name)
            elif line.startswith("sent "):
                self._count_taken(line)
            elif line.startswith("error: "):
                reasons.append(redact_text(line[7:], self._url))

    def _count_taken(self, line: str) -> None:
        """`sent PACKETS BYTES`: what this connection has taken so far."""
        try:
            packets, size = (int(field) for field in line.split()[1:3])
        except ValueError:
            return
        before = self._bytes
        self._sent, self._bytes = self._taken[0] + packets, self._taken[1] + size
        self._rate.add(self._bytes - before)

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
