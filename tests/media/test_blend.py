import numpy as np
import pytest

from media.blend import blend_onto, prepare_overlay


def overlay(colour_bgr, alpha, size=(4, 6)):
    """A premultiplied BGRA block of one colour at one alpha."""
    pixels = np.zeros((*size, 4), np.uint8)
    pixels[..., :3] = np.round(np.array(colour_bgr) * alpha / 255)
    pixels[..., 3] = alpha
    return pixels


def test_half_transparent_red_over_grey_mixes_them():
    frame = np.full((10, 10, 3), 200, np.uint8)
    blend_onto(frame, prepare_overlay(overlay((0, 0, 255), 128), 2, 3))
    assert frame[3, 2].tolist() == pytest.approx([100, 100, 228], abs=1)
    assert frame[0, 0].tolist() == [200, 200, 200]  # outside the box: untouched
    assert frame[7, 8].tolist() == [200, 200, 200]


def test_opaque_covers_and_transparent_leaves_alone():
    frame = np.full((10, 10, 3), 50, np.uint8)
    blend_onto(frame, prepare_overlay(overlay((10, 20, 30), 255), 0, 0))
    blend_onto(frame, prepare_overlay(overlay((255, 255, 255), 0), 5, 5))
    assert frame[0, 0].tolist() == [10, 20, 30] and frame[6, 6].tolist() == [50, 50, 50]


def test_an_overlay_hanging_off_the_frame_is_clipped():
    frame = np.zeros((10, 10, 3), np.uint8)
    blend_onto(frame, prepare_overlay(overlay((255, 255, 255), 255), 8, -2))
    assert frame[:2, 8:].min() == 255 and frame[2:, :].max() == 0 and frame[:, :8].max() == 0
    blend_onto(frame, prepare_overlay(overlay((255, 255, 255), 255), 50, 50))  # wholly outside: nothing


def test_opacity_scales_the_whole_overlay():
    frame = np.zeros((4, 6, 3), np.uint8)
    blend_onto(frame, prepare_overlay(overlay((200, 200, 200), 255), 0, 0, opacity=0.5))
    assert frame[0, 0].tolist() == pytest.approx([100, 100, 100], abs=1)


def test_a_window_on_a_prepared_strip_blends_those_columns_without_copying():
    from media.blend import window

    strip = np.zeros((2, 8, 4), np.uint8)
    strip[:, 5:, :] = 255  # opaque white from column 5 on
    prepared = prepare_overlay(strip, 0, 0)
    view = window(prepared, 4, 3, x=1, y=0)
    assert np.shares_memory(view.colour, prepared.colour)
    frame = np.zeros((2, 5, 3), np.uint8)
    blend_onto(frame, view)
    assert frame[0, :, 0].tolist() == [0, 0, 255, 255, 0]
