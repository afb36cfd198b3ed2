"""What a WHIP destination costs a show, now that it sends the show's own H.264 packets.

    python bench/whip_encode.py [--seconds 20] [--size 1920x1080]

One run, five shows of --seconds each at --size, 30 fps, 3 Mbit/s, veryfast, each in a process
of its own: recorded only; recorded + RTMP; recorded + RTMP + WHIP (the show's packets);
recorded + RTMP + WHIP on its own encode (aiortc encoding the program, as before), for the
comparison; and WHIP alone (the show's packets). Frames carry the moment they were made
(bench/whip_latency.py's stamps); the WHIP endpoint (tests/whip_peer.py, aiortc, in this
process) decodes them and reads the moment back: glass-to-glass latency over loopback.

Printed side by side: CPU seconds per second of the show's process tree (the show and its RTMP
child, measured from its 3rd second to its end, receivers excluded), the ratio to recorded
only, fps encoded, and the WHIP latency p50 / p95. Targets: recorded + RTMP + WHIP at most
1.15x recorded only; WHIP p50 under 60 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pipeline import RECEIVER, free_port, tree_cpu_seconds  # noqa: E402
from bench.whip_latency import BITS, TOKEN, clock_ms, read_stamp  # noqa: E402

FPS, KBPS, WARM_UP = 30, 3000, 3.0


@dataclass(frozen=True)
class Config:
    name: str
    record: bool = True
    rtmp: bool = False
    whip: bool = False
    own_encode: bool = False


CONFIGS = (
    Config("recorded only"),
    Config("recorded + RTMP", rtmp=True),
    Config("recorded + RTMP + WHIP", rtmp=True, whip=True),
    Config("recorded + RTMP + WHIP, own encode", rtmp=True, whip=True, own_encode=True),
    Config("WHIP only", record=False, whip=True),
)


def show(size: str, seconds: float, config: Config, rtmp: str | None, whip: str | None, folder: str) -> None:
    """The worker: one show for `seconds`; prints its CPU and stats as JSON."""
    import os

    from bench.whip_latency import StampedPattern
    from media.encoder import EncoderSettings
    from media.outputs.recording import RecordingOutput
    from media.outputs.rtmp import RtmpOutput
    from media.pipeline import Pipeline
    from media.scene import full_frame
    from media.whip.output import WhipOutput

    width, height = map(int, size.split("x"))
    pipeline = Pipeline(EncoderSettings(width, height, FPS, KBPS), {"p": StampedPattern(width, height)},
                        full_frame("p", width, height), audio=True)
    pipeline.add_tone()
    pipeline.start()
    if config.record:
        pipeline.add_output(RecordingOutput(Path(folder) / "show.mkv"))
    if rtmp:
        pipeline.add_output(RtmpOutput(rtmp))
    if whip:
        pipeline.add_output(WhipOutput(whip, TOKEN, KBPS, own_encode=config.own_encode))
    time.sleep(WARM_UP)
    cpu, started = tree_cpu_seconds(os.getpid()), time.monotonic()
    encoded = pipeline.stats().encoder.encoded
    time.sleep(seconds - WARM_UP)
    cpu, span = tree_cpu_seconds(os.getpid()) - cpu, time.monotonic() - started
    stats = pipeline.stats()
    pipeline.stop()
    print(json.dumps({"cpu_per_s": cpu / span, "fps": (stats.encoder.encoded - encoded) / span,
                      "lagged": stats.compositor.lagged,
                      "outputs": [f"{output.name}: {output.state}, {output.bitrate_kbps:.0f} kbit/s"
                                  for output in stats.outputs]}))


@dataclass
class Result:
    config: Config
    cpu_per_s: float = 0.0
    fps: float = 0.0
    latencies: list[float] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    def latency(self) -> str:
        settled = sorted(self.latencies[FPS * 2 :])  # the first two seconds include the connection's start
        if not settled:
            return "-"
        return f"p50 {statistics.median(settled):.0f} ms, p95 {settled[int(len(settled) * 0.95)]:.0f} ms"


def run(config: Config, size: str, seconds: float) -> Result:
    import tests.whip_peer as peer

    peer.TOKEN = TOKEN
    result = Result(config)

    def on_video(image) -> None:
        result.latencies.append((clock_ms() - read_stamp(image)) % (1 << BITS))

    endpoint = peer.WhipEndpoint(on_video=on_video).start() if config.whip else None
    rtmp = f"rtmp://127.0.0.1:{free_port()}/live/bench" if config.rtmp else None
    receiver = subprocess.Popen([sys.executable, "-c", RECEIVER, rtmp], stdout=subprocess.DEVNULL) if rtmp else None
    try:
        with tempfile.TemporaryDirectory() as folder:
            command = [sys.executable, __file__, "--show", json.dumps(config.__dict__), "--size", size,
                       "--seconds", str(seconds), "--folder", folder]
            command += ["--rtmp", rtmp] if rtmp else []
            command += ["--whip", endpoint.url] if endpoint else []
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        figures = json.loads(output.strip().splitlines()[-1])
        result.cpu_per_s, result.fps, result.outputs = figures["cpu_per_s"], figures["fps"], figures["outputs"]
    finally:
        if endpoint is not None:
            endpoint.stop()
        if receiver is not None:
            receiver.wait(60)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--show", help=argparse.SUPPRESS)  # worker mode: the config as JSON
    parser.add_argument("--rtmp", help=argparse.SUPPRESS)
    parser.add_argument("--whip", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.show:
        show(args.size, args.seconds, Config(**json.loads(args.show)), args.rtmp, args.whip, args.folder)
        return
    results = [run(config, args.size, args.seconds) for config in CONFIGS]
    alone = results[0].cpu_per_s
    print(f"{args.size}@{FPS}, {KBPS} kbit/s veryfast, {args.seconds:.0f} s a show; CPU-s per s of the show's processes")
    print(f"{'show':40} {'CPU-s/s':>8} {'x rec.':>7} {'fps':>6}  WHIP glass-to-glass")
    for result in results:
        print(f"{result.config.name:40} {result.cpu_per_s:8.2f} {result.cpu_per_s / alone:7.2f} {result.fps:6.1f}  "
              f"{result.latency()}")
    for result in results:
        print(f"  {result.config.name}: " + "; ".join(result.outputs))


if __name__ == "__main__":
    main()
