"""Writing encoded packets into a container (Matroska, FLV over RTMP, MP4) with PyAV."""

from __future__ import annotations

import av

from media.audio.chunk import SAMPLE_RATE
from media.encoded_packet import EncodedPacket, StreamFormat
from media.frame_rate import exact_rate


class Muxer:
    def __init__(self, target: str, format_name: str, stream: StreamFormat, options: dict[str, str] | None = None) -> None:
        self.container = av.open(target, "w", format=format_name, options=options or {})
        self.video = self.container.add_stream("h264", rate=exact_rate(stream.fps))
        self.video.width, self.video.height, self.video.pix_fmt = stream.width, stream.height, "yuv420p"
        self.audio = None
        if stream.audio:
            self.audio = self.container.add_stream("aac", rate=SAMPLE_RATE)
            self.audio.layout = "stereo"
            self.audio.codec_context.extradata = stream.audio_extradata
        self._origin: float | None = None  # the show's time of the first packet: the file starts at 0

    def write(self, packet: EncodedPacket) -> None:
        stream = self.video if packet.kind == "video" else self.audio
        if stream is None:
            return
        if self._origin is None:
            self._origin = packet.seconds
        shift = round(self._origin / packet.time_base)
        if packet.dts < shift:  # audio from just before the first keyframe: nothing to play it with
            return
        out = av.Packet(packet.data)
        out.pts, out.dts = packet.pts - shift, packet.dts - shift
        out.time_base, out.stream = packet.time_base, stream
        out.is_keyframe = packet.keyframe
        self.container.mux(out)

    def close(self) -> None:
        self.container.close()
