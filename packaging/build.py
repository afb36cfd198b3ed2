"""Builds the one-folder Vitrina (dist/vitrina/) with PyInstaller, then checks it.

    python3 -m pip install -e ".[packaging]"
    python3 packaging/build.py [--no-check] [--keep-work]

The check runs the built program as a user would: `vitrina --version`, and a 5-second show
without a window (`vitrina run --record`, test pattern and tone) on a fresh data folder, whose
recording must have video and sound; it prints the folder's size and each step's time.
Bundles are built for the platform this runs on (PyInstaller does not cross-build).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "vitrina.spec"
DIST, WORK = ROOT / "dist", ROOT / "build" / "pyinstaller"
SHOW_SECONDS = 5


def build() -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons" / "render_icons.py")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # the Windows and macOS program icons
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def program() -> Path:
    name = "vitrina-cli.exe" if sys.platform.startswith("win") else "vitrina"
    return DIST / "vitrina" / name


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def check() -> None:
    started = time.monotonic()
    version = subprocess.run([str(program()), "--version"], capture_output=True, text=True, timeout=120, check=True)
    print(f"{program().name} --version: {version.stdout.strip()} ({time.monotonic() - started:.1f} s)")
    with tempfile.TemporaryDirectory(prefix="vitrina-bundle-check-") as folder:
        recording = Path(folder) / "show.mkv"
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        started = time.monotonic()
        show = subprocess.run([str(program()), "run", "--data-dir", str(Path(folder) / "data"), "--source", "testpattern",
                               "--audio", "tone", "--record", str(recording), "--duration", str(SHOW_SECONDS)],
                              capture_output=True, text=True, timeout=300, env=env)
        took = time.monotonic() - started
        if show.returncode != 0 or not recording.is_file():
            raise SystemExit(f"the show from the bundle failed (exit status {show.returncode}):\n{show.stderr[-4000:]}")
        print(f"{program().name} run --record: {recording.stat().st_size // 1024} KB in {took:.1f} s; "
              f"streams: {streams(recording)}")


def streams(recording: Path) -> str:
    import av

    with av.open(str(recording)) as container:
        parts = [f"{stream.type} {stream.codec_context.name}" for stream in container.streams]
        return ", ".join(parts) + f", {float(container.duration or 0) / 1_000_000:.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-check", action="store_true", help="build only")
    parser.add_argument("--keep-work", action="store_true", help="keep PyInstaller's work folder (build/pyinstaller)")
    args = parser.parse_args()
    took = build()
    print(f"built {DIST / 'vitrina'} in {took:.0f} s: {folder_size(DIST / 'vitrina') / 1e6:.0f} MB")
    if not args.keep_work:
        shutil.rmtree(WORK, ignore_errors=True)
    if not args.no_check:
        check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
