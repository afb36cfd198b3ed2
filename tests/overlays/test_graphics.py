"""The other graphics: each looks as designed and says what it should."""

from __future__ import annotations

import numpy as np
import pytest

from overlays.countdown import CountdownView, clock_text, render_countdown
from overlays.featured_question import FeaturedQuestionView, render_featured_question
from overlays.giveaway import GiveawayView, render_giveaway
from overlays.logo import render_logo
from overlays.lower_third import LowerThirdView, render_lower_third
from overlays.poll import PollOption, PollView, percentages, render_poll
from overlays.sold_burst import DURATION, SoldBurstView, burst_scale_and_opacity, render_sold_burst
from resources import resource_path
from tests.overlays.conftest import CANVAS, assert_matches_golden

POLL = PollView("Which colour next?", (PollOption("1", "Sand", 12), PollOption("2", "Olive", 30), PollOption("3", "Black", 7)))


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("countdown", lambda: render_countdown(CountdownView("Flash sale", "$19.99", ends_at=125.0), 0.0, *CANVAS)),
        ("countdown_ended", lambda: render_countdown(CountdownView("Flash sale", "$19.99", ends_at=125.0), 126.0, *CANVAS)),
        ("lower_third", lambda: render_lower_third(LowerThirdView("Ana Souza", "Live from our studio in Lisbon"), *CANVAS)),
        ("featured_question", lambda: render_featured_question(
            FeaturedQuestionView("maria_k", "Does the dress come in olive? Is the linen see-through?"), *CANVAS)),
        ("poll", lambda: render_poll(POLL, *CANVAS)),
        ("giveaway", lambda: render_giveaway(GiveawayView("Giveaway: silk scrunchies", "Type WIN to enter", "128 entries"), *CANVAS)),
        ("giveaway_winner", lambda: render_giveaway(
            GiveawayView("Giveaway", "Type WIN to enter", "128 entries", winner="joão_silva"), *CANVAS)),
        ("sold_burst", lambda: render_sold_burst(SoldBurstView("Sold!", "maria_k bought A1"), 0.8, *CANVAS)),
    ],
)
def test_each_graphic_looks_as_designed(name, render):
    assert_matches_golden(name, render().pixels)


def test_the_countdown_counts_whole_seconds_and_ends_by_itself():
    view = CountdownView("Flash sale", "$19.99", ends_at=100.0)
    assert [view.seconds_left(now) for now in (0.0, 99.01, 99.99, 100.0, 500.0)] == [100, 1, 1, 0, 0]
    assert clock_text(125) == "02:05" and clock_text(0) == "00:00" and clock_text(3600) == "60:00"
    running = render_countdown(view, 0.0, *CANVAS).pixels
    ended = render_countdown(view, 100.0, *CANVAS).pixels
    assert not np.array_equal(running, ended)  # "Sale ended" on the muted panel


def test_poll_percentages_always_add_up_to_100():
    assert percentages(POLL.options) == [25, 61, 14]  # 24.49, 61.22, 14.29: the largest remainder gets the point
    assert sum(percentages(tuple(PollOption(str(n), "x", 1) for n in range(3)))) == 100
    assert percentages((PollOption("A", "x", 0), PollOption("B", "y", 0))) == [0, 0]


def test_a_poll_grows_with_its_options():
    two = render_poll(PollView("Q?", POLL.options[:2]), *CANVAS)
    three = render_poll(POLL, *CANVAS)
    assert three.height > two.height and three.width == two.width


def test_the_featured_question_stops_at_its_line_limit():
    long_text = "Is it machine washable? " * 200
    three = render_featured_question(FeaturedQuestionView("ana", long_text, max_lines=3), *CANVAS)
    five = render_featured_question(FeaturedQuestionView("ana", long_text, max_lines=5), *CANVAS)
    assert five.height > three.height
    assert three.height < 720 / 3


def test_the_sold_burst_pops_holds_and_fades():
    assert burst_scale_and_opacity(-0.1) == (0.0, 0.0)
    assert burst_scale_and_opacity(0.05)[0] < 1.0
    assert burst_scale_and_opacity(0.8) == (1.0, 1.0)
    assert 0 < burst_scale_and_opacity(DURATION - 0.1)[1] < 1
    assert render_sold_burst(SoldBurstView(), DURATION + 0.01, *CANVAS) is None


def test_a_logo_is_drawn_at_its_height_and_a_missing_one_is_skipped(tmp_path):
    logo = render_logo(str(resource_path("demo", "images", "mug.png")), *CANVAS, height=90, opacity=0.5)
    assert logo.height == 60 and logo.pixels[..., 3].max() <= 128  # 90 px at 1080p, half opacity
    assert render_logo(str(tmp_path / "none.png"), *CANVAS) is None
