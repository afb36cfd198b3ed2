"""An IRC server for the tests (a pytest plugin): plain asyncio on 127.0.0.1, on a loop of its
own, over TLS if given a server context (`tls_irc_server`: a certificate from a throwaway CA).
It logs in the way Twitch does (CAP LS answered with Twitch's capabilities, CAP REQ acknowledged,
001 on NICK; USER and CAP END taken without a word), keeps what clients send, and sends them
whatever lines a test wants, Twitch's tags and all, and can drop every connection."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator

import pytest

from tests.tls_certs import TestCertificates, make_certificates

TWITCH_CAPS = ("twitch.tv/tags", "twitch.tv/commands", "twitch.tv/membership")


class IrcServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self.received: list[str] = []
        self.connections = 0
        self._writers: list[asyncio.StreamWriter] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="irc-server")
        self.port = 0

    def start(self) -> IrcServer:
        self._thread.start()
        self._ready.wait(10)
        return self

    def url(self, channel: str = "#shop") -> str:
        return f"{'ircs' if self._tls else 'irc'}://127.0.0.1:{self.port}/{channel}"

    def send(self, *lines: str) -> None:
        asyncio.run_coroutine_threadsafe(self._send(lines), self._loop).result(10)

    def drop_everyone(self) -> None:
        asyncio.run_coroutine_threadsafe(self._drop(), self._loop).result(10)

    def stop(self) -> None:
        if not self._thread.is_alive():
            return  # stopped already (a test may stop it early)
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0,
                                                                                    ssl=self._tls))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.append(writer)
        try:
            while line := await reader.readline():
                text = line.decode().rstrip("\r\n")
                self.received.append(text)
                if answer := self._answer(text):
                    writer.write(f"{answer}\r\n".encode())
                    await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if writer in self._writers:
                self._writers.remove(writer)
            writer.close()

    @staticmethod
    def _answer(text: str) -> str | None:
        """Twitch's answer to a line of the login, if it has one."""
        if text.startswith("NICK "):
            return f":tmi.example 001 {text[5:]} :Welcome"
        if text.startswith("CAP LS"):
            return f":tmi.twitch.tv CAP * LS :{' '.join(TWITCH_CAPS)}"
        if text.startswith("CAP REQ :"):
            asked = text[9:].split()
            known = all(cap in TWITCH_CAPS for cap in asked)
            return f":tmi.twitch.tv CAP * {'ACK' if known else 'NAK'} :{' '.join(asked)}"
        return None

    async def _send(self, lines: tuple[str, ...]) -> None:
        for writer in list(self._writers):
            writer.write("".join(f"{line}\r\n" for line in lines).encode())
            await writer.drain()

    async def _drop(self) -> None:
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    async def _shutdown(self) -> None:
        await self._drop()
        self._server.close()
        await self._server.wait_closed()


@pytest.fixture
def irc_server() -> Iterator[IrcServer]:
    server = IrcServer().start()
    yield server
    server.stop()


@pytest.fixture
def irc_certificates(tmp_path) -> TestCertificates:
    return make_certificates(tmp_path)


@pytest.fixture
def tls_irc_server(irc_certificates: TestCertificates) -> Iterator[IrcServer]:
    server = IrcServer(tls=irc_certificates.server_context()).start()
    yield server
    server.stop()
