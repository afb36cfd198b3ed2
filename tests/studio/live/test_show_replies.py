"""A show answers buy comments in chat: in a rehearsal, to the rehearsal audience only, and the
status line says how many buyers were told."""

from __future__ import annotations

import re

from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from tests.studio.live.test_show import paths, wait_for  # noqa: F401  # the fixture

REHEARSAL = ShowSettings(width=320, height=180, rehearsal=True, audio="none", chat=("rehearsal:40",))


def told(show: LiveShow) -> int:
    found = re.search(r"replies: (\d+) told in (\d+) messages", show.stats().chat)
    return int(found[1]) if found else 0


def test_a_rehearsal_audience_s_buy_comments_are_answered_and_counted(paths):  # noqa: F811
    show = LiveShow(paths, REHEARSAL)
    try:
        show.open()
        wait_for(lambda: told(show) >= 3, timeout=90)
        line = show.stats().chat
    finally:
        show.close()
    assert line.startswith("chat rehearsal:40 joined") and "failed" not in line and "dropped" not in line
