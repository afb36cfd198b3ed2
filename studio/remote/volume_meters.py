"""InputVolumeMeters: every audio input's level, for clients that asked (a high-volume event).
obs-websocket gives per channel [magnitude, peak, input peak] as multipliers; the show's mixer
measures one level per input, so each input has one channel."""

from __future__ import annotations

from collections.abc import Sequence

from studio.live.audio_controls import AudioInput
from studio.remote.messages import Event
from studio.remote.protocol import EventSubscription
from studio.remote.requests.context import stable_uuid

METER_SECONDS = 0.05


def _mul(dbfs: float) -> float:
    return 10 ** (dbfs / 20) if dbfs > -200 else 0.0


def volume_meters(inputs: Sequence[AudioInput]) -> Event:
    levels = [{"inputName": audio.name, "inputUuid": stable_uuid("input", audio.name),
               "inputLevelsMul": [[_mul(audio.rms_dbfs), _mul(audio.peak_dbfs), _mul(audio.peak_dbfs)]]}
              for audio in inputs]
    return Event(EventSubscription.INPUT_VOLUME_METERS, "InputVolumeMeters", {"inputs": levels})
