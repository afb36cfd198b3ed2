"""A typed snapshot of a running show, read by a driver whenever it likes (once a second)."""

from __future__ import annotations

from dataclasses import dataclass

from media.health import Health
from media.output import OutputStats


@dataclass(frozen=True)
class PartHealth:
    name: str
    health: Health


@dataclass(frozen=True)
class ShowStats:
    show_id: int
    rehearsal: bool
    running_seconds: float
    fps: float
    rendered: int
    lagged: int  # frames the clock could not compose in time
    encoded: int
    encoder_skipped: int  # composed frames the encoder could not get to
    compose_ms: float
    encode_ms: float
    destinations: tuple[OutputStats, ...]  # state, bitrate, bytes, dropped, reconnect attempt and next try
    recording: OutputStats | None
    parts: tuple[PartHealth, ...]  # sources, clock, encoder, audio, graphics, chat
    chat: str  # the chat floor's line, or ""

    def failed_parts(self) -> tuple[PartHealth, ...]:
        return tuple(part for part in self.parts if part.health.failed)

    def line(self) -> str:
        """One line for a console, once a second."""
        words = ["REHEARSAL"] if self.rehearsal else []
        words += [f"fps {self.fps:4.1f}", f"rendered {self.rendered}", f"lagged {self.lagged}",
                  f"encoded {self.encoded}", f"skipped {self.encoder_skipped}",
                  f"compose {self.compose_ms:.1f} ms", f"encode {self.encode_ms:.1f} ms"]
        for output in (*self.destinations, *((self.recording,) if self.recording else ())):
            words.append(f"[{output.name}: {output.state}, {output.bitrate_kbps:.0f} kbit/s, "
                         f"dropped {output.dropped_packets}]")
        words += [f"[{part.name}: {part.health.text()}]" for part in self.failed_parts()]
        return "  ".join(words)
