"""A started show sets what exists aside from the garbage collector, and gives it back when it
stops (see media/gc_freeze.py for the pause it saves)."""

from __future__ import annotations

import gc

from media.encoder import EncoderSettings
from media.gc_freeze import freeze_what_exists, thaw
from media.pipeline import Pipeline
from media.scene import full_frame
from media.sources.test_pattern import PatternSize, TestPatternSource


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_frozen_objects_are_left_out_of_collections_until_thawed():
    startup = [{"n": index} for index in range(50_000)]
    freeze_what_exists()
    try:
        assert gc.get_freeze_count() >= len(startup)
        assert all(not any(obj is startup for obj in gc.get_objects(generation)) for generation in range(3))
    finally:
        thaw()
    assert gc.get_freeze_count() == 0
    assert any(obj is startup for obj in gc.get_objects(2))  # back with the collector


def test_a_cycle_made_while_frozen_is_still_collected():
    freeze_what_exists()
    try:
        Node()
        assert gc.collect() >= 1  # made after the freeze: the collector still sees it
    finally:
        thaw()


def test_a_pipeline_freezes_at_start_and_thaws_at_stop():
    pipeline = Pipeline(EncoderSettings(width=320, height=180), {"pattern": TestPatternSource(PatternSize(320, 180), 30)},
                        full_frame("pattern", 320, 180))
    pipeline.start()
    try:
        assert gc.get_freeze_count() > 1000
    finally:
        pipeline.stop()
    assert gc.get_freeze_count() == 0
