"""The platforms a destination can start from: each fills the server address a shop would
otherwise copy from the platform's page, and says where the key is found. TikTok (and Instagram,
when its Live Producer shows another address) hands out the server with the key: paste both."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from studio.destinations import DestinationKind
from studio.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DestinationPresets"


class Platform(enum.Enum):
    YOUTUBE = "youtube"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TWITCH = "twitch"
    TIKTOK = "tiktok"
    CUSTOM_RTMP = "rtmp"
    WHIP = "whip"


@dataclass(frozen=True)
class Preset:
    platform: Platform
    label: str  # translatable
    kind: DestinationKind
    server_url: str  # "" when the platform hands it out with the key
    where: str  # translatable: where the key (and the server, when it varies) is found


PRESETS = (
    Preset(Platform.YOUTUBE, "YouTube", DestinationKind.RTMP, "rtmps://a.rtmps.youtube.com:443/live2",
           QT_TRANSLATE_NOOP("DestinationPresets", "YouTube Studio ▸ Go live ▸ Stream: copy the stream key.")),
    Preset(Platform.FACEBOOK, "Facebook", DestinationKind.RTMP, "rtmps://live-api-s.facebook.com:443/rtmp",
           QT_TRANSLATE_NOOP("DestinationPresets", "Facebook Live Producer ▸ Streaming software: copy the stream key.")),
    Preset(Platform.INSTAGRAM, "Instagram", DestinationKind.RTMP, "rtmps://live-upload.instagram.com:443/rtmp",
           QT_TRANSLATE_NOOP("DestinationPresets", "Instagram Live Producer: copy the stream key (and the server URL when it "
                             "shows another).")),
    Preset(Platform.TWITCH, "Twitch", DestinationKind.RTMP, "rtmp://live.twitch.tv/app",
           QT_TRANSLATE_NOOP("DestinationPresets", "Twitch Creator Dashboard ▸ Settings ▸ Stream: copy the primary stream key.")),
    Preset(Platform.TIKTOK, "TikTok", DestinationKind.RTMP, "",
           QT_TRANSLATE_NOOP("DestinationPresets", "TikTok LIVE Center ▸ Go LIVE: paste the server URL and the stream key it "
                             "hands out (both change with each live).")),
    Preset(Platform.CUSTOM_RTMP, QT_TRANSLATE_NOOP("DestinationPresets", "Other RTMP(S) server"), DestinationKind.RTMP, "",
           QT_TRANSLATE_NOOP("DestinationPresets", "The server's address (rtmp:// or rtmps://) and the stream key apart.")),
    Preset(Platform.WHIP, QT_TRANSLATE_NOOP("DestinationPresets", "WHIP (WebRTC) endpoint"), DestinationKind.WHIP, "",
           QT_TRANSLATE_NOOP("DestinationPresets", "The endpoint's https:// address, and its bearer token if it asks for one.")),
)
BY_PLATFORM = {preset.platform: preset for preset in PRESETS}


def preset_for(url: str) -> Preset:
    """The preset a saved address came from: its platform's, else a custom RTMP server or WHIP."""
    for preset in PRESETS:
        if preset.server_url and url.rstrip("/") == preset.server_url:
            return preset
    return BY_PLATFORM[Platform.WHIP if url.lower().startswith("http") else Platform.CUSTOM_RTMP]
