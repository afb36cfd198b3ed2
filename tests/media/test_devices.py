"""Cameras and microphones as Linux lists them (video4linux in sysfs, ALSA in /proc/asound),
read from folders laid out as the kernel lays them out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from media.devices import Device, cameras, microphones

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's own listings")

CARDS = """ 0 [PCH            ]: HDA-Intel - HDA Intel PCH
                      HDA Intel PCH at 0xf7f10000 irq 32
 1 [NVidia         ]: HDA-Intel - HDA NVidia
                      HDA NVidia at 0xf7080000 irq 17
 2 [C525           ]: USB-Audio - HD Webcam C525
                      Logitech HD Webcam C525 at usb-0000:00:14.0-1, high speed
"""


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


def test_sound_cards_that_can_record_are_microphones_after_the_default(tmp_path: Path):
    (tmp_path / "cards").write_text(CARDS)
    for card, pcms in ((0, ("pcm0p", "pcm0c")), (1, ("pcm3p",)), (2, ("pcm0c",))):
        for pcm in pcms:
            (tmp_path / f"card{card}" / pcm).mkdir(parents=True)
    assert microphones(tmp_path) == [Device("Default input", "mic"), Device("HDA Intel PCH (hw:0)", "mic:hw:0"),
                                     Device("HD Webcam C525 (hw:2)", "mic:hw:2")]


def test_a_machine_without_sound_cards_has_no_microphone(tmp_path: Path):
    assert microphones(tmp_path) == []
