"""Flash sale… from the dock: the price checked as `vitrina flash-sale` checks it, then the sale
in the store for the minutes chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from studio.catalog import find_by_code
from studio.commerce.flash_sales import active_sale
from studio.store import store_session
from tests.ui.products.rows import select
from ui.products.flash_sale_dialog import FlashSaleDialog


def start(dialog: FlashSaleDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_flash_sale_is_refused_until_its_price_is_below_and_then_runs(qtbot, dock, paths):
    select(dock, "A2")
    dock.flash_action.trigger()
    dialog = dock.dialog
    assert isinstance(dialog, FlashSaleDialog)
    for typed, reason in (("abc", "'abc' is not a price"), ("30", "30 is not below the price, $24.00")):
        dialog.price_field.setText(typed)
        start(dialog)
        assert dialog.problem.text() == reason and dialog.isVisible()
    dialog.price_field.setText("19,99")
    dialog.minutes_field.setValue(3)
    with qtbot.waitSignal(dock.written, timeout=10000) as written:
        start(dialog)
    assert written.args[0].refused is None
    assert dock.status.text() == "A2 on sale at $19.99 for 3 min"
    with store_session(paths) as db:
        sale = active_sale(db, find_by_code(db, "A2").id)
    assert sale is not None and sale.price == 1999 and round(sale.ends_at - sale.starts_at) == 180
