"""The stream and the recording, as OBS's one stream output and one record output: the stream
is every destination the show publishes to; StartStream publishes to the server's targets
(by default, every saved destination that is enabled)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from media.health import PartState
from studio.destinations import DestinationError, ResolvedDestination, list_destinations, resolve_destinations
from studio.live.show import ShowError
from studio.remote.errors import RequestFailed
from studio.remote.protocol import RequestStatus
from studio.remote.requests.context import Handler, RequestContext
from studio.remote.requests.fields import Fields


def saved_destinations(db: Database) -> list[ResolvedDestination]:
    """Every saved destination that is enabled, with its key: where StartStream publishes by default."""
    return resolve_destinations(db, [destination.name for destination in list_destinations(db) if destination.enabled])


def timecode(seconds: float) -> str:
    """HH:MM:SS.mmm, as obs-websocket writes an output's duration."""
    milliseconds = int(seconds * 1000)
    minutes, secs = divmod(milliseconds // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{milliseconds % 1000:03d}"


def get_stream_status(context: RequestContext, _: Fields) -> dict[str, Any]:
    show = context.show
    stats = show.stats()
    destinations = stats.destinations
    sent = sum(output.sent_packets for output in destinations)
    dropped = sum(output.dropped_packets for output in destinations)
    seconds = show.on_air_seconds()
    return {
        "outputActive": show.live,
        "outputReconnecting": any(output.health.state is PartState.RECONNECTING for output in destinations),
        "outputTimecode": timecode(seconds),
        "outputDuration": int(seconds * 1000),
        "outputCongestion": dropped / (sent + dropped) if sent + dropped else 0.0,  # share of packets let go
        "outputBytes": sum(output.sent_bytes for output in destinations),
        "outputSkippedFrames": stats.encoder_skipped + dropped,
        "outputTotalFrames": stats.encoded if show.live else 0,
    }


def start_stream(context: RequestContext, _: Fields) -> None:
    if context.show.live:
        raise RequestFailed(RequestStatus.OUTPUT_RUNNING, "the show is already live")
    try:
        targets = context.stream_targets(context.db)
        if not targets:
            raise RequestFailed(RequestStatus.RESOURCE_ACTION_FAILED, "no destination is saved and enabled: "
                                "add one with `vitrina destinations add NAME URL`")
        context.show.go_live(targets)
    except (ShowError, DestinationError) as error:
        raise RequestFailed(RequestStatus.RESOURCE_ACTION_FAILED, str(error)) from error


def stop_stream(context: RequestContext, _: Fields) -> None:
    if not context.show.live:
        raise RequestFailed(RequestStatus.OUTPUT_NOT_RUNNING, "the show is not live")
    for name in context.show.live_destinations:
        context.show.stop_destination(name)


def toggle_stream(context: RequestContext, fields: Fields) -> dict[str, Any]:
    (stop_stream if context.show.live else start_stream)(context, fields)
    return {"outputActive": context.show.live}


def get_record_status(context: RequestContext, _: Fields) -> dict[str, Any]:
    show = context.show
    recording = show.stats().recording
    seconds = show.recording_seconds()
    return {"outputActive": show.recording is not None, "outputPaused": False, "outputTimecode": timecode(seconds),
            "outputDuration": int(seconds * 1000), "outputBytes": recording.sent_bytes if recording else 0}


def new_recording_path(folder: Path) -> Path:
    """A file in the recordings folder named for the moment, as OBS names its recordings."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H-%M-%S")
    path = folder / f"{stamp}.mkv"
    copy = 1
    while path.exists():
        copy += 1
        path = folder / f"{stamp} ({copy}).mkv"
    return path


def start_record(context: RequestContext, _: Fields) -> None:
    if context.show.recording is not None:
        raise RequestFailed(RequestStatus.OUTPUT_RUNNING, f"already recording to {context.show.recording.name}")
    try:
        context.show.start_recording(new_recording_path(context.show.paths.recordings))
    except (ShowError, OSError) as error:
        raise RequestFailed(RequestStatus.RESOURCE_ACTION_FAILED, str(error)) from error


def stop_record(context: RequestContext, _: Fields) -> dict[str, Any]:
    path = context.show.recording
    if path is None:
        raise RequestFailed(RequestStatus.OUTPUT_NOT_RUNNING, "the show is not recording")
    context.show.stop_recording()
    return {"outputPath": str(path)}


def toggle_record(context: RequestContext, fields: Fields) -> dict[str, Any]:
    if context.show.recording is None:
        start_record(context, fields)
        return {"outputActive": True}
    stop_record(context, fields)
    return {"outputActive": False}


HANDLERS: dict[str, Handler] = {
    "GetStreamStatus": get_stream_status,
    "StartStream": start_stream,
    "StopStream": stop_stream,
    "ToggleStream": toggle_stream,
    "GetRecordStatus": get_record_status,
    "StartRecord": start_record,
    "StopRecord": stop_record,
    "ToggleRecord": toggle_record,
}
