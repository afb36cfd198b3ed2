"""A burst of frames in a fresh process, then the trimmer: prints the heap at each step as JSON.

Run as `python -m tests.media.heap_burst`. In its own process because a heap is the process's:
in the pytest process the tests before leave free blocks a burst may take without growing."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from media.heap_trim import MALLOC_TRIM, HeapTrimmer

FRAME = (720, 1280, 3)
T = TypeVar("T")


def heap_mb() -> float:
    """This process's anonymous resident memory (its heaps), in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssAnon in /proc/self/status")


def frames_in_flight(count: int, rounds: int = 60) -> np.ndarray:
    """As a show makes them: a new frame each round, `count` alive at once; the last is returned."""
    alive: list[np.ndarray] = []
    for index in range(rounds):
        frame = np.empty(FRAME, np.uint8)
        frame[:] = index % 251
        alive.append(frame)
        if len(alive) > count:
            alive.pop(0)
    return alive[-1]


def on_a_thread(work: Callable[[], T]) -> T:
    kept: list[T] = []
    thread = threading.Thread(target=lambda: kept.append(work()))
    thread.start()
    thread.join()
    return kept[0]


def burst_then_trim() -> dict[str, float]:
    assert MALLOC_TRIM is not None
    on_a_thread(lambda: frames_in_flight(2))  # the heap settles at two frames in flight
    settled = heap_mb()
    kept = on_a_thread(lambda: frames_in_flight(10))  # a stall: ten at once, the newest kept
    on_a_thread(lambda: frames_in_flight(2))
    after_burst = heap_mb()
    trimmed = threading.Event()

    def trim(pad: int) -> int:
        given_back = MALLOC_TRIM(pad)
        trimmed.set()
        return given_back

    trimmer = HeapTrimmer(period=0.01, trim=trim)
    trimmer.start()
    try:
        assert trimmed.wait(60)
    finally:
        trimmer.stop()
    return {"frame_mb": float(np.prod(FRAME)) / 2**20, "settled": settled, "after_burst": after_burst,
            "after_trim": heap_mb(), "kept_intact": float(kept.shape == FRAME and kept[0, 0, 0] == 59),
            "trims": trimmer.trims, "running": float(trimmer.running)}


if __name__ == "__main__":
    print(json.dumps(burst_then_trim()))
