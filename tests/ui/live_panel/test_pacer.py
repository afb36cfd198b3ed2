"""Lines go to a view at most once an interval: the first at once, the rest together later."""

from __future__ import annotations

from ui.live_panel.pacer import Pacer


def test_the_first_lines_go_at_once_and_those_soon_after_wait_to_go_together(qtbot):
    handed: list[list[str]] = []
    pacer = Pacer(300, handed.append)
    pacer.add(["a"])
    assert handed == [["a"]]  # a quiet chat shows each message as it comes
    pacer.add(["b"])
    pacer.add(["c", "d"])
    pacer.add([])
    assert handed == [["a"]] and pacer.waiting == ("b", "c", "d")  # no event loop has turned: the interval is not up
    qtbot.waitUntil(lambda: len(handed) == 2, timeout=10000)
    assert handed == [["a"], ["b", "c", "d"]] and pacer.waiting == ()


def test_flush_hands_on_now_and_drop_forgets(qtbot):
    handed: list[list[int]] = []
    pacer = Pacer(60000, handed.append)
    pacer.add([1])
    pacer.add([2])
    pacer.flush()
    assert handed == [[1], [2]]
    pacer.add([3])
    pacer.drop()
    pacer.flush()
    assert handed == [[1], [2]] and pacer.waiting == ()
