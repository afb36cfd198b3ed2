"""Cameras as Linux lists them (video4linux in sysfs), read from folders laid out as the kernel
lays them out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from media.devices import Device, cameras

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's own listings")

def test_each_webcam_is_one_camera_named_by_the_kernel(tmp_path: Path):
    dev, sysfs = tmp_path / "dev", tmp_path / "sys"
    dev.mkdir()
    for node, name, index in (("video0", "Integrated Camera: Integrated C", "0"), ("video1", "Integrated Camera: Integrated C", "1"),
                              ("video10", "HD Webcam C525", "0")):
        (dev / node).touch()
        (sysfs / node).mkdir(parents=True)
        (sysfs / node / "name").write_text(name + "\n")
        (sysfs / node / "index").write_text(index + "\n")
    assert cameras(dev, sysfs) == [
        Device(f"Integrated Camera: Integrated C ({dev / 'video0'})", f"camera:{dev / 'video0'}"),
        Device(f"HD Webcam C525 ({dev / 'video10'})", f"camera:{dev / 'video10'}"),
    ]


def test_no_video_device_is_no_camera(tmp_path: Path):
    assert cameras(tmp_path, tmp_path / "sys") == []
