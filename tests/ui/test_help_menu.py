"""Help ▸ About shows the one version (the one `vitrina --version` prints) and where things are."""

from __future__ import annotations

from studio import __version__


def test_about_names_the_version_and_the_folders(qtbot, window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about.isVisible(), timeout=10000)
    text = window.about.text()
    assert text.startswith(f"Vitrina {__version__}\n")
    assert f"Data: {window.bridge.real_paths.data_dir}" in text and f"Logs: {window.bridge.real_paths.logs}" in text
    window.about.close()
