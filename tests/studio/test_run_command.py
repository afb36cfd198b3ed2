"""`vitrina run` as a user runs it: a real process, a real RTMP receiver, real files."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from media.slate import SLATE_BGR
from media.sources.test_pattern import bar_colour_at
from studio.storage import open_database
from tests.rtmp_peer import free_port

SIZE = (320, 180)


def vitrina_run(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "studio", "run", "--data-dir", str(data_dir), "--size", f"{SIZE[0]}x{SIZE[1]}",
               "--bitrate", "600", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    _, errors = process.communicate(timeout=timeout)
    return process.returncode, errors


class ShowLines:
    """What a running `vitrina run` writes on stderr, read on a thread, waited on by content."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        assert process.stderr is not None
        self._reader = threading.Thread(target=self._read, args=(process.stderr,), daemon=True)
        self._reader.start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    def rendered(self) -> int:
        """The frames the show had rendered at its last stats line (one a second)."""
        counts = [int(match.group(1)) for line in self.lines if (match := re.search(r"rendered (\d+)", line))]
        return counts[-1] if counts else 0

    def wait_until(self, condition, timeout: float = 60) -> None:
        with self._changed:
            assert self._changed.wait_for(condition, timeout), "".join(self.lines)

    def finish(self, process: subprocess.Popen[str], stop: int = signal.SIGINT) -> tuple[int, str]:
        process.send_signal(stop)
        code = process.wait(60)
        self._reader.join(30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        return code, "".join(self.lines)


def video_times(path: Path) -> list[float]:
    with av.open(str(path)) as container:
        return [float(frame.time) for frame in container.decode(video=0)]


def test_a_show_reaches_a_real_rtmp_receiver_with_video_audio_and_the_right_pixels(tmp_path, receivers):
    receiver = receivers(free_port(), 4.0)
    time.sleep(0.5)
    code, errors = finish(vitrina_run(tmp_path, "--rtmp", receiver.url, "--duration", "7", "--pin", "A1"))
    seen = receiver.seen()
    assert code == 0, errors
    assert seen["codecs"] == ["aac", "h264"] and seen["size"] == list(SIZE)
    assert seen["video_frames"] >= 3.0 * 24 and seen["audio_frames"] > 100
    steps = [step for step in seen["steps"] if step is not None]
    moves = sum(1 for before, after in zip(steps, steps[1:]) if after != before)
    assert moves > 0.7 * len(steps)  # the test pattern's marker advances: the picture is not frozen
    last = np.array(seen["bar_samples"][-1])  # a row through the colour bars
    for index, x in enumerate(range(0, SIZE[0], SIZE[0] // 14)[:14]):
        assert np.abs(last[index] - bar_colour_at(x, SIZE[0])).max() < 40, index


def test_the_stream_resumes_after_the_receiver_is_gone_for_5_s_and_the_recording_has_no_gap(tmp_path, receivers):
    port = free_port()
    first = receivers(port, 2.0)
    time.sleep(0.5)
    show = vitrina_run(tmp_path, "--rtmp", first.url, "--record", str(tmp_path / "show.mkv"), "--duration", "16")
    assert first.seen()["video_frames"] > 20
    time.sleep(5.0)  # nobody listens: the show retries on its schedule
    second = receivers(port, 3.0)
    seen = second.seen(timeout=40)
    code, errors = finish(show)
    assert code == 0, errors
    assert seen["codecs"] == ["aac", "h264"] and seen["video_frames"] > 30, seen
    assert re.search(r"reconnecting in \d+ s \(attempt \d+\)", errors), errors
    times = video_times(tmp_path / "show.mkv")
    assert len(times) > 14 * 25 and max(np.diff(times)) < 0.2


def wait_until_encoded(show: subprocess.Popen[str], frames: int, timeout: float = 60) -> None:
    """Reads the show's stats lines until it has encoded `frames` (a slow start is not the test's subject)."""
    deadline = time.monotonic() + timeout
    for line in show.stderr:
        encoded = [int(word) for label, word in zip(line.split(), line.split()[1:]) if label == "encoded"]
        if (encoded and encoded[0] >= frames) or time.monotonic() > deadline:
            return


def test_a_recording_survives_kill_9(tmp_path):
    show = vitrina_run(tmp_path, "--record", str(tmp_path / "killed.mkv"))
    wait_until_encoded(show, 4 * 30)
    time.sleep(0.5)
    show.send_signal(signal.SIGKILL)
    show.communicate(timeout=10)
    times = video_times(tmp_path / "killed.mkv")
    assert times and times[-1] - times[0] > 2.5


@pytest.fixture
def silent_server():
    """Accepts TCP connections and never says a word, like a stuck ingest server."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stopping = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stopping.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    yield server.getsockname()[1]
    stopping.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def test_a_silent_server_stalls_neither_the_clock_nor_the_recording(tmp_path, silent_server):
    url = f"rtmp://127.0.0.1:{silent_server}/live/secret-key-123"
    code, errors = finish(vitrina_run(tmp_path, "--rtmp", url, "--record", str(tmp_path / "rec.mkv"), "--duration", "6"))
    assert code == 0, errors
    times = video_times(tmp_path / "rec.mkv")
    assert len(times) > 6 * 25  # the clock and the encoder kept going while the handshake hung
    assert "secret-key-123" not in errors and "live/****" in errors


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rtmp", "http://example.com/live/key"], "--rtmp http://example.com/live/****: the address must start with rtmp://"),
        (["--rtmp", "rtmp://host-only"], "needs an application and a stream key"),
        (["--record", "/nonexistent-folder/x.mkv"], "--record /nonexistent-folder/x.mkv: the folder"),
        (["--record", "x.avi"], "record to a .mkv or .mp4 file"),
        (["--size", "big"], "--size big: write it as WIDTHxHEIGHT"),
        (["--fps", "29"], "--fps 29: choose 15, 20, 24, 25, 29.97, 30, 48, 50, 59.94 or 60"),
        (["--pin", "ZZ99"], "--pin ZZ99: no product has that code"),
        (["--source", "webcam"], "--source webcam: not a source; use testpattern"),
        (["--audio", "mic:no-such-card"], "--audio mic:no-such-card: no such microphone"),
        (["--audio", "file:/nowhere.wav"], "--audio file:/nowhere.wav: there is no file"),
        (["--audio", "loud"], "--audio loud: use tone, none, mic[:DEVICE] or file:PATH"),
        (["--chat", "discord:shop"], "--chat discord:shop: use irc://HOST:PORT/#CHANNEL"),
        (["--chat", "rehearsal:fast"], "--chat rehearsal:fast: the rehearsal rate is messages per second"),
        (["--source", "file:/nowhere.mp4"], "--source file:/nowhere.mp4: there is no file"),
    ],
)
def test_bad_options_are_named_before_anything_starts(tmp_path, args, message):
    code, errors = finish(vitrina_run(tmp_path, *args, "--duration", "1"), timeout=30)
    assert code == 1 and message in errors and "Traceback" not in errors


@pytest.mark.parametrize(
    ("fps", "file", "rate"),
    [("29.97", "ntsc.mkv", Fraction(30000, 1001)), ("59.94", "ntsc60.mp4", Fraction(60000, 1001))],
)
def test_an_ntsc_rate_is_recorded_exactly(tmp_path, fps, file, rate):
    code, errors = finish(vitrina_run(tmp_path, "--fps", fps, "--record", str(tmp_path / file), "--duration", "2"))
    assert code == 0, errors
    with av.open(str(tmp_path / file)) as container:
        video = container.streams.video[0]
        assert (video.guessed_rate, video.codec_context.framerate) == (rate, rate)
        if file.endswith(".mkv"):  # FFmpeg reads Matroska's frame duration back in terms up to 30000: 60000/1001 is not
            assert video.average_rate == rate


def test_sigterm_stops_cleanly_with_the_recording_finished(tmp_path):
    show = vitrina_run(tmp_path, "--record", str(tmp_path / "clean.mp4"))
    lines = ShowLines(show)
    lines.wait_until(lambda: lines.rendered() >= 60)  # two seconds recorded
    code, errors = lines.finish(show, signal.SIGTERM)
    assert code == 0 and "vitrina run: stopped" in errors
    assert (tmp_path / "clean.mp4").is_file() and not (tmp_path / "clean.mkv").exists()
    with av.open(str(tmp_path / "clean.mp4")) as container:
        assert {stream.type for stream in container.streams} == {"video", "audio"}


def test_a_show_whose_camera_is_missing_goes_on_with_the_slate(tmp_path):
    code, errors = finish(vitrina_run(tmp_path, "--source", "camera:97", "--record", str(tmp_path / "slate.mkv"),
                                      "--duration", "3", "--audio", "none"))
    assert code == 0, errors
    with av.open(str(tmp_path / "slate.mkv")) as container:
        frames = [frame.to_ndarray(format="bgr24") for frame in container.decode(video=0)]
    assert len(frames) > 2 * 25
    assert np.abs(frames[-1][5, 5].astype(int) - SLATE_BGR).max() < 12
    assert "camera:97 failed: no camera at index 97" in errors
    assert "[ WARN" not in errors and "VIDEOIO" not in errors  # OpenCV's own lines kept off the terminal


def test_an_audio_file_is_the_show_sound(tmp_path):
    from tests.media.test_audio import write_tone_file

    jingle = write_tone_file(tmp_path / "jingle.wav", 0.5)
    code, errors = finish(vitrina_run(tmp_path, "--audio", f"file:{jingle}", "--record", str(tmp_path / "s.mkv"),
                                      "--duration", "3"))
    assert code == 0, errors
    with av.open(str(tmp_path / "s.mkv")) as container:
        audio = np.concatenate([frame.to_ndarray().ravel() for frame in container.decode(audio=0)])
    assert len(audio) > 2 * 48000 and 0.3 < np.abs(audio).max() < 0.7  # the file's -6 dBFS tone, looped


def test_whip_rtmp_and_recording_at_once_with_the_token_from_the_environment(tmp_path, whip_endpoint, receivers):
    from tests.whip_peer import TOKEN

    endpoint, receiver = whip_endpoint(), receivers(free_port(), 3.0)
    time.sleep(0.5)
    show = subprocess.Popen(
        [sys.executable, "-m", "studio", "run", "--data-dir", str(tmp_path), "--size", "320x180", "--bitrate", "600",
         "--whip", endpoint.url, "--rtmp", receiver.url, "--record", str(tmp_path / "all.mkv"), "--duration", "6"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "VITRINA_WHIP_TOKEN": TOKEN})
    code, errors = finish(show)
    assert code == 0, errors
    assert endpoint.seen.video_frames > 60 and endpoint.seen.audio_frames > 50
    assert receiver.seen()["video_frames"] > 60
    assert len(video_times(tmp_path / "all.mkv")) > 5 * 25
    assert TOKEN not in errors and "/whip/****: live" in errors


def test_buy_comments_in_irc_chat_become_orders(tmp_path, irc_server):
    from studio.commerce.moderation import BLOCKED_USERS, block
    from studio.paths import resolve_paths
    from studio.store import open_store

    store = open_store(resolve_paths(tmp_path))
    block(store, BLOCKED_USERS, "Troll")
    store.conn.close()
    show = vitrina_run(tmp_path, "--chat", irc_server.url(), "--duration", "5", "--audio", "none")
    deadline = time.monotonic() + 20
    while "JOIN #shop" not in irc_server.received and time.monotonic() < deadline:
        time.sleep(0.1)
    irc_server.send(
        "@display-name=Ana;user-id=1 :ana!ana@x PRIVMSG #shop :sold A2",
        "@display-name=Ana;user-id=1 :ana!ana@x PRIVMSG #shop :SOLD a2",  # a repeat: one order
        "@display-name=Bea;user-id=2 :bea!bea@x PRIVMSG #shop :quero A9 M x2",
        "@display-name=Cid;user-id=3 :cid!cid@x PRIVMSG #shop :sold A99",  # no such code: flagged
        "@display-name=Dee;user-id=4 :dee!dee@x PRIVMSG #shop :how much is A1?",
        "@display-name=Troll;user-id=5 :troll!troll@x PRIVMSG #shop :sold A2 spam spam",
        "@display-name=Eve;user-id=6 :eve!eve@x PRIVMSG #shop :love it",
        "@target-user-id=6 :tmi.twitch.tv CLEARCHAT #shop :eve",  # a moderator on the platform removes Eve
    )
    code, errors = finish(show)
    assert code == 0, errors
    assert "vitrina run: show 1" in errors and "show 1: 2 orders" in errors
    assert f"chat {irc_server.url()} connected" in errors and "7 messages, 2 orders" in errors
    db = open_database(tmp_path / "vitrina.db")
    orders = db.execute("SELECT buyer_name, quantity, state FROM orders ORDER BY id").fetchall()
    kinds = db.execute("SELECT author_name, kind, note FROM chat_messages ORDER BY id").fetchall()
    db.conn.close()
    assert orders == [("Ana", 1, "reserved"), ("Bea", 2, "reserved")]
    assert kinds == [("Ana", "buy", "reserved"), ("Ana", "buy", "repeat"), ("Bea", "buy", "reserved"),
                     ("Cid", "flagged", "no product has the code A99"), ("Dee", "question", None),
                     ("Troll", "hidden", None), ("Eve", "hidden", "removed by a moderator")]
    shipped_from = tmp_path / "orders.csv"
    exported = subprocess.run([sys.executable, "-m", "studio", "export-orders", "--data-dir", str(tmp_path),
                               "--out", str(shipped_from)], capture_output=True, text=True)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(shipped_from.read_text(encoding="utf-8-sig").splitlines()))
    assert [(row["buyer"], row["sku"], row["qty"], row["unit price"], row["total"], row["state"]) for row in rows] == [
        ("Ana", "MUG-POUR", "1", "24.00", "24.00", "reserved"), ("Bea", "CARDIGAN-KNIT-M", "2", "68.00", "136.00", "reserved")]
    report = subprocess.run([sys.executable, "-m", "studio", "show-report", "--json", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True)
    summary = json.loads(report.stdout)
    assert (summary["orders"], summary["revenue"], summary["units_per_product"]) == (2, {"USD": 16000}, {"A9": 2, "A2": 1})
    assert (summary["messages"], summary["questions"], summary["flagged"], summary["hidden"]) == (7, 1, 1, 2)
    missing = subprocess.run([sys.executable, "-m", "studio", "show-report", "--show", "99", "--data-dir", str(tmp_path)],
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "--show 99: no such show" in missing.stderr


def counts(database: Path) -> tuple[int, int, int, int]:
    """Chat messages, orders, shows, and the stock left across the catalog."""
    db = open_database(database)
    try:
        found = [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("chat_messages", "orders", "shows")]
        stock = db.execute("SELECT coalesce(sum(stock), 0) FROM products").fetchone()[0] + \
            db.execute("SELECT coalesce(sum(stock), 0) FROM variants").fetchone()[0]
        return found[0], found[1], found[2], stock
    finally:
        db.conn.close()


def test_a_rehearsal_audience_fills_a_rehearsal_with_chat_and_orders_and_leaves_the_shop_alone(tmp_path):
    seeded = subprocess.run([sys.executable, "-m", "studio", "products", "--data-dir", str(tmp_path)], capture_output=True)
    assert seeded.returncode == 0
    real_before = counts(tmp_path / "vitrina.db")
    code, errors = finish(vitrina_run(tmp_path, "--rehearsal", "--chat", "rehearsal:40", "--duration", "3", "--audio", "none"))
    assert code == 0, errors
    assert "vitrina run: rehearsal 1" in errors and "REHEARSAL  fps" in errors
    messages, orders, shows, stock = counts(tmp_path / "rehearsal.db")
    assert messages > 50 and orders > 5 and shows == 1 and stock < real_before[3]
    assert counts(tmp_path / "vitrina.db") == real_before  # no chat, no orders, no show, the same stock
    report = subprocess.run([sys.executable, "-m", "studio", "show-report", "--rehearsal", "--json", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["orders"] == orders


def test_the_rehearsal_audience_never_comes_to_a_real_show_and_a_rehearsal_publishes_nothing(tmp_path):
    code, errors = finish(vitrina_run(tmp_path, "--chat", "rehearsal:40", "--duration", "3"))
    assert code == 1 and "--chat rehearsal:40: the rehearsal audience only comes to a rehearsal" in errors
    code, errors = finish(vitrina_run(tmp_path, "--rehearsal", "--rtmp", "rtmp://127.0.0.1/live/key", "--duration", "3"))
    assert code == 1 and "--rehearsal publishes nothing" in errors and "key" not in errors.split("publishes")[1]


def frames_at(path: Path, moments: list[float]) -> list[np.ndarray]:
    """The first decoded frame at or after each moment (seconds from the start), as BGR."""
    wanted, found = sorted(moments), []
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            if wanted and float(frame.time) >= wanted[0]:
                found.append(frame.to_ndarray(format="bgr24"))
                wanted.pop(0)
    assert not wanted, f"the recording ends before {wanted}"
    return found


def test_a_pin_and_a_flash_sale_from_another_terminal_reach_the_running_show(tmp_path):
    record = tmp_path / "show.mkv"
    show = vitrina_run(tmp_path, "--size", "640x360", "--scene", "Camera + Product", "--record", str(record),
                       "--audio", "none")
    lines = ShowLines(show)
    lines.wait_until(lambda: lines.rendered() >= 45)  # 1.5 s of show with nothing pinned
    for args in (("pin", "A2"), ("flash-sale", "A2", "19.50", "--minutes", "2")):
        done = subprocess.run([sys.executable, "-m", "studio", *args, "--data-dir", str(tmp_path)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    told = lines.rendered()
    lines.wait_until(lambda: lines.rendered() >= told + 90)  # the director follows within a second
    code, errors = lines.finish(show)
    assert code == 0, errors
    before, after = frames_at(record, [1.0, video_times(record)[-1] - 0.05])
    card = (slice(200, 340), slice(20, 260))  # bottom left
    countdown = (slice(10, 70), slice(480, 630))  # top right
    changed = np.abs(after.astype(int) - before.astype(int)).mean(axis=2)
    assert changed[card].mean() > 40, changed[card].mean()
    assert changed[countdown].mean() > 40, changed[countdown].mean()
