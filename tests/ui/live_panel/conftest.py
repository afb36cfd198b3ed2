"""A real bridge opening a real show (small, silent) on a store in tmp_path, and the live panel
following it. Chat is written the way the show's desk writes it (`studio.chat.desk`), or sent
to the show's ingest socket where the way in matters."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from websockets.sync.client import ClientConnection, connect

from media.health import PartState
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.storage import open_database
from studio.store import open_store
from tests.rtmp_peer import free_port
from ui.live_panel import LivePanel
from ui.show_bridge import ShowBridge

SMALL = ShowSettings(width=320, height=180, audio="none")
OPEN_MS = 30_000
SHOWN_MS = 10_000  # generous: the panel reads a few times a second


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    paths = Paths(data_dir)
    open_store(paths).conn.close()  # the demo catalog: A2 is a mug at $24.00, 18 in stock
    return paths


@pytest.fixture
def bridge(qtbot, paths: Paths) -> Iterator[ShowBridge]:
    bridge = ShowBridge(paths)
    yield bridge
    bridge.close()


def open_show(qtbot, bridge: ShowBridge, settings: ShowSettings = SMALL) -> LiveShow:
    with qtbot.waitSignal(bridge.show_changed, timeout=OPEN_MS, check_params_cb=lambda show: show is not None):
        bridge.open_show(settings)
    assert bridge.show is not None
    return bridge.show


@pytest.fixture
def show(qtbot, bridge: ShowBridge) -> LiveShow:
    return open_show(qtbot, bridge)


INGEST_TOKEN = "panel-ingest-token"


class Ingest:
    """The show's ingest socket (`--chat ingest:PORT`), as a bridge bot or a browser extension uses it."""

    def __init__(self, port: int) -> None:
        self.port = port

    def connect(self) -> ClientConnection:
        return connect(f"ws://127.0.0.1:{self.port}/chat", additional_headers={"Authorization": f"Bearer {INGEST_TOKEN}"})

    @staticmethod
    def send(socket: ClientConnection, author: str, text: str) -> None:
        socket.send(json.dumps({"platform": "tiktok", "author_id": author.lower(), "author_name": author, "text": text}))
        while "ok" not in (frame := json.loads(socket.recv(timeout=10))):
            assert "reply" in frame, frame  # the studio's reply in chat to an earlier message comes first
        assert frame["ok"] is True


@pytest.fixture
def ingest(qtbot, bridge: ShowBridge, monkeypatch: pytest.MonkeyPatch) -> Ingest:
    """A show whose chat comes through its ingest socket, listening."""
    monkeypatch.setenv("VITRINA_INGEST_TOKEN", INGEST_TOKEN)
    port = free_port()
    show = open_show(qtbot, bridge, replace(SMALL, chat=(f"ingest:{port}",)))
    qtbot.waitUntil(lambda: any(part.health.state is PartState.JOINED for part in show.stats().parts), timeout=SHOWN_MS)
    return Ingest(port)


@pytest.fixture
def panel(qtbot, bridge: ShowBridge) -> Iterator[LivePanel]:
    panel = LivePanel(bridge)
    panel.sound_on.setChecked(False)  # no chime in tests
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    yield panel
    panel.shutdown()


class Chat:
    """Messages stored in the show's store as its chat desk stores them (another connection, as
    another process would write)."""

    def __init__(self, bridge: ShowBridge) -> None:
        assert bridge.show is not None
        self._db = open_database(bridge.database)
        self.desk = ChatDesk(self._db, bridge.show.show_id)

    def say(self, author: str, text: str, platform: str = "twitch") -> int:
        return self.desk.take(ChatMessage(platform, "#shop", author.lower(), author, text, time.time())).message_id

    def reload(self) -> None:
        """A new desk: it reads blocked lists and keywords afresh, as the show's does within a second."""
        self.desk = ChatDesk(self._db, self.desk.show_id)

    def close(self) -> None:
        self._db.conn.close()


@pytest.fixture
def chat(show: LiveShow, bridge: ShowBridge) -> Iterator[Chat]:
    writer = Chat(bridge)
    yield writer
    writer.close()


def cells(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def column(model, index: int) -> list[str]:
    return [model.index(row, index).data() for row in range(model.rowCount())]
