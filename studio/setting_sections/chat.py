"""Settings ▸ Chat: where a show reads its chat from, and the tokens the platforms want (kept in
the keyring; the environment variable, when set, wins for that session)."""

from __future__ import annotations

from studio import setting_checks
from studio.replies.switch import OFF, ON, SwitchError, parse_switch
from studio.replies.switch import SETTING as CHAT_REPLIES
from studio.secrets import INGEST_TOKEN, TWITCH_TOKEN, YOUTUBE_API_KEY, YOUTUBE_TOKEN
from studio.setting_definitions import CONTEXT, QT_TRANSLATE_NOOP, Choice, Kind, Section, SettingDefinition, SettingError

CHAT_CONNECTORS = "chat_connectors"


def _switch(value: str) -> str:
    try:
        return parse_switch(value)
    except SwitchError as error:
        raise SettingError(str(error)) from error


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
    SettingDefinition(
        CHAT_REPLIES, Section.CHAT, Kind.CHOICE, QT_TRANSLATE_NOOP(CONTEXT, "Replies in chat"),
        QT_TRANSLATE_NOOP(CONTEXT, "on: buy comments are answered in the chat they came from (reserved, waitlist, "
                          "which variant), within each platform's message limits"),
        default=ON, check=_switch,
        choices=(Choice(ON, QT_TRANSLATE_NOOP(CONTEXT, "On")), Choice(OFF, QT_TRANSLATE_NOOP(CONTEXT, "Off")))),
)
