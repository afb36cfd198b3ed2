"""Showing and hiding with a fade: the opacity an overlay has at a moment, from when it was
last shown or hidden. The compositor multiplies the overlay by it (media.blend's opacity)."""

from __future__ import annotations

from dataclasses import dataclass

FADE_SECONDS = 0.25


@dataclass(frozen=True)
class Visibility:
    visible: bool
    changed_at: float  # seconds on the compositor's clock
    fade: float = FADE_SECONDS

    def opacity(self, now: float) -> float:
        progress = 1.0 if self.fade <= 0 else min(1.0, max(0.0, (now - self.changed_at) / self.fade))
        return progress if self.visible else 1.0 - progress

    def show(self, now: float) -> Visibility:
        return self if self.visible else Visibility(True, now - self._remaining_lead(now), self.fade)

    def hide(self, now: float) -> Visibility:
        return self if not self.visible else Visibility(False, now - self._remaining_lead(now), self.fade)

    def _remaining_lead(self, now: float) -> float:
        """Reversing mid-fade starts from the current opacity, so nothing jumps."""
        current = self.opacity(now)
        reached = current if not self.visible else 1.0 - current
        return reached * self.fade
