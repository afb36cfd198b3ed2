"""A WHIP destination in a running show, sending the show's own H.264 packets to a real
endpoint (aiohttp + aiortc on 127.0.0.1): one x264 encode for every output, keyframes on
picture loss and for a late joiner, the bitrate the receiver asks for, VP8's own encode."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import av
import numpy as np
import pytest

from media.encoder import EncoderSettings
from media.health import PartState
from media.outputs.recording import RecordingOutput
from media.outputs.rtmp import RtmpOutput
from media.pipeline import Pipeline
from media.scene import full_frame
from media.sources.test_pattern import PatternSize, TestPatternSource, bar_colour_at
from media.whip.output import WhipOutput
from media.whip.video_path import VideoPath
from tests.media.whip.test_publisher import wait_for
from tests.rtmp_peer import free_port
from tests.whip_peer import TOKEN

W, H = 320, 180


class Show:
    """A running pipeline: the test pattern, a tone, and the outputs a test adds."""

    def __init__(self, settings: EncoderSettings) -> None:
        self.settings = settings
        self.pipeline = Pipeline(settings, {"pattern": TestPatternSource(PatternSize(W, H), 30)},
                                 full_frame("pattern", W, H), audio=True)
        self.pipeline.add_tone()
        self.pipeline.start()

    def whip(self, url: str, **options) -> WhipOutput:
        output = WhipOutput(url, TOKEN, **options)
        self.pipeline.add_output(output)
        return output


@pytest.fixture
def show() -> Iterator:
    started: list[Show] = []

    def start(keyframe_seconds: float = 2.0) -> Show:
        started.append(Show(EncoderSettings(W, H, 30, 400, keyframe_seconds=keyframe_seconds)))
        return started[-1]

    yield start
    for running in started:
        running.pipeline.stop()


def test_the_show_s_own_packets_reach_the_endpoint_declared_as_they_are(show, whip_endpoint):
    endpoint = whip_endpoint()
    running = show()
    output = running.whip(endpoint.url)
    assert wait_for(lambda: endpoint.seen.video_frames >= 60, 30), (output.stats(), endpoint.seen)
    seen, stats = endpoint.seen, output.stats()
    assert stats.video_path is VideoPath.SHARED and stats.health.state is PartState.LIVE
    assert seen.video_codecs == ["video/H264"]
    assert seen.offered_h264 == [running.settings.profile_level_id] == ["42c00d"]  # what the SPS says
    assert stats.sent_packets >= 60 and stats.sent_bytes > 0
    assert seen.audio_frames > 20  # Opus from the mixer's tap
    steps = [step for step in seen.steps if step is not None]
    assert sum(1 for a, b in zip(steps, steps[1:]) if a != b) > 0.6 * len(steps)  # the marker moves
    row = seen.last_image[H // 4]
    for x in range(10, W, W // 7):
        assert np.abs(row[x].astype(int) - bar_colour_at(x, W)).max() < 50


class CountingCodecs:
    """av.CodecContext as this project's encoder and aiortc's H.264 encoder reach it (both call
    `av.CodecContext.create`), counting the encoders opened by codec name."""

    def __init__(self, real) -> None:
        self.real, self.opened = real, Counter()

    def create(self, name, mode=None):
        if mode == "w":
            self.opened[name] += 1
        return self.real.create(name, mode)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_show_sent_over_rtmp_and_whip_and_recorded_runs_one_x264_encoder(show, whip_endpoint, receivers, tmp_path,
                                                                          monkeypatch):
    codecs = CountingCodecs(av.CodecContext)
    monkeypatch.setattr(av, "CodecContext", codecs)
    endpoint, receiver = whip_endpoint(), receivers(free_port(), 2.0)
    running = show()
    recording = RecordingOutput(tmp_path / "show.mkv")
    for output in (RtmpOutput(receiver.url), recording):
        running.pipeline.add_output(output)
    running.whip(endpoint.url)
    assert wait_for(lambda: endpoint.seen.video_frames >= 60 and recording.stats().sent_packets >= 60, 30)
    assert receiver.seen()["video_frames"] > 30
    assert codecs.opened["libx264"] == 1, codecs.opened


def test_a_picture_loss_gets_a_keyframe_within_200_ms_and_a_second_in_the_same_second_does_not(show, whip_endpoint):
    endpoint = whip_endpoint()
    output = show(keyframe_seconds=60.0).whip(endpoint.url)  # no keyframe but the ones asked for
    assert wait_for(lambda: endpoint.seen.video_frames >= 30, 30)
    before = output.stats()
    first = endpoint.send_pli()
    assert wait_for(lambda: any(moment > first for moment in endpoint.seen.keyframes_at), 10)
    delay = min(moment for moment in endpoint.seen.keyframes_at if moment > first) - first
    second = endpoint.send_pli()
    assert wait_for(lambda: endpoint.seen.frames_at[-1] > second + 0.5, 10)  # time for a keyframe, had one been made
    after = output.stats()
    assert delay < 0.2, f"the keyframe came {delay * 1000:.0f} ms after the picture loss"
    assert [moment for moment in endpoint.seen.keyframes_at if moment > second] == []
    assert (after.picture_losses - before.picture_losses, after.keyframes_granted - before.keyframes_granted) == (2, 1)


def test_a_destination_added_after_10_s_decodes_from_its_first_frame(show, whip_endpoint, tmp_path):
    endpoint = whip_endpoint()
    running = show(keyframe_seconds=60.0)  # the show's one keyframe was long ago: the joiner must ask
    running.pipeline.add_output(RecordingOutput(tmp_path / "show.mkv"))
    assert wait_for(lambda: running.pipeline.stats().encoder.encoded >= 300, 60)  # 10 s of show
    running.whip(endpoint.url)
    assert wait_for(lambda: endpoint.seen.video_frames >= 30, 30)
    assert endpoint.seen.first_frames == [(0, True)]  # the very first frame sent, a keyframe, decoded
    row = endpoint.seen.last_image[H // 4]
    assert np.abs(row[W // 2].astype(int) - bar_colour_at(W // 2, W)).max() < 50


def test_an_endpoint_that_takes_only_vp8_gets_an_encode_of_its_own_and_the_status_says_so(show, whip_endpoint):
    endpoint = whip_endpoint(vp8_only=True)
    output = show().whip(endpoint.url)
    assert wait_for(lambda: endpoint.seen.video_frames >= 30, 30), output.stats()
    stats = output.stats()
    assert endpoint.seen.video_codecs == ["video/VP8"]
    assert stats.video_path is VideoPath.OWN
    assert stats.state == "live: own encode: the endpoint takes VP8, not the show's H.264"
    row = endpoint.seen.last_image[H // 4]
    assert np.abs(row[W // 2].astype(int) - bar_colour_at(W // 2, W)).max() < 50


def test_the_bitrate_the_receiver_asks_for_is_reported_and_said_when_below_what_the_show_sends(show, whip_endpoint):
    endpoint = whip_endpoint(remb_kbps=20)  # the test pattern at 320x180 runs near 100 kbit/s
    output = show().whip(endpoint.url)
    assert wait_for(lambda: output.stats().requested_kbps is not None and "lower bitrate" in output.stats().state, 30)
    stats = output.stats()
    assert stats.requested_kbps == 20.0 and stats.bitrate_kbps > 20 / 0.9
    assert stats.state == ("live: the receiver asks for a lower bitrate than the show sends, "
                           "which one encode for every destination cannot give it")
