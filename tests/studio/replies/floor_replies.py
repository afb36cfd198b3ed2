"""A show's chat floor whose desk's notices go to a reply worker sending through that floor."""

from __future__ import annotations

from pathlib import Path

from media.health import PartState
from studio.chat.shop_floor import ShopFloor
from studio.paths import resolve_paths
from studio.replies.platform_limits import ReplyLimits
from studio.replies.reply_worker import ReplyWorker
from tests.studio.chat.floors import store_with_show
from tests.studio.chat.test_irc import wait_for


def floor_and_replies(folder: Path, spec: str, limits: ReplyLimits | None = None) -> tuple[ShopFloor, ReplyWorker]:
    db, show_id = store_with_show(folder)
    db.conn.close()
    floors: list[ShopFloor] = []
    replies = ReplyWorker(lambda outgoing: floors[0].send_reply(outgoing), "en_US", limits)
    floors.append(ShopFloor(resolve_paths(folder).database, show_id, [spec], on_notice=replies.tell))
    return floors[0], replies


def joined(floor: ShopFloor) -> bool:
    return wait_for(lambda: any(status.health is not None and status.health.state is PartState.JOINED
                                for status in floor.connectors()), timeout=30)
