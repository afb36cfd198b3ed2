"""How long 500 buyers take to be told in a Twitch chat at its real limits, with merging.

    python bench/replies.py [--buyers 500] [--seconds 10] [--moderator]

The buyers' notices arrive evenly over --seconds (reserved, waitlisted and which-variant over
five products, as a busy drop brings them); one chat's reply queue (studio/replies/route_queue.py)
sends whenever its pacer lets it, on a simulated clock: 20 messages in any 30 s (+2 s margin),
or 100 with --moderator, each message within Twitch's 500 characters and IRC's 512 bytes.
Printed: when the last buyer was told, the longest and the mean wait from queued to told, how
many messages that took and the most names in one; and, for comparison, what one message per
buyer would take at the same pace.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.replies.notice import BuyerNotice, NoticeKind, ReplyRoute  # noqa: E402
from studio.replies.platform_limits import TWITCH, TWITCH_MODERATOR, budget  # noqa: E402
from studio.replies.results import Sent  # noqa: E402
from studio.replies.route_queue import RouteQueue  # noqa: E402

STEP = 0.01  # seconds of simulated time per tick
KINDS = (NoticeKind.RESERVED, NoticeKind.WAITLISTED, NoticeKind.WHICH_VARIANT)


class SimulatedClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def notice(index: int, route: ReplyRoute) -> BuyerNotice:
    return BuyerNotice(KINDS[index % 3], f"viewer_{index:04}", route, f"A{index % 5 + 1}", ("M",),
                       choices=("S", "M", "L"), total_text="R$ 89,90", position=index // 15 + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buyers", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--moderator", action="store_true", help="the account moderates the channel: 100 in 30 s")
    args = parser.parse_args()
    limit = TWITCH_MODERATOR if args.moderator else TWITCH
    route = ReplyRoute("twitch", "#shop")
    clock = SimulatedClock()
    queue = RouteQueue(route, limit, budget(route), "pt_BR", clock, max_pending=args.buyers, max_age=3600.0)
    gap = args.seconds / max(1, args.buyers)
    added, last_told, most_names, messages = 0, 0.0, 0, 0
    while added < args.buyers or queue.wait() is not None:
        while added < args.buyers and added * gap <= clock.now:
            queue.add(notice(added, route))
            added += 1
        outgoing = queue.take()
        if outgoing is None:
            clock.now += STEP
            continue
        queue.done(outgoing, Sent())
        messages += 1
        most_names = max(most_names, len(outgoing.names))
        if outgoing.told:
            last_told = clock.now
    stats = queue.stats
    window = limit.seconds + limit.margin
    alone = (math.ceil(args.buyers / limit.messages) - 1) * window
    print(f"{args.buyers} buyers over {args.seconds:g} s, {limit.messages} messages per {limit.seconds:g} s "
          f"(+{limit.margin:g} s margin), simulated")
    print(f"all told after {last_told:.1f} s; longest wait {stats.max_delay:.1f} s, "
          f"mean {stats.total_delay / max(1, stats.told):.1f} s")
    print(f"{messages} messages for {stats.told} buyers, up to {most_names} names in one; dropped {stats.dropped}")
    print(f"one message per buyer at the same pace: the last told after about {alone:.0f} s")


if __name__ == "__main__":
    main()
