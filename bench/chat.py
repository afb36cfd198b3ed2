"""Chat throughput: messages per second from the socket to stored and classified, with latency.

    python bench/chat.py [--seconds 60] [--rate 2000]

A local IRC server sends Twitch-style lines (tags and all) at --rate: greetings, questions
and buy comments against the demo catalog. The studio's shop floor reads them over TCP,
classifies each, stores it, and makes orders. Latency is from the line's send time to the
moment it is stored. Target: 2,000 messages/s with p99 under 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.chat.message import ChatMessage  # noqa: E402
from studio.chat import shop_floor  # noqa: E402
from studio.chat.desk import ChatDesk  # noqa: E402
from studio.chat.shop_floor import ShopFloor  # noqa: E402
from studio.paths import resolve_paths  # noqa: E402
from studio.shows import start_show  # noqa: E402
from studio.store import open_store  # noqa: E402
from tests.irc_peer import IrcServer  # noqa: E402

TEXTS = ("hi from Lisbon!", "does A1 come in olive?", "sold A2", "quero A9 M", "¿cuánto cuesta el A3?",
         "беру A4", "love it 😍", "sold A1 M sand x2", "je prends A6", "what is A7 made of?")


LATENCIES: list[float] = []


class MeasuredDesk(ChatDesk):
    def take(self, message: ChatMessage) -> None:
        super().take(message)
        LATENCIES.append(time.time() - message.time)


def send(server: IrcServer, rate: int, seconds: float) -> int:
    sent, start, batch_seconds = 0, time.monotonic(), 0.01
    while time.monotonic() - start < seconds:
        due = int((time.monotonic() - start) * rate) - sent
        if due > 0:
            now_ms = int(time.time() * 1000)
            server.send(*(f"@display-name=viewer{(sent + n) % 500};user-id={(sent + n) % 500};tmi-sent-ts={now_ms} "
                          f":v!v@x PRIVMSG #shop :{TEXTS[(sent + n) % len(TEXTS)]}" for n in range(due)))
            sent += due
        time.sleep(batch_seconds)
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        db = open_store(paths)
        show = start_show(db, "bench")
        db.conn.close()
        server = IrcServer().start()
        shop_floor.ChatDesk = MeasuredDesk  # type: ignore[misc]  # notes each message's latency
        floor = ShopFloor(paths.database, show, [server.url()])
        floor.start()
        deadline = time.monotonic() + 10
        while "JOIN #shop" not in server.received and time.monotonic() < deadline:
            time.sleep(0.05)
        started = time.monotonic()
        sent = send(server, args.rate, args.seconds)
        while len(LATENCIES) < sent and time.monotonic() - started < args.seconds + 30:
            time.sleep(0.1)
        elapsed = time.monotonic() - started
        floor.stop()
        server.stop()
        done = sorted(LATENCIES)
        print(f"sent {sent} messages at {args.rate}/s for {args.seconds:.0f} s; stored and classified {len(done)} "
              f"in {elapsed:.1f} s = {len(done) / elapsed:.0f} messages/s; orders {floor.orders}")
        if done:
            print(f"latency p50 {statistics.median(done) * 1000:.1f} ms, p99 {done[int(len(done) * 0.99)] * 1000:.1f} ms, "
                  f"max {done[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
