"""The one interface every destination stands behind (RTMP, recording, and later WHIP),
and the bounded packet queue each keeps so a slow one never slows the others."""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass

from media.encoded_packet import EncodedPacket, StreamFormat

QUEUE_SECONDS = 4.0


@dataclass(frozen=True)
class OutputStats:
    name: str  # safe to show: secrets masked
    state: str  # connecting, live, reconnecting (attempt n, next in s), failed: reason, stopped
    sent_packets: int
    sent_bytes: int
    dropped_packets: int
    bitrate_kbps: float


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
    """Bounded by duration. When full, drops from the oldest up to the next video keyframe
    (a decoder can only restart there) and counts what it dropped."""

    def __init__(self, max_seconds: float = QUEUE_SECONDS) -> None:
        self._packets: deque[EncodedPacket] = deque()
        self._max_seconds = max_seconds
        self._ready = threading.Condition()
        self.dropped = 0
        self._closed = False

    def put(self, packet: EncodedPacket) -> None:
        with self._ready:
            self._packets.append(packet)
            if self._span() > self._max_seconds:
                self._drop_to_next_keyframe()
            self._ready.notify()

    def get(self, timeout: float) -> EncodedPacket | None:
        with self._ready:
            if not self._packets and not self._closed:
                self._ready.wait(timeout)
            return self._packets.popleft() if self._packets else None

    def drop_until_keyframe(self) -> None:
        """After a reconnect, the stream must start at a keyframe."""
        with self._ready:
            while self._packets and not (self._packets[0].kind == "video" and self._packets[0].keyframe):
                self._packets.popleft()
                self.dropped += 1

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify_all()

    def __len__(self) -> int:
        return len(self._packets)

    def _span(self) -> float:
        videos = [packet for packet in (self._packets[0], self._packets[-1]) if packet.kind == "video"]
        return self._packets[-1].seconds - self._packets[0].seconds if len(videos) == 2 else 0.0

    def _drop_to_next_keyframe(self) -> None:
        self._packets.popleft()
        self.dropped += 1
        while self._packets and not (self._packets[0].kind == "video" and self._packets[0].keyframe):
            self._packets.popleft()
            self.dropped += 1


class Output(ABC):
    """Receives every encoded packet through `offer`; does its own I/O on its own thread."""

    @abstractmethod
    def start(self, stream: StreamFormat) -> None: ...

    @abstractmethod
    def offer(self, packet: EncodedPacket) -> None: ...

    @abstractmethod
    def stop(self) -> None:
        """Flush what is queued (within reason) and finish the file or the connection."""

    @abstractmethod
    def stats(self) -> OutputStats: ...
