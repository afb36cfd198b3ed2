"""The one monotonic clock shared by video and audio: seconds since the process's clock origin."""

from __future__ import annotations

import time


def now() -> float:
    return time.monotonic()
