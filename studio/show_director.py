"""The show's graphics kept in step with the store, so whatever pins, sells or features
(the window, `vitrina pin`, an order from chat) reaches the stream within a tick:

- the pinned product's card, re-rendered when its stock, price or text changes;
- a running flash sale: the card at the sale price and a countdown that ends by itself,
  reads "Sale ended" for a few seconds, then fades;
- the featured question beside the card;
- the show's poll with its live percentages, and its result for a while after it closes;
- the giveaway with its count of entries, then its winner;
- a "Sold!" burst with the buyer's name when an order for the pinned product arrives (one
  burst at a time: a rush of orders does not stack them);
- the price ticker, read again when the catalog's `catalog_version` moves (a product added,
  edited or deleted in the window, or an import), so the strip never offers a deleted product;
- the show's discount code (on the card and in the ticker) and free shipping (in the ticker),
  read from the settings each tick, so a code set or cleared mid-show is on stream within one.

It reads the store four times a second on its own thread with its own connection; the
renders happen there too, never on the compositor's or the GUI's thread."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from media.clock import now
from media.health import Health, PartState
from media.worker import Worker
from studio.catalog import Product, catalog_version, find_by_id, list_products
from studio.commerce.flash_sales import FlashSale, active_sale
from studio.commerce.giveaways import GiveawayState, giveaway_on_stream
from studio.commerce.polls import PollResult, poll_on_stream
from studio.commerce.question_queue import featured_question
from studio.commerce.stream_offers import read_stream_offers
from studio.overlay_views import TICKER_ITEMS, countdown_view, giveaway_view, poll_view, sold_burst_view
from studio.show_overlays import COUNTDOWN, GIVEAWAY, POLL, ShowOverlays
from studio.shows import pinned_product_id
from studio.storage import open_database

log = logging.getLogger(__name__)

TICK_SECONDS = 0.25
ENDED_SHOWN_SECONDS = 3.0


@dataclass(frozen=True)
class OnStream:
    product: Product | None
    sale: FlashSale | None
    question: tuple[str, str] | None
    poll: PollResult | None = None
    giveaway: GiveawayState | None = None
    last_order: tuple[int, str] | None = None  # (id, buyer) of the newest order for the pinned product


class ShowDirector(Worker):
    thread_name = "show-director"

    def __init__(self, database: Path, show_id: int, overlays: ShowOverlays, shows_card: bool = True) -> None:
        super().__init__()
        self._database, self.show_id, self._overlays, self._shows_card = database, show_id, overlays, shows_card
        self._shown = OnStream(None, None, None)
        self._countdown_second: int | None = None
        self._sale_ended_at: float | None = None
        self._sold_baseline: tuple[str | None, int] = (None, 0)  # (pinned code, newest order id seen)
        self._card_stale = False
        self._catalog_version: int | None = None  # the version the ticker was made from

    def show_card(self, shown: bool) -> None:
        """Whether the program's scene has the product card: the next tick puts it up or takes it down."""
        if shown != self._shows_card:
            self._shows_card = shown
            self._card_stale = True  # read by the director's thread at its next tick

    def tick_once(self) -> None:
        """One tick now, on the caller's thread: the graphics are right from the first frame."""
        db = open_database(self._database)
        try:
            self._follow_settings(db)
            self.tick(read_on_stream(db, self.show_id, time.time()))
        finally:
            db.conn.close()

    def _follow_settings(self, db: Database) -> None:
        """The catalog's version and the show's offers (a discount code set mid-show is on stream by the next tick)."""
        self._follow_catalog(db)
        offers = read_stream_offers(db)
        if offers != self._overlays.offers:
            self._overlays.set_offers(offers)
            log.info("on stream: offers %s", offers)

    def _follow_catalog(self, db: Database) -> None:
        """The first call notes the version (the show's ticker was made from the store just
        before); later ones remake the ticker when it has moved."""
        version = catalog_version(db)
        if self._catalog_version is not None and version != self._catalog_version:
            self._overlays.set_ticker(list_products(db, status="active", limit=TICKER_ITEMS))
        self._catalog_version = version

    def _run(self) -> None:
        db = open_database(self._database)
        self._set_health(Health(PartState.RUNNING))
        last_failure = ""
        try:
            while not self._should_stop():
                try:
                    self._follow_settings(db)
                    self.tick(read_on_stream(db, self.show_id, time.time()))
                    if last_failure:
                        self._set_health(Health(PartState.RUNNING))
                    last_failure = ""
                except Exception as error:  # a live show keeps its graphics going; said once, not 4 times a second
                    if repr(error) != last_failure:
                        log.exception("show graphics: a tick failed; trying again")
                        self._fail(f"the graphics could not read the store ({error}); trying again")
                    last_failure = repr(error)
                self._should_stop(TICK_SECONDS)
        finally:
            db.conn.close()

    def tick(self, wanted: OnStream, wall: float | None = None, moment: float | None = None) -> None:
        """Brings the graphics to `wanted`; `wall` is time.time() and `moment` the show's clock."""
        wall = time.time() if wall is None else wall
        moment = now() if moment is None else moment
        if self._card_stale or (wanted.product, wanted.sale) != (self._shown.product, self._shown.sale):
            self._card_stale = False
            self._card(wanted, moment)
        if wanted.question != self._shown.question:
            if wanted.question is None:
                self._overlays.clear_question(moment)
            else:
                self._overlays.feature_question(*wanted.question, at=moment)
        self._countdown(wanted, wall, moment)
        if wanted.poll != self._shown.poll:
            self._poll(wanted.poll, moment)
        if wanted.giveaway != self._shown.giveaway:
            self._giveaway(wanted.giveaway, moment)
        self._sold(wanted, moment)
        self._shown = wanted

    def _sold(self, wanted: OnStream, moment: float) -> None:
        newest = wanted.last_order[0] if wanted.last_order else 0
        pinned = wanted.product.code if wanted.product else None
        if pinned != self._sold_baseline[0]:  # a newly pinned product: its earlier orders make no burst
            self._sold_baseline = (pinned, newest)
            return
        if newest <= self._sold_baseline[1] or wanted.last_order is None:
            return
        self._sold_baseline = (pinned, newest)
        if self._shows_card and not self._overlays.bursting(moment):
            self._overlays.burst(sold_burst_view(wanted.last_order[1], self._overlays.locale), moment)

    def _poll(self, poll: PollResult | None, moment: float) -> None:
        if poll is None:
            self._overlays.hide(POLL, moment)
        else:
            self._overlays.show_poll(poll_view(poll.question, poll.options, poll.votes), moment)

    def _giveaway(self, giveaway: GiveawayState | None, moment: float) -> None:
        if giveaway is None:
            self._overlays.hide(GIVEAWAY, moment)
            return
        view = giveaway_view(giveaway.prize, giveaway.keyword, giveaway.entries, self._overlays.locale, giveaway.winner)
        self._overlays.show_giveaway(view, moment)

    def _card(self, wanted: OnStream, moment: float) -> None:
        if wanted.product is None or not self._shows_card:
            self._overlays.unpin(moment)
            return
        self._overlays.pin(wanted.product, moment, wanted.sale.price if wanted.sale else None)
        log.info("on stream: %s%s", wanted.product.code, " (flash sale)" if wanted.sale else "")

    def _countdown(self, wanted: OnStream, wall: float, moment: float) -> None:
        sale, product = wanted.sale, wanted.product
        if sale is not None and product is not None:
            self._sale_ended_at = None
            view = countdown_view(product, sale.price, moment + (sale.ends_at - wall), self._overlays.locale)
            if view.seconds_left(moment) != self._countdown_second:
                self._countdown_second = view.seconds_left(moment)
                self._overlays.show_countdown(view, moment)
            return
        if not self._overlays.showing(COUNTDOWN):
            return
        was = self._shown
        if was.sale is not None and was.product is not None and product is not None and product.code == was.product.code:
            # the pinned product's sale has just ended: say so for a few seconds
            self._sale_ended_at = moment
            self._overlays.show_countdown(countdown_view(was.product, was.sale.price, moment, self._overlays.locale), moment)
        elif product is None or self._sale_ended_at is None or moment - self._sale_ended_at >= ENDED_SHOWN_SECONDS:
            self._overlays.hide(COUNTDOWN, moment)
            self._countdown_second = None


def read_on_stream(db: Database, show_id: int, wall: float) -> OnStream:
    """What the store says should be on stream in the show at `wall` (time.time())."""
    product_id = pinned_product_id(db, show_id)
    product = find_by_id(db, product_id) if product_id is not None else None
    sale = active_sale(db, product_id, wall) if product_id is not None else None
    return OnStream(product, sale, featured_question(db, show_id), poll_on_stream(db, show_id, wall),
                    giveaway_on_stream(db, show_id, wall), _last_order(db, show_id, product_id))


def _last_order(db: Database, show_id: int, product_id: int | None) -> tuple[int, str] | None:
    if product_id is None:
        return None
    return db.execute("SELECT id, buyer_name FROM orders WHERE show_id = ? AND product_id = ? AND state != 'cancelled' "
                      "ORDER BY id DESC LIMIT 1", (show_id, product_id)).fetchone()
