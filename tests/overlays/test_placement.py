import pytest

from overlays.placement import Anchor, Placement, place


@pytest.mark.parametrize("anchor", list(Anchor))
def test_every_anchor_keeps_the_overlay_in_the_title_safe_area(anchor):
    x, y = place(200, 100, 1920, 1080, Placement(anchor))
    assert 96 <= x and x + 200 <= 1824 and 54 <= y and y + 100 <= 1026


def test_720p_and_1080p_place_at_the_same_share_of_the_screen():
    for anchor in Anchor:
        small = place(400, 200, 1280, 720, Placement(anchor, margin=30, lift=20))
        large = place(600, 300, 1920, 1080, Placement(anchor, margin=30, lift=20))
        assert abs(small[0] * 1.5 - large[0]) <= 1 and abs(small[1] * 1.5 - large[1]) <= 1


def test_corners_are_where_they_say():
    assert place(100, 50, 1920, 1080, Placement(Anchor.TOP_LEFT)) == (96, 54)
    assert place(100, 50, 1920, 1080, Placement(Anchor.BOTTOM_RIGHT)) == (1920 - 96 - 100, 1080 - 54 - 50)
    assert place(100, 50, 1920, 1080, Placement(Anchor.CENTER)) == (910, 515)
