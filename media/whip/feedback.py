"""What a receiver says about the video over RTCP, heard at the sender: picture loss (PLI, FIR)
and the bitrate it asks for (REMB). aiortc acts on these only for its own encoders and has
no hook for them, so the sender's RTCP handler is wrapped: the packet is seen here first,
then handled by aiortc as before (NACK retransmission, round-trip time, its own encoder).
aiortc implements no transport-wide congestion control (TWCC), so REMB is what it hears."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from aiortc import RTCRtpSender
from aiortc.rtp import RTCP_PSFB_APP, RTCP_PSFB_FIR, RTCP_PSFB_PLI, AnyRtcpPacket, RtcpPsfbPacket, unpack_remb_fci

log = logging.getLogger(__name__)


@dataclass
class Feedback:
    """Counted over a destination's sessions, for its stats."""

    picture_losses: int = 0  # PLI and FIR received
    keyframes_granted: int = 0  # of those, the ones the shared encoder answered with a keyframe
    requested_bps: int | None = None  # the receiver's latest REMB; None before it sent one


def observe_rtcp(sender: RTCRtpSender, on_picture_loss: Callable[[], None], on_bitrate: Callable[[int], None]) -> None:
    handle = sender._handle_rtcp_packet

    async def observed(packet: AnyRtcpPacket) -> None:
        if isinstance(packet, RtcpPsfbPacket):
            if packet.fmt in (RTCP_PSFB_PLI, RTCP_PSFB_FIR):
                on_picture_loss()
            elif packet.fmt == RTCP_PSFB_APP:
                _bitrate(sender, packet, on_bitrate)
        await handle(packet)

    sender._handle_rtcp_packet = observed  # type: ignore[method-assign]


def _bitrate(sender: RTCRtpSender, packet: RtcpPsfbPacket, on_bitrate: Callable[[int], None]) -> None:
    try:
        bitrate, ssrcs = unpack_remb_fci(packet.fci)
    except ValueError:  # an application-layer feedback that is not REMB
        return
    if sender._ssrc in ssrcs:
        on_bitrate(bitrate)
