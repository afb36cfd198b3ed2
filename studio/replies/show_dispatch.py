"""Where a show's replies go: through its chat floor, and in a rehearsal to the rehearsal
audience only (a rehearsal publishes nothing, in chat neither)."""

from __future__ import annotations

from studio.chat.shop_floor import ShopFloor
from studio.replies.results import Refused, Retry, SendResult
from studio.replies.route_queue import Outgoing

REHEARSAL_PLATFORM = "rehearsal"


def send_from_show(floor: ShopFloor | None, outgoing: Outgoing, rehearsal: bool) -> SendResult:
    if rehearsal and outgoing.route.platform != REHEARSAL_PLATFORM:
        return Refused("a rehearsal publishes nothing: no reply goes to a real chat")
    if floor is None:
        return Retry("chat is not open", 1.0)
    return floor.send_reply(outgoing)
