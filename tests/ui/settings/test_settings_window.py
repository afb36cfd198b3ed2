"""File ▸ Settings… in the studio window: every page, and the next show opening with what was saved."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.settings.conftest import TIMEOUT_MS
from ui.settings.video_page import VideoPage


def test_the_dialog_has_every_page_and_the_next_show_takes_the_saved_video(qtbot, window, file_keyring):
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    titles = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
    assert titles == ["Destinations", "Video", "Audio", "Chat", "Shop", "Graphics", "Language", "Remote control"]
    qtbot.waitUntil(lambda: all(getattr(page, "loaded", False) for page in dialog.pages), timeout=TIMEOUT_MS)
    video = next(page for page in dialog.pages if isinstance(page, VideoPage))
    video.fields["bitrate"].edit.setText("2000")
    video.fields["frame_rate"].combo.setCurrentIndex(video.fields["frame_rate"].combo.findData("25"))
    video.fields["canvas"].combo.setCurrentIndex(video.fields["canvas"].combo.findData("720x1280"))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.controls.show_settings.video_kbps == 2000, timeout=TIMEOUT_MS)
    settings = window.controls.show_settings
    assert (settings.width, settings.height, settings.fps) == (720, 1280, Fraction(25))
    assert settings.source == "testpattern"  # the show's own source stays
