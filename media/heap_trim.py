"""The heap's free pages go back to the system once a minute while a show runs.

A frame is megabytes (2.6 MB at 720p, 6 MB at 1080p), and a moment the machine is busy leaves
more of them alive at once: the canvas being composed, the encoder's queue, the monitors'
copies. glibc's malloc keeps what they took once they are freed (after the first large block
is freed its mmap threshold rises to that size, so frames come from the heap, and the heap is
given back only from its top), so each stall left a step of a frame or two in the show's
memory that never came down: `bench/soak.py` saw 2.8 MB steps at the minutes frames lagged,
and flat memory between them. `malloc_trim(0)` gives back every free page; a later burst
takes them again. Where the C library has no malloc_trim (not glibc), nothing is done."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable

from media.health import Health, PartState
from media.worker import Worker

log = logging.getLogger(__name__)

TRIM_SECONDS = 60.0


def find_malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim  # name None: the process's own symbols, where libc is linked
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim  # typed by its argtypes and restype


MALLOC_TRIM = find_malloc_trim()


class HeapTrimmer(Worker):
    """Every `period` seconds, the free heap goes back to the system (a few ms at most, off every clock)."""

    thread_name = "heap-trim"

    def __init__(self, period: float = TRIM_SECONDS, trim: Callable[[int], int] | None = MALLOC_TRIM) -> None:
        super().__init__()
        self.period = period
        self._trim = trim
        self.trims = 0

    def _run(self) -> None:
        self._set_health(Health(PartState.RUNNING))
        if self._trim is None:
            log.debug("no malloc_trim in this C library: the heap keeps its free pages")
            return
        while not self._should_stop(self.period):
            self._trim(0)
            self.trims += 1
