"""The studio window as a presenter opens it, over a real live show on a store in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.live.settings import ShowSettings
from studio.paths import Paths
from studio.store import open_store
from tests.studio.conftest import memory_keyring  # noqa: F401  # a keyring for saved destinations' keys
from ui.main_window import MainWindow
from ui.show_bridge import ShowBridge
from ui.translations import install_translators

SMALL_SHOW = ShowSettings(width=320, height=180, video_kbps=600, source="testpattern", audio="none")


@pytest.fixture(autouse=True)
def english_window(qapp) -> Iterator[None]:
    """The window in English, with its plural forms ("1 order"), as a presenter whose setting says en sees it."""
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")  # a test that chose another language leaves English behind


@pytest.fixture
def studio_paths(data_dir: Path) -> Paths:
    paths = Paths(data_dir)
    open_store(paths).conn.close()
    return paths


@pytest.fixture
def bridge(qtbot, studio_paths: Paths) -> Iterator[ShowBridge]:
    opened = ShowBridge(studio_paths)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, bridge: ShowBridge, studio_paths: Paths) -> Iterator[MainWindow]:
    window = MainWindow(bridge, SMALL_SHOW, studio_paths.window_settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.products.catalog_shown, timeout=10000):
        window.show()
    with qtbot.waitSignal(bridge.show_changed, timeout=30000, check_params_cb=lambda show: show is not None):
        bridge.open_show(SMALL_SHOW)
    yield window
    window.quit_confirmed = True  # a test that leaves the show live is not asked whether to quit
    window.close()
