"""`vitrina` started as a user starts it, on a real X server: the studio window appears."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

WINDOW_TITLE = "Vitrina Studio"
FIRST_RUN_TITLE = 'Vitrina[^"]*first run'


def window_geometry(display: str, title: str = WINDOW_TITLE) -> tuple[int, int] | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env={**os.environ, "DISPLAY": display}
    ).stdout
    match = re.search(rf'"{title}".*?\s(\d+)x(\d+)\+', tree)
    return (int(match[1]), int(match[2])) if match else None


def test_vitrina_opens_the_studio_window_on_a_fresh_data_dir(x_display: str, tmp_path: Path):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    program = subprocess.Popen(
        [sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "data")],
        env=env,
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
        assert (tmp_path / "data" / "vitrina.db").is_file()
        while window_geometry(x_display, FIRST_RUN_TITLE) is None and time.monotonic() < deadline + 30:
            time.sleep(0.3)
        assert window_geometry(x_display, FIRST_RUN_TITLE) is not None  # the assistant of a new folder
    finally:
        program.terminate()
        _, errors = program.communicate(timeout=10)
    assert "Traceback" not in errors
