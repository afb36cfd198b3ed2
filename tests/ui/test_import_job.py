"""A product file the window refuses to import, in the window's language: each problem with its
line and column, the prices as the file wrote them, and how many more there are in the
language's plural form; the store keeps what it had."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from studio.catalog import list_products
from studio.store import store_session
from ui.translations import install_translators


def bad_sheet(folder, bad_prices: int):
    """Line 2's stock is negative, then `bad_prices` lines whose price is a word."""
    rows = ["SKU-0,Caneca,3.00,-2", *(f"SKU-{number},Caneca,três" for number in range(1, bad_prices + 1))]
    sheet = folder / "errado.csv"
    sheet.write_text("sku,title,price,stock\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return sheet


@pytest.mark.parametrize(("language", "bad_prices", "stock", "price", "more"), [
    ("pt_BR", 21, "linha 2, stock: '-2' é negativo: o estoque não pode ficar abaixo de zero",
     "linha 3, price: 'três' não é um preço", "... e mais 2 problemas"),
    ("ru", 20, "строка 2, stock: '-2' — отрицательное число: остаток не может быть меньше нуля",
     "строка 3, price: 'três' — не цена", "... и ещё 1 проблема"),
    ("ru", 23, "строка 2, stock: '-2' — отрицательное число: остаток не может быть меньше нуля",
     "строка 3, price: 'três' — не цена", "... и ещё 4 проблемы"),
])
def test_a_refused_import_names_each_line_in_the_windows_language(qtbot, qapp, window, studio_paths, tmp_path, language,
                                                                  bad_prices, stock, price, more):
    with store_session(studio_paths) as db:
        before = [product.sku for product in list_products(db)]
    install_translators(qapp, language)
    with qtbot.waitSignal(window.import_job.failed, timeout=10000):
        window.import_file(bad_sheet(tmp_path, bad_prices), currency="BRL")
    box: QMessageBox = window.last_error_box
    lines = box.informativeText().split("\n")
    assert lines[:2] == [stock, price] and len(lines) == 21 and lines[-1] == more
    box.close()
    with store_session(studio_paths) as db:
        assert [product.sku for product in list_products(db)] == before
