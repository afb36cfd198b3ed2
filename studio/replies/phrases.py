"""What a reply says, in the show's language (en, es, pt, fr, ru; English for any other): one
function per kind of notice. Each gives the whole reply to one buyer (`alone`) and the two
halves a merged reply is made of: `shared` (said once for every buyer of the same kind and
the same words) and `personal` (beside each name: the item, the cart, the total, the place).
Plain text only; the buyer appears only as the name the composer puts in front."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_skeleton, format_time

from studio.replies.notice import PAY_LIMIT, BuyerNotice, NoticeKind, reply_field
from studio.settings import language_of

SEPARATOR = " · "
MAX_CHOICES = 6


@dataclass(frozen=True)
class Wording:
    alone: str  # the reply to this buyer alone, after "@name "
    shared: str  # in a merged reply, after every "@name (personal)": the same for all of its buyers
    personal: str  # in a merged reply, beside the name (may be empty)


def wording(notice: BuyerNotice, locale: str) -> Wording:
    return _BY_KIND[notice.kind](notice, locale)


def reserved(notice: BuyerNotice, locale: str) -> Wording:
    said, cart, total, pay, held = _pick(locale, {
        "en": ("reserved", "cart", "total", "pay", "held until {time}"),
        "es": ("reservado", "carrito", "total", "pago", "guardado hasta las {time}"),
        "pt": ("reservado", "carrinho", "total", "pagamento", "guardado até {time}"),
        "fr": ("réservé", "panier", "total", "paiement", "gardé jusqu'à {time}"),
        "ru": ("забронировано", "корзина", "итого", "оплата", "держим до {time}"),
    })
    hold = held.format(time=_time(notice.hold_end, locale)) if notice.hold_end is not None else ""
    details = _cart_details(notice, cart, total)
    alone = _joined(f"{said} {_item(notice)}", *details, _pay(notice, pay), hold)
    return Wording(alone, _joined(said, hold), _joined(_item(notice), *_short_cart(notice)))


def waitlisted(notice: BuyerNotice, locale: str) -> Wording:
    alone, shared = _pick(locale, {
        "en": ("{item} is sold out: you are #{position} on the waitlist", "sold out, you are on the waitlist"),
        "es": ("{item} está agotado: eres el n.º {position} en la lista de espera",
               "agotado, estás en la lista de espera"),
        "pt": ("{item} esgotou: você é o nº {position} na lista de espera", "esgotado, você está na lista de espera"),
        "fr": ("{item} est épuisé : vous êtes n° {position} sur la liste d'attente",
               "épuisé, vous êtes sur la liste d'attente"),
        "ru": ("{item} раскупили: вы {position}-й в листе ожидания", "раскупили, вы в листе ожидания"),
    })
    position = notice.position if notice.position is not None else 1
    return Wording(alone.format(item=_item(notice), position=position), shared, f"{_item(notice)} #{position}")


def sold_out(notice: BuyerNotice, locale: str) -> Wording:
    alone, shared = _pick(locale, {
        "en": ("{item} is sold out", "sold out"),
        "es": ("{item} está agotado", "agotado"),
        "pt": ("{item} esgotou", "esgotado"),
        "fr": ("{item} est épuisé", "épuisé"),
        "ru": ("{item} раскупили", "раскупили"),
    })
    return Wording(alone.format(item=_item(notice)), shared, _item(notice))


def which_variant(notice: BuyerNotice, locale: str) -> Wording:
    (question,) = _pick(locale, {
        "en": ("which {code}? {choices}",),
        "es": ("¿cuál {code}? {choices}",),
        "pt": ("qual {code}? {choices}",),
        "fr": ("quel {code} ? {choices}",),
        "ru": ("какой {code}? {choices}",),
    })
    choices = ", ".join(reply_field(choice) for choice in notice.choices[:MAX_CHOICES])
    text = question.format(code=reply_field(notice.product_code), choices=choices).strip()
    return Wording(text, text, "")  # the same question for everyone who asked for that product


def pre_order(notice: BuyerNotice, locale: str) -> Wording:
    said, ships, cart, total, pay = _pick(locale, {
        "en": ("pre-order", "ships {date}", "cart", "total", "pay"),
        "es": ("preventa", "se envía el {date}", "carrito", "total", "pago"),
        "pt": ("pré-venda", "envio em {date}", "carrinho", "total", "pagamento"),
        "fr": ("précommande", "expédié le {date}", "panier", "total", "paiement"),
        "ru": ("предзаказ", "отправка {date}", "корзина", "итого", "оплата"),
    })
    shipping = ships.format(date=format_skeleton("MMMd", notice.ship_date, locale=_babel(locale))) \
        if notice.ship_date is not None else ""
    alone = _joined(f"{said} {_item(notice)}", shipping, *_cart_details(notice, cart, total), _pay(notice, pay))
    return Wording(alone, _joined(said, shipping), _joined(_item(notice), *_short_cart(notice)))


def reminder(notice: BuyerNotice, locale: str) -> Wording:
    said, waiting, held, cart, pay = _pick(locale, {
        "en": ("reminder", "your cart is waiting for payment", "held until {time}", "cart", "pay"),
        "es": ("recordatorio", "tu carrito espera el pago", "guardado hasta las {time}", "carrito", "pago"),
        "pt": ("lembrete", "seu carrinho aguarda o pagamento", "guardado até {time}", "carrinho", "pagamento"),
        "fr": ("rappel", "votre panier attend le paiement", "gardé jusqu'à {time}", "panier", "paiement"),
        "ru": ("напоминание", "корзина ждёт оплаты", "держим до {time}", "корзина", "оплата"),
    })
    hold = held.format(time=_time(notice.hold_end, locale)) if notice.hold_end is not None else ""
    alone = _joined(f"{said}: {waiting}", *_cart_details(notice, cart, ""), hold, _pay(notice, pay))
    return Wording(alone, _joined(f"{said}: {waiting}", hold), _joined(*_short_cart(notice)))


def released(notice: BuyerNotice, locale: str) -> Wording:
    alone, shared = _pick(locale, {
        "en": ("the hold on {item} ran out: it is released", "your hold ran out, the item is released"),
        "es": ("se acabó la reserva de {item}: quedó liberado", "se acabó tu reserva, el artículo quedó liberado"),
        "pt": ("a reserva de {item} expirou: foi liberado", "sua reserva expirou, o item foi liberado"),
        "fr": ("la réservation de {item} a expiré : il est remis en vente",
               "votre réservation a expiré, l'article est remis en vente"),
        "ru": ("бронь на {item} истекла: товар снова в продаже", "ваша бронь истекла, товар снова в продаже"),
    })
    return Wording(alone.format(item=_item(notice)), shared, _item(notice))


_BY_KIND = {NoticeKind.RESERVED: reserved, NoticeKind.WAITLISTED: waitlisted, NoticeKind.SOLD_OUT: sold_out,
            NoticeKind.WHICH_VARIANT: which_variant, NoticeKind.PRE_ORDER: pre_order, NoticeKind.REMINDER: reminder,
            NoticeKind.RELEASED: released}


def _pick(locale: str, by_language: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    return by_language.get(language_of(locale), by_language["en"])


def _babel(locale: str) -> str:
    return locale.replace("-", "_")


def _item(notice: BuyerNotice) -> str:
    """A12, or A12 M/Navy with the options bought."""
    options = "/".join(reply_field(value) for value in notice.variant)
    return " ".join(part for part in (reply_field(notice.product_code), options) if part)


def _cart_details(notice: BuyerNotice, cart: str, total: str) -> list[str]:
    details = [f"{cart} {reply_field(notice.cart_id)}" if notice.cart_id else ""]
    if total and notice.total_text:
        details.append(f"{total} {reply_field(notice.total_text)}")
    elif notice.total_text:
        details[0] = _joined(details[0], reply_field(notice.total_text))
    return details


def _short_cart(notice: BuyerNotice) -> list[str]:
    return [reply_field(notice.cart_id) if notice.cart_id else "",
            reply_field(notice.total_text) if notice.total_text else ""]


def _pay(notice: BuyerNotice, word: str) -> str:
    return f"{word}: {reply_field(notice.pay_text, PAY_LIMIT)}" if notice.pay_text else ""


def _time(moment: float | None, locale: str) -> str:
    assert moment is not None
    return format_time(datetime.fromtimestamp(moment), "short", locale=_babel(locale))


def _joined(*parts: str) -> str:
    return SEPARATOR.join(part for part in parts if part)
