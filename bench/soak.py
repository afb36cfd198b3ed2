"""A long show through the real command line, measuring what grows.

    python bench/soak.py [--minutes 30] [--fps 30] [--size 1280x720] [--rate 20] [--keep]

`vitrina run` runs as a child process on a fresh data folder: the test pattern at --size and
--fps, a demo product pinned, a recording into the folder, chat at --rate messages a second
from an IRC server this script runs on loopback (bench/irc_feed.py), and one RTMP destination
that is black-holed: a TCP server that accepts and never reads (bench/black_hole.py), so the
output's queue has to bound itself.

Every minute, one line: the resident memory of the studio's process tree (it and its
children: each RTMP destination is a process of its own), lagged frames and dropped packets
so far (from `vitrina run`'s stats lines), chat messages and orders (its chat line), and the
store's size (vitrina.db and its -wal); then, in brackets, where the memory is: the studio's own
process, its heap (RssAnon: not code or files mapped in), and its children. At the end: RSS growth per hour after the first 5
minutes (least squares over the minute samples from minute 5 on; a run shorter than 10 minutes
uses the samples from half-way on), total lagged frames and dropped packets, the store's
growth per hour, and whether the targets hold: RSS grows less than 5 MB an hour after minute
5, and no frame lags. The exit status is 1 when a target is missed.

Before the show is stopped the feed falls silent, and `vitrina show-report` then says how many
of the messages sent were stored and what became of them. The show stops with SIGINT (Ctrl+C here does the same), is killed if it has not ended after
2 minutes, and the folder is removed unless --keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.black_hole import BlackHole  # noqa: E402
from bench.irc_feed import ChatMix, IrcFeed, Listing  # noqa: E402
from studio.paths import resolve_paths  # noqa: E402

MB = 1024 * 1024
SETTLE_MINUTES = 5  # RSS growth is measured after this
SHORT_RUN_MINUTES = 10  # below this, from half-way on instead
RSS_TARGET_MB_PER_HOUR = 5.0
START_TIMEOUT = 120.0
STOP_TIMEOUT = 120.0
RECORDING = "soak.mkv"
CHAT_LINE = re.compile(r"(\d+) messages, (\d+) orders")
NOT_STORED = re.compile(r"(\d+) NOT STORED")
LAGGED = re.compile(r"\blagged (\d+)")
DROPPED = re.compile(r"\bdropped (\d+)")


@dataclass
class ShowFigures:
    """The latest of what `vitrina run` says on stderr; the format is loosely matched on purpose."""

    lagged: int = 0
    dropped: int = 0  # over every output: the RTMP destination and the recording
    messages: int = 0
    orders: int = 0
    unstored: int = 0
    started: threading.Event = field(default_factory=threading.Event)

    def take(self, line: str) -> bool:
        """Notes what the line says; False for a line that is not a stats, chat or start line."""
        if (lagged := LAGGED.search(line)) is not None:
            self.lagged = int(lagged[1])
            self.dropped = sum(int(count) for count in DROPPED.findall(line))
        elif line.startswith("chat ") and (chat := CHAT_LINE.search(line)) is not None:
            self.messages, self.orders = int(chat[1]), int(chat[2])
            unstored = NOT_STORED.search(line)
            self.unstored = int(unstored[1]) if unstored else 0
        elif "vitrina run: started" in line:
            self.started.set()
        else:
            return False
        return True


def read_stderr(stream: IO[str], log: IO[str], figures: ShowFigures, echo: Callable[[str], None]) -> None:
    """Until the show ends: every line to the log file, the figures noted, anything else echoed."""
    for raw in stream:
        log.write(raw)
        line = raw.rstrip("\n")
        if not figures.take(line) and not line.startswith("lag-watch:"):  # the watcher's stacks: log only
            echo(line)
    log.flush()


@dataclass(frozen=True)
class Sample:
    minute: float
    rss_mb: float
    lagged: int
    dropped: int
    messages: int
    orders: int
    store_mb: float  # vitrina.db and its -wal
    database_mb: float  # vitrina.db alone: the -wal's size saws up and down with each checkpoint
    memory: ProcessMemory


@dataclass(frozen=True)
class ProcessMemory:
    """Where the tree's memory is: the studio's own process (all of it, and its anonymous part:
    heap, not code or files mapped in) and its children (the RTMP destinations' processes)."""

    main_mb: float
    main_anon_mb: float
    children_mb: float
    children: int


def status_fields(status: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)


def process_memory(pid: int) -> ProcessMemory:
    main = main_anon = children = 0
    count = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = status_fields(status)
        except OSError:
            continue
        kb = int(fields.get("VmRSS", "0 kB").split()[0])
        if int(fields.get("Pid", "0")) == pid:
            main, main_anon = kb, int(fields.get("RssAnon", "0 kB").split()[0])
        elif int(fields.get("PPid", "0")) == pid:
            children, count = children + kb, count + 1
    return ProcessMemory(main / 1024, main_anon / 1024, children / 1024, count)


def file_mb(path: Path) -> float:
    return path.stat().st_size / MB if path.exists() else 0.0


def store_mb(database: Path) -> float:
    return file_mb(database) + file_mb(database.with_name(database.name + "-wal"))


def slope_per_hour(minutes: Sequence[float], values: Sequence[float]) -> float:
    """Least-squares growth per hour; 0 with fewer than two samples."""
    if len(minutes) < 2:
        return 0.0
    return statistics.linear_regression(minutes, values).slope * 60


def growth_window(samples: Sequence[Sample], minutes: int) -> tuple[list[Sample], str]:
    """The samples RSS growth is measured over, and the words for which they are."""
    if minutes >= SHORT_RUN_MINUTES:
        return [sample for sample in samples if sample.minute >= SETTLE_MINUTES], f"from minute {SETTLE_MINUTES} on"
    half = minutes / 2
    return ([sample for sample in samples if sample.minute >= half],
            f"from half-way (minute {half:g}) on, as the run is shorter than {SHORT_RUN_MINUTES} min")


def studio(folder: Path, *args: str, watch_lag: bool = False) -> list[str]:
    entry = [str(ROOT / "bench" / "lag_watch.py")] if watch_lag else ["-m", "studio"]
    return [sys.executable, *entry, *args, "--data-dir", str(folder)]


def child_env() -> dict[str, str]:
    # A keyring that has nothing: the show reads chat anonymously and never touches the user's secrets.
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def demo_listings(folder: Path) -> tuple[list[Listing], str]:
    """The catalog as `vitrina products --json` gives it (the first run makes the demo catalog),
    and the code to pin: the first active product with stock."""
    done = subprocess.run(studio(folder, "products", "--json"), cwd=ROOT, env=child_env(), capture_output=True,
                          text=True, timeout=START_TIMEOUT)
    if done.returncode != 0:
        raise SystemExit(f"soak: vitrina products failed: {done.stderr.strip()}")
    products = json.loads(done.stdout)
    pinned = next(product["code"] for product in products if product["status"] == "active" and product["stock"])
    return [Listing.from_json(product) for product in products], pinned


@dataclass(frozen=True)
class Setup:
    minutes: int
    fps: str
    size: str
    rate: float
    watch_lag: bool = False  # through bench/lag_watch.py: stalls are written with every thread's stack


def start_show(folder: Path, setup: Setup, pinned: str, chat_url: str, rtmp_url: str) -> subprocess.Popen[str]:
    command = studio(folder, "run", "--size", setup.size, "--fps", setup.fps, "--source", "testpattern",
                     "--pin", pinned, "--record", str(folder / RECORDING), "--chat", chat_url, "--rtmp", rtmp_url,
                     watch_lag=setup.watch_lag)
    # A session of its own: a kill after the timeout takes its RTMP children too.
    return subprocess.Popen(command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace", start_new_session=True)


def show_report(folder: Path) -> dict[str, Any]:
    """`vitrina show-report --json` for the show that ran: what the store holds of it."""
    done = subprocess.run(studio(folder, "show-report", "--show", "last", "--json"), cwd=ROOT, env=child_env(),
                          capture_output=True, text=True, timeout=START_TIMEOUT)
    if done.returncode != 0:
        print(f"soak: vitrina show-report failed: {done.stderr.strip()}", flush=True)
        return {}
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def stop_show(show: subprocess.Popen[str]) -> str:
    """SIGINT, as Ctrl+C would; a kill of its whole process group if it has not ended in time."""
    if show.poll() is not None:
        return f"ended by itself (exit status {show.returncode})"
    show.send_signal(signal.SIGINT)
    try:
        show.wait(STOP_TIMEOUT)
        return f"stopped with SIGINT (exit status {show.returncode})"
    except subprocess.TimeoutExpired:
        os.killpg(show.pid, signal.SIGKILL)
        show.wait(10)
        return f"KILLED: still running {STOP_TIMEOUT:.0f} s after SIGINT"


def wait_started(show: subprocess.Popen[str], figures: ShowFigures) -> bool:
    """True once the show says it has started; False (and why) if it ends or takes too long."""
    deadline = time.monotonic() + START_TIMEOUT
    while not figures.started.wait(0.5):
        if show.poll() is not None:
            print(f"soak: the show ended before it started (exit status {show.returncode})", flush=True)
            return False
        if time.monotonic() > deadline:
            print(f"soak: the show did not start within {START_TIMEOUT:.0f} s", flush=True)
            return False
    return True


def sample_minutes(show: subprocess.Popen[str], figures: ShowFigures, database: Path, minutes: int,
                   report: Callable[[Sample], None]) -> list[Sample]:
    """One sample a minute from the show's start, until `minutes` or the show ends or Ctrl+C."""
    samples: list[Sample] = []
    started = time.monotonic()
    try:
        for minute in range(1, minutes + 1):
            try:
                show.wait(max(0.0, started + minute * 60 - time.monotonic()))
                break  # it ended by itself
            except subprocess.TimeoutExpired:
                pass
            memory = process_memory(show.pid)
            sample = Sample(minute, memory.main_mb + memory.children_mb, figures.lagged, figures.dropped,
                            figures.messages, figures.orders, store_mb(database), file_mb(database), memory)
            samples.append(sample)
            report(sample)
    except KeyboardInterrupt:
        print("soak: interrupted; stopping the show", flush=True)
    return samples


REPORTED = ("messages", "orders", "questions", "flagged", "waitlisted")
HEADER = "minute   RSS MB   lagged  dropped  messages   orders  store MB   (studio MB  its heap MB  children MB)"


def sample_line(sample: Sample) -> str:
    return (f"{sample.minute:6.0f} {sample.rss_mb:8.1f} {sample.lagged:8d} {sample.dropped:8d} {sample.messages:9d} "
            f"{sample.orders:8d} {sample.store_mb:9.2f}   ({sample.memory.main_mb:9.1f} {sample.memory.main_anon_mb:12.1f} "
            f"{sample.memory.children_mb:8.1f} in {sample.memory.children})")


@dataclass(frozen=True)
class Ending:
    """What is known once the show has ended."""

    stopped: str  # how it ended
    sent: int  # chat messages the feed sent
    report: dict[str, Any]  # `vitrina show-report --json`
    black_hole_connections: int
    recording_mb: float | None  # None: no recording was written

    def stored(self) -> str:
        return ", ".join(f"{self.report[key]} {key}" for key in REPORTED if key in self.report) or "none"

    def recording(self) -> str:
        return "MISSING" if self.recording_mb is None else f"{self.recording_mb:.0f} MB"


def summary(samples: Sequence[Sample], figures: ShowFigures, setup: Setup, ending: Ending) -> tuple[list[str], bool]:
    """The closing lines, and whether both targets hold."""
    window, which = growth_window(samples, setup.minutes)
    rss_growth = slope_per_hour([s.minute for s in window], [s.rss_mb for s in window])
    store_growth = slope_per_hour([s.minute for s in samples], [s.store_mb for s in samples])
    database_growth = slope_per_hour([s.minute for s in samples], [s.database_mb for s in samples])
    rss_ok = len(window) >= 2 and rss_growth < RSS_TARGET_MB_PER_HOUR
    lag_ok = figures.lagged == 0
    span = f"minutes {window[0].minute:g}-{window[-1].minute:g}" if window else "no samples"
    lines = [
        f"RSS growth {which}: {rss_growth:+.1f} MB/h ({span}, {len(window)} samples)",
        f"lagged frames: {figures.lagged}",
        f"dropped packets: {figures.dropped} (all outputs)",
        f"store growth: {store_growth:+.2f} MB/h over all samples (vitrina.db alone {database_growth:+.2f} MB/h); "
        f"at the last sample {samples[-1].store_mb:.2f} MB",
        f"chat: {ending.sent} messages sent; the show's report: {ending.stored()}; "
        f"{figures.unstored} not stored by its own count",
        f"recording {ending.recording()}; the black hole accepted {ending.black_hole_connections} "
        f"connection{'' if ending.black_hole_connections == 1 else 's'}; "
        f"the show {ending.stopped}",
        f"target RSS < {RSS_TARGET_MB_PER_HOUR:g} MB/h after minute {SETTLE_MINUTES}: "
        f"{'holds' if rss_ok else 'MISSED' if len(window) >= 2 else 'UNKNOWN (too few samples)'}",
        f"target 0 lagged frames: {'holds' if lag_ok else 'MISSED'}",
    ]
    return lines, rss_ok and lag_ok


def soak(folder: Path, setup: Setup) -> bool:
    listings, pinned = demo_listings(folder)
    feed = IrcFeed(ChatMix(listings, pinned), setup.rate).start()
    hole = BlackHole().start()
    try:
        print(f"soak: {setup.minutes} min of {setup.size}@{setup.fps} through `vitrina run`: test pattern, {pinned} "
              f"pinned, recording, chat at {setup.rate:g}/s from {feed.url}, RTMP to a black hole at "
              f"{hole.rtmp_url()}; data in {folder}", flush=True)
        figures, samples, stopped = watch_show(folder, setup, pinned, feed, hole.rtmp_url())
        if not samples:
            print(f"soak: not one minute was sampled, so there is nothing to measure; the show {stopped}", flush=True)
            return False
        recording = folder / RECORDING
        ending = Ending(stopped, feed.sent, show_report(folder), hole.connections,
                        file_mb(recording) if recording.exists() else None)
    finally:
        feed.stop()
        hole.stop()
    lines, held = summary(samples, figures, setup, ending)
    print("\n".join(lines), flush=True)
    return held


def watch_show(folder: Path, setup: Setup, pinned: str, feed: IrcFeed, rtmp_url: str) -> tuple[ShowFigures, list[Sample], str]:
    """Runs the show for the minutes asked, sampling it; its figures, the samples and how it stopped.
    The feed holds its chat before the show is stopped, so all it sent can be looked for in the store."""
    figures = ShowFigures()
    samples: list[Sample] = []
    show = start_show(folder, setup, pinned, feed.url, rtmp_url)
    with open(folder / "run-stderr.log", "w", encoding="utf-8") as log:
        reader = threading.Thread(target=read_stderr, name="show-stderr", daemon=True,
                                  args=(show.stderr, log, figures, lambda line: print(f"  | {line}", flush=True)))
        reader.start()
        try:
            if wait_started(show, figures):
                print(HEADER, flush=True)
                samples = sample_minutes(show, figures, resolve_paths(folder).database, setup.minutes,
                                         lambda sample: print(sample_line(sample), flush=True))
        finally:
            feed.hold()
            stopped = stop_show(show)
            reader.join(30)
    return figures, samples, stopped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--fps", default="30")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--rate", type=float, default=20.0, help="chat messages a second")
    parser.add_argument("--keep", action="store_true", help="keep the data folder (store, recording, logs)")
    parser.add_argument("--watch-lag", action="store_true",
                        help="run the show through bench/lag_watch.py: what stalled it goes to run-stderr.log")
    args = parser.parse_args()
    if args.minutes < 1 or args.rate <= 0:
        parser.error("--minutes must be at least 1 and --rate above 0")
    folder = Path(tempfile.mkdtemp(prefix="vitrina-soak-"))
    try:
        held = soak(folder, Setup(args.minutes, args.fps, args.size, args.rate, args.watch_lag))
    except KeyboardInterrupt:  # before the minutes began: the show has been stopped on the way out
        print("soak: interrupted", flush=True)
        held = False
    finally:
        if args.keep:
            print(f"soak: kept {folder}", flush=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
