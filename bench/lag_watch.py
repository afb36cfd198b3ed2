"""`vitrina` with a watchdog that says what held the interpreter when the process stalled.

    python bench/lag_watch.py run --size 1280x720 ...   (the arguments of `python -m studio`)

A thread wakes every 2 ms; when it wakes more than --stall ms late (default 25: most of a 30 fps
frame), something kept it from running: a thread holding the GIL in one long step, or the
machine's CPU taken. It then writes every thread's Python stack to stderr, each line starting
with `lag-watch:`; the thread that had the GIL is usually the one just past a slow call. For
finding what makes `bench/soak.py` report lagged frames (soak.py --watch-lag runs the show
through this). Every collection of the garbage collector's oldest generation is written too
(`lag-watch: gc ...`: how long it held the interpreter, how many objects it tracked), since such
a collection holds the GIL throughout.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STALL_MS = float(os.environ.get("VITRINA_LAG_WATCH_MS", "25"))
PERIOD = 0.002


def stacks(skip: int) -> list[str]:
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    lines = []
    for ident, frame in sys._current_frames().items():
        if ident == skip:
            continue
        where = traceback.extract_stack(frame)[-6:]
        lines.append(f"  thread {names.get(ident, ident)}")
        lines.extend(f"    {Path(entry.filename).name}:{entry.lineno} {entry.name}: {entry.line}" for entry in where)
    return lines


def watch() -> None:
    started = time.monotonic()
    me = threading.get_ident()
    last = time.monotonic()
    while True:
        time.sleep(PERIOD)
        now = time.monotonic()
        late_ms = (now - last - PERIOD) * 1000
        last = now
        if late_ms > STALL_MS:
            report = [f"stalled {late_ms:.0f} ms at {now - started:.2f} s"] + stacks(me)
            sys.stderr.write("".join(f"lag-watch: {line}\n" for line in report))
            last = time.monotonic()


class OldestCollections:
    """gc.callbacks: times each collection of generation 2 and writes it."""

    def __init__(self) -> None:
        self._began = 0.0
        self._started = time.monotonic()

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._began = time.perf_counter()
            return
        took_ms = (time.perf_counter() - self._began) * 1000
        sys.stderr.write(f"lag-watch: gc at {time.monotonic() - self._started:.2f} s: generation 2 took "
                         f"{took_ms:.0f} ms, {len(gc.get_objects())} objects tracked, "
                         f"{info.get('collected', 0)} collected\n")


def main() -> int:
    if "VITRINA_SWITCH_MS" in os.environ:  # to try another GIL switch interval than the show's (media/gil_slices.py)
        import media.gil_slices
        media.gil_slices.SHOW_SWITCH_INTERVAL = float(os.environ["VITRINA_SWITCH_MS"]) / 1000
    threading.Thread(target=watch, name="lag-watch", daemon=True).start()
    gc.callbacks.append(OldestCollections())
    from studio.cli import main as studio_main
    return studio_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
