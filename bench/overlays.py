"""Overlay costs at 1920x1080: each graphic's render time, a ticker frame, and blending
product card + ticker + countdown + QR block + lower third onto one frame.

    python bench/overlays.py [--frames 600]

Targets on one core: the five blended in under 1 ms per frame; a ticker frame under 0.3 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from media.blend import blend_onto, prepare_overlay, window  # noqa: E402
from overlays.countdown import CountdownView, render_countdown  # noqa: E402
from overlays.featured_question import FeaturedQuestionView, render_featured_question  # noqa: E402
from overlays.lower_third import LowerThirdView, render_lower_third  # noqa: E402
from overlays.poll import PollOption, PollView, render_poll  # noqa: E402
from overlays.product_card import ProductCardView, render_product_card  # noqa: E402
from overlays.ticker import PriceTicker, TickerItem  # noqa: E402
from resources import resource_path  # noqa: E402

WIDTH, HEIGHT = 1920, 1080
CARD = ProductCardView("Linen Summer Dress", "$59.00", "Comment SOLD A1", "$79.00", "-25%", "Only 3 left", True,
                       "https://shop.example.com/products/dress-linen", str(resource_path("demo", "images", "dress.png")))
ITEMS = [TickerItem(f"Product {n} in washed linen", f"${n + 10}.00", f"A{n}") for n in range(12)]


def timed(function: Callable[[], object], repeats: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def report(label: str, median: float, p99: float) -> None:
    print(f"{label:<38} median {median:7.3f} ms   p99 {p99:7.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=600)
    frames = parser.parse_args().frames
    cv2.setNumThreads(1)  # one core, as the targets say
    app = QGuiApplication([])  # noqa: F841 - QPainter text needs it
    renders = {
        "product card": lambda: render_product_card(CARD, WIDTH, HEIGHT),
        "price ticker (once per change)": lambda: PriceTicker(ITEMS, WIDTH, HEIGHT),
        "countdown": lambda: render_countdown(CountdownView("Flash sale", "$19.99", 125.0), 0.0, WIDTH, HEIGHT),
        "lower third": lambda: render_lower_third(LowerThirdView("Ana Souza", "Live from Lisbon"), WIDTH, HEIGHT),
        "featured question": lambda: render_featured_question(FeaturedQuestionView("maria_k", "Is it see-through? " * 8), WIDTH, HEIGHT),
        "poll": lambda: render_poll(PollView("Which colour?", (PollOption("1", "Sand", 3), PollOption("2", "Olive", 5))), WIDTH, HEIGHT),
    }
    print(f"render at {WIDTH}x{HEIGHT} (once per change, off the frame clock)")
    for label, render in renders.items():
        report(label, *timed(render, 30))
    ticker = PriceTicker(ITEMS, WIDTH, HEIGHT)
    clock = iter(range(10**9))
    report("ticker frame (crop)", *timed(lambda: ticker.frame(next(clock) / 30), frames))
    card = render_product_card(CARD, WIDTH, HEIGHT)
    qr_block = card.pixels[:, -card.width // 4 :]  # a QR code on its own, the size the card gives it
    still = [prepare_overlay(pixels, x, y) for pixels, x, y in (
        (card.pixels, card.x, card.y),
        (render_countdown(CountdownView("Flash sale", "$19.99", 125.0), 0.0, WIDTH, HEIGHT).pixels, 1400, 60),
        (np.ascontiguousarray(qr_block), 1500, 300),
        (render_lower_third(LowerThirdView("Ana Souza", "Live from Lisbon"), WIDTH, HEIGHT).pixels, 1000, 850))]
    strip = prepare_overlay(ticker.pixels, ticker.x, ticker.y)  # once; each frame is a window on it
    frame = np.full((HEIGHT, WIDTH, 3), 80, np.uint8)

    def blend_five() -> None:
        blend_onto(frame, window(strip, ticker.offset(next(clock) / 30), ticker.view_width, ticker.x, ticker.y))
        for overlay in still:
            blend_onto(frame, overlay)

    area = sum(o.width * o.height for o in still) + ticker.view_width * ticker.height
    print(f"blend onto a {WIDTH}x{HEIGHT} frame, {area / (WIDTH * HEIGHT):.0%} of it covered")
    report("card + ticker + countdown + QR + lower third", *timed(blend_five, frames))


if __name__ == "__main__":
    main()
