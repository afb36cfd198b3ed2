"""Adding, editing and deleting products and variants from the dock, and removing the demo
catalog; a deleted product leaves the list and a running show's ticker."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from studio.catalog import Variant, find_by_code, list_products
from studio.store import store_session
from tests.ui.products.rows import cell, column, select
from ui.products.product_dialog import ProductDialog
from ui.products.products_model import CODE, PICTURE, STOCK, TITLE


def confirm(dock) -> None:
    assert dock.confirmation is not None
    dock.confirmation.button(QMessageBox.StandardButton.Yes).click()


def fill(dialog: ProductDialog, **fields: str) -> None:
    for name, text in fields.items():
        getattr(dialog, f"{name}_field").setText(text)


def test_a_product_added_with_a_variant_gets_its_code_and_appears(qtbot, dock, paths):
    dock.add_action.trigger()
    dialog = dock.dialog
    assert isinstance(dialog, ProductDialog)
    fill(dialog, title="Velvet Headband", sku="HEAD-1", price="12,00", options="Colour")
    dialog.add_variant(Variant("", ("Plum",), 1200, stock=3))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: "Velvet Headband  ·  1 variant" in column(dock, TITLE), timeout=10000)
    assert column(dock, CODE)[-1] == "A11"
    with store_session(paths) as db:
        added = find_by_code(db, "A11")
    assert (added.price, added.variants[0].option_values, added.variants[0].stock) == (1200, ("Plum",), 3)


def test_a_refused_product_keeps_the_dialog_open_with_the_reason(qtbot, dock):
    dock.add_action.trigger()
    dialog = dock.dialog
    fill(dialog, title="Another mug", sku="MUG-POUR", price="3")
    with qtbot.waitSignal(dock.written, timeout=10000):
        dialog.submit()
    assert dialog.problem.text() == "SKU: another product has the SKU MUG-POUR already"
    assert dialog.isVisible() and dialog.title_field.text() == "Another mug"
    fill(dialog, price="three")
    dialog.submit()
    assert dialog.problem.text() == "price: 'three' is not a price"
    dialog.reject()


def test_editing_a_product_removes_a_variant_and_renames_it(qtbot, dock, paths):
    select(dock, "A9")
    dock.edit_action.trigger()
    dialog = dock.dialog
    fill(dialog, title="Chunky Cardigan")
    dialog.variants.setCurrentCell(2, 0)
    dialog.remove_variant_button.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: "Chunky Cardigan  ·  2 variants" in column(dock, TITLE), timeout=10000)
    dock.tree.expand(cell(dock, "A9", PICTURE))
    assert column(dock, STOCK, cell(dock, "A9", PICTURE)) == ["5", "8"]


def test_a_deleted_product_leaves_the_list_and_the_running_shows_ticker(qtbot, dock, open_show):
    show = open_show()
    select(dock, "A2")
    dock.pin_action.trigger()  # the ticker runs while a product is pinned
    ticker = show.pipeline.compositor._overlays  # the show's graphics: the ticker strip is drawn from its items
    assert "Ceramic Pour-Over Mug" in [item.title for item in ticker.ticker_items]
    select(dock, "A5")
    dock.delete_action.trigger()
    assert "Delete A5 Vitamin C Glow Serum 30 ml" in dock.confirmation.text()
    confirm(dock)
    qtbot.waitUntil(lambda: "A5" not in column(dock, CODE), timeout=10000)
    qtbot.waitUntil(lambda: "Vitamin C Glow Serum 30 ml" not in [item.title for item in ticker.ticker_items],
                    timeout=10000)
    assert dock.status.text() == "A5 deleted"


def test_cancelling_the_confirmation_deletes_nothing(qtbot, dock, paths):
    select(dock, "A5")
    dock.delete_action.trigger()
    dock.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    with store_session(paths) as db:
        assert find_by_code(db, "A5") is not None


def test_removing_the_demo_catalog_keeps_the_shops_own_products(qtbot, dock, paths):
    dock.add_action.trigger()
    fill(dock.dialog, title="Our candle", sku="CANDLE-1", price="15")
    with qtbot.waitSignal(dock.dialog.accepted, timeout=10000):
        dock.dialog.submit()
    dock.remove_demo_action.trigger()
    confirm(dock)
    qtbot.waitUntil(lambda: column(dock, TITLE) == ["Our candle"], timeout=10000)
    assert dock.status.text() == "Removed 10 demo products"
    with store_session(paths) as db:
        assert [product.sku for product in list_products(db)] == ["CANDLE-1"]
