"""The compositor: a clock thread that composes the program at the output rate.

Each tick takes the latest frame of every layer's source (never waiting for one), scales it
to cover its rectangle (centre-cropped to the rectangle's shape, never squeezed), blends the overlays' prepared images over their bounding boxes, and
hands the composed frame to the subscribers (the encoder, the preview). A tick that starts
late by more than a frame interval counts the missed frames as lagged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from media.blend import PreparedOverlay, blend_onto
from media.clock import now
from media.downscale import MonitorScaler
from media.frame import Frame
from media.frame_rate import FrameRate, exact_rate
from media.health import Health, PartState
from media.scene import Layer, Rect, Scene
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


@dataclass(frozen=True)
class Transition:
    target: Scene
    starts: float
    ends: float

    def progress(self, moment: float) -> float:
        if self.ends <= self.starts:
            return 1.0
        return min(1.0, max(0.0, (moment - self.starts) / (self.ends - self.starts)))


def scaled(scene: Scene, x_factor: float, y_factor: float) -> Scene:
    return Scene(scene.name, tuple(
        replace(layer, rect=Rect(round(layer.rect.x * x_factor), round(layer.rect.y * y_factor),
                                 max(1, round(layer.rect.width * x_factor)), max(1, round(layer.rect.height * y_factor))))
        for layer in scene.layers
    ))


class Compositor(Worker):
    thread_name = "compositor"

    def __init__(self, width: int, height: int, fps: FrameRate, sources: dict[str, Source], scene: Scene,
                 overlays: OverlayProvider | None = None) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self.sources = sources
        self.scene = scene
        self._overlays = overlays or (lambda _now: ())
        self._subscribers: list[Subscriber] = []
        self._program = LatestFrameSlot()
        self._preview = LatestFrameSlot()
        self._monitor = LatestFrameSlot()
        self._monitor_size = (0, 0)
        self._monitor_every = 1  # frames: 2 scales every other one for a monitor shown at half rate
        self._monitor_last = -(10**9)  # the index of the last frame scaled for it
        self._monitor_scaler = MonitorScaler()
        self.preview_scene: Scene | None = None
        self.preview_size = (640, 360)
        self._transition: Transition | None = None
        self._backgrounds: dict[tuple[int, int], np.ndarray] = {}  # by size: program and preview
        self._rendered = self._lagged = 0
        self._window: list[tuple[float, float]] = []  # (time, compose seconds) over the last second
        self._lock = threading.Lock()
        self._scenes = threading.Lock()  # program, preview and transition change together, from any thread

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def set_scene(self, scene: Scene) -> None:
        """The program shows `scene` from the next frame on (a fade in progress is cancelled)."""
        with self._scenes:
            self.scene, self._transition = scene, None

    def latest(self) -> Frame | None:
        return self._program.latest()

    def set_monitor_size(self, width: int, height: int, every: int = 1) -> None:
        """A window's program monitor is this big: from the next tick the clock also keeps the
        program scaled to it (on its own thread), so the GUI thread never scales a full frame;
        each `every`-th frame only, for a monitor shown at a lower rate. (0, 0) stops it."""
        self._monitor_size, self._monitor_every = (max(0, width), max(0, height)), max(1, every)

    def latest_monitor(self) -> Frame | None:
        """The latest program frame at monitor size, as opaque BGRA (None until `set_monitor_size`)."""
        return self._monitor.latest()

    def stats(self) -> CompositorStats:
        with self._lock:
            recent = [cost for moment, cost in self._window if moment > now() - 1.0]
            return CompositorStats(self._rendered, self._lagged, float(len(recent)),
                                   1000 * sum(recent) / len(recent) if recent else 0.0)

    def compose(self, moment: float) -> np.ndarray:
        """The program at `moment`: the scene (or a fade between two), then the overlays."""
        with self._scenes:
            transition = self._transition
            if transition is not None and moment >= transition.ends:
                self.scene, self._transition, transition = transition.target, None, None
            scene = self.scene
        canvas = self._compose_scene(scene, self.width, self.height)
        if transition is not None:
            incoming = self._compose_scene(transition.target, self.width, self.height)
            cv2.addWeighted(incoming, transition.progress(moment), canvas, 1.0 - transition.progress(moment), 0.0,
                            dst=canvas)
        for overlay in self._overlays(moment):
            blend_onto(canvas, overlay)
        return canvas

    # Studio mode: the next scene is prepared in preview, then taken to program.

    def set_preview(self, scene: Scene | None, width: int = 640, height: int = 360) -> None:
        with self._scenes:
            self.preview_scene, self.preview_size = scene, (width, height)

    def latest_preview(self) -> Frame | None:
        return self._preview.latest()

    def cut(self) -> None:
        """Preview goes to program at once; program goes to preview (as in OBS)."""
        with self._scenes:
            self._finish_transition()
            if self.preview_scene is not None:
                self.scene, self.preview_scene = self.preview_scene, self.scene

    def fade(self, milliseconds: float, at: float | None = None) -> None:
        """Preview dissolves into program over `milliseconds`; program goes to preview."""
        start = now() if at is None else at
        with self._scenes:
            self._finish_transition()
            if self.preview_scene is None:
                return
            target, self.preview_scene = self.preview_scene, self.scene
            self._transition = Transition(target, start, start + max(0.0, milliseconds) / 1000)

    def _scale_for_monitor(self, frame: Frame) -> None:
        width, height = self._monitor_size
        if not width or not height or frame.index - self._monitor_last < self._monitor_every:
            return
        self._monitor_last = frame.index
        scale = min(width / self.width, height / self.height, 1.0)
        size = (max(2, round(self.width * scale)), max(2, round(self.height * scale)))
        # BGRA, opaque: a window draws it as it is (Qt's RGB32); drawing BGR would convert every pixel on its GUI thread
        self._monitor.put(Frame(self._monitor_scaler.bgra(frame.image, size), frame.pts, frame.index))

    def _finish_transition(self) -> None:
        """A transition taken while another runs: the one running ends at once (the lock is held)."""
        if self._transition is not None:
            self.scene, self._transition = self._transition.target, None

    def _compose_preview(self) -> np.ndarray | None:
        with self._scenes:
            scene, (width, height) = self.preview_scene, self.preview_size
        if scene is None:
            return None
        return self._compose_scene(scaled(scene, width / self.width, height / self.height), width, height)

    def _compose_scene(self, scene: Scene, width: int, height: int) -> np.ndarray:
        canvas = np.empty((height, width, 3), np.uint8)
        if not self._first_layer_covers(scene, width, height):
            canvas[:] = self._background(width, height)  # broadcasting a colour tuple costs ~50x more
        for layer in scene.layers:
            source = self.sources.get(layer.source_id)
            frame = source.latest() if source is not None and layer.visible else None
            if frame is not None:
                _draw_layer(canvas, frame.image, layer)
        return canvas

    def _background(self, width: int, height: int) -> np.ndarray:
        background = self._backgrounds.get((width, height))
        if background is None:
            background = np.empty((height, width, 3), np.uint8)
            background[:] = BACKGROUND
            self._backgrounds = {**self._backgrounds, (width, height): background}
        return background

    def _first_layer_covers(self, scene: Scene, width: int, height: int) -> bool:
        layers = [layer for layer in scene.layers if layer.visible]
        if not layers or layers[0].opacity < 1.0:
            return False
        rect, source = layers[0].rect, self.sources.get(layers[0].source_id)
        covers = rect.x <= 0 and rect.y <= 0 and rect.x + rect.width >= width and rect.y + rect.height >= height
        return covers and source is not None and source.latest() is not None

    def _run(self) -> None:
        interval = 1 / exact_rate(self.fps)  # exact: tick n is due at start + n * 1001/30000 s, no drift
        start = now()
        index = 0
        self._set_health(Health(PartState.RUNNING))
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
            self._scale_for_monitor(frame)
            preview = self._compose_preview()
            if preview is not None:
                self._preview.put(Frame(preview, due, index))
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
    else:
        image = _covering(image, layer.rect.width, layer.rect.height)
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


def _covering(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """The middle of `image` in the shape of a width x height rectangle (a view, no copy): a source
    keeps its proportions, so a landscape camera on an upright canvas shows its centre instead of
    a squeezed picture. Shapes within 1% of each other are left whole."""
    rows, columns = image.shape[:2]
    if not rows or not columns or width <= 0 or height <= 0:
        return image
    if columns * height > rows * width * 1.01:  # wider than the rectangle
        keep = max(1, round(rows * width / height))
        left = (columns - keep) // 2
        return image[:, left : left + keep]
    if rows * width > columns * height * 1.01:  # taller
        keep = max(1, round(columns * height / width))
        top = (rows - keep) // 2
        return image[top : top + keep]
    return image
