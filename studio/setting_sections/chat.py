"""Settings ▸ Chat: where a show reads its chat from, and the tokens the platforms want (kept in
the keyring; the environment variable, when set, wins for that session)."""

from __future__ import annotations

from studio import setting_checks
from studio.replies.switch import OFF, ON, SwitchError, parse_switch
from studio.replies.switch import SETTING as CHAT_REPLIES
from studio.secrets import INGEST_TOKEN, TWITCH_CLIENT_ID, TWITCH_TOKEN, YOUTUBE_API_KEY, YOUTUBE_TOKEN
from studio.setting_definitions import Choice, Kind, Section, SettingDefinition, SettingError
from studio.translatable import PASSED_ON, QT_TRANSLATE_NOOP

CHAT_CONNECTORS = "chat_connectors"
VIEWERS = "viewers"


def _switch(value: str) -> str:
    try:
        return parse_switch(value)
    except SwitchError as error:
        raise SettingError(PASSED_ON, error) from error


DEFINITIONS = (
    SettingDefinition(
        CHAT_CONNECTORS, Section.CHAT, Kind.LINES, QT_TRANSLATE_NOOP("SettingDefinitions", "Chats to read"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, "
                          "ircs://..., ingest[:PORT]"),
        check=setting_checks.chat_connectors, unset="(none)"),
    SettingDefinition(
        "twitch_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP("SettingDefinitions", "Twitch token"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "An OAuth token for the channel's account; without it chat is read anonymously"),
        check=setting_checks.secret_text, secret=TWITCH_TOKEN),
    SettingDefinition(
        "youtube_api_key", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP("SettingDefinitions", "YouTube API key"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "A YouTube Data API key, to read a live chat"),
        check=setting_checks.secret_text, secret=YOUTUBE_API_KEY),
    SettingDefinition(
        "youtube_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP("SettingDefinitions", "YouTube token"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "An OAuth token instead of the key, to read the channel's own private chats"),
        check=setting_checks.secret_text, secret=YOUTUBE_TOKEN),
    SettingDefinition(
        "ingest_token", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP("SettingDefinitions", "Chat ingest token"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "What a chat bridge must show to the local ingest socket"),
        check=setting_checks.secret_text, secret=INGEST_TOKEN),
    SettingDefinition(
        CHAT_REPLIES, Section.CHAT, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Replies in chat"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "on: buy comments are answered in the chat they came from (reserved, waitlist, "
                          "which variant), within each platform's message limits"),
        default=ON, check=_switch,
        choices=(Choice(ON, QT_TRANSLATE_NOOP("SettingDefinitions", "On")), Choice(OFF, QT_TRANSLATE_NOOP("SettingDefinitions", "Off")))),
    SettingDefinition(
        VIEWERS, Section.CHAT, Kind.LINES, QT_TRANSLATE_NOOP("SettingDefinitions", "Viewer counts to read"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "One a line, asked once a minute while a show runs: youtube:VIDEO_ID (with the "
                          "key or token above), twitch:LOGIN (with the token and the Client-Id below)"),
        check=setting_checks.viewer_specs, unset="(not read)"),
    SettingDefinition(
        "twitch_client_id", Section.CHAT, Kind.SECRET, QT_TRANSLATE_NOOP("SettingDefinitions", "Twitch Client-Id"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The Client-Id of the application the Twitch token was made for: Twitch's API "
                          "wants it to say how many watch"),
        check=setting_checks.secret_text, secret=TWITCH_CLIENT_ID),
)
