"""Running a show from the window: go live, lose the receiver, end the show, record, rehearse,
studio mode, and the window's own habits (its layout comes back, an error does not stop the show)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.destinations import save_destination
from studio.store import store_session
from tests.rtmp_peer import free_port
from tests.ui.conftest import SMALL_SHOW
from tests.ui.widget_pixels import widget_pixels
from ui.main_window import MainWindow
from ui.program_monitor import MonitorRate
from ui.show_bridge import ShowBridge


def status(window: MainWindow) -> str:
    return window.statusBar().destinations.text()  # type: ignore[attr-defined]


def go_live_to(qtbot, window: MainWindow, url: str) -> None:
    """Saves a destination (its key in the keyring), then goes live to it through the dialog."""
    server, _, key = url.rpartition("/")
    with store_session(window.bridge.real_paths) as db:
        save_destination(db, "Shop", server, key)
    window.controls.go_live.trigger()
    qtbot.waitUntil(lambda: getattr(window.controls, "last_dialog", None) is not None, timeout=10000)
    dialog = window.controls.last_dialog
    assert dialog.chosen() == ["Shop"]
    dialog.go.click()


def test_go_live_shows_live_and_with_the_receiver_gone_reconnecting(qtbot, window, receivers, memory_keyring):
    receiver = receivers(free_port(), 4.0)
    go_live_to(qtbot, window, receiver.url)
    shown = f"Shop (rtmp://127.0.0.1:{receiver.port}/live/****)"
    qtbot.waitUntil(lambda: status(window) == f"{shown}: live", timeout=60000)
    assert window.controls.end_show.isEnabled() and not window.controls.go_live.isEnabled()
    assert receiver.seen()["video_frames"] > 10  # the receiver has gone after its 4 s
    qtbot.waitUntil(lambda: status(window).startswith(f"{shown}: reconnecting in "), timeout=60000)
    assert "(attempt 1)" in status(window) and "stream" not in status(window)


def test_end_show_ends_the_show_in_the_store_and_the_program_keeps_running(qtbot, window, receivers, memory_keyring):
    receiver = receivers(free_port(), 30.0)
    go_live_to(qtbot, window, receiver.url)
    qtbot.waitUntil(lambda: window.bridge.show is not None and window.bridge.show.live, timeout=30000)
    ended_id = window.bridge.show.show_id
    window.controls.end_show.trigger()
    box: QMessageBox = window.controls.last_question
    with qtbot.waitSignal(window.bridge.ended, timeout=60000):
        window.controls.last_end_button.click()
    with store_session(window.bridge.real_paths) as db:
        assert db.execute("SELECT ended_at IS NOT NULL FROM shows WHERE id = ?", (ended_id,)).fetchone()[0] == 1
    qtbot.waitUntil(lambda: window.bridge.show is not None and window.bridge.show.show_id != ended_id, timeout=30000)
    assert not window.bridge.show.live and window.controls.go_live.isEnabled()
    assert box.isHidden()


def test_record_makes_a_file_and_says_where(qtbot, window):
    with qtbot.waitSignal(window.bridge.recording_started, timeout=10000):
        window.controls.record.trigger()
    assert window.controls.record.isChecked()
    qtbot.waitUntil(lambda: window.bridge.show.stats().recording.sent_packets > 30, timeout=30000)
    with qtbot.waitSignal(window.bridge.recording_stopped, timeout=30000) as stopped:
        window.controls.record.trigger()
    path, error = stopped.args
    assert error == "" and path.exists() and path.parent == window.bridge.real_paths.recordings
    assert window.statusBar().currentMessage() == f"Recording saved: {path}"


def test_rehearsal_runs_on_a_copy_with_the_badge_and_cannot_go_live(qtbot, window):
    with qtbot.waitSignal(window.bridge.show_changed, timeout=60000, check_params_cb=lambda show: show is not None):
        window.controls.rehearsal.trigger()
    show = window.bridge.show
    assert show.settings.rehearsal and show.paths.database.name == "rehearsal.db"
    window.statusBar().refresh()  # type: ignore[attr-defined]
    assert window.statusBar().rehearsal_badge.isVisible()  # type: ignore[attr-defined]
    assert not window.controls.go_live.isEnabled() and "publishes nothing" in window.controls.go_live.toolTip()
    assert window.windowTitle().endswith("REHEARSAL")
    qtbot.waitUntil(lambda: "rehearsal" in show.stats().chat and " 0 messages" not in show.stats().chat, timeout=90000)


def test_studio_mode_shows_the_preview_and_the_transition_takes_it_to_program(qtbot, window):
    window.controls.studio_mode.trigger()
    assert window.monitors.preview.isVisibleTo(window) and window.bridge.show.studio_mode
    window.bridge.show.set_preview_scene("Screen")
    with qtbot.waitSignal(window.bridge.scene_changed, timeout=10000,
                          check_params_cb=lambda program, preview: program == "Screen"):
        window.monitors.transition_button.click()
    assert (window.bridge.show.program_scene, window.bridge.show.preview_scene) == ("Screen", "Camera")
    qtbot.waitUntil(lambda: window.monitors.preview.shown_index >= 0, timeout=10000)


def test_the_window_restores_its_layout(qtbot, studio_paths):
    def opened() -> MainWindow:
        window = MainWindow(ShowBridge(studio_paths), SMALL_SHOW, studio_paths.window_settings)
        qtbot.addWidget(window)
        window.show()
        return window

    first = opened()
    first.docks["products"].setFloating(True)
    first.docks["mixer"].close()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["engagement"])
    assert first.monitors.program.rate is MonitorRate.LIGHT  # the first start's choice: half the frames
    first.monitors.rate_actions[MonitorRate.OFF].trigger()
    first.close()  # the layout is saved as the window closes
    second = opened()
    # the offscreen screen is smaller than the window: its size is clamped, the docks are not
    assert second.docks["products"].isFloating()
    assert not second.docks["mixer"].isVisible() and second.docks["live"].isVisible()
    assert second.dockWidgetArea(second.docks["engagement"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.monitors.rate_actions[MonitorRate.OFF].isChecked() and not second.monitors.program.switched_on
    second.monitors.rate_actions[MonitorRate.SMOOTH].trigger()
    second.close()
    third = opened()
    assert third.monitors.program.rate is MonitorRate.SMOOTH and third.monitors.rate_actions[MonitorRate.SMOOTH].isChecked()
    third.close()


def test_the_program_monitor_turned_off_costs_no_scaling_and_turned_on_shows_the_program(qtbot, window):
    monitor, show = window.monitors.program, window.bridge.show
    compositor = show.pipeline.compositor
    actions = window.monitors.rate_actions
    assert window.monitors.rate_menu.menuAction() in window.view_menu.actions()
    assert list(actions.values()) == monitor.actions() == window.monitors.rate_menu.actions()  # the menu and a right-click
    qtbot.waitUntil(lambda: monitor.shown_index >= 0, timeout=60000)

    def ticks(count: int) -> None:
        rendered = show.stats().rendered
        qtbot.waitUntil(lambda: show.stats().rendered >= rendered + count, timeout=30000)

    actions[MonitorRate.OFF].trigger()
    assert compositor._monitor_size == (0, 0) and not monitor._timer.isActive()
    ticks(2)  # a frame being composed as it was turned off may still have been scaled
    held = compositor.latest_monitor()
    ticks(5)
    assert compositor.latest_monitor() is held  # nothing scaled for it since
    colour = widget_pixels(monitor)[..., :3].astype(int)
    assert (colour.max(axis=2) - colour.min(axis=2)).max() < 30  # greys only: the test pattern's bars are gone
    actions[MonitorRate.SMOOTH].trigger()
    assert compositor._monitor_size[0] > 0 and monitor._timer.isActive()
    qtbot.waitUntil(lambda: monitor.shown_index >= 0, timeout=30000)


def test_a_light_program_monitor_is_given_every_other_frame_and_looks_half_as_often(qtbot, window):
    monitor, show = window.monitors.program, window.bridge.show
    compositor = show.pipeline.compositor
    window.monitors.rate_actions[MonitorRate.SMOOTH].trigger()
    smooth_interval = monitor._timer.interval()
    window.monitors.rate_actions[MonitorRate.LIGHT].trigger()
    assert monitor._timer.interval() == 2 * smooth_interval and compositor._monitor_every == 2
    seen: list[int] = []

    def scaled_frames() -> bool:
        frame = compositor.latest_monitor()
        if frame is not None and (not seen or frame.index != seen[-1]):
            seen.append(frame.index)
        return len(seen) >= 6

    qtbot.waitUntil(scaled_frames, timeout=60000)
    steps = [later - earlier for earlier, later in zip(seen[1:], seen[2:])]  # the first may predate the change
    assert all(step >= 2 for step in steps), seen  # never two frames in a row
    qtbot.waitUntil(lambda: monitor.shown_index > seen[0], timeout=30000)  # and it paints them


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_and_the_show_keeps_running(qtbot, window):
    window.crash_handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: window.crash_handler.dialog is not None, timeout=10000)
        dialog = window.crash_handler.dialog
        assert "ZeroDivisionError: division by zero" in dialog.text()
        assert "Traceback" in dialog.detailed_text()
        rendered = window.bridge.show.stats().rendered
        qtbot.waitUntil(lambda: window.bridge.show.stats().rendered > rendered + 10, timeout=10000)
        dialog.close()
    finally:
        window.crash_handler.uninstall()
    QApplication.processEvents()
