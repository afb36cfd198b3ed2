"""One client's WebSocket: it reads one message at a time into its session and writes through an
outbox of its own, so a client that stops reading cannot hold up the others (when its outbox
fills, it is closed). A message too large, one that cannot be decoded or one that breaks the
protocol closes this connection alone, with its code."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from aiohttp import WSMsgType, web

from studio.remote.codec import Encoding, decode, encode
from studio.remote.errors import ProtocolViolation
from studio.remote.messages import Message
from studio.remote.protocol import CloseCode
from studio.remote.session import Session

log = logging.getLogger(__name__)

OUTBOX = 2000  # messages waiting for a slow client before it is closed
CLOSE_REASON_BYTES = 120  # a close frame carries at most 123 bytes of reason


class Connection:
    def __init__(self, socket: web.WebSocketResponse, encoding: Encoding, session: Session,
                 on_identified: Callable[[], None]) -> None:
        self.socket, self.encoding, self.session = socket, encoding, session
        self._on_identified = on_identified
        self._outbox: asyncio.Queue[str | bytes] = asyncio.Queue(OUTBOX)
        self._closing = False
        self._closer: asyncio.Task[None] | None = None

    def send(self, message: Message) -> None:
        self.send_encoded(encode(self.encoding, message))

    def send_encoded(self, frame: str | bytes) -> None:
        if self._closing:
            return
        try:
            self._outbox.put_nowait(frame)
        except asyncio.QueueFull:
            log.warning("remote control: the client at %s does not keep up; closing it", self.session.address)
            self._closing = True
            self._closer = asyncio.get_running_loop().create_task(self.close(CloseCode.TRY_AGAIN_LATER, "too slow"))

    async def serve(self) -> None:
        writer = asyncio.create_task(self._write())
        try:
            self.send(self.session.hello())
            await self._read()
        finally:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer

    async def close(self, code: int, reason: str, flush_seconds: float = 0.0) -> None:
        """Closes with `code`; with `flush_seconds`, what is queued goes out first (within that time)."""
        self._closing = True
        if flush_seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._outbox.join(), flush_seconds)
        message = reason.encode("utf-8")[:CLOSE_REASON_BYTES].decode("utf-8", "ignore").encode("utf-8")
        await self.socket.close(code=code, message=message)

    async def _read(self) -> None:
        async for frame in self.socket:
            if frame.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                break  # an error: too large (closed with 1009) or invalid UTF-8 (1007)
            self.session.incoming += 1
            was_identified = self.session.identified
            try:
                answer = await self.session.handle(decode(self.encoding, frame.data))
            except ProtocolViolation as violation:
                log.info("remote control: closing %s: %s (%d)", self.session.address, violation.reason, violation.code)
                await self.close(violation.code, violation.reason)
                break
            if answer is not None:
                self.send(answer)
            if self.session.identified and not was_identified:
                self._on_identified()

    async def _write(self) -> None:
        while True:
            frame = await self._outbox.get()
            try:
                if isinstance(frame, bytes):
                    await self.socket.send_bytes(frame)
                else:
                    await self.socket.send_str(frame)
            except ConnectionError:
                return
            finally:
                self._outbox.task_done()
            self.session.outgoing += 1
