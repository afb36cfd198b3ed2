"""Settings ▸ Chat: where a show reads its chat from, and the tokens the platforms want (kept in
the keyring; the environment variable, when set, wins for that session)."""

from __future__ import annotations

from studio import setting_checks
from studio.secrets import INGEST_TOKEN, TWITCH_TOKEN, YOUTUBE_API_KEY, YOUTUBE_TOKEN
from studio.setting_definitions import CONTEXT, QT_TRANSLATE_NOOP, Kind, Section, SettingDefinition

CHAT_CONNECTORS = "chat_connectors"

DEFINITIONS = (
    SettingDefinition(
        CHAT_CONNECTORS, Section.CHAT, Kind.LINES, QT_TRANSLATE_NOOP(CONTEXT, "Chats to read"),
        QT_TRANSLATE_NOOP(CONTEXT, "One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, "
                          "ircs://..., ingest[:PORT]"),
        check=setting_checks.chat_connectors, unset="(none)"),
    SettingDefinition(
        "twitch_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP(CONTEXT, "Twitch token"),
        QT_TRANSLATE_NOOP(CONTEXT, "An OAuth token for the channel's account; without it chat is read anonymously"),
        check=setting_checks.secret_text, secret=TWITCH_TOKEN),
    SettingDefinition(
        "youtube_api_key", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP(CONTEXT, "YouTube API key"),
        QT_TRANSLATE_NOOP(CONTEXT, "A YouTube Data API key, to read a live chat"),
        check=setting_checks.secret_text, secret=YOUTUBE_API_KEY),
    SettingDefinition(
        "youtube_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP(CONTEXT, "YouTube token"),
        QT_TRANSLATE_NOOP(CONTEXT, "An OAuth token instead of the key, to read the channel's own private chats"),
        check=setting_checks.secret_text, secret=YOUTUBE_TOKEN),
    SettingDefinition(
        "ingest_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP(CONTEXT, "Chat ingest token"),
        QT_TRANSLATE_NOOP(CONTEXT, "What a chat bridge must show to the local ingest socket"),
        check=setting_checks.secret_text, secret=INGEST_TOKEN),
)
