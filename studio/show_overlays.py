"""The graphics of a show: the pinned product's card and the price ticker, the featured
question and the flash-sale countdown, rendered once per change, faded in and out, and handed
to the compositor each frame.

The compositor's thread reads the graphics while another thread changes them: every change
builds a new dict and swaps it in whole, so a frame sees the graphics before or after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from media.blend import PreparedOverlay, prepare_overlay, window
from media.clock import now
from overlays.canvas import OverlayImage
from overlays.countdown import CountdownView, render_countdown
from overlays.fade import Visibility
from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.logo import render_logo
from overlays.placement import Anchor, Placement
from overlays.poll import PollView, render_poll
from overlays.product_card import ProductCardView, render_product_card
from overlays.sold_burst import DURATION, FADE, POP, SoldBurstView, render_sold_burst
from overlays.theme import DEFAULT_THEME, Theme
from overlays.ticker import PriceTicker
from studio.catalog import Product
from studio.commerce.stream_offers import NO_OFFERS, StreamOffers
from studio.overlay_views import BUY_KEYWORD, product_card_view, ticker_items

CARD, TICKER, QUESTION, COUNTDOWN = "product_card", "price_ticker", "featured_question", "countdown"
POLL, GIVEAWAY, LOGO = "poll", "giveaway", "logo"
BURST_FPS = 30  # the burst's frames are drawn ahead at this rate; the compositor picks one by time
HIDDEN = Visibility(False, float("-inf"))  # hidden since forever: no fade-out in progress


@dataclass(frozen=True)
class ShowLook:
    """The shop's settings for the graphics (Settings ▸ Graphics, Shop's checkout link)."""

    theme: Theme = DEFAULT_THEME
    logo: str = ""  # a picture's path, shown top left; "" for none
    checkout_url: str = ""  # what the QR opens for a product without a link of its own


@dataclass
class _Graphic:
    image: OverlayImage
    prepared: PreparedOverlay
    visibility: Visibility
    ticker: PriceTicker | None = None  # the strip's scrolling, kept with its own pixels


class ShowOverlays:
    """Callable by the compositor: `overlays(moment)` -> what to blend at that moment.

    `pin()` and `unpin()` fade the card in and out over 250 ms; the ticker runs while a
    product is pinned. Fully shown graphics cost nothing to prepare per frame."""

    def __init__(self, width: int, height: int, locale: str, catalog: list[Product], keyword: str = BUY_KEYWORD,
                 look: ShowLook = ShowLook()) -> None:
        self.width, self.height, self.locale, self.keyword = width, height, locale, keyword
        self.look, self.theme = look, look.theme
        self._graphics: dict[str, _Graphic] = {}
        self._burst: tuple[float, list[PreparedOverlay | None]] | None = None
        self.offers = NO_OFFERS  # the discount code and free-shipping threshold on stream: set_offers()
        self._catalog = catalog
        self._pinned: tuple[Product, int | None] | None = None  # what the card shows, to redraw it with new offers
        self.card_view: ProductCardView | None = None  # what the card was last drawn from
        self.ticker_items = ticker_items(catalog, locale)
        self._ticker = self._make_ticker()
        logo = render_logo(look.logo, width, height, placement=Placement(Anchor.TOP_LEFT)) if look.logo else None
        if logo is not None:
            self._show(LOGO, logo, float("-inf"))  # on from the first frame, without a fade

    def _make_ticker(self) -> PriceTicker | None:
        return PriceTicker(self.ticker_items, self.width, self.height, theme=self.theme) if self.ticker_items else None

    def pin(self, product: Product, at: float | None = None, price: int | None = None) -> None:
        """Shows the product's card (at `price` during a flash sale); pinning again re-renders it in place."""
        moment = now() if at is None else at
        view = product_card_view(product, self.locale, price, self.keyword, self.offers)
        if view.checkout_url is None and self.look.checkout_url:
            view = replace(view, checkout_url=self.look.checkout_url)
        card = render_product_card(view, self.width, self.height, theme=self.theme)
        self._pinned, self.card_view = (product, price), view
        self._show(CARD, card, moment)
        self._show_ticker(moment)

    def set_offers(self, offers: StreamOffers, at: float | None = None) -> None:
        """The show's discount code and free shipping as the settings now say: a card on stream
        is redrawn in place and the ticker remade."""
        self.offers = offers
        moment = now() if at is None else at
        if self._pinned is not None and self.showing(CARD):
            product, price = self._pinned
            self.pin(product, moment, price)
        self.set_ticker(self._catalog, moment)

    def set_ticker(self, catalog: list[Product], at: float | None = None) -> None:
        """The ticker over the catalog as it is now (a product added, deleted or repriced); a
        running ticker swaps to the new strip in place."""
        self._catalog = catalog
        self.ticker_items = ticker_items(catalog, self.locale, self.offers)
        self._ticker = self._make_ticker()
        if self.showing(TICKER):
            moment = now() if at is None else at
            if self._ticker is None:
                self._hide((TICKER,), moment)
            else:
                self._show_ticker(moment)

    def _show_ticker(self, moment: float) -> None:
        ticker = self._ticker
        if ticker is not None:
            self._show(TICKER, OverlayImage(ticker.pixels, ticker.x, ticker.y), moment, ticker)

    def feature_question(self, author: str, text: str, at: float | None = None) -> None:
        """A viewer's question on stream (only questions reach it: hidden messages never are)."""
        moment = now() if at is None else at
        image = render_featured_question(FeaturedQuestionView(author, text), self.width, self.height, theme=self.theme)
        self._show(QUESTION, image, moment)

    def clear_question(self, at: float | None = None) -> None:
        self._hide((QUESTION,), now() if at is None else at)

    def show_countdown(self, view: CountdownView, at: float | None = None) -> None:
        """The countdown as it reads at `at`: call again each second (the caller's clock is the show's)."""
        moment = now() if at is None else at
        self._show(COUNTDOWN, render_countdown(view, moment, self.width, self.height, theme=self.theme), moment)

    def show_poll(self, view: PollView, at: float | None = None) -> None:
        moment = now() if at is None else at
        self._show(POLL, render_poll(view, self.width, self.height, theme=self.theme), moment)

    def show_giveaway(self, view: GiveawayView, at: float | None = None) -> None:
        moment = now() if at is None else at
        self._show(GIVEAWAY, render_giveaway(view, self.width, self.height, theme=self.theme), moment)

    def burst(self, view: SoldBurstView, at: float | None = None) -> None:
        """The "Sold!" burst, its frames drawn now (about 20 renders, the hold drawn once)."""
        frames: list[PreparedOverlay | None] = []
        hold: PreparedOverlay | None = None
        for index in range(round(DURATION * BURST_FPS)):
            elapsed = index / BURST_FPS
            holding = POP <= elapsed < DURATION - FADE
            if not (holding and hold is not None):
                image = render_sold_burst(view, elapsed, self.width, self.height, theme=self.theme)
                prepared = prepare_overlay(image.pixels, image.x, image.y) if image is not None else None
                hold = prepared if holding else hold
            frames.append(hold if holding else prepared)
        self._burst = (now() if at is None else at, frames)

    def bursting(self, at: float) -> bool:
        return self._burst is not None and 0 <= at - self._burst[0] < DURATION

    def hide(self, name: str, at: float | None = None) -> None:
        """Fades out one graphic by name (POLL, GIVEAWAY, ...)."""
        self._hide((name,), now() if at is None else at)

    def unpin(self, at: float | None = None) -> None:
        self._hide((CARD, TICKER), now() if at is None else at)

    def showing(self, name: str) -> bool:
        graphic = self._graphics.get(name)
        return graphic is not None and graphic.visibility.visible

    def _hide(self, names: tuple[str, ...], moment: float) -> None:
        graphics = dict(self._graphics)
        for name in names:
            if name in graphics:
                old = graphics[name]
                graphics[name] = replace(old, visibility=old.visibility.hide(moment))
        self._graphics = graphics

    def __call__(self, moment: float) -> Sequence[PreparedOverlay]:
        shown = []
        for graphic in self._graphics.values():  # a dict no other thread changes: see the module's doc
            opacity = graphic.visibility.opacity(moment)
            if opacity <= 0:
                continue
            prepared = graphic.prepared if opacity >= 1 else prepare_overlay(
                graphic.image.pixels, graphic.image.x, graphic.image.y, opacity)
            ticker = graphic.ticker
            if ticker is not None:
                prepared = window(prepared, ticker.offset(moment), ticker.view_width, ticker.x, ticker.y)
            shown.append(prepared)
        burst = self._burst
        if burst is not None and 0 <= (index := int((moment - burst[0]) * BURST_FPS)) < len(burst[1]):
            frame = burst[1][index]
            if frame is not None:
                shown.append(frame)
        return shown

    def _show(self, name: str, image: OverlayImage, moment: float, ticker: PriceTicker | None = None) -> None:
        previous = self._graphics.get(name)
        visibility = (previous.visibility if previous else HIDDEN).show(moment)
        prepared = prepare_overlay(image.pixels, image.x, image.y)
        self._graphics = {**self._graphics, name: _Graphic(image, prepared, visibility, ticker)}
