"""The live panel: the show's questions, chat, orders and waitlist as they arrive."""

from ui.live_panel.live_panel import LivePanel

__all__ = ["LivePanel"]
