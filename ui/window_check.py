"""Before Qt starts: can the window open here? When it cannot, one plain paragraph says why and
what to install or run instead, and the launcher exits with status 1.

Qt decides this itself by aborting the process (SIGABRT) with a message that often names the
wrong thing ("xcb-cursor0 ... is needed" when there is no display at all). So the checks run
without Qt in this process: a display on Linux, the X11 plugin's libraries (ldd), and then a
QGuiApplication made in a child process (`python -m ui.qt_probe`, a quarter of a second), whose
exit status and stderr say what Qt would have done.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 60.0
HEADLESS = "the show also runs without a window: `vitrina run --record show.mkv` (see `vitrina run --help`)"
# Debian's and Ubuntu's package for each library Qt's X11 plugin loads (the rest follow the policy's rule).
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpng16.so.16": "libpng16-16",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)
_NO_DISPLAY = re.compile(r"could not connect to display\s*(\S*)")
_UNKNOWN_PLUGIN = re.compile(r'Could not find the Qt platform plugin "([^"]*)"')
_AVAILABLE = re.compile(r"Available platform plugins are:\s*(.*?)\.?\s*$", re.M)


def window_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """None when the window can open; else the paragraph to show."""
    env = os.environ if env is None else env
    requested = qt_platform(env)
    if platform.startswith("linux") and requested in ("", "xcb", "wayland"):
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            return no_display_paragraph()
        if requested in ("", "xcb") and env.get("DISPLAY"):
            missing = missing_libraries(xcb_plugin())
            if missing:
                return missing_libraries_paragraph(missing)
    if platform.startswith(("win", "darwin")):
        return None  # Qt's own plugins there need no system package; nothing to check cheaply
    return probe_problem(env)


def qt_platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt is asked for ('' for its default): `xcb:option` is xcb, `a;b` tries a first."""
    return env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for plugin in (Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                       Path(root) / "plugins" / "platforms" / "libqxcb.so"):
            if plugin.is_file():
                return plugin
    return None


def missing_libraries(plugin: Path | None) -> list[str]:
    """The shared libraries `plugin` needs that this system lacks, by ldd (none when ldd is not there)."""
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as error:
        log.info("could not list the libraries of %s: %s", plugin, error)
        return []
    return sorted(set(_NOT_FOUND.findall(listing)))


def debian_package(library: str) -> str:
    """libxcb-cursor.so.0 -> libxcb-cursor0; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a hyphen
    when the name ends in a digit), as Debian's library packaging policy names them."""
    if library in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[library]
    name, _, version = library.partition(".so.")
    version = version.split(".")[0]
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def missing_libraries_paragraph(libraries: list[str]) -> str:
    packages = " ".join(sorted({debian_package(library) for library in libraries}))
    return (f"Vitrina cannot open its window: Qt's X11 plugin needs system libraries that are not installed "
            f"({', '.join(libraries)}). On Debian or Ubuntu install them with `sudo apt-get install {packages}` "
            f"(other systems have packages of the same names), then start Vitrina again; meanwhile {HEADLESS}.")


def no_display_paragraph() -> str:
    return ("Vitrina cannot open its window: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), "
            "as on a server or over ssh without X forwarding. Start it from a desktop session, or with `ssh -X`, "
            f"or under Xvfb (`xvfb-run vitrina`); {HEADLESS}.")


def probe_problem(env: Mapping[str, str]) -> str | None:
    """Makes a QGuiApplication in a child process: None if it could, else what its failure means."""
    try:
        probe = subprocess.run([sys.executable, "-m", "ui.qt_probe"], env=dict(env), capture_output=True, text=True,
                               timeout=PROBE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return (f"Vitrina cannot open its window: Qt did not start within {PROBE_TIMEOUT:.0f} s (a display that does "
                f"not answer?). Check DISPLAY ({env.get('DISPLAY', 'not set')}); {HEADLESS}.")
    except OSError as error:
        log.warning("could not run the window check (%s); starting Qt anyway", error)
        return None
    if probe.returncode == 0:
        return None
    log.info("the window check failed (exit status %s): %s", probe.returncode, probe.stderr.strip())
    return probe_paragraph(probe.stderr, env)


def probe_paragraph(stderr: str, env: Mapping[str, str]) -> str:
    """Qt's stderr, read for what went wrong."""
    unknown = _UNKNOWN_PLUGIN.search(stderr)
    available = _AVAILABLE.search(stderr)
    choices = available.group(1).strip() if available else "see Qt's message in the log"
    if unknown:
        return (f"Vitrina cannot open its window: QT_QPA_PLATFORM asks Qt for the platform plugin "
                f"{unknown.group(1)!r}, which Qt does not have (it has: {choices}). Unset QT_QPA_PLATFORM, "
                f"or set it to one of those; {HEADLESS}.")
    display = _NO_DISPLAY.search(stderr)
    if display:
        shown = display.group(1) or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or "(none)"
        return (f"Vitrina cannot open its window: no display server answers at {shown}. Start it from a desktop "
                f"session, or check DISPLAY (an X server must be running there and let you in), or use "
                f"`xvfb-run vitrina`; {HEADLESS}.")
    last = next((line.strip() for line in reversed(stderr.splitlines()) if line.strip()), "no message")
    return (f"Vitrina cannot open its window: Qt could not start its platform plugin "
            f"({qt_platform(env) or 'the default'}): {last} The log has Qt's whole message. On Linux, "
            f"`sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0` installs what "
            f"Qt's X11 plugin most often lacks; {HEADLESS}.")
