"""Feeds the ingest WebSocket at a steady rate: buys, questions and chatter, as a bridge would.

    python3 bench/ingest_feed.py PORT RATE SECONDS     (the token from VITRINA_INGEST_TOKEN)
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time

import aiohttp

LINES = ("SOLD A1", "sold a3 2", "compro A2", "A5", "is A4 true to size?", "does A2 come in blue?", "hello from Lisbon!",
         "love this", "quanto custa o A9?", "куплю A7", "what is A6 made of?", "🔥🔥🔥", "next one please")


async def feed(port: int, rate: float, seconds: float) -> int:
    token = os.environ["VITRINA_INGEST_TOKEN"]
    sent = 0
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"http://127.0.0.1:{port}/chat?token={token}") as socket:
            started = time.monotonic()
            while (elapsed := time.monotonic() - started) < seconds:
                due = int(elapsed * rate)
                while sent < due:
                    viewer = random.randrange(500)
                    await socket.send_json({"platform": "tiktok", "author_id": str(viewer), "author_name": f"viewer{viewer}",
                                            "text": random.choice(LINES), "channel": "shop", "id": f"m{sent}"})
                    sent += 1
                await asyncio.sleep(0.005)
    return sent


if __name__ == "__main__":
    print(asyncio.run(feed(int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]))))
