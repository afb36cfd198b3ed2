"""Renders the icon (resources/icons/vitrina.svg) to PNGs at the sizes desktops look for, with
Qt's QSvgRenderer, into a hicolor icon theme tree:

    python3 packaging/icons/render_icons.py [--out packaging/out/icons]

writes OUT/hicolor/{16..512}x{16..512}/apps/org.vitrina.Studio.png, the SVG as
OUT/hicolor/scalable/apps/org.vitrina.Studio.svg, and the program icons of the other systems:
OUT/vitrina.ico (Windows) and OUT/vitrina.icns (macOS), through Qt's image plugins. The PNGs are made, not kept in git: the SVG
is the one source. Install with `cp -r OUT/hicolor ~/.local/share/icons/`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "vitrina.svg"
ICON_NAME = "org.vitrina.Studio"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not an SVG Qt can draw")
    def drawn(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    def save(image: QImage, target: Path, kind: str) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), kind):
            raise SystemExit(f"could not write {target}")
        return target

    written = [save(drawn(size), out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png", "PNG")
               for size in sizes]
    written.append(save(drawn(256), out / "vitrina.ico", "ICO"))
    written.append(save(drawn(512), out / "vitrina.icns", "ICNS"))
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    return [*written, scalable]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "out" / "icons")
    args = parser.parse_args()
    for path in render(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
