"""A started show runs OpenCV on its callers' threads (see media/opencv_threads.py for the figures)."""

from __future__ import annotations

import cv2
import pytest

from media.encoder import EncoderSettings
from media.opencv_threads import SHOW_THREADS
from media.pipeline import Pipeline
from media.scene import full_frame
from media.sources.test_pattern import PatternSize, TestPatternSource


@pytest.fixture
def opencv_pool():
    before = cv2.getNumThreads()
    cv2.setNumThreads(2)
    yield
    cv2.setNumThreads(before)


def test_a_started_pipeline_gives_opencv_no_pool(opencv_pool):
    pipeline = Pipeline(EncoderSettings(width=320, height=180), {"pattern": TestPatternSource(PatternSize(320, 180), 30)},
                        full_frame("pattern", 320, 180))
    assert cv2.getNumThreads() == 2
    pipeline.start()
    try:
        assert cv2.getNumThreads() == SHOW_THREADS
    finally:
        pipeline.stop()
