"""An RTMP destination's retries as the presenter reads them: the count of failed attempts
in a row, which starts again once a connection has reached the server."""

from __future__ import annotations

from media.health import PartState
from media.outputs.rtmp import RtmpOutput
from tests.media.whip.test_output import show  # noqa: F401  # the running pipeline fixture
from tests.media.whip.test_publisher import wait_for
from tests.rtmp_peer import free_port


def test_a_connection_lost_after_it_went_live_is_retried_as_attempt_1(show, receivers):  # noqa: F811
    port = free_port()
    output = RtmpOutput(f"rtmp://127.0.0.1:{port}/live/stream")
    show().pipeline.add_output(output)
    assert wait_for(lambda: output.health.state is PartState.RECONNECTING, 30), output.health
    assert output.health.attempt == 1  # nobody listens yet
    receiver = receivers(port, 2.0)
    assert wait_for(lambda: output.health.state is PartState.LIVE, 60), output.health
    assert receiver.seen()["video_frames"] > 10  # the receiver has gone after its 2 s
    assert wait_for(lambda: output.health.state is PartState.RECONNECTING, 30), output.health
    assert output.health.attempt == 1, output.health
