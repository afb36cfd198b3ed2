"""The machine's audio capture devices, as `mic:DEVICE` names them for FFmpeg's input. On Linux
they are ALSA's, read from /proc/asound/pcm ("00-00: ALC892 Analog : ALC892 Analog : playback 1 :
capture 1"), opened through plughw so any format the card has is converted. Elsewhere only the
system's default is known (DirectShow and AVFoundation list devices only into FFmpeg's log)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ALSA_PCM = Path("/proc/asound/pcm")


@dataclass(frozen=True)
class InputDevice:
    device: str  # what mic:DEVICE takes, e.g. plughw:1,0
    name: str  # what the card calls it, e.g. USB Audio


def input_devices(pcm_list: Path = ALSA_PCM) -> list[InputDevice]:
    """Every capture device of this machine (reads a file: not on the GUI thread), [] when none is known."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        text = pcm_list.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        log.info("no ALSA devices listed (%s)", error)
        return []
    return [device for line in text.splitlines() if (device := _capture_device(line)) is not None]


def _capture_device(line: str) -> InputDevice | None:
    address, _, rest = line.partition(":")
    card, dash, number = address.strip().partition("-")
    fields = [field.strip() for field in rest.split(" : ")]
    if not dash or not (card.isdigit() and number.isdigit()) or not any(field.startswith("capture") for field in fields):
        return None
    name = fields[0] or f"card {int(card)}"
    return InputDevice(f"plughw:{int(card)},{int(number)}", name)
