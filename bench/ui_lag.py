"""The window's event loop under a 1080p30 show with chat pouring in, against the same show headless.

    QT_QPA_PLATFORM=offscreen python3 bench/ui_lag.py [--seconds 20] [--rounds 3] [--by-thread]

The real window (offscreen) runs a 1920x1080 show with the live panel open while a separate
process feeds the ingest WebSocket at 200 and then 2,000 messages a second, the window in the Qt
event loop as the program runs it. A 5 ms timer on the GUI thread records how late it fires:
p50/p99/max for each rate. Each rate is first fed without that timer (the probe's own 200 Python
calls a second are not the window's work) for the window's CPU. Then `vitrina run` does the same
show without a window, fed the same way, and both processes' CPU (CPU-seconds per second) are
printed side by side (`--by-thread`: and which threads spent it). Targets: p99 under 16 ms at
200/s and under 50 ms at 2,000/s; the window's CPU at most 1.25x the headless show's.

The two take turns, window then headless, `--rounds` times a rate, each in a process and a store of
its own: this machine's speed drifts by a quarter from one minute to the next (a headless show at
200/s measured 0.29 and 0.38 CPU-s/s in two runs ten minutes apart), so one window phase against
one headless phase measures the drift as much as the window. The ratio is of the medians; each
round's own ratio is printed too. The lag is of every round's probe phase together.

The window runs with its Program monitor as a first start has it (light: every other frame).
In the first 200/s round, the same rate is fed once more for each of the monitor's other choices
(smooth, off), and the CPU with each is printed too: the monitor is most of the window's cost over
the headless show.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench import thread_cpu  # noqa: E402
from bench.pipeline import free_port, tree_cpu_seconds  # noqa: E402
from studio.live.settings import ShowSettings  # noqa: E402
from studio.paths import Paths  # noqa: E402
from studio.store import open_store  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.program_monitor import DEFAULT_RATE, MonitorRate  # noqa: E402
from ui.show_bridge import ShowBridge  # noqa: E402

RATES = (200, 2000)
TIMER_MS = 5


def feeder(port: int, rate: int, seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(ROOT / "bench" / "ingest_feed.py"), str(port), str(rate), str(seconds)],
                            stdout=subprocess.PIPE, text=True)


def run_loop_until(done: Callable[[], bool]) -> None:
    """Runs the Qt event loop, as the program does, until `done()` (looked at ten times a second).
    Not app.processEvents() in a busy loop: that spins at thousands of turns a second, CPU the
    program does not spend (~0.05 CPU-s/s here, a fifth of the headless show)."""
    loop = QEventLoop()
    check = QTimer(interval=100)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    loop.exec()
    check.stop()


def wait_events(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    run_loop_until(lambda: time.monotonic() >= deadline)


Cpu = tuple[float, list[tuple[str, float]]]  # CPU-s per s, and by thread


def window_phase(port: int, rate: int, seconds: float, probe: bool) -> tuple[list[float], Cpu]:
    """While `rate` messages a second arrive: how late a 5 ms timer fired (ms), if `probe`, and the
    CPU it all cost. The timer is the probe's own work (200 Python calls a second), not the window's:
    the CPU compared with the headless show is taken in a phase without it."""
    late: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        late.append(max(0.0, (now - last[0]) / 1e6 - TIMER_MS))
        last[0] = now

    timer = QTimer(interval=TIMER_MS)
    timer.timeout.connect(tick)
    cpu, threads = tree_cpu_seconds(os.getpid()), thread_cpu.sample()
    feed = feeder(port, rate, seconds)
    started = time.monotonic()
    if probe:
        timer.start()
    run_loop_until(lambda: feed.poll() is not None)
    timer.stop()
    elapsed = time.monotonic() - started
    used = (tree_cpu_seconds(os.getpid()) - cpu) / elapsed
    return late, (used, thread_cpu.by_name(threads, thread_cpu.sample(), elapsed))


def monitor_choices(window: MainWindow, port: int, rate: int, seconds: float) -> dict[MonitorRate, float]:
    """The window's CPU while `rate` messages a second arrive, with each of the Program monitor's
    choices but the default (whose phase has just run), which it is given back afterwards."""
    found = {}
    for choice in MonitorRate:
        if choice is not DEFAULT_RATE:
            window.monitors.set_program_rate(choice)
            found[choice] = window_phase(port, rate, seconds, probe=False)[1][0]
    window.monitors.set_program_rate(DEFAULT_RATE)
    return found


def headless_cpu(data: Path, rate: int, seconds: float) -> Cpu:
    port = free_port()
    show = subprocess.Popen([sys.executable, "-m", "studio", "run", "--data-dir", str(data), "--size", "1920x1080",
                             "--chat", f"ingest:{port}", "--duration", str(seconds + 30), "--pin", "A1"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    assert show.stderr is not None
    for line in show.stderr:  # the show is on once its first stats line is out
        if line.startswith("fps"):
            break
    time.sleep(2.0)  # the ingest socket listens a moment after the first frame
    cpu, threads = tree_cpu_seconds(show.pid), thread_cpu.sample(show.pid)
    feed = feeder(port, rate, seconds)
    started = time.monotonic()
    feed.wait()
    elapsed = time.monotonic() - started
    used = (tree_cpu_seconds(show.pid) - cpu) / elapsed
    by_thread = thread_cpu.by_name(threads, thread_cpu.sample(show.pid), elapsed)
    show.send_signal(2)
    show.communicate(timeout=60)
    return used, by_thread


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def window_round(rate: int, seconds: float, choices: bool) -> dict:
    """In this process (started with --window-round): a fresh store and window, fed `rate` messages
    a second for the CPU, then for each monitor choice (if `choices`), then with the probe."""
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="vitrina-ui-lag-") as folder:
        paths = Paths(Path(folder) / "window")
        open_store(paths).conn.close()
        port = free_port()
        settings = ShowSettings(width=1920, height=1080, chat=(f"ingest:{port}",), pin="A1")
        bridge = ShowBridge(paths)
        window = MainWindow(bridge, settings, paths.window_settings)
        window.resize(1600, 1000)
        window.show()
        bridge.open_show(settings)
        while bridge.show is None:
            app.processEvents()
            time.sleep(0.01)
        wait_events(5.0)  # the socket listens, the panels have read the store once
        # without the probe for the CPU first, so the show is as far on as the headless one
        # (whose stock the buys have not yet sold out), then with it for the lag
        cpu, threads = window_phase(port, rate, seconds, probe=False)[1]
        by_monitor = monitor_choices(window, port, rate, seconds) if choices else {}
        late, (probed_cpu, _threads) = window_phase(port, rate, seconds, probe=True)
        window.quit_confirmed = True
        window.close()
    return {"cpu": cpu, "threads": threads, "late": late, "probed_cpu": probed_cpu,
            "choices": {choice.name: used for choice, used in by_monitor.items()}}


def run_window_round(rate: int, seconds: float, choices: bool) -> dict:
    command = [sys.executable, __file__, "--window-round", str(rate), "--seconds", str(seconds)]
    done = subprocess.run(command + (["--choices"] if choices else []), stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class RateResult:
    window: list[dict] = field(default_factory=list)
    headless: list[Cpu] = field(default_factory=list)

    def rounds(self) -> list[tuple[float, float]]:
        """Each round's CPU: the window's, the headless show's."""
        return [(window["cpu"], alone) for window, (alone, _threads) in zip(self.window, self.headless, strict=True)]

    def medians(self) -> tuple[float, float]:
        rounds = self.rounds()
        return statistics.median(window for window, _alone in rounds), statistics.median(alone for _window, alone in rounds)


def mean_threads(tables: list[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    totals: dict[str, float] = {}
    for table in tables:
        for name, used in table:
            totals[name] = totals.get(name, 0.0) + used / len(tables)
    return sorted(totals.items(), key=lambda row: -row[1])


def report(rate: int, result: RateResult, by_thread: bool) -> None:
    late = [value for window in result.window for value in window["late"]]
    target = 16 if rate == 200 else 50
    window, alone = result.medians()
    rounds = ", ".join(f"{window_cpu:.2f}/{alone_cpu:.2f}" for window_cpu, alone_cpu in result.rounds())
    ratios = [window_cpu / alone_cpu for window_cpu, alone_cpu in result.rounds()]
    print(f"{rate:>5}/s: lag p50 {statistics.median(late):.1f} ms, p99 {quantile(late, 0.99):.1f} ms, max {max(late):.1f} ms "
          f"(target p99 < {target} ms); window CPU {window:.2f} (median; "
          f"{statistics.median(w['probed_cpu'] for w in result.window):.2f} with the 5 ms probe), headless {alone:.2f} = "
          f"{window / alone:.2f}x (target <= 1.25x); rounds, window/headless: {rounds} = {min(ratios):.2f}-{max(ratios):.2f}x")
    if by_thread:
        print(f"  the window's threads (mean of the rounds):\n{thread_cpu.table(mean_threads([w['threads'] for w in result.window]))}")
        print(f"  the headless show's threads:\n{thread_cpu.table(mean_threads([threads for _cpu, threads in result.headless]))}")


def report_choices(result: RateResult) -> None:
    first, alone = result.window[0], result.medians()[1]
    found = {**{MonitorRate[name]: used for name, used in first["choices"].items()}, DEFAULT_RATE: first["cpu"]}
    choices = ", ".join(f"{rate.name.lower()}{' (the default)' if rate is DEFAULT_RATE else ''} {found[rate]:.2f} = "
                        f"{found[rate] / alone:.2f}x" for rate in MonitorRate)
    print(f"{RATES[0]:>5}/s, window CPU with each of the Program monitor's choices (first round, against the headless "
          f"median): {choices}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=3, help="window and headless phases taken in turn, a rate")
    parser.add_argument("--by-thread", action="store_true", help="print each process's CPU by thread too")
    parser.add_argument("--window-round", type=int, metavar="RATE", help=argparse.SUPPRESS)
    parser.add_argument("--choices", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("VITRINA_INGEST_TOKEN", secrets.token_urlsafe(16))
    if args.window_round:
        print(json.dumps(window_round(args.window_round, args.seconds, args.choices)))
        return 0
    results = {rate: RateResult() for rate in RATES}
    with tempfile.TemporaryDirectory(prefix="vitrina-ui-lag-") as folder:
        for rate in RATES:
            for turn in range(args.rounds):
                results[rate].window.append(run_window_round(rate, args.seconds, choices=rate == RATES[0] and turn == 0))
                results[rate].headless.append(headless_cpu(Path(folder) / f"headless-{rate}-{turn}", rate, args.seconds))
    print(f"1920x1080 30 fps, {args.seconds:.0f} s a phase, {args.rounds} rounds a rate; event-loop lag of a {TIMER_MS} ms "
          "timer, and CPU-s per s")
    for rate in RATES:
        report(rate, results[rate], args.by_thread)
    report_choices(results[RATES[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
