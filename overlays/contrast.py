"""Contrast between two colours as WCAG 2 defines it: relative luminance, and the ratio
(L1 + 0.05) / (L2 + 0.05) that text must keep against what is behind it (4.5:1 for body text).

A translucent panel's colour depends on the picture behind it; over any picture it lies between
the panel over black and the panel over white, channel by channel, and luminance grows with
every channel, so those two are the extremes."""

from __future__ import annotations

from PySide6.QtGui import QColor

LEGIBLE = 4.5  # WCAG 2 AA for text of any size


def relative_luminance(red: float, green: float, blue: float) -> float:
    """Of an sRGB colour with channels from 0 to 255."""
    def linear(channel: float) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    lighter, darker = sorted((relative_luminance(*first), relative_luminance(*second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def worst_contrast(text: str, panel: str, opacity: float) -> float:
    """The lowest contrast of `text` on `panel` drawn at `opacity` over any picture."""
    ink, fill = QColor(text), QColor(panel)
    ink_rgb = (ink.red(), ink.green(), ink.blue())
    over_black = tuple(channel * opacity for channel in (fill.red(), fill.green(), fill.blue()))
    over_white = tuple(channel + 255 * (1 - opacity) for channel in over_black)
    return min(contrast_ratio(ink_rgb, over_black), contrast_ratio(ink_rgb, over_white))  # type: ignore[arg-type]
