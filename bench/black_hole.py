"""A black-holed ingest server on loopback: it accepts TCP connections and never reads a byte
or says one, like an ingest server that has hung. Whatever a client sends stays in the socket
buffers until they fill, so the sender's queue has to bound itself."""

from __future__ import annotations

import socket
import threading


class BlackHole:
    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port: int = self._server.getsockname()[1]
        self._held: list[socket.socket] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="black-hole", daemon=True)

    @property
    def connections(self) -> int:
        return len(self._held)

    def rtmp_url(self, key: str = "soak") -> str:
        return f"rtmp://127.0.0.1:{self.port}/live/{key}"

    def start(self) -> BlackHole:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)
        for connection in self._held:
            connection.close()
        self._held.clear()
        self._server.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                self._held.append(self._server.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return  # closed under us
