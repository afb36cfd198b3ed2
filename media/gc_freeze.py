"""What exists when a show starts is set aside from the garbage collector until it stops.

A show's process holds some 100,000 objects before its first frame (modules, classes, locale
data, the catalog), and a collection of the oldest generation walks them all while holding the
GIL: in `bench/soak.py` one came 0.85 s after the start, took 57 ms, and the clock lagged a
frame. Collecting once before the clock starts, then `gc.freeze()`, leaves later collections
only what the show makes while it runs. Frozen objects are still freed by reference counting;
only cycles among them wait, until the show stops and `gc.unfreeze()` gives them back."""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def freeze_what_exists() -> None:
    """Collects, then sets every object that survives aside (before a clock starts ticking)."""
    began = time.perf_counter()
    gc.collect()
    gc.freeze()
    log.debug("%d objects set aside from the collector in %.0f ms", gc.get_freeze_count(),
              (time.perf_counter() - began) * 1000)


def thaw() -> None:
    """Everything set aside goes back to the collector (the show has stopped)."""
    gc.unfreeze()
