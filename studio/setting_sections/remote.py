"""Remote control (obs-websocket 5): whether tools may drive the show, where they connect, whether
they need the password (kept in the keyring, never here) and the browser pages let in. The
Remote control page shows these with its own controls (the connect line, the password's
Regenerate); `vitrina settings` and the page check them by the same definitions and rule."""

from __future__ import annotations

from collections.abc import Mapping

from studio.remote import setting_checks
from studio.remote.settings import DEFAULT_HOST, DEFAULT_PORT
from studio.setting_definitions import Choice, Kind, Section, SettingDefinition, SettingError
from studio.translatable import NAMED, QT_TRANSLATE_NOOP

ENABLED, HOST, PORT = "remote.enabled", "remote.host", "remote.port"
PASSWORD_REQUIRED, ALLOWED_ORIGINS = "remote.password_required", "remote.allowed_origins"
FLAG_CHOICES = (Choice(setting_checks.YES, QT_TRANSLATE_NOOP("SettingDefinitions", "On")),
                Choice(setting_checks.NO, QT_TRANSLATE_NOOP("SettingDefinitions", "Off")))

DEFINITIONS = (
    SettingDefinition(
        ENABLED, Section.REMOTE, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Remote control"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "1 lets obs-websocket 5 tools (Stream Deck, Companion, scripts) drive the show"),
        default=setting_checks.NO, check=setting_checks.flag, choices=FLAG_CHOICES),
    SettingDefinition(
        HOST, Section.REMOTE, Kind.TEXT, QT_TRANSLATE_NOOP("SettingDefinitions", "Address"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Where tools connect: 127.0.0.1 is this machine only"),
        default=DEFAULT_HOST, check=setting_checks.host),
    SettingDefinition(
        PORT, Section.REMOTE, Kind.INTEGER, QT_TRANSLATE_NOOP("SettingDefinitions", "Port"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "The port tools connect to; 4455 is the one they try first"),
        default=str(DEFAULT_PORT), check=setting_checks.port),
    SettingDefinition(
        PASSWORD_REQUIRED, Section.REMOTE, Kind.CHOICE, QT_TRANSLATE_NOOP("SettingDefinitions", "Require a password"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "1 makes each tool give the password; always so beyond this machine"),
        default=setting_checks.YES, check=setting_checks.flag, choices=FLAG_CHOICES),
    SettingDefinition(
        ALLOWED_ORIGINS, Section.REMOTE, Kind.LINES, QT_TRANSLATE_NOOP("SettingDefinitions", "Browser pages allowed to connect"),
        QT_TRANSLATE_NOOP("SettingDefinitions", "Web pages' origins, one a line, e.g. https://deck.example"),
        check=setting_checks.origins, unset="(none)"),
)


def rules(values: Mapping[str, str]) -> dict[str, SettingError]:
    """The remote settings' rule across fields, on the values as they would be kept."""
    reason = setting_checks.password_reason(values, HOST, PASSWORD_REQUIRED)
    return {PASSWORD_REQUIRED: SettingError(NAMED, PASSWORD_REQUIRED, reason)} if reason else {}
