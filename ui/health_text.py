"""A part's health in the window's words: "live", "reconnecting in 3 s (attempt 2): connection refused".
The reason after the colon comes from the part (a server's answer, an error) and stays as it came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from media.health import Health, PartState
from studio.placeholders import fill


class HealthText:
    """The context of these words: lupdate reads `HealthText.tr(...)` as it reads `self.tr` in a class."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("HealthText", text, disambiguation, n)


def state_text(state: PartState) -> str:
    return {
        PartState.IDLE: HealthText.tr("idle"),
        PartState.STARTING: HealthText.tr("starting"),
        PartState.CONNECTING: HealthText.tr("connecting"),
        PartState.CONNECTED: HealthText.tr("connected"),
        PartState.JOINED: HealthText.tr("joined"),
        PartState.RUNNING: HealthText.tr("running"),
        PartState.LIVE: HealthText.tr("live"),
        PartState.RECONNECTING: HealthText.tr("reconnecting"),
        PartState.FAILED: HealthText.tr("failed"),
        PartState.STOPPED: HealthText.tr("stopped"),
    }[state]


def health_text(health: Health, at: float | None = None) -> str:
    words = state_text(health.state)
    wait = health.retry_in(at)
    if health.state is PartState.RECONNECTING and wait is not None:
        words = fill(HealthText.tr("reconnecting in %1 s (attempt %2)"), f"{wait:.0f}", str(health.attempt))
    return fill(HealthText.tr("%1: %2", "a state, then why"), words, health.reason) if health.reason else words
