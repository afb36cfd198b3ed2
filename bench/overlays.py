"""Overlay costs at 1920x1080 (or another canvas): each graphic's render time, a ticker frame,
and blending product card + ticker + countdown + QR badge + lower third onto one frame.

    python bench/overlays.py [--frames 600] [--size 1080x1920]

Targets on one core: the five blended in under 1 ms per frame; a ticker frame under 0.3 ms.
Renders happen once per change (off the frame clock), except the "Sold!" burst, which is
drawn every frame of its 1.6 s animation.
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

import cv2
import numpy as np
from PySide6.QtGui import QGuiApplication

from media.blend import blend_onto, prepare_overlay, window
from overlays.countdown import CountdownView, render_countdown
from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.logo import render_logo
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.poll import PollOption, PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.qr_badge import QrBadgeView, render_qr_badge
from overlays.qr_code import qr_modules
from overlays.sold_burst import SoldBurstView, render_sold_burst
from overlays.ticker import PriceTicker, TickerItem
from resources import resource_path
from studio.show_overlays import ShowOverlays

WIDTH, HEIGHT = 1920, 1080
URL = "https://shop.example.com/products/dress-linen"
CARD = ProductCardView("Linen Summer Dress", "$59.00", "Comment SOLD A1", "$79.00", "-25%", "Only 3 left", True,
                       URL, str(resource_path("demo", "images", "dress.png")))
ITEMS = [TickerItem(f"Product {n} in washed linen", f"${n + 10}.00", f"A{n}") for n in range(12)]
COUNTDOWN = CountdownView("Flash sale", "$19.99", 125.0)
LOWER_THIRD = LowerThirdView("Ana Souza", "Live from Lisbon")


def timed(function: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and 99th percentile of `repeats` calls, in milliseconds."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def report(label: str, median: float, p99: float) -> None:
    print(f"{label:<46} median {median:7.3f} ms   p99 {p99:7.3f} ms")


def new_link_card() -> object:
    qr_modules.cache_clear()  # a different product: its link is encoded anew
    return render_product_card(CARD, WIDTH, HEIGHT)


RENDERS: dict[str, Callable[[], object]] = {
    "product card (new product, QR encoded)": new_link_card,
    "product card (stock changed, same link)": lambda: render_product_card(CARD, WIDTH, HEIGHT),
    "price ticker strip (once per catalog change)": lambda: PriceTicker(ITEMS, WIDTH, HEIGHT),
    "countdown (once a second)": lambda: render_countdown(COUNTDOWN, 0.0, WIDTH, HEIGHT),
    "QR badge": lambda: render_qr_badge(QrBadgeView(URL), WIDTH, HEIGHT),
    "lower third": lambda: render_lower_third(LOWER_THIRD, WIDTH, HEIGHT),
    "featured question": lambda: render_featured_question(
        FeaturedQuestionView("maria_k", "Is it see-through? " * 8), WIDTH, HEIGHT),
    "poll": lambda: render_poll(PollView("Which colour?", (PollOption("1", "Sand", 3), PollOption("2", "Olive", 5))),
                                WIDTH, HEIGHT),
    "giveaway": lambda: render_giveaway(GiveawayView("Giveaway", "Type WIN to enter", "128 entries"), WIDTH, HEIGHT),
    "logo": lambda: render_logo(str(resource_path("demo", "images", "mug.png")), WIDTH, HEIGHT),
    "Sold! burst (one frame)": lambda: render_sold_burst(SoldBurstView("Sold!", "maria_k"), 0.1, WIDTH, HEIGHT),
    "Sold! burst (all its frames drawn ahead, as the show does)": lambda: ShowOverlays(WIDTH, HEIGHT, "en_US", []).burst(
        SoldBurstView("Sold!", "maria_k"), 0.0),
}


def bench_blend(frames: int) -> None:
    ticker = PriceTicker(ITEMS, WIDTH, HEIGHT)
    strip = prepare_overlay(ticker.pixels, ticker.x, ticker.y)  # once; each frame is a window on it
    still = [prepare_overlay(overlay.pixels, overlay.x, overlay.y) for overlay in (
        render_product_card(CARD, WIDTH, HEIGHT), render_countdown(COUNTDOWN, 0.0, WIDTH, HEIGHT),
        render_qr_badge(QrBadgeView(URL), WIDTH, HEIGHT), render_lower_third(LOWER_THIRD, WIDTH, HEIGHT))]
    frame = np.full((HEIGHT, WIDTH, 3), 80, np.uint8)
    clock = iter(range(10**9))

    def ticker_frame() -> None:
        blend_onto(frame, window(strip, ticker.offset(next(clock) / 30), ticker.view_width, ticker.x, ticker.y))

    def blend_five() -> None:
        ticker_frame()
        for overlay in still:
            blend_onto(frame, overlay)

    report("ticker frame: crop only", *timed(lambda: ticker.frame(next(clock) / 30), frames))
    report("ticker frame: crop + blend", *timed(ticker_frame, frames))
    area = sum(o.width * o.height for o in still) + ticker.view_width * ticker.height
    print(f"blend onto a {WIDTH}x{HEIGHT} frame with media.blend, {area / (WIDTH * HEIGHT):.0%} of it covered")
    report("card + ticker + countdown + QR + lower third", *timed(blend_five, frames))


def main() -> None:
    global WIDTH, HEIGHT  # the renders read the canvas size when they run
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="canvas WIDTHxHEIGHT, e.g. 1080x1920 upright")
    arguments = parser.parse_args()
    frames = arguments.frames
    WIDTH, HEIGHT = (int(side) for side in arguments.size.lower().split("x"))
    cv2.setNumThreads(1)  # one core, as the targets say
    app = QGuiApplication([])  # noqa: F841 - QPainter text needs it
    print(f"render at {WIDTH}x{HEIGHT}")
    for label, render in RENDERS.items():
        render()  # the first call loads fonts and pictures
        report(label, *timed(render, 30))
    bench_blend(frames)


if __name__ == "__main__":
    main()
