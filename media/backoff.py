"""The one reconnect schedule, for RTMP, WHIP and chat alike: first after 2 s, then 1.5 times
longer each time, up to a minute."""

from __future__ import annotations

FIRST_RETRY, RETRY_GROWTH, LONGEST_RETRY = 2.0, 1.5, 60.0


def retry_delay(attempt: int) -> float:
    """Seconds before reconnect attempt `attempt` (1, 2, ...): 2, 3, 4.5, ... up to 60."""
    return min(LONGEST_RETRY, FIRST_RETRY * RETRY_GROWTH ** (max(1, attempt) - 1))
