"""The cameras this machine has, named as a person would pick them, each with the source spec a
show opens it by (microphones: media/audio/devices.py). Listing may take a moment (OpenCV opens
cameras off Linux): call it off the GUI thread."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PROBED_CAMERAS = 4  # where a camera cannot be listed, indexes 0..3 are tried


@dataclass(frozen=True)
class Device:
    name: str  # as shown: "Integrated Camera (/dev/video0)"
    spec: str  # as a show opens it: camera:/dev/video0


def cameras(dev: Path = Path("/dev"), sysfs: Path = Path("/sys/class/video4linux")) -> list[Device]:
    if sys.platform.startswith("linux"):
        return [Device(f"{_v4l_name(sysfs, node.name)} ({node})", f"camera:{node}") for node in
                sorted(dev.glob("video[0-9]*"), key=lambda node: int(node.name[5:]))
                if _is_capture(sysfs, node.name)]
    return _probed_cameras()


def _v4l_name(sysfs: Path, node: str) -> str:
    try:
        return (sysfs / node / "name").read_text(encoding="utf-8", errors="replace").strip() or node
    except OSError:
        return node


def _is_capture(sysfs: Path, node: str) -> bool:
    """A webcam makes two nodes, the picture and its metadata; the metadata one has index 1."""
    try:
        return (sysfs / node / "index").read_text().strip() in ("", "0")
    except OSError:
        return True


def _probed_cameras() -> list[Device]:
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    found = []
    for index in range(PROBED_CAMERAS):
        capture = cv2.VideoCapture(index)
        try:
            if capture.isOpened():
                found.append(Device(f"Camera {index + 1}", f"camera:{index}"))
        finally:
            capture.release()
    return found
