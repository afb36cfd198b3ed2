"""What a reply says, in the show's language (en, es, pt_BR, fr, ru; English for any other; the
words are Qt translations: studio/replies/reply_words.py): one function per kind of notice. Each
gives the whole reply to one buyer (`alone`) and the two halves a merged reply is made of: `shared` (said once for every buyer of the same kind and
the same words) and `personal` (beside each name: the item, the cart, the total, the place).
Plain text only; the buyer appears only as the name the composer puts in front."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_skeleton, format_time

from studio.replies.notice import PAY_LIMIT, BuyerNotice, NoticeKind, reply_field
from studio.replies.reply_words import reply_words

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
    words = reply_words(locale)
    hold = words.held_until(_time(notice.hold_end, locale)) if notice.hold_end is not None else ""
    details = _cart_details(notice, words.cart(), words.total())
    alone = _joined(f"{words.reserved()} {_item(notice)}", *details, _pay(notice, words.pay()), hold)
    return Wording(alone, _joined(words.reserved(), hold), _joined(_item(notice), *_short_cart(notice)))


def waitlisted(notice: BuyerNotice, locale: str) -> Wording:
    words = reply_words(locale)
    position = notice.position if notice.position is not None else 1
    return Wording(words.waitlisted(_item(notice), position), words.waitlisted_together(),
                   f"{_item(notice)} #{position}")


def sold_out(notice: BuyerNotice, locale: str) -> Wording:
    words = reply_words(locale)
    return Wording(words.sold_out(_item(notice)), words.sold_out_together(), _item(notice))


def which_variant(notice: BuyerNotice, locale: str) -> Wording:
    choices = ", ".join(reply_field(choice) for choice in notice.choices[:MAX_CHOICES])
    text = reply_words(locale).which_variant(reply_field(notice.product_code), choices).strip()
    return Wording(text, text, "")  # the same question for everyone who asked for that product


def pre_order(notice: BuyerNotice, locale: str) -> Wording:
    words = reply_words(locale)
    shipping = words.ships(format_skeleton("MMMd", notice.ship_date, locale=_babel(locale))) \
        if notice.ship_date is not None else ""
    alone = _joined(f"{words.pre_order()} {_item(notice)}", shipping, *_cart_details(notice, words.cart(), words.total()),
                    _pay(notice, words.pay()))
    return Wording(alone, _joined(words.pre_order(), shipping), _joined(_item(notice), *_short_cart(notice)))


def reminder(notice: BuyerNotice, locale: str) -> Wording:
    words = reply_words(locale)
    hold = words.held_until(_time(notice.hold_end, locale)) if notice.hold_end is not None else ""
    waiting = f"{words.reminder()}: {words.cart_waiting()}"
    alone = _joined(waiting, *_cart_details(notice, words.cart(), ""), hold, _pay(notice, words.pay()))
    return Wording(alone, _joined(waiting, hold), _joined(*_short_cart(notice)))


def released(notice: BuyerNotice, locale: str) -> Wording:
    words = reply_words(locale)
    return Wording(words.released(_item(notice)), words.released_together(), _item(notice))


_BY_KIND = {NoticeKind.RESERVED: reserved, NoticeKind.WAITLISTED: waitlisted, NoticeKind.SOLD_OUT: sold_out,
            NoticeKind.WHICH_VARIANT: which_variant, NoticeKind.PRE_ORDER: pre_order, NoticeKind.REMINDER: reminder,
            NoticeKind.RELEASED: released}


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
