"""Linux desktop integration as the desktop's own tools check it: the .desktop entry
(desktop-file-validate), the AppStream metainfo (appstreamcli), and the icons drawn from the SVG."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from studio import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "org.vitrina.Studio.desktop"
METAINFO = PACKAGING / "org.vitrina.Studio.metainfo.xml"

sys.path.insert(0, str(PACKAGING / "icons"))
from render_icons import ICON_NAME, SIZES, render  # noqa: E402


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is not installed (.ci/run installs it: desktop-file-utils, appstream)"
    return found


def test_the_desktop_entry_is_valid_and_names_the_program_and_icon():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    entry = DESKTOP.read_text(encoding="utf-8")
    assert "\nExec=vitrina\n" in entry and f"\nIcon={ICON_NAME}\n" in entry


def test_the_metainfo_is_valid_and_its_release_is_the_version():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.M), result.stdout  # no error, no warning
    text = METAINFO.read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in text  # the one version, as `vitrina --version` says
    assert f"<launchable type=\"desktop-id\">{DESKTOP.name}</launchable>" in text


def test_the_icons_are_drawn_at_every_size_with_the_awning_on_top(tmp_path: Path):
    written = render(tmp_path)
    assert len(written) == len(SIZES) + 3
    ico = QImage(str(tmp_path / "vitrina.ico"))
    assert (ico.width(), ico.height()) == (256, 256)
    icns = (tmp_path / "vitrina.icns").read_bytes()  # Qt reads back its own .icns with a warning: check the header
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    for size in SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
        if size >= 48:
            awning = image.pixelColor(size // 2 + size // 16, size * 170 // 512)
            assert awning.red() > 200 and awning.blue() < 140, (size, awning.name())
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "vitrina.svg").read_bytes()
