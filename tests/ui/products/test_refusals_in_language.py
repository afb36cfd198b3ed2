"""A presenter whose window speaks Portuguese (or Russian) reads why a price or a flash sale was
refused in that language, with what they typed quoted as they typed it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.products.rows import cell, select
from tests.ui.products.test_flash_sale import start
from tests.ui.products.test_inline_edit import stored, type_into_cell
from tests.ui.products.test_product_editing import fill
from ui.products.flash_sale_dialog import FlashSaleDialog
from ui.products.product_dialog import ProductDialog
from ui.products.products_dock import ProductsDock
from ui.products.products_model import PRICE
from ui.translations import install_translators


@pytest.fixture
def dock_in(qtbot, qapp, bridge) -> Iterator[object]:
    """The dock built after the window's language is chosen, as the window builds it at start."""
    docks: list[ProductsDock] = []

    def open_dock(language: str) -> ProductsDock:
        assert install_translators(qapp, language) == language
        dock = ProductsDock(bridge)
        qtbot.addWidget(dock)
        qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=10000)
        docks.append(dock)
        return dock

    yield open_dock
    for dock in docks:
        dock.stop()


def test_a_price_typed_in_words_is_refused_in_portuguese(qtbot, dock_in):
    dock = dock_in("pt_BR")
    dock.add_action.trigger()
    dialog = dock.dialog
    assert isinstance(dialog, ProductDialog)
    fill(dialog, title="Caneca", sku="CANECA-1", price="três")
    dialog.submit()
    assert dialog.problem.text() == "preço: 'três' não é um preço"
    assert dialog.isVisible()
    dialog.reject()


def test_a_sku_the_store_refuses_comes_back_in_portuguese(qtbot, dock_in):
    dock = dock_in("pt_BR")
    dock.add_action.trigger()
    dialog = dock.dialog
    fill(dialog, title="Outra caneca", sku="MUG-POUR", price="3")
    with qtbot.waitSignal(dock.written, timeout=10000):
        dialog.submit()
    assert dialog.problem.text() == "SKU: outro produto já tem o SKU MUG-POUR"
    dialog.reject()


@pytest.mark.parametrize(("language", "reason"), [
    ("pt_BR", "A2, preço: '12,5 reais' não é um preço. O preço continua $24.00."),
    ("ru", "A2, цена: '12,5 reais' — не цена. Цена остаётся $24.00."),
])
def test_a_bad_price_typed_in_the_list_is_refused_in_the_windows_language(qtbot, dock_in, paths, language, reason):
    dock = dock_in(language)
    type_into_cell(qtbot, dock, cell(dock, "A2", PRICE), "12,5 reais")
    qtbot.waitUntil(lambda: dock.problem.text() != "", timeout=5000)
    assert dock.problem.text() == reason
    assert stored(paths, "A2").price == 2400


def test_a_flash_sale_is_refused_in_portuguese(qtbot, dock_in):
    dock = dock_in("pt_BR")
    select(dock, "A2")
    dock.flash_action.trigger()
    dialog = dock.dialog
    assert isinstance(dialog, FlashSaleDialog)
    for typed, reason in (("dez", "'dez' não é um preço"), ("30", "30 não é menor que o preço, $24.00"),
                          ("-5", "'-5' é negativo")):
        dialog.price_field.setText(typed)
        start(dialog)
        assert dialog.problem.text() == reason and dialog.isVisible()
    dialog.reject()
