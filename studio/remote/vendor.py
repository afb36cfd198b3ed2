"""The `vitrina` vendor: selling requests through CallVendorRequest, each a write to or a read of
the store by the same functions the terminal commands call; a running show's director follows.

  ListProducts {search?, limit?}          PinProduct {code}      UnpinProduct      NextProduct
  StartFlashSale {code?, price, minutes?} EndFlashSale {code?}   (code: the pinned product by default)
  FeatureQuestion {id}   ListQuestions    ListOrders {since?: the newest order id already seen}
  StartPoll {question, options, minutes?} DrawGiveaway
"""

from __future__ import annotations

from typing import Any

from studio.catalog import Product, find_by_code, find_by_id, list_products, search_products
from studio.commerce.flash_sales import FlashSaleError, end_flash_sale, sale_price, start_flash_sale
from studio.commerce.giveaways import GiveawayError, draw_latest
from studio.commerce.order_list import OrderLine, show_orders
from studio.commerce.polls import PollError, start_poll
from studio.commerce.question_queue import QuestionError, open_questions, set_question_state
from studio.money import format_money
from studio.remote.errors import RequestFailed, shown
from studio.remote.protocol import RequestStatus
from studio.remote.requests.context import Handler, RequestContext
from studio.remote.requests.fields import Fields
from studio.settings import store_locale
from studio.shows import pin_product, pinned_product_id

LISTED_PRODUCTS, MAX_LISTED = 100, 1000
FLASH_SALE_MINUTES, POLL_MINUTES = 5.0, 2.0
MAX_MINUTES = 24 * 60.0


def product_view(product: Product, locale: str) -> dict[str, Any]:
    return {"code": product.code, "title": product.title, "price": product.price, "currency": product.currency,
            "priceText": format_money(product.price, product.currency, locale), "stock": product.total_stock,
            "status": product.status}


def order_view(line: OrderLine, locale: str) -> dict[str, Any]:
    return {"id": line.id, "buyer": line.buyer_name, "platform": line.platform, "code": line.code,
            "title": line.title, "variant": list(line.variant), "quantity": line.quantity, "unitPrice": line.unit_price,
            "total": line.total, "totalText": format_money(line.total, line.currency, locale), "currency": line.currency,
            "state": line.state, "createdAt": line.created_at}


def pinned(context: RequestContext) -> Product | None:
    product_id = pinned_product_id(context.db, context.show.show_id)
    return find_by_id(context.db, product_id) if product_id is not None else None


def _product(context: RequestContext, fields: Fields) -> Product:
    """The product a request names by code, else the pinned one."""
    code = fields.optional_text("code")
    product = find_by_code(context.db, code) if code is not None else pinned(context)
    if product is None or product.id is None:
        asked = f"code {shown(code)}: no product has that code" if code is not None else "no product is pinned: give a code"
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, asked)
    return product


def _pin(context: RequestContext, product: Product | None) -> dict[str, Any]:
    pin_product(context.db, context.show.show_id, product.id if product else None)
    return {"pinned": product_view(product, store_locale(context.db)) if product else None}


def list_products_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    limit = fields.integer("limit", 1, MAX_LISTED) if fields.has("limit") else LISTED_PRODUCTS
    search = fields.optional_text("search")
    found = search_products(context.db, search)[:limit] if search else list_products(context.db, "active", limit)
    locale = store_locale(context.db)
    return {"products": [product_view(product, locale) for product in found]}


def pin_product_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    fields.text("code")
    return _pin(context, _product(context, fields))


def unpin_product_request(context: RequestContext, _: Fields) -> dict[str, Any]:
    return _pin(context, None)


def next_product_request(context: RequestContext, _: Fields) -> dict[str, Any]:
    """The active product after the pinned one in the catalog's order, from the first again after the last."""
    after = pinned_product_id(context.db, context.show.show_id) or 0
    row = context.db.execute(
        "SELECT id FROM products WHERE status = 'active' ORDER BY id <= ?, id LIMIT 1", (after,)).fetchone()
    if row is None:
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, "the catalog has no active product")
    return _pin(context, find_by_id(context.db, row[0]))


def start_flash_sale_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    product = _product(context, fields)
    price_text = fields.text_or_number("price")
    minutes = fields.number("minutes", 0, MAX_MINUTES) if fields.has("minutes") else FLASH_SALE_MINUTES
    try:
        price = sale_price(product, price_text, store_locale(context.db))
        assert product.id is not None
        sale = start_flash_sale(context.db, product.id, price, minutes)
    except FlashSaleError as error:
        raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD, f"{product.code}: {error}") from error
    return {"code": product.code, "price": price, "priceText": format_money(price, product.currency,
            store_locale(context.db)), "endsAt": sale.ends_at}


def end_flash_sale_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    product = _product(context, fields)
    assert product.id is not None
    return {"code": product.code, "ended": end_flash_sale(context.db, product.id)}


def feature_question_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    message_id = fields.integer("id", 1, 2**62)
    try:
        set_question_state(context.db, message_id, "featured")
    except QuestionError as error:
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, str(error)) from error
    return {"id": message_id}


def list_questions_request(context: RequestContext, _: Fields) -> dict[str, Any]:
    questions = open_questions(context.db, context.show.show_id)
    return {"questions": [{"id": message_id, "author": author, "text": text, "state": state}
                          for message_id, author, text, state in questions]}


def list_orders_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    since = fields.integer("since", 0, 2**62) if fields.has("since") else 0
    locale = store_locale(context.db)
    lines = show_orders(context.db, context.show.show_id, after_id=since)
    return {"orders": [order_view(line, locale) for line in lines]}


def start_poll_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    question = fields.text("question")
    options = fields.list_of_text("options")
    minutes = fields.number("minutes", 0, MAX_MINUTES) if fields.has("minutes") else POLL_MINUTES
    try:
        poll_id = start_poll(context.db, context.show.show_id, question, options, minutes)
    except PollError as error:
        raise RequestFailed(RequestStatus.INVALID_REQUEST_FIELD, str(error)) from error
    return {"pollId": poll_id}


def draw_giveaway_request(context: RequestContext, _: Fields) -> dict[str, Any]:
    try:
        giveaway_id, result = draw_latest(context.db, context.show.show_id)
    except GiveawayError as error:
        raise RequestFailed(RequestStatus.INVALID_RESOURCE_STATE, str(error)) from error
    return {"giveawayId": giveaway_id, "winner": result.winner_name, "platform": result.platform,
            "entries": result.entries, "seed": result.seed}


VENDOR_REQUESTS: dict[str, Handler] = {
    "ListProducts": list_products_request,
    "PinProduct": pin_product_request,
    "UnpinProduct": unpin_product_request,
    "NextProduct": next_product_request,
    "StartFlashSale": start_flash_sale_request,
    "EndFlashSale": end_flash_sale_request,
    "FeatureQuestion": feature_question_request,
    "ListQuestions": list_questions_request,
    "ListOrders": list_orders_request,
    "StartPoll": start_poll_request,
    "DrawGiveaway": draw_giveaway_request,
}
