"""`vitrina` where its window cannot open: one paragraph on stderr that says why and what to do,
exit status 1, never Qt's abort. Run as a user runs it, in a child process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.window_check import debian_package, missing_libraries, missing_libraries_paragraph, window_problem

ROOT = Path(__file__).resolve().parents[2]


def launch(tmp_path: Path, **changes: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({key: value for key, value in changes.items() if value is not None})
    return subprocess.run([sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "data")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def free_display() -> str:
    """A display number no X server listens on."""
    number = next(number for number in range(170, 400) if not Path(f"/tmp/.X11-unix/X{number}").exists()
                  and not Path(f"/tmp/.X{number}-lock").exists())
    return f":{number}"


def assert_explained(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    message = result.stderr.strip()
    assert message.startswith("Vitrina cannot open its window: "), message
    assert "\n" not in message  # one paragraph
    assert "`vitrina run" in message  # what works instead
    assert "Traceback" not in message and "qt.qpa" not in message  # nothing of Qt's own abort reaches the user
    return message


def test_without_a_display_it_says_so_and_names_the_headless_show(tmp_path: Path):
    message = assert_explained(launch(tmp_path))
    assert "there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)" in message
    assert "xcb-cursor0" not in message  # Qt's misleading hint is not repeated


def test_an_x_server_that_is_not_there_is_named(tmp_path: Path):
    display = free_display()
    message = assert_explained(launch(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert f"no display server answers at {display}." in message


def test_a_platform_plugin_qt_does_not_have_is_named_with_the_ones_it_has(tmp_path: Path):
    message = assert_explained(launch(tmp_path, DISPLAY=free_display(), QT_QPA_PLATFORM="nosuchplugin"))
    assert "the platform plugin 'nosuchplugin', which Qt does not have" in message
    assert "offscreen" in message and "xcb" in message


def test_on_a_real_x_server_nothing_stops_the_window(x_display: str):
    assert window_problem({**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}) is None


def test_offscreen_passes_without_a_display():
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    assert window_problem({**env, "QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("ldd") is None, reason="needs gcc and ldd")
def test_a_library_the_plugin_needs_and_the_system_lacks_is_named_with_its_package(tmp_path: Path):
    # A plugin linked against a library that is then removed: what ldd reports on a bare system.
    (tmp_path / "stub.c").write_text("int vitrina_stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int vitrina_stub(void);\nint plugin(void) { return vitrina_stub(); }\n")
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(tmp_path / "libxcb-vanished.so.0"),
                    "-Wl,-soname,libxcb-vanished.so.0", str(tmp_path / "stub.c")], check=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(tmp_path / "libqxcb.so"), str(tmp_path / "plugin.c"),
                    str(tmp_path / "libxcb-vanished.so.0")], check=True)
    (tmp_path / "libxcb-vanished.so.0").unlink()
    missing = missing_libraries(tmp_path / "libqxcb.so")
    assert missing == ["libxcb-vanished.so.0"]
    paragraph = missing_libraries_paragraph(missing)
    assert "`sudo apt-get install libxcb-vanished0`" in paragraph
    assert "(libxcb-vanished.so.0)" in paragraph


def test_the_installed_x11_plugin_lacks_nothing_here():
    from ui.window_check import xcb_plugin

    plugin = xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    assert missing_libraries(plugin) == []  # .ci/run installs every library the plugin loads


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libEGL.so.1", "libegl1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
])
def test_debian_package_names(library: str, package: str):
    assert debian_package(library) == package
