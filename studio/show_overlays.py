"""The graphics of a headless show: the pinned product's card and the price ticker, made
from the store, rendered once, and handed to the compositor each frame."""

from __future__ import annotations

from collections.abc import Sequence

from media.blend import PreparedOverlay, prepare_overlay, window
from overlays.product_card import render_product_card
from overlays.ticker import PriceTicker
from studio.catalog import Product
from studio.overlay_views import product_card_view, ticker_items


class ShowOverlays:
    """Callable by the compositor: `overlays(moment)` -> what to blend at that moment."""

    def __init__(self, width: int, height: int, locale: str, pinned: Product | None, catalog: list[Product]) -> None:
        self._still: list[PreparedOverlay] = []
        if pinned is not None:
            card = render_product_card(product_card_view(pinned, locale), width, height)
            self._still.append(prepare_overlay(card.pixels, card.x, card.y))
        items = ticker_items(catalog, locale)
        self._ticker = PriceTicker(items, width, height) if items and pinned is not None else None
        self._strip = prepare_overlay(self._ticker.pixels, self._ticker.x, self._ticker.y) if self._ticker else None

    def __call__(self, moment: float) -> Sequence[PreparedOverlay]:
        if self._ticker is None or self._strip is None:
            return self._still
        moving = window(self._strip, self._ticker.offset(moment), self._ticker.view_width, self._ticker.x, self._ticker.y)
        return [*self._still, moving]
