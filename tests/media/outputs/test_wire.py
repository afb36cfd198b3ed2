from fractions import Fraction
from io import BytesIO

from media.encoded_packet import StreamFormat
from media.outputs.wire import Session, read_session, write_session


def test_the_session_carries_an_ntsc_rate_exactly():
    pipe = BytesIO()
    write_session(pipe, Session("rtmp://host/live/key", StreamFormat(1280, 720, Fraction(60000, 1001), b"\x11\x90")))
    pipe.seek(0)
    session = read_session(pipe)
    assert session.stream.fps == Fraction(60000, 1001) and session.stream.audio_extradata == b"\x11\x90"
    assert session.url == "rtmp://host/live/key"
