from media.backoff import retry_delay
from media.encoded_packet import EncodedPacket
from media.output import PacketQueue
from media.redact import redact_url


def video(second: float, keyframe: bool = False) -> EncodedPacket:
    return EncodedPacket("video", b"x" * 10, round(second * 90000), round(second * 90000), keyframe)


def test_a_full_queue_drops_from_the_oldest_up_to_the_next_keyframe():
    queue = PacketQueue(max_seconds=1.0)
    for index in range(31):  # keyframes at 0 s and 0.5 s, 1 s of packets at 30 per second
        queue.put(video(index / 30, keyframe=index % 15 == 0))
    assert queue.dropped == 0
    queue.put(video(31 / 30))  # past a second: the first GOP goes
    assert queue.dropped == 15
    first = queue.get(timeout=0)
    assert first.keyframe and first.pts == round(15 / 30 * 90000)


def test_after_a_reconnect_the_stream_restarts_at_a_keyframe():
    queue = PacketQueue()
    for index in range(6):
        queue.put(video(index / 30, keyframe=index in (0, 4)))
    assert queue.get(timeout=0).pts == 0  # sent before the connection broke
    queue.drop_until_keyframe()
    assert queue.get(timeout=0).keyframe and queue.dropped == 3


def test_a_destination_starts_at_a_keyframe():
    queue = PacketQueue()
    queue.put(audio(0.0))
    queue.put(video(0.03))
    queue.put(video(0.06, keyframe=True))
    queue.put(audio(0.07))
    first = queue.get(timeout=0)
    assert first.kind == "video" and first.keyframe and len(queue) == 1 and queue.dropped == 0


def test_reconnects_wait_2_s_then_1_5_times_longer_up_to_a_minute():
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [2.0, 3.0, 4.5, 6.75]
    assert retry_delay(20) == 60.0


def test_stream_keys_are_masked():
    assert redact_url("rtmp://a.rtmp.youtube.com/live2/abcd-efgh-1234") == "rtmp://a.rtmp.youtube.com/live2/****"
    assert redact_url("rtmps://live-api-s.facebook.com:443/rtmp/FB-123?s_bl=1&a=secret") == \
        "rtmps://live-api-s.facebook.com:443/rtmp/****?****"
    assert redact_url("rtmp://user:pass@host/app/key") == "rtmp://****@host/app/****"


def audio(second: float) -> EncodedPacket:
    return EncodedPacket("audio", b"a" * 10, round(second * 48000), round(second * 48000), False)


def test_a_queue_with_audio_at_either_end_still_drops():
    queue = PacketQueue(max_seconds=1.0)
    for index in range(300):  # 10 s of video at 30 fps with an audio packet after each frame
        queue.put(video(index / 30, keyframe=index % 15 == 0))
        queue.put(audio(index / 30 + 0.001))
    assert queue.dropped > 0
    assert len(queue) <= 2 * 31 + 2
    first = queue.get(timeout=0)
    assert first.kind == "video" and first.keyframe


def test_a_queue_is_bounded_by_bytes_too():
    queue = PacketQueue(max_seconds=60.0, max_bytes=1000)
    for index in range(200):  # 2000 bytes in 6.6 s: under the time bound, over the bytes
        queue.put(video(index / 30, keyframe=index % 15 == 0))
    assert queue.queued_bytes <= 1000
    assert queue.dropped >= 100


def test_a_queue_emptied_by_a_drop_waits_for_the_next_keyframe():
    queue = PacketQueue(max_seconds=60.0, max_bytes=25)
    queue.put(video(0.0, keyframe=True))
    queue.put(video(0.03))
    queue.put(video(0.06))  # 30 bytes: over the bound, and no keyframe left to restart at
    assert len(queue) == 0 and queue.dropped == 3
    queue.put(video(0.09))  # a P-frame alone would be a broken picture
    queue.put(video(0.12, keyframe=True))
    first = queue.get(timeout=0)
    assert first.keyframe and first.pts == round(0.12 * 90000)
