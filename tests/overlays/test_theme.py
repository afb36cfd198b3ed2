import pytest

from overlays.contrast import worst_contrast
from overlays.countdown import CountdownView, render_countdown
from overlays.theme import DEFAULT_THEME, Theme, illegible_pair
from overlays.ticker import PriceTicker, TickerItem
from tests.overlays.conftest import CANVAS


def test_one_theme_recolours_the_graphics():
    theme = Theme(brand="#00703a", accent="#2040ff")
    strip = PriceTicker([TickerItem("Mug", "$5", "A1")], *CANVAS, theme=theme).pixels
    countdown = render_countdown(CountdownView("Sale", "$1", 60.0), 0.0, *CANVAS, theme=theme).pixels
    assert tuple(strip[2, 2, :3]) == (0x3A, 0x70, 0x00)  # BGR of the brand colour behind the ticker
    assert tuple(countdown[countdown.shape[0] - 6, countdown.shape[1] // 2, :3]) == (0xFF, 0x40, 0x20)


@pytest.mark.parametrize(("changes", "says"), [
    ({"brand": "#12345g"}, "brand: '#12345g' is not a colour"),
    ({"accent": ""}, "accent: '' is not a colour"),
    ({"font_family": "  "}, "font_family is empty"),
    ({"corner_radius": -1}, "corner_radius: -1 is not between 0 and 100"),
    ({"surface_opacity": 1.5}, "surface_opacity: 1.5 is not between 0 and 1"),
    ({"brand": "#00a050"}, "brand on surface: #00a050 on #ffffff has a contrast of 3.1:1 over some pictures; at least 4.5:1"),
    ({"accent": "#ff4f6d"}, "on_brand on accent: #ffffff on #ff4f6d has a contrast of 3.2:1"),
    ({"surface_opacity": 0.85}, "muted on surface: #64647a on #ffffff has a contrast of 4.1:1"),
])
def test_a_mistyped_theme_is_refused_with_what_is_wrong(changes, says):
    with pytest.raises(ValueError, match=says.replace("(", r"\(")):
        Theme(**changes)


def test_the_pair_that_falls_short_is_named_with_its_contrast():
    colours = DEFAULT_THEME.colours() | {"accent": "#ff4f6d"}
    failing = illegible_pair(colours, DEFAULT_THEME.surface_opacity)
    assert failing is not None and (failing.text, failing.panel) == ("on_brand", "accent")
    assert failing.ratio == worst_contrast("#ffffff", "#ff4f6d", 1.0) and round(failing.ratio, 1) == 3.2
    assert illegible_pair(DEFAULT_THEME.colours(), DEFAULT_THEME.surface_opacity) is None
