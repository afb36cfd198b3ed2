"""Remote control's round trip while a 1280x720 30 fps show runs and records.

    python bench/remote.py [--seconds 20] [--rate 100]

A client in its own process (as a Stream Deck or Companion is) connects over loopback with a
password and sends GetStats, then SetCurrentProgramScene (between two scenes, so the program
really changes), at --rate requests a second each for --seconds, on a schedule that does not
wait for answers; then as fast as answers come back, one at a time. Prints requests per second
and the round trip's p50, p99 and max for each, and the show's lagged frames, which must stay 0.
Target: p99 under 20 ms at 100 requests/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.live.settings import ShowSettings  # noqa: E402
from studio.live.show import LiveShow  # noqa: E402
from studio.paths import Paths  # noqa: E402
from studio.remote.server import RemoteServer  # noqa: E402
from studio.remote.settings import RemoteSettings  # noqa: E402
from studio.scenes import CAMERA_SCENE, SCREEN_SCENE  # noqa: E402

PASSWORD = "bench-password"
WARM_UP_SECONDS = 3.0


async def _identified(port: int):
    import base64
    import hashlib

    import websockets

    socket = await websockets.connect(f"ws://127.0.0.1:{port}", max_size=2**24)
    hello = json.loads(await socket.recv())["d"]["authentication"]
    secret = base64.b64encode(hashlib.sha256((PASSWORD + hello["salt"]).encode()).digest())
    answer = base64.b64encode(hashlib.sha256(secret + hello["challenge"].encode()).digest()).decode()
    await socket.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": answer, "eventSubscriptions": 0}}))
    assert json.loads(await socket.recv())["op"] == 2
    return socket


def _request(number: int, request_type: str) -> str:
    data = {"sceneName": (CAMERA_SCENE, SCREEN_SCENE)[number % 2]} if request_type == "SetCurrentProgramScene" else {}
    return json.dumps({"op": 6, "d": {"requestType": request_type, "requestId": number, "requestData": data}})


async def _paced(socket, request_type: str, rate: float, seconds: float) -> dict:
    """Sends on a fixed schedule; each answer's round trip from its own send time."""
    sent: dict[int, float] = {}
    trips: list[float] = []
    failures = 0
    total = int(rate * seconds)

    async def receive() -> None:
        nonlocal failures
        while len(trips) + failures < total:
            answer = json.loads(await socket.recv())["d"]
            trips.append(time.perf_counter() - sent.pop(answer["requestId"]))
            failures += not answer["requestStatus"]["result"]

    reader = asyncio.create_task(receive())
    start = time.perf_counter()
    for number in range(total):
        await asyncio.sleep(max(0.0, start + number / rate - time.perf_counter()))
        sent[number] = time.perf_counter()
        await socket.send(_request(number, request_type))
    await asyncio.wait_for(reader, 60)
    return {"requests": total, "seconds": time.perf_counter() - start, "trips": trips, "failures": failures}


async def _back_to_back(socket, request_type: str, seconds: float) -> dict:
    trips: list[float] = []
    start = time.perf_counter()
    number = 0
    while time.perf_counter() - start < seconds:
        began = time.perf_counter()
        await socket.send(_request(number, request_type))
        json.loads(await socket.recv())
        trips.append(time.perf_counter() - began)
        number += 1
    return {"requests": number, "seconds": time.perf_counter() - start, "trips": trips, "failures": 0}


PHASES = ("GetStats paced", "SetCurrentProgramScene paced", "GetStats back to back",
          "SetCurrentProgramScene back to back")


async def client(port: int, phase: str, rate: float, seconds: float) -> dict:
    socket = await _identified(port)
    request_type, _, how = phase.partition(" ")
    if how == "paced":
        result = await _paced(socket, request_type, rate, seconds)
    else:
        result = await _back_to_back(socket, request_type, seconds / 2)
    await socket.close()
    return result


def _line(name: str, result: dict, lagged: int) -> str:
    trips = sorted(trip * 1000 for trip in result["trips"])
    p99 = trips[min(len(trips) - 1, int(len(trips) * 0.99))]
    return (f"{name:<36} {result['requests'] / result['seconds']:7.1f} req/s  p50 {statistics.median(trips):5.2f} ms  "
            f"p99 {p99:5.2f} ms  max {trips[-1]:6.2f} ms  failed {result['failures']}  show lagged {lagged}")


def _phase(port: int, phase: str, rate: float, seconds: float) -> dict:
    done = subprocess.run([sys.executable, __file__, "--client", str(port), "--phase", phase, "--rate", str(rate),
                           "--seconds", str(seconds)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--client", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        print(json.dumps(asyncio.run(client(args.client, args.phase, args.rate, args.seconds))))
        return
    print(f"remote control over loopback, show 1280x720 at 30 fps recording; {args.rate:g} requests/s paced, "
          f"{args.seconds:g} s a phase")
    with tempfile.TemporaryDirectory() as folder:
        show = LiveShow(Paths(Path(folder)), ShowSettings(1280, 720, 30.0, 3000, "testpattern", "tone", CAMERA_SCENE))
        show.open()
        show.start_recording(Path(folder) / "bench.mkv")
        server = RemoteServer(show, RemoteSettings(port=0), PASSWORD)
        server.start()
        try:
            threading.Event().wait(WARM_UP_SECONDS)
            first = show.stats()
            for phase in PHASES:
                before = show.stats()
                result = _phase(server.port, phase, args.rate, args.seconds)
                print(_line(phase.replace("paced", f"at {args.rate:g}/s"), result, show.stats().lagged - before.lagged),
                      flush=True)
            last = show.stats()
        finally:
            server.stop()
            show.close()
    print(f"show: {last.rendered - first.rendered} frames rendered, lagged {last.lagged - first.lagged}, "
          f"encoder skipped {last.encoder_skipped - first.encoder_skipped}, fps {last.fps:.1f}")


if __name__ == "__main__":
    main()
