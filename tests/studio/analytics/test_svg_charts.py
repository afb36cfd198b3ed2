"""The report's charts hold any text from outside as text: every fragment is well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.analytics.svg_charts import Band, minute_bars, product_bars
from studio.plain_text import clean_line

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    root = ElementTree.fromstring(svg)
    return [element.text or "" for element in root.iter() if element.tag in (f"{SVG}text", f"{SVG}title")]


@settings(max_examples=60, deadline=None)
@given(name=st.text(max_size=80), code=st.text(max_size=20))
def test_any_product_name_or_pin_code_is_text_in_well_formed_svg(name, code):
    bars = product_bars("Revenue per product", [(name, 10.0, "R$ 10,00"), ("A1", 5.0, "R$ 5,00")])
    shown = clean_line(name)
    assert any(text == (shown if len(shown) <= 32 else shown[:31] + "…") for text in texts(bars))
    minutes = minute_bars("Orders", [1, 0, None, 3], bands=[Band(0.5, 2.5, code)])
    assert clean_line(code) in texts(minutes)


def test_minutes_without_a_count_have_no_bar_and_bands_stay_on_the_axis():
    svg = minute_bars("Viewers", [4, None, 0, 8], bands=[Band(-1.0, 99.0, "A1")])
    root = ElementTree.fromstring(svg)
    bars = [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "bar"]
    assert [bar.find(f"{SVG}title").text for bar in bars] == ["min 0: 4", "min 3: 8"]
    band = next(rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "band")
    assert float(band.get("x")) == 96.0 and float(band.get("x")) + float(band.get("width")) == 760 - 12
