"""The show's media path, wired: sources -> compositor -> one encoder -> every output.

Start and stop in order (sources before the clock reads them), add and remove outputs while
the show runs (the encoder idles while no output takes packets, and a new one starts at a
keyframe), and read the stats of every part at any time."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from media.audio.buffer import AudioBuffer
from media.audio.mixer import Mixer
from media.audio.tone import ToneSource
from media.compositor import Compositor, CompositorStats, OverlayProvider
from media.encoded_packet import EncodedPacket
from media.encoder import Encoder, EncoderSettings, EncoderStats
from media.gc_freeze import freeze_what_exists, thaw
from media.gil_slices import favour_the_clock
from media.heap_trim import HeapTrimmer
from media.opencv_threads import opencv_on_callers_thread
from media.output import Output, OutputStats
from media.scene import Scene
from media.source import Source
from media.worker import HealthListener, Worker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineStats:
    compositor: CompositorStats
    encoder: EncoderStats
    outputs: tuple[OutputStats, ...]

    def line(self) -> str:
        """One line for the console, once a second."""
        parts = [
            f"fps {self.compositor.fps:4.1f}",
            f"rendered {self.compositor.rendered}",
            f"lagged {self.compositor.lagged}",
            f"encoded {self.encoder.encoded}",
            f"skipped {self.encoder.skipped}",
            f"compose {self.compositor.compose_ms:.1f} ms",
            f"encode {self.encoder.encode_ms:.1f} ms",
        ]
        for output in self.outputs:
            parts.append(f"[{output.name}: {output.state}, {output.bitrate_kbps:.0f} kbit/s, dropped {output.dropped_packets}]")
        return "  ".join(parts)


class Pipeline:
    def __init__(self, settings: EncoderSettings, sources: dict[str, Source], scene: Scene,
                 outputs: list[Output] | None = None, audio: bool = True, overlays: OverlayProvider | None = None) -> None:
        """With `audio`, the mixer's inputs (`add_audio`) are encoded to AAC; without, video only."""
        self.sources = sources
        self._outputs: tuple[Output, ...] = ()  # swapped whole: the encoder's thread reads it without a lock
        self._pending = list(outputs or [])
        self._outputs_lock = threading.Lock()
        self._started = False
        self.audio = AudioBuffer() if audio else None
        self.mixer = Mixer(self.audio) if self.audio is not None else None
        self._audio_workers: list[Worker] = []
        self.encoder = Encoder(settings, self.audio, self._distribute)
        self.encoder.set_active(False)
        self.compositor = Compositor(settings.width, settings.height, settings.fps, sources, scene, overlays)
        self.compositor.subscribe(self.encoder.offer)
        self.heap_trimmer = HeapTrimmer()  # not among workers(): housekeeping, with no health a presenter needs

    @property
    def outputs(self) -> tuple[Output, ...]:
        return self._outputs

    def workers(self) -> list[Worker]:
        """Every part with a thread of its own, for watching their health."""
        parts: list[Worker] = [*self.sources.values(), self.compositor, self.encoder, *self._audio_workers]
        return parts + ([self.mixer] if self.mixer is not None else [])

    def watch(self, listener: HealthListener) -> None:
        for worker in self.workers():
            worker.watch(listener)

    def add_audio(self, name: str, make: Callable[[AudioBuffer], Worker], gain_db: float = 0.0) -> Worker:
        """Adds a mixer input fed by the worker `make` builds on the input's buffer."""
        if self.mixer is None:
            raise ValueError("this pipeline has no audio")
        worker = make(self.mixer.add_input(name, gain_db))
        self._audio_workers.append(worker)
        return worker

    def add_tone(self, gain_db: float = 0.0) -> None:
        self.add_audio("tone", ToneSource, gain_db)

    def start(self) -> None:
        favour_the_clock()
        opencv_on_callers_thread()
        freeze_what_exists()
        for source in self.sources.values():
            source.start()
        for worker in self._audio_workers:
            worker.start()
        if self.mixer is not None:
            self.mixer.start()
        self.encoder.start()
        self.compositor.start()
        self.heap_trimmer.start()
        self._started = True
        for output in self._pending:
            self.add_output(output)
        self._pending = []

    def add_output(self, output: Output) -> None:
        """Starts `output` and hands it every packet from the next keyframe on (WHIP also takes
        the latest frame, a tap of the mixer and the encoder, for its audio and keyframes)."""
        if not self._started:
            self._pending.append(output)
            return
        if getattr(output, "wants_frames", False):
            output.attach(self.compositor.latest, self.mixer.tap() if self.mixer else None,  # type: ignore[attr-defined]
                          self.encoder)
        output.start(self.encoder.stream_format())
        with self._outputs_lock:
            self._outputs = (*self._outputs, output)
            self.encoder.set_active(self._takes_packets())
        self.encoder.request_keyframe()

    def remove_output(self, output: Output) -> None:
        """Stops handing packets to `output`, then stops it (which may take seconds: call it off the GUI thread)."""
        with self._outputs_lock:
            self._outputs = tuple(kept for kept in self._outputs if kept is not output)
            self.encoder.set_active(self._takes_packets())
        output.stop()

    def stop(self) -> None:
        self.heap_trimmer.stop()
        self.compositor.stop()
        self.encoder.stop()
        for output in self._outputs:
            output.stop()
        if self.mixer is not None:
            self.mixer.stop()
        for worker in self._audio_workers:
            worker.stop()
        for source in self.sources.values():
            source.stop()
        thaw()
        self._started = False

    def stats(self) -> PipelineStats:
        return PipelineStats(self.compositor.stats(), self.encoder.stats(), tuple(output.stats() for output in self._outputs))

    def _takes_packets(self) -> bool:
        return any(getattr(output, "takes_packets", True) for output in self._outputs)

    def _distribute(self, packet: EncodedPacket) -> None:
        for output in self._outputs:
            output.offer(packet)
