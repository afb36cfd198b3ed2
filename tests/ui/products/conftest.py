"""The Products dock over a real ShowBridge on a fresh data dir with the demo catalog; a real
LiveShow at a small size where a test needs one. Every thread ends with the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.scenes import PRODUCT_SCENE
from studio.store import open_store
from ui.products.products_dock import ProductsDock
from ui.show_bridge import ShowBridge

SMALL_SHOW = ShowSettings(width=320, height=180, audio="none", source="colour:#2060C0", scene=PRODUCT_SCENE)


@pytest.fixture
def paths(data_dir) -> Paths:
    paths = Paths(data_dir)
    open_store(paths).conn.close()  # the demo catalog, as a new data dir has it
    return paths


@pytest.fixture
def bridge(qtbot, paths) -> Iterator[ShowBridge]:
    bridge = ShowBridge(paths)
    yield bridge
    bridge.close()


@pytest.fixture
def dock(qtbot, bridge) -> Iterator[ProductsDock]:
    dock = ProductsDock(bridge)
    qtbot.addWidget(dock)
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=10000)
    yield dock
    dock.stop()


@pytest.fixture
def open_show(qtbot, bridge, dock) -> Callable[[ShowSettings], LiveShow]:
    def open_it(settings: ShowSettings = SMALL_SHOW) -> LiveShow:
        with qtbot.waitSignal(bridge.show_changed, timeout=60000, check_params_cb=lambda show: show is not None):
            bridge.open_show(settings)
        assert bridge.show is not None
        qtbot.waitUntil(lambda: dock.pin_action.isEnabled() or dock.selected() is None, timeout=10000)
        return bridge.show

    return open_it

