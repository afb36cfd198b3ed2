"""OpenCV's own work in a running show on the thread that asks for it, without its thread pool.

A show runs its stages on threads of its own (sources, the compositor's clock, the encoder, the
chat desk), so the cores are busy already; OpenCV splitting each resize and colour conversion
across a pool of its own only adds the pool's hand-offs. Measured with bench/ui_lag.py --by-thread
(1080p30, chat at 200/s): the compositor and OpenCV's pool spent 0.18 CPU-s/s with the pool, the
compositor alone 0.16 without; a monitor's downscale stays well inside a frame's 33 ms."""

from __future__ import annotations

import logging

import cv2

log = logging.getLogger(__name__)

SHOW_THREADS = 1


def opencv_on_callers_thread() -> None:
    """Once is enough: the setting is the process's."""
    if cv2.getNumThreads() != SHOW_THREADS:
        cv2.setNumThreads(SHOW_THREADS)
        log.debug("OpenCV runs on its callers' threads")
