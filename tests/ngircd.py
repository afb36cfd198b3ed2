"""A real IRC daemon for the tests (a pytest plugin): Debian's ngircd, run in the foreground as
a child process on a throwaway config in tmp_path (127.0.0.1 on a free port, no PID file, a
one-line MOTD, no DNS, ident or PAM lookups, no flood penalties, one IRC operator), stopped
after the test. `IrcClient` is a second client: a plain socket that logs in as RFC 2812 says."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import pytest

OPERATOR, OPERATOR_PASSWORD = "boss", "boss-test-only"
CONFIG = """\
[Global]
Name = irc.vitrina.test
Info = Vitrina tests
AdminInfo1 = Vitrina tests
AdminInfo2 = loopback only
AdminEMail = tests@vitrina.test
Listen = 127.0.0.1
Ports = {port}
MotdPhrase = Vitrina tests
PidFile =

[Limits]
MaxConnectionsIP = 0
MaxPenaltyTime = 0
PingTimeout = 120

[Options]
DNS = no
Ident = no
PAM = no

[Operator]
Name = {operator}
Password = {password}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


class Ngircd:
    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.config = directory / "ngircd.conf"
        self.config.write_text(CONFIG.format(port=self.port, operator=OPERATOR, password=OPERATOR_PASSWORD))
        self.log = directory / "ngircd.log"
        self._process: subprocess.Popen[bytes] | None = None

    def url(self, channel: str = "#shop") -> str:
        return f"irc://127.0.0.1:{self.port}/{channel}"

    def start(self) -> Ngircd:
        program = shutil.which("ngircd", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")
        if program is None:
            pytest.fail("ngircd is not installed: apt-get install ngircd (bash .ci/run does)", pytrace=False)
        with self.log.open("wb") as log:
            self._process = subprocess.Popen([program, "--nodaemon", "--config", str(self.config)],
                                             stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 15
        while not accepts(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"ngircd did not start on port {self.port}:\n{self.log.read_text()[-2000:]}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        self._process = None


class IrcClient:
    """Another person on the server: registers with NICK and USER, answers PING, and reads
    lines until the one a test waits for."""

    def __init__(self, port: int, nick: str) -> None:
        self.nick = nick
        self.seen: list[str] = []
        self._buffer = b""
        self._socket = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.send(f"NICK {nick}", f"USER {nick} 0 * :{nick} in the tests")
        self.expect(lambda words: words[1] == "001")

    def __enter__(self) -> IrcClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def send(self, *lines: str) -> None:
        self._socket.sendall("".join(f"{line}\r\n" for line in lines).encode())

    def expect(self, wanted: Callable[[list[str]], bool], timeout: float = 15.0) -> str:
        """The next line whose words (prefix first) `wanted` takes."""
        deadline = time.monotonic() + timeout
        while (line := self._next_line(deadline)) is not None:
            words = line.split()
            if words and words[0] == "PING":
                self.send(f"PONG {words[1] if len(words) > 1 else ''}")
            elif len(words) >= 2 and wanted(words):
                return line
        raise AssertionError(f"{self.nick} waited in vain; the server said:\n" + "\n".join(self.seen[-20:]))

    def join(self, channel: str) -> None:
        self.send(f"JOIN {channel}")
        self.expect(lambda words: words[0].startswith(f":{self.nick}!") and words[1] == "JOIN")

    def say(self, channel: str, text: str) -> None:
        self.send(f"PRIVMSG {channel} :{text}")

    def become_operator(self) -> None:
        self.send(f"OPER {OPERATOR} {OPERATOR_PASSWORD}")
        self.expect(lambda words: words[1] == "381")  # RPL_YOUREOPER

    def close(self) -> None:
        try:
            self.send("QUIT :done")
        except OSError:
            pass
        self._socket.close()

    def _next_line(self, deadline: float) -> str | None:
        """The next line from the server, or None when the deadline passes first."""
        while b"\r\n" not in self._buffer:
            self._socket.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self._socket.recv(4096)
            except TimeoutError:
                return None
            if not data:
                raise AssertionError(f"the server closed {self.nick}'s connection:\n" + "\n".join(self.seen[-20:]))
            self._buffer += data
        raw, self._buffer = self._buffer.split(b"\r\n", 1)
        line = raw.decode("utf-8", errors="replace")
        self.seen.append(line)
        return line


@pytest.fixture
def ngircd(tmp_path: Path) -> Iterator[Ngircd]:
    server = Ngircd(tmp_path).start()
    yield server
    server.stop()
