from fractions import Fraction

import av
import numpy as np

from media.encoded_packet import VIDEO_TIME_BASE, EncodedPacket, StreamFormat
from media.encoder import EncoderSettings, video_codec
from media.outputs.muxer import Muxer


def test_a_container_told_29_97_holds_30000_1001(tmp_path):
    codec = video_codec(EncoderSettings(64, 64, 29.97, 300))
    muxer = Muxer(str(tmp_path / "ntsc.mkv"), "matroska", StreamFormat(64, 64, 29.97, None))
    for index in range(30):
        picture = av.VideoFrame.from_ndarray(np.full((64, 64, 3), index, np.uint8), format="bgr24")
        picture.pts, picture.time_base = index * 3003, VIDEO_TIME_BASE  # 1001/30000 s a frame
        for packet in codec.encode(picture):
            muxer.write(EncodedPacket("video", bytes(packet), int(packet.pts), int(packet.dts), bool(packet.is_keyframe)))
    muxer.close()
    with av.open(str(tmp_path / "ntsc.mkv")) as container:
        video = container.streams.video[0]
        assert video.average_rate == video.guessed_rate == Fraction(30000, 1001)
