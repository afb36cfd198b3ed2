"""`vitrina run --remote PORT`: the show takes obs-websocket clients, with the password from
VITRINA_REMOTE_PASSWORD (or the keyring), and says where it listens without saying the password."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import obsws_python as obs
import pytest

from studio.remote.launch import prepare_remote, start_remote
from studio.remote.server import RemoteServerError
from studio.remote.settings import RemoteSettingError
from tests.rtmp_peer import free_port

SECRET = "a password only the test knows"


def test_vitrina_run_takes_remote_control_on_the_port_it_was_given(tmp_path: Path):
    port = free_port()
    command = [sys.executable, "-m", "studio", "run", "--data-dir", str(tmp_path), "--size", "320x180",
               "--bitrate", "600", "--audio", "none", "--duration", "120", "--remote", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "VITRINA_REMOTE_PASSWORD": SECRET})
    try:
        assert process.stderr is not None
        lines = []
        for line in process.stderr:
            lines.append(line)
            if "remote control on" in line or process.poll() is not None:
                break
        assert f"remote control on ws://127.0.0.1:{port}" in lines[-1], lines
        client = obs.ReqClient(host="127.0.0.1", port=port, password=SECRET, timeout=30)
        try:
            client.set_current_program_scene("Screen")
            assert client.get_current_program_scene().scene_name == "Screen"
        finally:
            client.disconnect()
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, rest
    assert SECRET not in "".join(lines) + rest


def test_a_bad_address_no_keyring_or_a_taken_port_is_a_clear_error(show, memory_keyring, monkeypatch):
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    with pytest.raises(RemoteSettingError, match="--remote 99999"):
        prepare_remote("99999")
    first = start_remote(show, prepare_remote(f"{free_port()}"))
    try:
        assert first.url == f"ws://127.0.0.1:{first.port}"
        with pytest.raises(RemoteServerError, match=f"could not listen on 127.0.0.1:{first.port}"):
            start_remote(show, prepare_remote(f"127.0.0.1:{first.port}"))
    finally:
        first.stop()


def test_without_a_keyring_the_password_must_come_from_the_environment(no_keyring, monkeypatch):
    monkeypatch.delenv("VITRINA_REMOTE_PASSWORD", raising=False)
    with pytest.raises(RemoteSettingError, match="set VITRINA_REMOTE_PASSWORD"):
        prepare_remote("4455")
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", SECRET)
    launch = prepare_remote("4455")
    assert launch.password == SECRET and SECRET not in repr(launch)
