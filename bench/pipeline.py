"""The media pipeline's figures, beside FFmpeg's for the same job.

    python bench/pipeline.py [--seconds 60] [--sizes 1280x720,1920x1080]

1. Compose time per frame, median and p99, with one full-frame source and five overlays.
2. A show of --seconds at each size, 30 fps, veryfast: the test pattern, the same five overlay
   images, 3 Mbit/s H.264 + AAC, published over RTMP to a local receiver. Achieved fps, lagged
   frames, CPU seconds per second of video, peak RSS.
3. The same job done by Debian's `ffmpeg` (testsrc2, overlay filters of the same PNG images,
   libx264 with the same settings, to the same receiver), run in the same script: the ratio
   of our CPU seconds to ffmpeg's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

FPS, KBPS = 30, 3000
RECEIVER = """
import sys, av
container = av.open(sys.argv[1], options={"listen": "1"}, timeout=(60.0, 10.0))
count = 0
try:
    for packet in container.demux():
        count += packet.stream.type == "video" and packet.size > 0
except av.error.FFmpegError:
    pass
print(count)
"""


def overlay_images(width: int, height: int) -> list[tuple[np.ndarray, int, int]]:
    """Card, ticker, countdown, QR block and lower third, rendered by overlays/ at this size."""
    from PySide6.QtGui import QGuiApplication

    from overlays.countdown import CountdownView, render_countdown
    from overlays.lower_third import LowerThirdView, render_lower_third
    from overlays.product_card import ProductCardView, render_product_card
    from overlays.ticker import PriceTicker, TickerItem
    from resources import resource_path

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    card = render_product_card(ProductCardView(
        "Linen Summer Dress", "$59.00", "Comment SOLD A1", "$79.00", "-25%", "Only 3 left", True,
        "https://shop.example.com/products/dress-linen", str(resource_path("demo", "images", "dress.png"))), width, height)
    ticker = PriceTicker([TickerItem(f"Product {n}", f"${n}.00", f"A{n}") for n in range(10)], width, height).frame(0)
    countdown = render_countdown(CountdownView("Flash sale", "$19.99", 125.0), 0.0, width, height)
    lower = render_lower_third(LowerThirdView("Ana Souza", "Live from Lisbon"), width, height)
    qr = np.ascontiguousarray(card.pixels[:, -card.width // 4 :])
    return [(card.pixels, card.x, card.y), (np.ascontiguousarray(ticker.pixels), ticker.x, ticker.y),
            (countdown.pixels, countdown.x, countdown.y), (qr, width - qr.shape[1] - width // 20, height // 3),
            (lower.pixels, lower.x, lower.y)]


def measure_compose(width: int, height: int, frames: int = 300) -> dict[str, float]:
    from media.blend import prepare_overlay
    from media.compositor import Compositor
    from media.frame import Frame
    from media.scene import full_frame
    from media.sources.test_pattern import draw_test_pattern

    class Still:
        def __init__(self, image: np.ndarray) -> None:
            self.frame = Frame(image, 0.0, 0)

        def latest(self) -> Frame:
            return self.frame

    prepared = [prepare_overlay(pixels, x, y) for pixels, x, y in overlay_images(width, height)]
    compositor = Compositor(width, height, FPS, {"p": Still(draw_test_pattern(width, height, 1))},  # type: ignore[dict-item]
                            full_frame("p", width, height), lambda _moment: prepared)
    samples = []
    for _ in range(frames):
        started = time.perf_counter()
        compositor.compose(0.0)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"median_ms": statistics.median(samples), "p99_ms": samples[int(len(samples) * 0.99) - 1]}


def show(width: int, height: int, seconds: float, url: str) -> None:
    """The worker: our pipeline publishing for `seconds`; prints its stats as JSON."""
    from media.blend import prepare_overlay
    from media.encoder import EncoderSettings
    from media.outputs.rtmp import RtmpOutput
    from media.pipeline import Pipeline
    from media.scene import full_frame
    from media.sources.test_pattern import PatternSize, TestPatternSource

    prepared = [prepare_overlay(pixels, x, y) for pixels, x, y in overlay_images(width, height)]
    pipeline = Pipeline(EncoderSettings(width, height, FPS, KBPS), {"p": TestPatternSource(PatternSize(width, height), FPS)},
                        full_frame("p", width, height), [RtmpOutput(url)], audio=True, overlays=lambda _m: prepared)
    pipeline.add_tone()
    pipeline.start()
    time.sleep(seconds)
    pipeline.stop()
    stats = pipeline.stats()
    print(json.dumps({"rendered": stats.compositor.rendered, "lagged": stats.compositor.lagged,
                      "encoded": stats.encoder.encoded, "skipped": stats.encoder.skipped}))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_stat(stat: Path) -> tuple[str, list[str], float] | None:
    """A /proc stat file (a process's or a thread's): its name, the fields after it, and its user +
    system CPU seconds; None when it is gone."""
    try:
        head, tail = stat.read_text().rsplit(")", 1)
    except OSError:
        return None
    fields = tail.split()
    return head.split("(", 1)[1], fields, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its live children (Linux /proc)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        read = read_stat(stat)
        if read is not None and (int(stat.parent.name) == pid or int(read[1][1]) == pid):
            total += read[2]
    return total


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (Linux /proc), in MB."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if int(fields.get("Pid", "0")) == pid or int(fields.get("PPid", "0")) == pid:
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total / 1024


def timed_job(command: list[str], url: str) -> dict:
    """Runs `command` against a fresh receiver: CPU seconds of the job and its children, peak RSS."""
    receiver = subprocess.Popen([sys.executable, "-c", RECEIVER, url], stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    job = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while job.poll() is None:
        peak = max(peak, tree_rss_mb(job.pid))
        time.sleep(0.5)
    output = job.communicate()[0]
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    received = receiver.communicate(timeout=30)[0].strip()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = {"wall": wall, "cpu": cpu, "peak_rss_mb": peak, "received_frames": int(received or 0)}
    if output.strip().startswith("{"):
        result.update(json.loads(output.strip().splitlines()[-1]))
    return result


def ffmpeg_command(width: int, height: int, seconds: float, url: str, images: list[tuple[Path, int, int]]) -> list[str]:
    inputs = ["-re", "-f", "lavfi", "-i", f"testsrc2=size={width}x{height}:rate={FPS}",
              "-re", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
    chain, last = [], "[0:v]"
    for index, (path, x, y) in enumerate(images):
        inputs += ["-i", str(path)]
        chain.append(f"{last}[{index + 2}:v]overlay={x}:{y}[v{index}]")
        last = f"[v{index}]"
    return ["ffmpeg", "-hide_banner", "-loglevel", "error", *inputs, "-filter_complex", ";".join(chain),
            "-map", last, "-map", "1:a", "-t", str(seconds), "-c:v", "libx264", "-preset", "veryfast",
            "-tune", "zerolatency", "-b:v", f"{KBPS}k", "-maxrate", f"{KBPS}k", "-bufsize", f"{KBPS * 2}k",
            "-g", str(FPS * 2), "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-ar", "48000",
            "-f", "flv", url]


def write_pngs(width: int, height: int, folder: Path) -> list[tuple[Path, int, int]]:
    written = []
    for index, (pixels, x, y) in enumerate(overlay_images(width, height)):
        alpha = pixels[..., 3:4].astype(np.float32) / 255
        straight = np.where(alpha > 0, pixels[..., :3] / np.maximum(alpha, 1e-6), 0).clip(0, 255).astype(np.uint8)
        path = folder / f"overlay{index}.png"
        cv2.imwrite(str(path), np.dstack([straight, pixels[..., 3]]))  # PNG holds straight alpha
        written.append((path, x, y))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--sizes", default="1280x720,1920x1080")
    parser.add_argument("--show", help=argparse.SUPPRESS)  # worker mode: WxH
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.show:
        width, height = map(int, args.show.split("x"))
        show(width, height, args.seconds, args.url)
        return
    sizes = [tuple(map(int, size.split("x"))) for size in args.sizes.split(",")]
    for width, height in sizes:
        compose = measure_compose(width, height)
        print(f"compose {width}x{height}: median {compose['median_ms']:.2f} ms, p99 {compose['p99_ms']:.2f} ms "
              "(one full-frame source, five overlays)")
    for width, height in sizes:
        url = f"rtmp://127.0.0.1:{free_port()}/live/bench"
        ours = timed_job([sys.executable, __file__, "--show", f"{width}x{height}", "--seconds", str(args.seconds),
                          "--url", url], url)
        with tempfile.TemporaryDirectory() as folder:
            images = write_pngs(width, height, Path(folder))
            url = f"rtmp://127.0.0.1:{free_port()}/live/bench"
            theirs = timed_job(ffmpeg_command(width, height, args.seconds, url, images), url)
        fps = ours["encoded"] / args.seconds
        print(f"show {width}x{height}@{FPS} for {args.seconds:.0f} s: {fps:.1f} fps encoded, "
              f"{ours['lagged']} lagged, {ours['skipped']} skipped, received {ours['received_frames']} frames, "
              f"{ours['cpu'] / args.seconds:.2f} CPU-s per s, peak RSS {ours['peak_rss_mb']:.0f} MB")
        print(f"ffmpeg  {width}x{height}@{FPS} for {args.seconds:.0f} s: received {theirs['received_frames']} frames, "
              f"{theirs['cpu'] / args.seconds:.2f} CPU-s per s, peak RSS {theirs['peak_rss_mb']:.0f} MB")
        print(f"CPU ratio ours/ffmpeg at {width}x{height}: {ours['cpu'] / max(theirs['cpu'], 1e-9):.2f}")


if __name__ == "__main__":
    main()
