"""Glass-to-glass latency of WHIP publishing over loopback, 1280x720 at 30 fps.

    python bench/whip_latency.py [--seconds 60]

A sender process publishes frames that carry the moment they were made, written as 24
black or white blocks (they survive H.264). A receiving aiortc peer decodes each frame, reads
the moment back and compares it with the shared monotonic clock. Prints latency p50, p95
and max, the frames per second received, and the sender's CPU. Targets: p50 under 150 ms,
p95 under 250 ms, 30 fps held.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from media.clock import now  # noqa: E402
from media.frame import Frame  # noqa: E402
from media.source import Source  # noqa: E402
from media.sources.test_pattern import draw_test_pattern  # noqa: E402

W, H, FPS, BITS, BLOCK = 1280, 720, 30, 24, 40
TOKEN = "bench-token"


def stamp(image: np.ndarray, milliseconds: int) -> None:
    for bit in range(BITS):
        row, column = divmod(bit, 12)
        value = 255 if milliseconds >> bit & 1 else 0
        image[row * BLOCK : (row + 1) * BLOCK, column * BLOCK : (column + 1) * BLOCK] = value


def read_stamp(image: np.ndarray) -> int:
    value = 0
    for bit in range(BITS):
        row, column = divmod(bit, 12)
        centre = image[row * BLOCK + BLOCK // 4 : (row + 1) * BLOCK - BLOCK // 4,
                       column * BLOCK + BLOCK // 4 : (column + 1) * BLOCK - BLOCK // 4]
        value |= int(centre.mean() > 128) << bit
    return value


def clock_ms() -> int:
    return int(now() * 1000) % (1 << BITS)


class StampedPattern(Source):
    name = "stamped-pattern"

    def __init__(self, width: int = W, height: int = H) -> None:
        super().__init__()
        self.width, self.height = width, height

    def _run(self) -> None:
        index, start = 0, now()
        while not self._should_stop(max(0.0, start + index / FPS - now())):
            image = draw_test_pattern(self.width, self.height, index)
            stamp(image, clock_ms())
            self._publish(Frame(image, now(), index))
            index += 1


def send(url: str, seconds: float) -> None:
    from media.whip.publisher import WhipPublisher

    source = StampedPattern()
    source.start()
    publisher = WhipPublisher(url, TOKEN, source.latest, None, W, H, FPS, bitrate_kbps=2500)
    publisher.start()
    time.sleep(seconds)
    publisher.stop()
    source.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--send", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.send:
        send(args.send, args.seconds)
        return
    import tests.whip_peer as peer

    peer.TOKEN = TOKEN
    latencies: list[float] = []
    arrivals: list[float] = []

    def on_video(image: np.ndarray) -> None:
        arrivals.append(now())
        latencies.append((clock_ms() - read_stamp(image)) % (1 << BITS))

    endpoint = peer.WhipEndpoint(on_video=on_video).start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, __file__, "--send", endpoint.url, "--seconds", str(args.seconds)], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    endpoint.stop()
    settled = latencies[FPS * 2 :]  # the first two seconds include the connection's start
    span = arrivals[-1] - arrivals[FPS * 2] if len(arrivals) > FPS * 2 else 0.0
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not settled:
        sys.exit("no frames arrived")
    settled.sort()
    print(f"WHIP over loopback, {W}x{H}@{FPS}, {args.seconds:.0f} s, aiortc H.264 at 2.5 Mbit/s")
    print(f"latency p50 {statistics.median(settled):.0f} ms, p95 {settled[int(len(settled) * 0.95)]:.0f} ms, "
          f"max {settled[-1]:.0f} ms over {len(settled)} frames")
    print(f"received {(len(arrivals) - FPS * 2 - 1) / span:.1f} fps; sender CPU {cpu / args.seconds:.2f} CPU-s per s")


if __name__ == "__main__":
    main()
