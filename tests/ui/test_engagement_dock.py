"""The poll and giveaway controls over a real show: a poll started here shows on stream and
its results follow the votes stored; a giveaway drawn here names a winner its verify confirms."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from media.compositor import BACKGROUND
from studio.chat.message import ChatMessage
from studio.commerce.giveaways import enter, verify_draw
from studio.commerce.polls import latest_poll, vote
from studio.paths import Paths
from studio.show_overlays import POLL
from studio.store import store_session
from tests.ui.live_bridge import SMALL, docked, open_bridge, with_blank_scene
from ui.engagement_dock import EngagementDock

TIMEOUT_MS = 20_000


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return with_blank_scene(data_dir)  # nothing but the graphics on the program


@pytest.fixture
def bridge(qtbot, paths):
    with open_bridge(qtbot, paths, replace(SMALL, scene="Blank")) as bridge:
        yield bridge


@pytest.fixture
def dock(qtbot, bridge):
    with docked(qtbot, EngagementDock(bridge)) as dock:
        yield dock
        dock.wait()


def said(author: str, text: str) -> ChatMessage:
    return ChatMessage("twitch", "#shop", author, author.title(), text, time.time())


def graphics_pixels(bridge) -> int:
    """How many program pixels are not the empty scene's background: the graphics drawn over it."""
    frame = bridge.show.pipeline.compositor.latest()
    if frame is None:
        return 0
    return int(np.count_nonzero(np.abs(frame.image[..., :3].astype(int) - BACKGROUND).max(axis=2) > 8))


def option_rows(dock) -> list[tuple[str, str, int]]:
    return [(name.text(), count.text(), bar.value()) for name, bar, count in dock.poll.rows if not name.isHidden()]


def test_a_poll_started_here_goes_on_stream_and_its_results_follow_the_votes(qtbot, bridge, dock):
    panel = dock.poll
    qtbot.waitUntil(lambda: panel.title.text() == "No poll yet in this show.", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: bridge.show.pipeline.compositor.latest() is not None, timeout=TIMEOUT_MS)
    assert graphics_pixels(bridge) == 0
    panel.question.setText("Which <i>colour</i> next?")
    panel.options[0].setText("Sand")
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=TIMEOUT_MS)
    assert panel.error.text() == "a poll has 2 to 6 options, not 1"  # the store's own rule
    panel.options[2].setText("Olive")  # a gap between options is fine
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.title.text() == "Which <i>colour</i> next?", timeout=TIMEOUT_MS)
    assert panel.error.text() == "" and panel.question.text() == ""
    assert option_rows(dock) == [("1. Sand", "0 votes · 0%", 0), ("2. Olive", "0 votes · 0%", 0)]
    assert panel.status.text() == "Taking votes · 0 votes in all"
    qtbot.waitUntil(lambda: bridge.show._overlays.showing(POLL), timeout=TIMEOUT_MS)  # the director's graphic
    qtbot.waitUntil(lambda: graphics_pixels(bridge) > 1000, timeout=TIMEOUT_MS)  # and in the composed frame

    with store_session(bridge.paths) as db:
        poll = latest_poll(db, bridge.show.show_id)
        for author, text in (("ana", "2"), ("bea", "B"), ("cid", "1")):
            assert vote(db, poll, said(author, text))
    qtbot.waitUntil(lambda: option_rows(dock) == [("1. Sand", "1 vote · 33%", 33), ("2. Olive", "2 votes · 67%", 67)],
                    timeout=TIMEOUT_MS)
    assert panel.status.text() == "Taking votes · 3 votes in all"

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "Closed · 3 votes in all", timeout=TIMEOUT_MS)
    assert not panel.close_button.isEnabled()
    with store_session(bridge.paths) as db:
        assert not vote(db, poll, said("dee", "1"))  # closed: not counted


def test_a_giveaway_drawn_here_names_a_winner_that_verify_confirms(qtbot, bridge, dock):
    panel = dock.giveaway
    dock.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.status.text() == "No giveaway yet in this show.", timeout=TIMEOUT_MS)
    panel.prize.setText("Linen <b>tote</b>")
    panel.keyword.setText("win now")
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be a keyword" in panel.error.text(), timeout=TIMEOUT_MS)
    assert panel.error.text() == "'win now' cannot be a keyword: use one word of 2 to 30 letters or digits"
    panel.keyword.setText("ganar")
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "Linen <b>tote</b> · type GANAR · 0 entries · taking entries",
                    timeout=TIMEOUT_MS)
    assert not panel.draw_button.isEnabled()  # nobody to draw yet
    giveaway = panel.state.giveaway_id
    with store_session(bridge.paths) as db:
        for author in ("ana", "bea", "cid"):
            assert enter(db, giveaway, said(author, "¡ganar!"))
    qtbot.waitUntil(lambda: panel.status.text() == "Linen <b>tote</b> · type GANAR · 3 entries · taking entries",
                    timeout=TIMEOUT_MS)

    qtbot.mouseClick(panel.draw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: " wins among 3 entries" in panel.outcome.text(), timeout=TIMEOUT_MS)
    with store_session(bridge.paths) as db:
        confirmed = verify_draw(db, giveaway)
    assert panel.outcome.text() == f"{confirmed.winner_name} (twitch) wins among 3 entries. Seed: {confirmed.seed}"
    qtbot.waitUntil(lambda: panel.verify_button.isEnabled(), timeout=TIMEOUT_MS)
    assert not panel.draw_button.isEnabled()  # the draw is final
    assert panel.status.text().endswith(f"drawn: {confirmed.winner_name} won")
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.outcome.text().startswith("Verified"), timeout=TIMEOUT_MS)
    assert panel.outcome.text() == (f"Verified: seed {confirmed.seed} draws {confirmed.winner_name} again "
                                    "among 3 entries.")
