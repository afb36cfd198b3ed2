import numpy as np

from media.downscale import KEPT_FRAMES, MonitorScaler


def solid(width: int, height: int, bgr: tuple[int, int, int]) -> np.ndarray:
    image = np.empty((height, width, 3), np.uint8)
    image[:] = bgr
    return image


def test_a_frame_still_held_is_never_written_over():
    scaler = MonitorScaler()
    red = scaler.bgra(solid(1920, 1080, (0, 0, 255)), (640, 360))
    held_view = red[10:20, 10:20]  # a window painting it holds a view of its memory
    del red
    blue = scaler.bgra(solid(1920, 1080, (255, 0, 0)), (640, 360))
    assert tuple(held_view[0, 0]) == (0, 0, 255, 255)
    assert tuple(blue[180, 320]) == (255, 0, 0, 255)
    assert not np.shares_memory(held_view, blue)


def test_a_frame_nothing_holds_any_more_is_reused():
    scaler = MonitorScaler()
    first = scaler.bgra(solid(1920, 1080, (0, 0, 255)), (640, 360))
    address = first.__array_interface__["data"][0]
    del first
    again = scaler.bgra(solid(1920, 1080, (0, 255, 0)), (640, 360))
    assert again.__array_interface__["data"][0] == address
    assert tuple(again[0, 0]) == (0, 255, 0, 255)


def test_frames_held_by_the_dozen_are_each_their_own_and_the_scaler_keeps_only_a_few():
    scaler = MonitorScaler()
    held = [scaler.bgra(solid(960, 540, (level, level, level)), (480, 270)) for level in range(12)]
    assert [int(frame[100, 100, 0]) for frame in held] == list(range(12))
    assert len(scaler._handed) == KEPT_FRAMES


def test_a_new_monitor_size_gets_frames_of_that_size():
    scaler = MonitorScaler()
    assert scaler.bgra(solid(1920, 1080, (1, 2, 3)), (640, 360)).shape == (360, 640, 4)
    wider = scaler.bgra(solid(1920, 1080, (1, 2, 3)), (1100, 619))
    assert wider.shape == (619, 1100, 4) and tuple(wider[300, 500]) == (1, 2, 3, 255)
    assert scaler.bgra(solid(320, 180, (1, 2, 3)), (320, 180)).shape == (180, 320, 4)  # its own size: no step
