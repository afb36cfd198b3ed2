"""The one interface every destination stands behind (RTMP, recording, and later WHIP),
and the bounded packet queue each keeps so a slow one never slows the others."""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass

from media.encoded_packet import EncodedPacket, StreamFormat
from media.health import Health
from media.worker import HealthListener

QUEUE_SECONDS = 4.0
QUEUE_BYTES = 32 * 1024 * 1024  # 4 s at 3 Mbit/s is 1.5 MB: this bound is for a runaway bitrate


@dataclass(frozen=True)
class OutputStats:
    name: str  # safe to show: secrets masked
    health: Health  # connecting, live, reconnecting (attempt, next try), failed (reason), stopped
    sent_packets: int  # what the destination took, not what waits for it
    sent_bytes: int
    dropped_packets: int
    bitrate_kbps: float

    @property
    def state(self) -> str:
        """The health in words, for a status line."""
        return self.health.text()


class RateMeter:
    """Bytes over the last second, as kbit/s."""

    def __init__(self) -> None:
        self._window: deque[tuple[float, int]] = deque()
        self._lock = threading.Lock()

    def add(self, size: int) -> None:
        moment = time.monotonic()
        with self._lock:
            self._window.append((moment, size))
            while self._window and self._window[0][0] < moment - 1.0:
                self._window.popleft()

    def kbps(self) -> float:
        cutoff = time.monotonic() - 1.0
        with self._lock:
            return sum(size for moment, size in self._window if moment > cutoff) * 8 / 1000


class PacketQueue:
    """Bounded by duration and by bytes, whatever kinds of packet sit at its ends. When either
    bound is passed, drops from the oldest up to the next video keyframe (a decoder can only
    restart there) and counts what it dropped."""

    def __init__(self, max_seconds: float = QUEUE_SECONDS, max_bytes: int = QUEUE_BYTES) -> None:
        self._packets: deque[EncodedPacket] = deque()
        self._max_seconds, self._max_bytes = max_seconds, max_bytes
        self._bytes = 0
        self._started = False  # a destination's first packet is a video keyframe: what comes before is let go
        self._ready = threading.Condition()
        self.dropped = 0
        self._closed = False

    def put(self, packet: EncodedPacket) -> None:
        with self._ready:
            if not self._started and not (packet.kind == "video" and packet.keyframe):
                return
            self._started = True
            self._packets.append(packet)
            self._bytes += len(packet.data)
            while self._packets and (self._span() > self._max_seconds or self._bytes > self._max_bytes):
                self._drop_to_next_keyframe()
            self._ready.notify()

    def get(self, timeout: float) -> EncodedPacket | None:
        with self._ready:
            if not self._packets and not self._closed:
                self._ready.wait(timeout)
            return self._pop() if self._packets else None

    def drop_until_keyframe(self) -> None:
        """After a reconnect, the stream must start at a keyframe."""
        with self._ready:
            self._drop_while_not_keyframe()

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify_all()

    def __len__(self) -> int:
        return len(self._packets)

    @property
    def queued_bytes(self) -> int:
        return self._bytes

    def _span(self) -> float:
        """From the oldest packet's time to the newest's, audio or video: both run on the show's clock."""
        return self._packets[-1].seconds - self._packets[0].seconds

    def _pop(self) -> EncodedPacket:
        packet = self._packets.popleft()
        self._bytes -= len(packet.data)
        return packet

    def _drop_to_next_keyframe(self) -> None:
        self._pop()
        self.dropped += 1
        self._drop_while_not_keyframe()
        if not self._packets:  # what comes next starts at a keyframe too, never a broken picture
            self._started = False

    def _drop_while_not_keyframe(self) -> None:
        while self._packets and not (self._packets[0].kind == "video" and self._packets[0].keyframe):
            self._pop()
            self.dropped += 1


class Output(ABC):
    """Receives every encoded packet through `offer`; does its own I/O on its own thread."""

    name: str  # safe to show: secrets masked

    @abstractmethod
    def watch(self, listener: HealthListener) -> None:
        """Calls `listener` with the output's name and health on every change."""

    @abstractmethod
    def start(self, stream: StreamFormat) -> None: ...

    @abstractmethod
    def offer(self, packet: EncodedPacket) -> None: ...

    @abstractmethod
    def stop(self) -> None:
        """Flush what is queued (within reason) and finish the file or the connection."""

    @abstractmethod
    def stats(self) -> OutputStats: ...
