"""Someone in the channel on the test IRC server who notes when each of the studio's lines
arrives: a thread of its own does nothing but read, so a slow test thread cannot bunch them up."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from tests.ngircd import IrcClient


@dataclass(frozen=True)
class Heard:
    at: float  # time.monotonic() as the line was read
    raw: str  # the line as the server relayed it, CRLF aside

    @property
    def text(self) -> str:
        return self.raw.split(" :", 1)[1] if " :" in self.raw else ""


class Listener:
    def __init__(self, port: int, nick: str, channel: str) -> None:
        self._client = IrcClient(port, nick)
        self._client.join(channel)
        self.heard: list[Heard] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._read, name="irc-listener", daemon=True)
        self._thread.start()

    def privmsgs(self) -> list[Heard]:
        return [heard for heard in list(self.heard) if heard.raw.split(" ", 2)[1:2] == ["PRIVMSG"]]

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(10)
        self._client.close()

    def _read(self) -> None:
        socket = self._client._socket
        socket.settimeout(0.2)
        buffer = b""
        while not self._stopping.is_set():
            try:
                data = socket.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            at = time.monotonic()
            buffer += data
            *lines, buffer = buffer.split(b"\r\n")
            for line in lines:
                raw = line.decode("utf-8", errors="replace")
                if raw.startswith("PING"):
                    socket.sendall(f"PONG {raw[5:]}\r\n".encode())
                self.heard.append(Heard(at, raw))
