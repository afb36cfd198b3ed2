"""`vitrina show-report`: the text summary, every figure as JSON, and one HTML file with its charts."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from studio.paths import resolve_paths
from studio.store import store_session
from tests.studio.analytics.show_builder import ShowBuilder, sold_show


@pytest.fixture
def db(tmp_path: Path):
    """The store `vitrina --data-dir tmp_path` opens, for the show to be built in."""
    with store_session(resolve_paths(tmp_path)) as database:
        yield database


@pytest.fixture
def sold(db) -> ShowBuilder:
    """The analytics tests' show, built in the data dir."""
    return sold_show(db)


class Page(HTMLParser):
    """The tags, attributes and text of a page, with the <title> of each SVG rect by its class."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rects: dict[str, list[str]] = {}
        self.text: list[str] = []
        self._rect: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        self.tags.append((tag, found))
        if tag == "rect":
            self._rect = found.get("class") or ""
            self.rects.setdefault(self._rect, [])

    def handle_endtag(self, tag):
        if tag == "rect":
            self._rect = None

    def handle_data(self, data):
        self.text.append(data)
        if self._rect is not None and self.lasttag == "title":
            self.rects[self._rect].append(data)


def test_the_text_report_says_what_each_pin_sold(vitrina, sold: ShowBuilder):
    code, out, _ = vitrina("show-report")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "show 2: 3 orders from 3 buyers, revenue R$\xa0204,70"
    assert "buyers: 2 first-time; average order R$\xa068,23; carts 1 paid, 2 unpaid; 5 chatters, conversion 60.0%" in lines
    assert lines[-2:] == ["A12 pinned 3 min 12 s: 1 order, R$\xa0119,80", "B7 pinned 1 min 30 s: 0 orders, 0"]


def test_json_carries_every_figure(vitrina, sold: ShowBuilder):
    code, out, _ = vitrina("show-report", "--json")
    report = json.loads(out)
    assert code == 0 and report["show"] == 2 and report["rehearsal"] is False
    assert (report["first_time_buyers"], report["average_order_value"], report["carts"]) == (
        2, {"BRL": 6823}, {"paid": 1, "unpaid": 2})
    assert (report["unique_chatters"], report["conversion"], report["waitlisted_units"]) == (5, 0.6, 1)
    assert report["per_minute"]["orders"] == [1, 2, 0, 0, 0, 0, 0]
    assert report["per_minute"]["revenue"] == {"BRL": [5990, 14480, 0, 0, 0, 0, 0]}
    assert [(pin["code"], pin["seconds"], pin["product"]["orders"], pin["all_products"]["revenue"]) for pin in report["pins"]] == [
        ("A12", 192.0, 1, {"BRL": 14480}), ("B7", 90.0, 0, {})]
    assert [(sold["code"], sold["units"]) for sold in report["products"]] == [("A12", 3), ("B7", 1)]
    assert report["units_per_product"] == {"A12": 3, "B7": 1}  # the summary's own figures stay


def test_html_is_one_file_with_its_charts_and_the_outside_text_escaped(vitrina, sold: ShowBuilder, tmp_path):
    target = tmp_path / "report.html"
    code, out, _ = vitrina("show-report", "--html", str(target))
    assert code == 0 and out.splitlines()[-1] == f"report written to {target}"
    text = target.read_text(encoding="utf-8")
    page = Page(text)
    assert not [tag for tag, attrs in page.tags if tag in ("script", "link", "img", "iframe") or "src" in attrs
                or "href" in attrs]
    assert "url(" not in text and "@import" not in text
    assert page.rects["band"] == ["A12", "B7"] * 2  # the pins on the orders chart and on the revenue chart
    assert "min 1: R$\xa0144,80" in page.rects["bar"]  # the revenue chart's second minute
    assert "A12 Caneca: R$\xa0179,70" in page.rects["bar"]  # revenue per product
    assert "Camiseta <b>" in page.text and "<b>" not in text  # a product's title is text, not markup
    assert "3 min 12 s" in page.text


def test_a_show_title_from_outside_cannot_break_the_page(vitrina, db, tmp_path):
    ShowBuilder(db).open('</title><script>alert("x")</script>')
    target = tmp_path / "report.html"
    assert vitrina("show-report", "--html", str(target))[0] == 0
    page = Page(target.read_text(encoding="utf-8"))
    assert not [tag for tag, _ in page.tags if tag == "script"]
    assert '</title><script>alert("x")</script>' in page.text


def test_html_to_a_folder_that_is_not_there_is_named_and_nothing_is_written(vitrina, sold: ShowBuilder, tmp_path):
    code, _, err = vitrina("show-report", "--html", str(tmp_path / "nowhere" / "report.html"))
    assert code == 1 and f"--html {tmp_path / 'nowhere' / 'report.html'}: there is no folder" in err
    assert not (tmp_path / "nowhere").exists()
