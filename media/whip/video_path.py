"""Which video a WHIP session sends: the show's own H.264 packets (one encode for every
destination), or, where the endpoint takes nothing the shared encoder makes, aiortc's own
encode of the program's latest frame.

The offer lists H.264 Constrained Baseline with packetization-mode=1 first, declared with
the profile-level-id the shared encoder's SPS carries, then VP8; the answer's first codec
decides. aiortc offers H.264 as '42e01f' (level 3.1) whatever it sends; a 1080p stream is
level 4.0, so the offer is rewritten to say what the stream is."""

from __future__ import annotations

import enum

from aiortc import RTCRtpCodecCapability, RTCRtpCodecParameters, RTCRtpSender, sdp

OFFERED_H264 = "42e01f"  # aiortc's Constrained Baseline entry: the one whose declaration is rewritten


class VideoPath(enum.Enum):
    SHARED = "the show's encode"
    OWN = "own encode"


def video_preferences() -> list[RTCRtpCodecCapability]:
    """H.264 Constrained Baseline with packetization-mode=1 first (what WHIP servers and
    browsers take), then VP8 for an endpoint that takes nothing else; aiortc would
    otherwise prefer VP8."""
    codecs = RTCRtpSender.getCapabilities("video").codecs
    h264 = [codec for codec in codecs if codec.mimeType == "video/H264"
            and codec.parameters.get("packetization-mode") == "1"
            and codec.parameters.get("profile-level-id") == OFFERED_H264]
    vp8 = [codec for codec in codecs if codec.mimeType == "video/VP8"]
    rtx = [codec for codec in codecs if codec.mimeType == "video/rtx"]
    return h264 + vp8 + rtx


def declare_h264(offer_sdp: str, profile_level_id: str) -> str:
    """The offer with its H.264 declared as `profile_level_id` (the shared encoder's)."""
    description = sdp.SessionDescription.parse(offer_sdp)
    for media in description.media:
        for codec in media.rtp.codecs:
            if codec.mimeType.lower() == "video/h264":
                codec.parameters["profile-level-id"] = profile_level_id
    return str(description)


def path_for(negotiated: RTCRtpCodecParameters) -> VideoPath:
    """The shared packets when the endpoint took the H.264 offered (aiortc matches it by
    profile and packetization mode), aiortc's own encode for anything else."""
    h264 = negotiated.mimeType.lower() == "video/h264" and str(negotiated.parameters.get("packetization-mode")) == "1"
    return VideoPath.SHARED if h264 else VideoPath.OWN
