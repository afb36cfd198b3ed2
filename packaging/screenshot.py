"""The README's and the guide's screenshots, made under a private X server (Xvfb).

    python3 packaging/screenshot.py [--scene rehearsal|first-run] [--language en|es|pt_BR|fr|ru]
                                    [--out FILE] [--orders 3] [--questions 3]

`rehearsal` (the README's picture): opens `vitrina --rehearsal` on a fresh data folder, waits
until the practice audience has placed orders and asked questions (read from the rehearsal's
copy of the store) and grabs the window. `first-run`: opens `vitrina` on a fresh data folder
and grabs the first-run assistant. `--language` stores the window's language in the new
folder (and sets LANGUAGE for Qt), so the window speaks it once its translation is there;
the default file name then carries the language: docs/guide/rehearsal-pt_BR.png.
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
STUDIO_TITLE = 'Vitrina Studio[^"]*'
FIRST_RUN_TITLE = 'Vitrina — [^"]*'  # the assistant's title in any language (the window's is "Vitrina Studio")
LANGUAGES = ("en", "es", "pt_BR", "fr", "ru")


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


def window_region(display: str, title: str = STUDIO_TITLE) -> dict[str, int] | None:
    """A window's place on the X screen (xwininfo), so the picture is the window alone."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env={**os.environ, "DISPLAY": display}).stdout
    match = re.search(rf'"{title}".*?\s(\d+)x(\d+)\+(-?\d+)\+(-?\d+)', tree)
    if match is None:
        return None
    width, height, left, top = (int(value) for value in match.groups())
    return {"left": max(0, left), "top": max(0, top), "width": width, "height": height}


def wait_for_window(display: str, title: str, studio: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while window_region(display, title) is None:
        if studio.poll() is not None:
            raise SystemExit(f"the studio ended (exit status {studio.returncode}) before the screenshot")
        if time.monotonic() > deadline:
            raise SystemExit(f"no window {title!r} within {timeout:.0f} s")
        time.sleep(0.5)


def grab(display: str, out: Path, title: str = STUDIO_TITLE) -> None:
    os.environ["DISPLAY"] = display
    region = window_region(display, title) or {"left": 0, "top": 0, "width": SCREEN[0], "height": SCREEN[1]}
    with mss.MSS() as screen:
        shot = screen.grab(region)
        out.parent.mkdir(parents=True, exist_ok=True)
        mss.tools.to_png(shot.rgb, shot.size, level=9, output=str(out))


def prepare(data: Path, language: str) -> None:
    """A new data folder whose window speaks `language` (the first-run assistant's setting)."""
    sys.path.insert(0, str(ROOT))
    from studio.first_run import WINDOW_LANGUAGE
    from studio.paths import Paths
    from studio.settings import set_setting
    from studio.store import open_store

    db = open_store(Paths(data))
    try:
        set_setting(db, WINDOW_LANGUAGE, language)
    finally:
        db.conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scene", choices=("rehearsal", "first-run"), default="rehearsal")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, help="default: docs/screenshot.png for the English rehearsal, "
                        "else docs/guide/SCENE-LANGUAGE.png")
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--questions", type=int, default=3)
    args = parser.parse_args()
    out = args.out or (ROOT / "docs" / "screenshot.png" if (args.scene, args.language) == ("rehearsal", "en")
                       else ROOT / "docs" / "guide" / f"{args.scene}-{args.language}.png")
    server, display = start_x_server()
    with tempfile.TemporaryDirectory(prefix="vitrina-screenshot-") as folder:
        data = Path(folder) / "data"
        prepare(data, args.language)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": args.language,
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # a screenshot never reads the user's keyring
        rehearsal = args.scene == "rehearsal"
        studio = subprocess.Popen([sys.executable, "-m", "ui", *(["--rehearsal"] if rehearsal else []),
                                   "--data-dir", str(data)], cwd=ROOT, env=env)
        try:
            if rehearsal:
                wait_for_activity(data / "rehearsal.db", args.orders, args.questions, studio)
                time.sleep(2.0)  # the live panel shows what the store has at its next read (a few a second)
                grab(display, out)
            else:
                wait_for_window(display, FIRST_RUN_TITLE, studio)
                time.sleep(2.0)  # drawn once mapped
                grab(display, out, FIRST_RUN_TITLE)
        finally:
            studio.terminate()
            studio.wait(30)
            server.terminate()
            server.wait(10)
    print(f"saved {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
