"""Frames left over from a burst go back to the system (see media/heap_trim.py for why)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from media.encoder import EncoderSettings
from media.heap_trim import MALLOC_TRIM, TRIM_SECONDS, HeapTrimmer
from media.pipeline import Pipeline
from media.scene import full_frame
from media.sources.test_pattern import PatternSize, TestPatternSource

FRAME = (720, 1280, 3)


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


def on_a_thread(work) -> list:
    kept: list = []
    thread = threading.Thread(target=lambda: kept.append(work()))
    thread.start()
    thread.join()
    return kept


@pytest.mark.skipif(MALLOC_TRIM is None, reason="the C library has no malloc_trim (not glibc)")
def test_a_burst_of_frames_is_given_back_by_the_trimmer():
    on_a_thread(lambda: frames_in_flight(2))  # the heap settles at two frames in flight
    settled = heap_mb()
    kept = on_a_thread(lambda: frames_in_flight(10))  # a stall: ten at once, the newest kept
    on_a_thread(lambda: frames_in_flight(2))
    frame_mb = np.prod(FRAME) / 2**20
    assert heap_mb() - settled > 5 * frame_mb  # what the burst took stayed, as it did in the soak
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
    assert heap_mb() - settled < 3 * frame_mb  # back to the frames alive, give or take
    assert kept[0].shape == FRAME and trimmer.trims >= 1 and not trimmer.running


def test_without_malloc_trim_the_trimmer_does_nothing_and_stops():
    trimmer = HeapTrimmer(period=0.01, trim=None)  # as on a C library without it
    trimmer.start()
    trimmer.stop()
    assert trimmer.trims == 0 and not trimmer.running and not trimmer.health.failed


def test_a_running_show_trims_and_stops_its_trimmer():
    pipeline = Pipeline(EncoderSettings(width=320, height=180), {"pattern": TestPatternSource(PatternSize(320, 180), 30)},
                        full_frame("pattern", 320, 180))
    pipeline.start()
    try:
        assert pipeline.heap_trimmer.running and pipeline.heap_trimmer.period == TRIM_SECONDS
    finally:
        pipeline.stop()
    assert not pipeline.heap_trimmer.running
