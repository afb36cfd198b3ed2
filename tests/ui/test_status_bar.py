"""The status bar reads the show's typed stats: what a presenter sees of each destination."""

from __future__ import annotations

import time

from media.health import Health, PartState, retrying
from media.output import OutputStats
from studio.live.stats import ShowStats
from ui.status_bar import StudioStatusBar, running_time
from ui.translations import install_translators


def stats(*destinations: OutputStats, rehearsal: bool = False) -> ShowStats:
    return ShowStats(7, rehearsal, 3725.4, 29.97, 900, 2, 880, 3, 1.2, 9.5, destinations, None, (), "")


def test_each_destination_reads_as_its_state_with_the_figures_beside(qtbot, bridge):
    bar = StudioStatusBar(bridge)
    qtbot.addWidget(bar)
    live = OutputStats("Shop (rtmp://a.example/live/****)", Health(PartState.LIVE), 900, 1_000_000, 4, 2950.0)
    retry = OutputStats("Backup", retrying("connection refused", 2, 3.0), 0, 0, 0, 0.0)
    bar.show_stats(stats(live, retry), 41.6)
    text = bar.destinations.text()
    assert text.startswith("Shop (rtmp://a.example/live/****): live · Backup: reconnecting in ")
    assert text.endswith("s (attempt 2): connection refused")
    assert bar.figures.text() == "30 fps · lagged 2 · skipped 3 · dropped 4 · 2950 kbit/s · CPU 42%"
    assert bar.clock.text() == "1:02:05" and bar.rehearsal_badge.isHidden()
    assert "d08a00" in bar.destinations.styleSheet()  # the worst state colours the line: reconnecting


def test_a_failed_destination_and_a_rehearsal(qtbot, bridge):
    bar = StudioStatusBar(bridge)
    qtbot.addWidget(bar)
    bar.show()
    failed = OutputStats("Shop", Health(PartState.FAILED, "the server refused the token (403)"), 0, 0, 0, 0.0)
    bar.show_stats(stats(failed, rehearsal=True), 0.0)
    assert bar.destinations.text() == "Shop: failed: the server refused the token (403)"
    assert bar.rehearsal_badge.isVisible() and "d03030" in bar.destinations.styleSheet()
    bar.show_stats(stats(), 0.0)
    assert bar.destinations.text() == "Not live"
    assert running_time(time.time() % 1) == "0:00:00"


def test_a_destinations_state_reads_in_the_window_language_and_its_reason_as_it_came(qtbot, qapp, bridge):
    install_translators(qapp, "ru")
    bar = StudioStatusBar(bridge)
    qtbot.addWidget(bar)
    live = OutputStats("Shop", Health(PartState.LIVE), 900, 1_000_000, 0, 2950.0)
    retry = OutputStats("Backup", retrying("connection refused", 2, 3.0), 0, 0, 0, 0.0)
    bar.show_stats(stats(live, retry), 0.0)
    text = bar.destinations.text()
    assert text.startswith("Shop: в эфире · Backup: переподключение через ")
    assert text.endswith(" с (попытка 2): connection refused")
