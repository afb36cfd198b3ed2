"""The morning after: packing slips as a PDF that poppler opens (a page per cart, the QR on each
page decodes to its cart id) and the pick list as PDF, CSV or lines."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import cv2
import pytest

from tests.qr_reading import read_qr
from tests.studio.commands.test_live_commands import chat, query


def pages(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(out / "page")], check=True, capture_output=True)
    return sorted(out.glob("page-*.png"))


def text_of(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


@pytest.fixture
def sold(vitrina, show, tmp_path, qapp):  # the PDF writer paints with the tests' Qt application
    assert vitrina("settings", "shipping_fee", "5")[0] == 0
    assert vitrina("preorder", "A8", "--ships", "2026-12-12", "--cap", "5")[0] == 0
    chat(tmp_path, show, ("ana", "SOLD A2 x2"), ("ana", "sold A9 M"), ("bea", "sold A8"), ("cid", "sold A2"),
         ("dee", "sold A9 M x3"), ("zoe", "sold A5 x3"), ("eve", "sold A5"))
    codes = dict(query(tmp_path, "SELECT buyer_id, code FROM carts"))
    assert vitrina("cart", codes["cid"], "--cancel")[0] == 0  # nothing to ship for cid
    return codes


def test_packing_slips_are_a_page_per_cart_with_its_qr_buyer_items_and_totals(vitrina, show, tmp_path, sold):
    out = tmp_path / "slips.pdf"
    code, printed, _ = vitrina("packing-slips", "--out", str(out))
    shipping = ["ana", "bea", "dee", "zoe"]  # cid cancelled; eve only waits (A5 sold out)
    assert code == 0 and printed == f"wrote {len(shipping)} packing slips of show {show} to {out}\n"
    rendered = pages(out, tmp_path)
    assert len(rendered) == len(shipping)
    for image, buyer in zip(rendered, shipping, strict=True):
        decoded = read_qr(cv2.imread(str(image)))
        assert decoded == sold[buyer]
    texts = text_of(out)
    assert len(texts) == len(shipping)
    ana = " ".join(texts[0].split())
    assert f"Cart {sold['ana']}" in ana and "Ana (twitch)" in ana
    assert "A2 Ceramic Pour-Over Mug 2 $48.00" in ana and "A9 Oversized Knit Cardigan · M 1 $68.00" in ana
    assert "Shipping $5.00" in ana and "Total $121.00" in ana and "Payment: unpaid" in ana
    assert "Pre-order · ships 12 Dec" in texts[1] and "Bea (twitch)" in texts[1]


def test_the_pick_list_counts_units_per_sku_and_variant(vitrina, show, tmp_path, sold):
    code, printed, _ = vitrina("pick-list")
    assert code == 0 and printed.splitlines() == [
        "    2  MUG-POUR  A2 Ceramic Pour-Over Mug",
        "    3  SERUM-VITC-30  A5 Vitamin C Glow Serum 30 ml",
        "    0  COLDBREW-KIT  A8 Cold Brew Coffee Kit  (+1 pre-order)",
        "    4  CARDIGAN-KNIT-M  A9 Oversized Knit Cardigan M",
        f"show {show}: 9 units to pick"]
    sheet = tmp_path / "pick.csv"
    assert vitrina("pick-list", "--out", str(sheet))[0] == 0
    rows = list(csv.DictReader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    assert [(row["sku"], row["variant"], row["units"], row["pre-order units"]) for row in rows] == [
        ("MUG-POUR", "", "2", "0"), ("SERUM-VITC-30", "", "3", "0"), ("COLDBREW-KIT", "", "0", "1"),
        ("CARDIGAN-KNIT-M", "M", "4", "0")]
    pdf = tmp_path / "pick.pdf"
    assert vitrina("pick-list", "--out", str(pdf))[0] == 0
    listed, = text_of(pdf)  # one page (Inter's hyphen between capitals has no text mapping: read the titles)
    assert len(pages(pdf, tmp_path)) == 1
    assert [" ".join(line.split()[-3:]) for line in listed.splitlines() if "Cardigan" in line] == ["M 4 0"]


def test_a_bad_out_file_is_named(vitrina, show, tmp_path, sold):
    code, _, errors = vitrina("packing-slips", "--out", str(tmp_path / "slips.txt"))
    assert code == 1 and errors == f"vitrina: --out {tmp_path / 'slips.txt'}: the file must end in .pdf\n"
    code, _, errors = vitrina("pick-list", "--out", str(tmp_path / "nowhere" / "pick.csv"))
    assert code == 1 and "there is no folder" in errors
