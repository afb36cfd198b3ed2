"""The capture devices ALSA lists, read from a /proc/asound/pcm as a laptop with a USB microphone has it."""

from __future__ import annotations

from media.audio.devices import InputDevice, input_devices

PCM = """00-00: ALC892 Analog : ALC892 Analog : playback 1 : capture 1
00-01: ALC892 Digital : ALC892 Digital : playback 1
01-00: USB Audio : USB Audio : capture 1
03-07: HDMI 1 : HDMI 1 : playback 1
garbage line
"""


def test_only_capture_devices_are_listed_as_mic_devices(tmp_path):
    pcm = tmp_path / "pcm"
    pcm.write_text(PCM, encoding="utf-8")
    assert input_devices(pcm) == [InputDevice("plughw:0,0", "ALC892 Analog"), InputDevice("plughw:1,0", "USB Audio")]


def test_a_machine_without_sound_cards_lists_none(tmp_path):
    assert input_devices(tmp_path / "missing") == []
