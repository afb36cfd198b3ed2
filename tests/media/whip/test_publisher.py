"""Publishing to a real WHIP endpoint (aiohttp + aiortc on 127.0.0.1)."""

from __future__ import annotations

import logging
import time

import numpy as np
import pytest

from media.audio.buffer import AudioBuffer
from media.audio.chunk import AudioChunk
from media.audio.tone import sine
from media.frame import Frame
from media.sources.test_pattern import PatternSize, TestPatternSource, bar_colour_at
from media.whip.link_header import IceServer, ice_servers
from media.whip.publisher import WhipPublisher
from tests.whip_peer import TOKEN

W, H = 320, 180


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return condition()


@pytest.fixture
def pattern():
    source = TestPatternSource(PatternSize(W, H), fps=30)
    source.start()
    yield source
    source.stop()


def publisher(url: str, pattern, token: str | None = TOKEN, audio: AudioBuffer | None = None, **options) -> WhipPublisher:
    return WhipPublisher(url, token, pattern.latest, audio, W, H, 30, **options)


def test_the_program_reaches_the_endpoint_decodable_with_the_right_pixels(whip_endpoint, pattern):
    endpoint = whip_endpoint()
    audio = AudioBuffer()
    audio.put(AudioChunk(sine(440, 0, 48000 * 5, 0.3), 0.0))
    show = publisher(endpoint.url, pattern, audio=audio)
    show.start()
    try:
        assert wait_for(lambda: endpoint.seen.video_frames >= 60, 30), (show.state, endpoint.seen)
        assert show.state == "live"
    finally:
        show.stop()
    seen = endpoint.seen
    assert seen.video_codecs[0] == "video/H264"  # preferred over aiortc's default VP8
    assert seen.audio_frames > 20
    steps = [step for step in seen.steps if step is not None]
    assert sum(1 for a, b in zip(steps, steps[1:]) if a != b) > 0.6 * len(steps)  # the marker moves
    row = seen.last_image[H // 4]
    for x in range(10, W, W // 7):
        assert np.abs(row[x].astype(int) - bar_colour_at(x, W)).max() < 50
    assert wait_for(lambda: seen.deleted == ["1"], 5)  # DELETE of the relative Location, resolved


def test_a_wrong_token_is_named_and_not_retried(whip_endpoint, pattern, caplog):
    endpoint = whip_endpoint()
    show = publisher(endpoint.url, pattern, token="not-the-token")
    caplog.set_level(logging.DEBUG)
    show.start()
    try:
        assert wait_for(lambda: show.state.startswith("failed"), 15)
        time.sleep(3)
    finally:
        show.stop()
    assert "the server refused the token (401)" in caplog.text
    assert endpoint.seen.refused == 1  # no retry storm
    assert "not-the-token" not in caplog.text


def test_a_201_without_location_is_named_as_the_server_bug(whip_endpoint, pattern):
    endpoint = whip_endpoint(omit_location=True)
    show = publisher(endpoint.url, pattern)
    show.start()
    try:
        assert wait_for(lambda: show.state.startswith("failed"), 15)
        assert "201 without a Location header" in show.state
    finally:
        show.stop()


def test_no_endpoint_and_no_answer_are_named(whip_endpoint, pattern):
    endpoint = whip_endpoint()
    show = publisher(endpoint.url.replace("/endpoint", "/elsewhere"), pattern)
    show.start()
    try:
        assert wait_for(lambda: "no such endpoint (404)" in show.state, 15), show.state
    finally:
        show.stop()


def test_an_endpoint_restarted_mid_show_is_reconnected_to(whip_endpoint, pattern):
    first = whip_endpoint()
    show = publisher(first.url, pattern)
    show.start()
    try:
        assert wait_for(lambda: first.seen.video_frames > 20, 30)
        port = first.port
        first.stop()
        assert wait_for(lambda: show.state.startswith("reconnecting"), 40), show.state
        second = whip_endpoint(port=port)
        assert wait_for(lambda: second.seen.video_frames > 20, 60), show.state
        assert show.sessions >= 2
    finally:
        show.stop()


def test_ice_servers_come_from_link_headers():
    headers = ['<stun:stun.example.net>; rel="ice-server"',
               '<turn:turn.example.net?transport=udp>; rel="ice-server"; username="user"; credential="pass"; '
               'credential-type="password", <https://example.net/help>; rel="help"']
    assert ice_servers(headers) == [IceServer("stun:stun.example.net"),
                                    IceServer("turn:turn.example.net?transport=udp", "user", "pass")]


class Noise:
    """Frames of fresh noise: content no encoder can squeeze under its target bitrate."""

    def __init__(self) -> None:
        self.random, self.index = np.random.default_rng(7), 0

    def latest(self) -> Frame:
        self.index += 1
        return Frame(self.random.integers(0, 255, (H, W, 3), np.uint8), 0.0, self.index)


def test_the_target_bitrate_takes_effect(whip_endpoint):
    received = {}
    for kbps in (150, 1500):
        endpoint = whip_endpoint()
        show = publisher(endpoint.url, Noise(), bitrate_kbps=kbps)
        show.start()
        try:
            assert wait_for(lambda endpoint=endpoint: endpoint.seen.video_frames > 10, 30)
            before = endpoint.video_packets_received()
            time.sleep(3.0)
            received[kbps] = (endpoint.video_packets_received() - before) / 3.0
        finally:
            show.stop()
    assert received[1500] > 2 * received[150], received  # packets per second


def test_a_server_that_never_answers_is_named_within_the_timeout(pattern):
    import socket

    server = socket.create_server(("127.0.0.1", 0))  # accepts into its backlog, never answers
    port = server.getsockname()[1]
    show = publisher(f"http://127.0.0.1:{port}/whip", pattern, answer_timeout=1.5)
    show.start()
    try:
        assert wait_for(lambda: "no answer in 1.5 s" in show.state or show.state.startswith("reconnecting"), 15)
    finally:
        show.stop()
        server.close()


def test_no_ice_server_is_used_that_nobody_named():
    from media.whip.publisher import ice_configuration

    assert ice_configuration(()).iceServers == []  # aiortc's own fallback would be a public STUN server
    named = ice_configuration((IceServer("turn:turn.example.net", "u", "p"),)).iceServers
    assert [(server.urls, server.username, server.credential) for server in named] == [("turn:turn.example.net", "u", "p")]
