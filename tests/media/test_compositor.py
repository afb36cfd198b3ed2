"""The compositor composes layers and overlays at the output rate and never waits for a source."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np

from media.blend import prepare_overlay
from media.compositor import BACKGROUND, Compositor
from media.frame import Frame
from media.scene import Layer, Rect, Scene, full_frame


class StillSource:
    """A source whose latest frame is set by the test."""

    def __init__(self, image: np.ndarray | None) -> None:
        self.frame = None if image is None else Frame(image, 0.0, 0)

    def latest(self) -> Frame | None:
        return self.frame


def solid(width: int, height: int, bgr) -> np.ndarray:
    image = np.empty((height, width, 3), np.uint8)
    image[:] = bgr
    return image


def test_layers_are_drawn_in_order_into_their_rectangles_and_overlays_on_top():
    scene = Scene("pip", (Layer("main", Rect(0, 0, 64, 36)), Layer("pip", Rect(40, 20, 16, 9))))
    sources = {"main": StillSource(solid(128, 72, (0, 0, 200))), "pip": StillSource(solid(32, 18, (0, 200, 0)))}
    badge = np.zeros((4, 4, 4), np.uint8)
    badge[...] = (255, 255, 255, 255)
    compositor = Compositor(64, 36, 30, sources, scene, lambda _: [prepare_overlay(badge, 2, 2)])
    canvas = compositor.compose(0.0)
    assert canvas[30, 10].tolist() == [0, 0, 200]  # the main layer, scaled to fit
    assert canvas[25, 45].tolist() == [0, 200, 0]  # picture in picture
    assert canvas[3, 3].tolist() == [255, 255, 255]  # the overlay over both


def test_a_landscape_source_on_an_upright_canvas_keeps_its_shape_and_shows_its_middle():
    camera = np.zeros((90, 160, 3), np.uint8)
    camera[:, :40] = (0, 0, 200)  # red at the left and right edges: cropped away upright
    camera[:, 120:] = (0, 0, 200)
    camera[30:60, 65:95] = (255, 255, 255)  # a square in the middle
    canvas = Compositor(90, 160, 30, {"camera": StillSource(camera)}, full_frame("camera", 90, 160)).compose(0.0)
    white = np.argwhere(canvas.min(axis=2) > 200)
    (top, left), (bottom, right) = white.min(axis=0), white.max(axis=0)
    assert abs((right - left) - (bottom - top)) <= 2  # still a square, not squeezed to a third of its width
    assert abs((left + right) / 2 - 45) <= 2 and abs((top + bottom) / 2 - 80) <= 2  # in the middle
    assert not np.any(np.all(canvas == (0, 0, 200), axis=-1))  # the sides are cropped, not squeezed in


def test_a_source_of_the_canvas_shape_is_drawn_whole():
    camera = solid(160, 90, (0, 0, 0))
    camera[:, :2] = (0, 0, 200)
    canvas = Compositor(320, 180, 30, {"camera": StillSource(camera)}, full_frame("camera", 320, 180)).compose(0.0)
    assert canvas[90, 1].tolist() == [0, 0, 200]  # its left edge is still there


def test_a_source_without_a_frame_yet_leaves_the_background():
    compositor = Compositor(32, 18, 30, {"camera": StillSource(None)}, full_frame("camera", 32, 18))
    assert compositor.compose(0.0)[5, 5].tolist() == list(BACKGROUND)


def test_a_half_transparent_layer_mixes_with_what_is_below():
    scene = Scene("fade", (Layer("a", Rect(0, 0, 8, 8)), Layer("b", Rect(0, 0, 8, 8), opacity=0.5)))
    sources = {"a": StillSource(solid(8, 8, (200, 0, 0))), "b": StillSource(solid(8, 8, (0, 0, 200)))}
    assert Compositor(8, 8, 30, sources, scene).compose(0.0)[4, 4].tolist() == [100, 0, 100]


def test_the_clock_ticks_at_the_output_rate_and_counts_frames_it_could_not_make_in_time():
    frames: list[Frame] = []
    slow = threading.Event()

    def overlays(_moment):
        if slow.is_set():
            time.sleep(0.2)  # a stall far longer than a frame
        return []

    compositor = Compositor(32, 18, 30, {"a": StillSource(solid(32, 18, (1, 2, 3)))}, full_frame("a", 32, 18), overlays)
    compositor.subscribe(frames.append)
    compositor.start()
    time.sleep(1.0)
    rendered_in_a_second = len(frames)
    slow.set()
    time.sleep(0.5)
    compositor.stop()
    assert 24 <= rendered_in_a_second <= 33
    assert compositor.stats().lagged >= 4
    assert [frame.index for frame in frames] == sorted({frame.index for frame in frames})  # never repeats an index


def studio(width: int = 64, height: int = 36) -> Compositor:
    sources = {"red": StillSource(solid(width, height, (0, 0, 200))), "blue": StillSource(solid(width, height, (200, 0, 0)))}
    compositor = Compositor(width, height, 30, sources, full_frame("red", width, height))
    compositor.set_preview(full_frame("blue", width, height), 32, 18)
    return compositor


def test_studio_mode_composes_the_preview_at_preview_size():
    compositor = studio()
    preview = compositor._compose_preview()
    assert preview.shape == (18, 32, 3) and preview[9, 16].tolist() == [200, 0, 0]
    assert compositor.compose(0.0)[10, 10].tolist() == [0, 0, 200]  # program unchanged


def test_cut_takes_preview_to_program_at_once_and_program_to_preview():
    compositor = studio()
    compositor.cut()
    assert compositor.compose(0.0)[10, 10].tolist() == [200, 0, 0]
    assert compositor._compose_preview()[9, 16].tolist() == [0, 0, 200]


def test_fade_dissolves_over_its_duration_and_ends_on_the_new_scene():
    compositor = studio()
    compositor.fade(500, at=100.0)
    assert compositor.compose(100.0)[10, 10].tolist() == [0, 0, 200]
    assert compositor.compose(100.25)[10, 10].tolist() == [100, 0, 100]  # half way
    assert compositor.compose(100.5)[10, 10].tolist() == [200, 0, 0]
    assert compositor.scene.name == "Camera" and compositor.compose(200.0)[10, 10].tolist() == [200, 0, 0]
    assert compositor._compose_preview()[9, 16].tolist() == [0, 0, 200]  # the old program waits in preview


def test_the_clock_publishes_the_preview_too():
    compositor = studio()
    compositor.start()
    time.sleep(0.3)
    compositor.stop()
    assert compositor.latest_preview().image.shape == (18, 32, 3)
    assert compositor.latest().image.shape == (36, 64, 3)


def test_a_preview_larger_than_the_program_is_composed_on_its_own_background():
    from media.compositor import BACKGROUND, Compositor
    from media.scene import Scene

    compositor = Compositor(320, 180, 30, {}, Scene("Empty"))
    compositor.set_preview(Scene("Empty"), 640, 360)
    preview = compositor._compose_preview()
    assert preview is not None and preview.shape == (360, 640, 3)
    assert tuple(preview[359, 639]) == BACKGROUND


def test_transitions_from_a_driver_while_the_clock_composes_never_lose_a_scene():
    import sys
    import threading

    from media.clock import now
    from media.compositor import Compositor
    from media.scene import Scene

    first, second = Scene("A"), Scene("B")
    compositor = Compositor(64, 36, 30, {}, first)
    compositor.set_preview(second, 64, 36)
    stop = threading.Event()

    def clock() -> None:
        while not stop.is_set():
            compositor.compose(now())

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: a race shows within these transitions
    ticking = threading.Thread(target=clock)
    ticking.start()
    try:
        for index in range(3000):
            compositor.fade(1.0) if index % 3 else compositor.cut()
    finally:
        stop.set()
        ticking.join()
        sys.setswitchinterval(interval)
    compositor.compose(now() + 1.0)
    assert {compositor.scene.name, compositor.preview_scene.name} == {"A", "B"}


def test_an_ntsc_rate_ticks_at_exactly_1001_30000_s_even_when_given_as_29_97():
    frames: list[Frame] = []
    enough = threading.Event()

    def keep(frame: Frame) -> None:
        frames.append(frame)
        if len(frames) >= 40:
            enough.set()

    compositor = Compositor(32, 18, 29.97, {"a": StillSource(solid(32, 18, (1, 2, 3)))}, full_frame("a", 32, 18))
    compositor.subscribe(keep)
    compositor.start()
    assert enough.wait(30)
    compositor.stop()
    first = frames[0]
    # 1/29.97 s would be 33 ns a frame too long: 1.3 us off by the 40th tick
    assert max(abs((frame.pts - first.pts) - (frame.index - first.index) * 1001 / 30000) for frame in frames) < 1e-7


def test_the_clock_keeps_the_program_at_monitor_size_for_a_window():
    frames: list[Frame] = []
    ready = threading.Event()
    compositor = Compositor(320, 180, 30, {"a": StillSource(solid(320, 180, (10, 200, 30)))}, full_frame("a", 320, 180))
    compositor.subscribe(lambda frame: (frames.append(frame), len(frames) > 3 and ready.set()))
    compositor.set_monitor_size(160, 160)  # a tall monitor: the picture keeps its shape
    compositor.start()
    assert ready.wait(30)
    compositor.stop()
    monitor = compositor.latest_monitor()
    assert monitor is not None and monitor.image.shape == (90, 160, 4)  # opaque BGRA, as a window draws it
    assert tuple(monitor.image[45, 80]) == (10, 200, 30, 255)


def test_the_monitor_frame_is_the_program_scaled_down_close_to_an_area_average():
    """Halved by 2x2 averages, then linear the rest of the way: within half a level of INTER_AREA on
    average, off more only on a few edge pixels (fine stripes of 1-2 pixels would alias a little)."""
    y, x = np.mgrid[0:1080, 0:1920]
    picture = np.dstack([x * 255 // 1919, y * 255 // 1079, (x + y) % 256]).astype(np.uint8)
    picture[100:600, 1200:1700] = (0, 0, 255)  # hard edges too
    cv2.putText(picture, "Vitrina R$ 99,90", (80, 900), cv2.FONT_HERSHEY_SIMPLEX, 5, (255, 255, 255), 12)  # and text
    ready = threading.Event()
    compositor = Compositor(1920, 1080, 30, {"a": StillSource(picture)}, full_frame("a", 1920, 1080))
    compositor.subscribe(lambda frame: frame.index > 1 and ready.set())
    compositor.set_monitor_size(700, 420)
    compositor.start()
    assert ready.wait(30)
    compositor.stop()
    monitor = compositor.latest_monitor()
    assert monitor is not None and monitor.image.shape == (394, 700, 4)
    reference = cv2.cvtColor(cv2.resize(picture, (700, 394), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2BGRA)
    difference = np.abs(monitor.image.astype(int) - reference)
    assert difference.mean() < 0.5 and np.percentile(difference, 99) <= 6  # linear all the way: 0.34 and 9
    assert tuple(monitor.image[394 * 300 // 1080, 700 * 1400 // 1920]) == (0, 0, 255, 255)


def test_a_monitor_shown_at_half_rate_is_given_every_other_frame():
    scaled: list[int] = []
    ready = threading.Event()
    compositor = Compositor(320, 180, 30, {"a": StillSource(solid(320, 180, (10, 200, 30)))}, full_frame("a", 320, 180))

    def watch(frame: Frame) -> None:
        monitor = compositor.latest_monitor()  # subscribers hear of a frame once it is scaled (or not)
        if monitor is not None and (not scaled or scaled[-1] != monitor.index):
            scaled.append(monitor.index)
        if frame.index >= 12:
            ready.set()

    compositor.subscribe(watch)
    compositor.set_monitor_size(160, 90, every=2)
    compositor.start()
    assert ready.wait(30)
    compositor.stop()
    assert len(scaled) >= 5 and all(later - earlier >= 2 for earlier, later in zip(scaled, scaled[1:])), scaled
