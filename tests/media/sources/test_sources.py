"""Each kind of source behind the one Source interface, with real files."""

from __future__ import annotations

import time
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from media.health import PartState
from media.slate import SLATE_BGR
from media.source import SourceError
from media.sources.camera import CameraSource
from media.sources.still import ColourSource, ImageSource, parse_colour
from media.sources.video_file import VideoFileSource


def write_video(path: Path, seconds: float, fps: int = 30, size: tuple[int, int] = (160, 96)) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = *size, "yuv420p"
        for index in range(round(seconds * fps)):
            image = np.full((size[1], size[0], 3), (0, 0, index * 4 % 256), np.uint8)
            frame = av.VideoFrame.from_ndarray(image, format="bgr24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def running():
    started = []

    def start(source):
        started.append(source)
        source.start()
        return source

    yield start
    for source in started:
        source.stop()


def test_a_camera_that_dies_shows_the_slate_and_comes_back(tmp_path, running):
    clip = write_video(tmp_path / "camera.mp4", 0.5)
    camera = running(CameraSource(str(clip), 160, 96, fps=30))
    wait_for(lambda: camera.latest() is not None and not camera.lost)
    wait_for(lambda: camera.lost)  # the "device" ran dry: unplugged
    slate = camera.latest().image
    assert tuple(int(value) for value in slate[2, 2]) == SLATE_BGR
    wait_for(lambda: not camera.lost, timeout=5)  # retried after a second and found it again
    clip.unlink()
    wait_for(lambda: camera.lost, timeout=5)
    time.sleep(1.5)
    assert camera.lost and camera.running  # still trying, still alive


@pytest.mark.parametrize(("device", "reason"), [(97, "no camera at index 97"), ("video97", "no camera at {}")])
def test_a_missing_camera_says_so_shows_the_slate_and_keeps_trying(tmp_path, running, capfd, device, reason):
    if isinstance(device, str):
        device = str(tmp_path / device)  # a device path that does not exist here
    camera = running(CameraSource(device, 160, 96))
    wait_for(lambda: camera.latest() is not None)
    first_retry = camera.health.next_retry
    assert (camera.health.state, camera.health.reason) == (PartState.FAILED, reason.format(device))
    assert camera.lost and tuple(int(v) for v in camera.latest().image[2, 2]) == SLATE_BGR
    assert camera.part_name == f"camera:{device}"
    wait_for(lambda: camera.latest().index >= 2)  # tried again, and again: still the slate
    assert camera.running and camera.health.failed and camera.health.next_retry > first_retry
    assert capfd.readouterr().err == ""  # OpenCV printed none of its own warnings on the terminal


def test_a_video_file_loops_in_real_time(tmp_path, running):
    source = running(VideoFileSource(write_video(tmp_path / "clip.mp4", 0.4)))
    wait_for(lambda: source.latest() is not None)
    time.sleep(1.0)
    assert 18 <= source.latest().index <= 40  # about 30 frames a second, looping past the clip's 12


def test_a_file_that_is_not_a_video_is_named(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(SourceError, match="notes.txt: not a video"):
        VideoFileSource(tmp_path / "notes.txt")


def test_an_image_and_a_colour_are_held(tmp_path, running):
    cv2.imwrite(str(tmp_path / "logo.png"), np.full((20, 30, 3), (1, 2, 3), np.uint8))
    image = running(ImageSource(tmp_path / "logo.png"))
    colour = running(ColourSource(parse_colour("#ff8800"), 8, 4))
    wait_for(lambda: image.latest() is not None and colour.latest() is not None)
    assert image.latest().image.shape == (20, 30, 3)
    assert colour.latest().image[0, 0].tolist() == [0, 136, 255]
    with pytest.raises(SourceError, match="'orange' is not a colour"):
        parse_colour("orange")
