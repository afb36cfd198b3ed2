"""Frames left over from a burst go back to the system (see media/heap_trim.py for why)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from media.encoder import EncoderSettings
from media.heap_trim import MALLOC_TRIM, TRIM_SECONDS, HeapTrimmer
from media.pipeline import Pipeline
from media.scene import full_frame
from media.sources.test_pattern import PatternSize, TestPatternSource

ROOT = Path(__file__).resolve().parents[2]


def burst_in_a_fresh_process() -> dict[str, float]:
    result = subprocess.run([sys.executable, "-m", "tests.media.heap_burst"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=True)
    return json.loads(result.stdout)


@pytest.mark.skipif(MALLOC_TRIM is None, reason="the C library has no malloc_trim (not glibc)")
def test_a_burst_of_frames_is_given_back_by_the_trimmer():
    heap = burst_in_a_fresh_process()
    frame_mb = heap["frame_mb"]
    assert heap["after_burst"] - heap["settled"] > 5 * frame_mb  # what the burst took stayed, as in the soak
    assert heap["after_trim"] - heap["settled"] < 3 * frame_mb  # back to the frames alive, give or take
    assert heap["kept_intact"] and heap["trims"] >= 1 and not heap["running"]


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
