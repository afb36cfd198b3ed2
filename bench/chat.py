"""Chat throughput: messages per second from the socket to stored and classified, with latency.

    python bench/chat.py [--seconds 60] [--rate 2000]

A local IRC server, in a process of its own as a real server would be (in this process it
would take the GIL from the studio), sends Twitch-style lines (tags and all) at --rate:
greetings, questions and buy comments against the demo catalog. The studio's shop floor reads
them over TCP, classifies each, stores it, and makes orders. Latency is from the line's send
time (its tmi-sent-ts, in ms) to the moment the desk's thread has stored it. Target: 2,000 messages/s with p99
under 50 ms. --same-process puts the server back in this process, to compare.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.chat import desk_worker  # noqa: E402
from studio.chat.desk import ChatDesk, Taken  # noqa: E402
from studio.chat.message import ChatMessage  # noqa: E402
from studio.chat.shop_floor import ShopFloor  # noqa: E402
from studio.paths import resolve_paths  # noqa: E402
from studio.shows import start_show  # noqa: E402
from studio.store import open_store  # noqa: E402
from tests.irc_peer import IrcServer  # noqa: E402

TEXTS = ("hi from Lisbon!", "does A1 come in olive?", "sold A2", "quero A9 M", "¿cuánto cuesta el A3?",
         "беру A4", "love it 😍", "sold A1 M sand x2", "je prends A6", "what is A7 made of?")


LATENCIES: list[float] = []


class MeasuredDesk(ChatDesk):
    def take(self, message: ChatMessage) -> Taken:
        taken = super().take(message)
        LATENCIES.append(time.time() - message.time)
        return taken


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


def serve(rate: int, seconds: float, ports: Queue, sent: Synchronized) -> None:
    """The IRC server's process: waits for the studio to join, sends at `rate`, reports the count."""
    server = IrcServer().start()
    ports.put(server.port)
    deadline = time.monotonic() + 20
    while "JOIN #shop" not in server.received and time.monotonic() < deadline:
        time.sleep(0.05)
    sent.value = send(server, rate, seconds)
    time.sleep(1.0)  # let the last lines leave before the connection goes
    server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--same-process", action="store_true", help="run the IRC server in this process")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    ports, sent = context.Queue(), context.Value("i", -1)
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        db = open_store(paths)
        show = start_show(db, "bench")
        db.conn.close()
        target = threading.Thread if args.same_process else context.Process
        peer = target(target=serve, args=(args.rate, args.seconds, ports, sent), daemon=True)
        peer.start()
        desk_worker.ChatDesk = MeasuredDesk  # type: ignore[misc]  # notes each message's latency
        floor = ShopFloor(paths.database, show, [f"irc://127.0.0.1:{ports.get(timeout=30)}/#shop"])
        floor.start()
        started = time.monotonic()
        while (sent.value < 0 or len(LATENCIES) < sent.value) and time.monotonic() - started < args.seconds + 40:
            time.sleep(0.1)
        elapsed = time.monotonic() - started
        floor.stop()
        peer.join(10)
        done = sorted(LATENCIES)
        where = "this process" if args.same_process else "its own process"
        print(f"server in {where}: sent {sent.value} messages at {args.rate}/s for {args.seconds:.0f} s; stored and "
              f"classified {len(done)} in {elapsed:.1f} s = {len(done) / elapsed:.0f} messages/s; orders {floor.orders}")
        stats = floor.stats
        print(f"desk queue: {stats.waits} waits for room ({stats.waited_seconds:.2f} s), {stats.dropped} dropped, "
              f"{stats.unstored} not stored")
        if done:
            print(f"latency p50 {statistics.median(done) * 1000:.1f} ms, p99 {done[int(len(done) * 0.99)] * 1000:.1f} ms, "
                  f"max {done[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
