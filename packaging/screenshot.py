"""The README's screenshot: the studio window during a rehearsal, as a newcomer first sees it.

    python3 packaging/screenshot.py [--out docs/screenshot.png] [--orders 3] [--questions 3]

Starts a private X server (Xvfb), opens `vitrina --rehearsal` on a fresh data folder, waits
until the practice audience has placed orders and asked questions (read from the rehearsal's
copy of the store), grabs the screen and saves it as PNG.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import mss
import mss.tools

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1600, 1000)


def start_x_server() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return server, ":" + pipe.readline().strip()


def counts(database: Path) -> tuple[int, int]:
    """Orders and questions in the rehearsal so far (0, 0 before its copy exists)."""
    if not database.exists():
        return 0, 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            orders = db.execute("SELECT count(*) FROM orders").fetchone()[0]
            questions = db.execute("SELECT count(*) FROM chat_messages WHERE kind = 'question'").fetchone()[0]
            return orders, questions
    except sqlite3.Error:
        return 0, 0


def wait_for_activity(database: Path, orders: int, questions: int, studio: subprocess.Popen[bytes],
                      timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if studio.poll() is not None:
            raise SystemExit(f"the studio ended (exit status {studio.returncode}) before the screenshot")
        found = counts(database)
        if found[0] >= orders and found[1] >= questions:
            return
        time.sleep(0.5)
    raise SystemExit(f"no {orders} orders and {questions} questions within {timeout:.0f} s: {counts(database)}")


def window_region(display: str) -> dict[str, int]:
    """The studio window's place on the X screen (xwininfo), so the picture is the window alone."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env={**os.environ, "DISPLAY": display}).stdout
    match = re.search(r'"Vitrina Studio[^"]*".*?\s(\d+)x(\d+)\+(-?\d+)\+(-?\d+)', tree)
    if match is None:
        return {"left": 0, "top": 0, "width": SCREEN[0], "height": SCREEN[1]}
    width, height, left, top = (int(value) for value in match.groups())
    return {"left": max(0, left), "top": max(0, top), "width": width, "height": height}


def grab(display: str, out: Path) -> None:
    os.environ["DISPLAY"] = display
    with mss.MSS() as screen:
        shot = screen.grab(window_region(display))
        out.parent.mkdir(parents=True, exist_ok=True)
        mss.tools.to_png(shot.rgb, shot.size, level=9, output=str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--questions", type=int, default=3)
    args = parser.parse_args()
    server, display = start_x_server()
    with tempfile.TemporaryDirectory(prefix="vitrina-screenshot-") as folder:
        data = Path(folder) / "data"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHON_KEYRING_BACKEND":
               "keyring.backends.fail.Keyring"}  # a screenshot never reads the user's keyring
        studio = subprocess.Popen([sys.executable, "-m", "ui", "--rehearsal", "--data-dir", str(data)], cwd=ROOT,
                                  env=env)
        try:
            wait_for_activity(data / "rehearsal.db", args.orders, args.questions, studio)
            time.sleep(2.0)  # the live panel shows what the store has at its next read (a few a second)
            grab(display, args.out)
        finally:
            studio.terminate()
            studio.wait(30)
            server.terminate()
            server.wait(10)
    print(f"saved {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
