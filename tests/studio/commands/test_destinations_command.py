"""`vitrina destinations ...` as a user runs it, the key piped in on standard input: it never
shows up in what the command prints, the log, or the store's files."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studio.secrets import SERVICE
from tests.studio.commands.conftest import Vitrina
from tests.studio.conftest import MemoryKeyring

KEY = "live-7f3a-9c1e-secret"
YOUTUBE = "rtmp://a.rtmp.youtube.com/live2"
REPO = Path(__file__).resolve().parents[3]

Piped = Callable[..., tuple[int, str, str]]


pytestmark = pytest.mark.usefixtures("no_destination_keys")


@pytest.fixture
def piped(vitrina: Vitrina, monkeypatch: pytest.MonkeyPatch) -> Iterator[Piped]:
    """Runs the command with `stdin` written into a real pipe, as `printf KEY | vitrina ...` does."""
    opened = []

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        reader, writer = os.pipe()
        os.write(writer, stdin.encode())
        os.close(writer)
        pipe = os.fdopen(reader, encoding="utf-8")
        opened.append(pipe)
        monkeypatch.setattr(sys, "stdin", pipe)
        return vitrina(*args)

    yield run
    for pipe in opened:
        pipe.close()


def everything_written(folder: Path) -> bytes:
    """The store's files (with its -wal) and the log: all a command left on disk."""
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_add_list_disable_enable_remove(piped: Piped, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    outputs = []

    def ok(*args: str, stdin: str = "") -> str:
        code, out, errors = piped(*args, stdin=stdin)
        assert code == 0 and errors == "", errors
        outputs.append(out)
        return out

    assert ok("destinations", "add", "Shop", YOUTUBE + "/", stdin=KEY + "\n") == f"Shop: saved (RTMP {YOUTUBE}, key ****)\n"
    assert ok("destinations", "add", "Room", "https://whip.example.com/whip/room", stdin="\n") == (
        "Room: saved (WHIP https://whip.example.com/whip/room, no token)\n")
    assert memory_keyring.entries == {(SERVICE, "destination:Shop"): KEY}
    assert ok("destinations", "list") == (
        "Room: WHIP https://whip.example.com/whip/room, enabled, no token\n"
        f"Shop: RTMP {YOUTUBE}, enabled, key ****\n")
    assert ok("destinations", "disable", "shop") == "Shop: disabled\n"
    [room, shop] = json.loads(ok("destinations", "list", "--json"))
    assert shop == {"name": "Shop", "kind": "RTMP", "url": YOUTUBE, "enabled": False, "key": "****",
                    "key_source": "keyring", "key_variable": "VITRINA_KEY_SHOP", "created_at": shop["created_at"]}
    assert (room["kind"], room["key"], room["key_source"]) == ("WHIP", None, "none")
    assert ok("destinations", "enable", "SHOP") == "Shop: enabled\n"
    assert ok("destinations", "list").endswith(f"Shop: RTMP {YOUTUBE}, enabled, key ****\n")
    assert ok("destinations", "remove", "shop") == "Shop: removed\n"
    assert ok("destinations", "list") == "Room: WHIP https://whip.example.com/whip/room, enabled, no token\n"
    assert memory_keyring.entries == {}
    assert all(KEY not in out for out in outputs)
    assert KEY.encode() not in everything_written(tmp_path) and b"whip/room" in everything_written(tmp_path)
    assert b"saved destination Shop" in (tmp_path / "logs" / "vitrina.log").read_bytes()


def test_an_empty_key_for_rtmp_is_an_error_and_nothing_is_stored(piped: Piped, memory_keyring: MemoryKeyring) -> None:
    assert piped("destinations", "add", "Shop", YOUTUBE, stdin="") == (
        1, "", "vitrina: key: empty; an RTMP destination needs its stream key\n")
    assert piped("destinations", "add", "Shop", YOUTUBE, stdin="\n")[0] == 1
    assert piped("destinations", "list")[1].startswith("no destinations yet")


def test_only_the_first_line_of_a_pipe_is_the_key(piped: Piped, memory_keyring: MemoryKeyring) -> None:
    assert piped("destinations", "add", "Shop", YOUTUBE, stdin=f"{KEY}\r\nsecond line\n")[0] == 0
    assert memory_keyring.entries == {(SERVICE, "destination:Shop"): KEY}


def test_without_a_keyring_add_names_the_variable_and_list_follows_it(
    piped: Piped, no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, errors = piped("destinations", "add", "my shop", YOUTUBE, stdin=KEY + "\n")
    assert code == 0 and out == f"my shop: saved (RTMP {YOUTUBE}, no key)\n"
    assert errors == ("vitrina: no system keyring here to keep the key of 'my shop' in: saved without it; "
                      "set VITRINA_KEY_MY_SHOP in the environment of the session that goes live\n")
    assert KEY.encode() not in everything_written(tmp_path)
    assert piped("destinations", "list")[1] == f"my shop: RTMP {YOUTUBE}, enabled, no key\n"
    monkeypatch.setenv("VITRINA_KEY_MY_SHOP", KEY)
    code, out, _ = piped("destinations", "list")
    assert out == f"my shop: RTMP {YOUTUBE}, enabled, key from VITRINA_KEY_MY_SHOP\n" and KEY not in out


@pytest.mark.parametrize(("args", "message"), [
    (("add", "Shop", "ftp://a.example/live2"), "vitrina: url: starts with ftp:; use rtmp:// or rtmps:// for RTMP"),
    (("add", "Shop", "rtmp://a.example:99999/live2"), "vitrina: url: the port must be a number from 1 to 65535\n"),
    (("add", "Shop", f"rtmp://a.example/live2?k={KEY}"), "vitrina: url: an RTMP server's address has no ?query"),
    (("add", "Sh\x1bop", YOUTUBE), "vitrina: name 'Sh\\x1bop': has a control character"),
    (("add", "", YOUTUBE), "vitrina: name: empty"),
    (("remove", "Nope"), "vitrina: name 'Nope': no destination by that name (see `vitrina destinations list`)\n"),
    (("enable", "Nope"), "vitrina: name 'Nope': no destination by that name"),
])
def test_mistakes_are_one_line_naming_the_field(
    piped: Piped, memory_keyring: MemoryKeyring, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, errors = piped("destinations", *args, stdin=KEY + "\n")
    assert code == 1 and out == "" and errors.startswith(message)
    assert errors.count("\n") == 1 and KEY not in errors and "Traceback" not in errors
    assert memory_keyring.entries == {} and KEY.encode() not in everything_written(tmp_path)
    assert piped("destinations", "list")[1].startswith("no destinations yet")


def test_on_a_terminal_the_key_is_asked_for_without_echo(tmp_path: Path) -> None:
    """A real process on a pseudo-terminal it controls, as when a user types the key."""
    leader, follower = os.openpty()
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.studio.conftest.MemoryKeyring"}
    command = ["setsid", "--wait", "--ctty", sys.executable, "-m", "studio",
               "destinations", "add", "Shop", YOUTUBE, "--data-dir", str(tmp_path)]
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, cwd=REPO, env=environment)
    os.close(follower)
    try:
        seen = read_until(leader, b"stream key for Shop: ")
        os.write(leader, KEY.encode() + b"\n")
        seen += read_until(leader, b"key ****)")
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    assert KEY.encode() not in seen
    assert f"Shop: saved (RTMP {YOUTUBE}, key ****)".encode() in seen


def read_until(fd: int, wanted: bytes, timeout: float = 60.0) -> bytes:
    """What the terminal showed, up to and including `wanted`."""
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], timeout)
        assert ready, f"the terminal never showed {wanted!r}; it showed {seen!r}"
        seen += os.read(fd, 4096)
    return seen
