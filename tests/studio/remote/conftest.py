"""A live show with remote control on a free loopback port, and helpers to wait for what a
client receives. The clients are the real ones from PyPI: obsws-python and simpleobsws."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import obsws_python as obs
import pytest
from obsws_python.util import to_snake_case

from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.remote.server import RemoteServer
from studio.remote.settings import RemoteSettings
from studio.scenes import CAMERA_SCENE, StoredScene, save_scene
from studio.store import store_session
from tests.studio.live.test_show import wait_for

__all__ = ["wait_for"]  # the tests here wait as the live show's tests do

PASSWORD = "correct horse battery"
BACKGROUND_SCENE = "Blank"  # a scene with no layers: the compositor's background
BLUE = (192, 96, 32)  # BGR of colour:#2060C0
SETTINGS = ShowSettings(width=320, height=180, video_kbps=600, source="colour:#2060C0", scene=CAMERA_SCENE)


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    paths = Paths(data_dir)
    with store_session(paths) as db:
        save_scene(db, StoredScene(BACKGROUND_SCENE, ()))
    return paths


@contextmanager
def opened(paths: Paths, settings: ShowSettings) -> Iterator[LiveShow]:
    show = LiveShow(paths, settings)
    show.open()
    try:
        yield show
    finally:
        show.close()


@contextmanager
def remote_control(show: LiveShow) -> Iterator[RemoteServer]:
    """Remote control of `show` on a free loopback port, with PASSWORD."""
    server = RemoteServer(show, RemoteSettings(port=0), PASSWORD)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def show(paths: Paths) -> Iterator[LiveShow]:
    with opened(paths, SETTINGS) as running:
        yield running


@pytest.fixture
def server(show: LiveShow) -> Iterator[RemoteServer]:
    with remote_control(show) as running:
        yield running


class Received:
    """What a client's callbacks were given, from its own thread, and a way to wait for one."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []
        self._changed = threading.Condition()

    def add(self, kind: str, data: Any) -> None:
        with self._changed:
            self.seen.append((kind, data))
            self._changed.notify_all()

    def wait_for(self, matches: Callable[[str, Any], bool], timeout: float = 60.0) -> Any:
        with self._changed:
            assert self._changed.wait_for(lambda: any(matches(*one) for one in self.seen), timeout), self.seen
            return next(data for kind, data in self.seen if matches(kind, data))


def listen(port: int, received: Received, *event_types: str) -> obs.EventClient:
    """An obsws-python event client whose callbacks (named on_<event>, as it requires) fill `received`."""
    listener = obs.EventClient(host="127.0.0.1", port=port, password=PASSWORD, timeout=30)
    for event_type in event_types:
        def handler(data: Any, event_type: str = event_type) -> None:
            received.add(event_type, data)

        handler.__name__ = f"on_{to_snake_case(event_type)}"
        listener.callback.register(handler)
    return listener


def program_pixel(show: LiveShow, row: int = 90, column: int = 160) -> np.ndarray:
    frame = show.pipeline.compositor.latest()
    assert frame is not None
    return frame.image[row, column].astype(int)


def looks_like(pixel: np.ndarray, colour: tuple[int, int, int], tolerance: int = 3) -> bool:
    return bool(np.abs(pixel - np.array(colour)).max() < tolerance)
