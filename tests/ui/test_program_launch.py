"""`vitrina` started as a user starts it, on a real X server: the studio window appears."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

WINDOW_TITLE = "Vitrina Studio"
FIRST_RUN_TITLE = 'Vitrina[^"]*first run'


def window_geometry(display: str, title: str = WINDOW_TITLE) -> tuple[int, int] | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env={**os.environ, "DISPLAY": display}
    ).stdout
    match = re.search(rf'"{title}".*?\s(\d+)x(\d+)\+', tree)
    return (int(match[1]), int(match[2])) if match else None


def launch(x_display: str, data_dir: Path, env: dict[str, str] | None = None, assistant: bool = False) -> str:
    """Starts `vitrina` on `data_dir`, waits for its window (and with `assistant`, for the first-run
    assistant too), ends it; returns what it wrote to stderr."""
    program = subprocess.Popen(
        [sys.executable, "-m", "ui", "--data-dir", str(data_dir)],
        env={**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        geometry = None
        while geometry is None and time.monotonic() < deadline and program.poll() is None:
            time.sleep(0.3)
            geometry = window_geometry(x_display)
        assert program.poll() is None, program.communicate()[1]
        assert geometry is not None and geometry[0] >= 800 and geometry[1] >= 500, geometry
        while assistant and window_geometry(x_display, FIRST_RUN_TITLE) is None and time.monotonic() < deadline + 30:
            time.sleep(0.3)
        assert not assistant or window_geometry(x_display, FIRST_RUN_TITLE) is not None
    finally:
        program.terminate()
        _, errors = program.communicate(timeout=10)
    assert "Traceback" not in errors
    return errors


def test_vitrina_opens_the_studio_window_on_a_fresh_data_dir(x_display: str, tmp_path: Path):
    launch(x_display, tmp_path / "data", assistant=True)  # a new folder gets the first-run assistant
    assert (tmp_path / "data" / "vitrina.db").is_file()


@pytest.mark.parametrize(("stored", "spoken"), [(None, "pt_BR"), ("ru", "ru")])
def test_the_window_speaks_the_desktops_language_unless_the_store_names_one(x_display: str, tmp_path: Path,
                                                                             stored: str | None, spoken: str):
    data = tmp_path / "data"
    if stored is not None:
        subprocess.run([sys.executable, "-m", "studio", "settings", "window_language", stored, "--data-dir", str(data)],
                       check=True, capture_output=True, timeout=60)
    launch(x_display, data, {"LANG": "pt_BR.UTF-8", "LANGUAGE": "pt_BR", "LC_ALL": ""})
    assert f"the window speaks {spoken}" in (data / "logs" / "vitrina.log").read_text(encoding="utf-8")
