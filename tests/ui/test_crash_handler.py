"""An unexpected error anywhere in the window's process: its traceback in the log folder with
the secrets masked, a dialog with "Copy details", and the show going on."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from studio.log_setup import LOG_FILE, configure_logging

KEY = "live_8f2kq93x_secretkey"


def crash_reports(window) -> list:
    return sorted(window.bridge.real_paths.logs.glob("crash-*.txt"))


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_reported_with_its_key_masked_and_the_show_goes_on(qtbot, window, monkeypatch):
    monkeypatch.setenv("VITRINA_KEY_SHOP", "env-carried-secret-99")
    configure_logging(window.bridge.real_paths)
    handler = window.crash_handler
    handler.install()
    try:
        def publish() -> None:
            raise ConnectionError(f"rtmp://a.rtmp.youtube.com/live2/{KEY} refused; token env-carried-secret-99")

        worker = threading.Thread(target=publish, name="publisher")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=10000)
        dialog = handler.dialog
        assert dialog.text() == ("The show keeps running. What happened:\nConnectionError: "
                                 "rtmp://a.rtmp.youtube.com/live2/**** refused; token ****")
        details = dialog.detailed_text()
        assert "In the thread publisher" in details and "Traceback (most recent call last)" in details
        [report] = crash_reports(window)
        assert report.read_text(encoding="utf-8") == details
        assert str(report) in dialog.where.text()
        log = (window.bridge.real_paths.logs / LOG_FILE).read_text(encoding="utf-8")
        assert "an error in the thread publisher; the show goes on" in log and "Traceback" in log
        for text in (details, log):
            assert KEY not in text and "env-carried-secret-99" not in text

        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        assert "ConnectionError" in copied and "Traceback" in copied and KEY not in copied
        assert dialog.isVisible()  # copying does not close it

        rendered = window.bridge.show.stats().rendered
        qtbot.waitUntil(lambda: window.bridge.show.stats().rendered > rendered + 10, timeout=20000)
        dialog.close()
    finally:
        handler.uninstall()
    QApplication.processEvents()


@pytest.mark.qt_no_exception_capture
def test_one_dialog_at_a_time_and_an_asyncio_task_is_caught_too(qtbot, window):
    handler = window.crash_handler
    handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=10000)
        first = handler.dialog
        loop = asyncio.new_event_loop()
        try:
            loop.set_exception_handler(handler.asyncio_handler)

            async def failing() -> None:
                raise LookupError("no such product")

            task = loop.create_task(failing())
            loop.run_until_complete(asyncio.sleep(0))
            del task  # the loop reports a task's error nobody retrieved when the task goes
            import gc

            gc.collect()
        finally:
            loop.close()
        qtbot.waitUntil(lambda: handler.repeats == 1, timeout=10000)
        assert handler.dialog is first and "ZeroDivisionError" in first.text()
        assert any("LookupError: no such product" in report.read_text() for report in crash_reports(window))
        first.close()
    finally:
        handler.uninstall()
    QApplication.processEvents()
