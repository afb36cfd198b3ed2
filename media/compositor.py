"""The compositor: a clock thread that composes the program at the output rate.

Each tick takes the latest frame of every layer's source (never waiting for one), scales it
into its rectangle, blends the overlays' prepared images over their bounding boxes, and
hands the composed frame to the subscribers (the encoder, the preview). A tick that starts
late by more than a frame interval counts the missed frames as lagged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from media.blend import PreparedOverlay, blend_onto
from media.clock import now
from media.frame import Frame
from media.scene import Layer, Scene
from media.source import LatestFrameSlot, Source
from media.worker import Worker

log = logging.getLogger(__name__)

OverlayProvider = Callable[[float], Sequence[PreparedOverlay]]
Subscriber = Callable[[Frame], None]
BACKGROUND = (16, 16, 20)


@dataclass(frozen=True)
class CompositorStats:
    rendered: int
    lagged: int
    fps: float
    compose_ms: float  # mean over the last second


class Compositor(Worker):
    thread_name = "compositor"

    def __init__(self, width: int, height: int, fps: float, sources: dict[str, Source], scene: Scene,
                 overlays: OverlayProvider | None = None) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self.sources = sources
        self.scene = scene
        self._overlays = overlays or (lambda _now: ())
        self._subscribers: list[Subscriber] = []
        self._program = LatestFrameSlot()
        self._background = np.empty((height, width, 3), np.uint8)
        self._background[:] = BACKGROUND
        self._rendered = self._lagged = 0
        self._window: list[tuple[float, float]] = []  # (time, compose seconds) over the last second
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def set_scene(self, scene: Scene) -> None:
        self.scene = scene

    def latest(self) -> Frame | None:
        return self._program.latest()

    def stats(self) -> CompositorStats:
        with self._lock:
            recent = [cost for moment, cost in self._window if moment > now() - 1.0]
            return CompositorStats(self._rendered, self._lagged, float(len(recent)),
                                   1000 * sum(recent) / len(recent) if recent else 0.0)

    def compose(self, moment: float) -> np.ndarray:
        canvas = np.empty((self.height, self.width, 3), np.uint8)
        if not self._first_layer_covers_canvas():
            np.copyto(canvas, self._background)  # broadcasting a colour tuple costs ~50x more
        for layer in self.scene.layers:
            source = self.sources.get(layer.source_id)
            frame = source.latest() if source is not None and layer.visible else None
            if frame is not None:
                _draw_layer(canvas, frame.image, layer)
        for overlay in self._overlays(moment):
            blend_onto(canvas, overlay)
        return canvas

    def _first_layer_covers_canvas(self) -> bool:
        layers = [layer for layer in self.scene.layers if layer.visible]
        if not layers or layers[0].opacity < 1.0:
            return False
        rect, source = layers[0].rect, self.sources.get(layers[0].source_id)
        covers = rect.x <= 0 and rect.y <= 0 and rect.x + rect.width >= self.width and rect.y + rect.height >= self.height
        return covers and source is not None and source.latest() is not None

    def _run(self) -> None:
        interval = 1.0 / self.fps
        start = now()
        index = 0
        while not self._should_stop():
            due = start + index * interval
            late = now() - due
            if late > interval:
                skipped = int(late // interval)
                index += skipped
                with self._lock:
                    self._lagged += skipped
                due = start + index * interval
            started = now()
            frame = Frame(self.compose(due), due, index)
            self._program.put(frame)
            for subscriber in self._subscribers:
                subscriber(frame)
            with self._lock:
                self._rendered += 1
                self._window = [entry for entry in self._window if entry[0] > started - 1.0] + [(started, now() - started)]
            index += 1
            self._should_stop(max(0.0, start + index * interval - now()))


def _draw_layer(canvas: np.ndarray, image: np.ndarray, layer: Layer) -> None:
    if layer.crop is not None:
        crop = layer.crop
        image = image[crop.y : crop.y + crop.height, crop.x : crop.x + crop.width]
    if image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    rect = layer.rect
    left, top = max(rect.x, 0), max(rect.y, 0)
    right, bottom = min(rect.x + rect.width, canvas.shape[1]), min(rect.y + rect.height, canvas.shape[0])
    if right <= left or bottom <= top or image.size == 0:
        return
    if image.shape[1] != rect.width or image.shape[0] != rect.height:
        image = cv2.resize(image, (rect.width, rect.height), interpolation=cv2.INTER_AREA)
    region = image[top - rect.y : bottom - rect.y, left - rect.x : right - rect.x]
    target = canvas[top:bottom, left:right]
    if layer.opacity >= 1.0:
        target[:] = region
    else:
        cv2.addWeighted(region, layer.opacity, target, 1.0 - layer.opacity, 0.0, dst=target)
