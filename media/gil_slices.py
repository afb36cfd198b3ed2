"""Short GIL slices, so the compositor's clock gets the interpreter when its tick is due.

Every thread of a show that runs Python (the clock, the encoder's feed, the sources, the chat
desk, the director, the window) takes turns on the GIL. A thread that wants it waits for the
holder's slice to end, 5 ms by default, and with several threads wanting it at once (the start
of a show: imports, the chat desk's first catalog, the first card) the clock waited a frame
and more. With 1 ms slices `bench/soak.py --minutes 1` on a loaded machine lagged 8 and 12
frames where 5 ms slices lagged 37 and 72 (bench/lag_watch.py shows who held it).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

SHOW_SWITCH_INTERVAL = 0.001  # seconds


def favour_the_clock() -> None:
    """Sets the process's GIL switch interval for a running show (once is enough)."""
    if sys.getswitchinterval() > SHOW_SWITCH_INTERVAL:
        sys.setswitchinterval(SHOW_SWITCH_INTERVAL)
        log.debug("GIL switch interval %.1f ms", SHOW_SWITCH_INTERVAL * 1000)
