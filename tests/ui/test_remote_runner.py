"""The window runs remote control for its show: obsws-python (a real obs-websocket 5 client)
drives the window's show with the password, the status bar counts it, a rehearsal gets its own
server, and a taken port is said in plain words while the show goes on."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from typing import cast

import obsws_python as obs
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from studio.paths import Paths
from studio.remote.settings import RemoteSettings
from studio.remote.stored_settings import StoredRemote, save_remote
from studio.scenes import PRODUCT_SCENE, SCREEN_SCENE
from studio.secrets import REMOTE_PASSWORD_ENTRY, SERVICE
from studio.store import store_session
from tests.rtmp_peer import free_port
from ui.main_window import MainWindow
from ui.remote_runner import RemoteState
from ui.settings.remote_page import RemotePage
from ui.status_bar import StudioStatusBar

PASSWORD = "correct horse battery"
TIMEOUT_MS = 60_000


def turn_on(paths: Paths, port: int) -> None:
    with store_session(paths) as db:
        save_remote(db, StoredRemote(True, RemoteSettings(port=port)))


@pytest.fixture
def remote_port(studio_paths: Paths, monkeypatch: pytest.MonkeyPatch) -> int:
    """Remote control turned on in the store, before the window opens, with PASSWORD."""
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", PASSWORD)
    port = free_port()
    turn_on(studio_paths, port)
    return port


@pytest.fixture
def listening(qtbot, remote_port: int, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.remote.status.state is RemoteState.LISTENING, timeout=TIMEOUT_MS)
    return window


@pytest.fixture
def client(listening: MainWindow, remote_port: int) -> Iterator[obs.ReqClient]:
    requests = obs.ReqClient(host="127.0.0.1", port=remote_port, password=PASSWORD, timeout=30)
    yield requests
    requests.disconnect()


def scene_tip(window: MainWindow, name: str) -> str:
    model = window.scenes.model
    return model.index(model.row_of(name)).data(Qt.ItemDataRole.ToolTipRole)


def remote_line(window: MainWindow) -> str:
    return cast(StudioStatusBar, window.statusBar()).remote.text()


def test_a_tool_lists_the_scenes_switches_the_program_and_is_counted(qtbot, listening, client, remote_port):
    window = listening
    listed = client.get_scene_list()
    assert [scene["sceneName"] for scene in listed.scenes] == window.bridge.show.scene_names()[::-1]
    assert listed.current_program_scene_name == window.bridge.show.program_scene
    client.set_current_program_scene(SCREEN_SCENE)
    qtbot.waitUntil(lambda: scene_tip(window, SCREEN_SCENE) == "On program", timeout=TIMEOUT_MS)
    assert window.bridge.show.program_scene == SCREEN_SCENE
    qtbot.waitUntil(lambda: remote_line(window) == "Remote: 1 clients", timeout=TIMEOUT_MS)
    assert f"ws://127.0.0.1:{remote_port}" in cast(StudioStatusBar, window.statusBar()).remote.toolTip()


def test_turning_it_off_in_the_settings_closes_the_server(qtbot, listening, client, remote_port):
    window = listening
    window.settings_action.trigger()
    dialog = window.settings_dialog
    page = next(page for page in dialog.pages if isinstance(page, RemotePage))
    qtbot.waitUntil(lambda: all(getattr(each, "loaded", False) for each in dialog.pages), timeout=TIMEOUT_MS)
    assert page.enabled.isChecked() and page.port.text() == str(remote_port)
    page.enabled.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: remote_line(window) == "Remote: off", timeout=TIMEOUT_MS)
    with pytest.raises(ConnectionRefusedError):
        obs.ReqClient(host="127.0.0.1", port=remote_port, password=PASSWORD, timeout=30)


def test_a_rehearsal_gets_a_server_for_the_rehearsals_show(qtbot, listening, remote_port):
    window = listening
    at_the_end: list[tuple[bool, RemoteState]] = []  # after the window's own hook, before the show ends
    window.bridge.before_show_ends(lambda show: at_the_end.append((show.ended, window.remote.status.state)))
    with qtbot.waitSignal(window.bridge.show_changed, timeout=TIMEOUT_MS, check_params_cb=lambda show: show is not None):
        window.controls.rehearsal.trigger()
    assert window.bridge.show.settings.rehearsal and at_the_end == [(False, RemoteState.OFF)]
    qtbot.waitUntil(lambda: window.remote.status.state is RemoteState.LISTENING, timeout=TIMEOUT_MS)
    client = obs.ReqClient(host="127.0.0.1", port=remote_port, password=PASSWORD, timeout=30)
    try:
        assert client.get_scene_list().current_program_scene_name == PRODUCT_SCENE  # the rehearsal's scene
        client.set_current_program_scene(SCREEN_SCENE)
        assert window.bridge.show.program_scene == SCREEN_SCENE
    finally:
        client.disconnect()


def test_a_port_in_use_is_said_in_the_status_bar_and_the_show_goes_on(qtbot, studio_paths, monkeypatch, window):
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", PASSWORD)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        turn_on(studio_paths, port)
        window.remote.restart()
        qtbot.waitUntil(lambda: remote_line(window) == f"Remote: failed: port {port} is in use", timeout=TIMEOUT_MS)
    show = window.bridge.show
    assert show is not None and not show.ended and window.remote.status.state is RemoteState.FAILED


def test_the_password_made_on_first_use_is_in_the_keyring_not_the_store_or_the_log(
        qtbot, studio_paths, memory_keyring, monkeypatch, caplog, window):
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    caplog.set_level(logging.DEBUG)
    port = free_port()
    turn_on(studio_paths, port)
    window.remote.restart()
    qtbot.waitUntil(lambda: window.remote.status.state is RemoteState.LISTENING, timeout=TIMEOUT_MS)
    password = memory_keyring.entries[(SERVICE, REMOTE_PASSWORD_ENTRY)]
    client = obs.ReqClient(host="127.0.0.1", port=port, password=password, timeout=30)
    try:
        assert client.get_version().rpc_version == 1
    finally:
        client.disconnect()
    stored = b"".join(path.read_bytes() for path in studio_paths.database.parent.glob(f"{studio_paths.database.name}*"))
    assert b"remote.port" in stored and password.encode() not in stored
    ours = "\n".join(record.getMessage() for record in caplog.records  # the client logs what it was given
                      if not record.name.startswith("obsws_python"))
    assert "remote control listening" in ours and password not in ours and password not in repr(window.remote.status)


def test_after_end_show_the_next_show_gets_the_server(qtbot, listening, remote_port):
    window = listening
    ended = window.bridge.show
    with qtbot.waitSignal(window.bridge.show_changed, timeout=TIMEOUT_MS, check_params_cb=lambda show: show is not None):
        window.controls.end_now()
    assert ended.ended and window.bridge.show is not ended
    qtbot.waitUntil(lambda: window.remote.status.state is RemoteState.LISTENING, timeout=TIMEOUT_MS)
    client = obs.ReqClient(host="127.0.0.1", port=remote_port, password=PASSWORD, timeout=30)
    try:
        client.set_current_program_scene(SCREEN_SCENE)
        assert window.bridge.show.program_scene == SCREEN_SCENE
    finally:
        client.disconnect()
