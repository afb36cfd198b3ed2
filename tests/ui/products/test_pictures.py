"""Pictures of an imported Shopify export fetched in the background from a real HTTP server on
loopback: the dock shows "Pictures: n of m", the thumbnail replaces the placeholder, and the
card reads the local file; a picture that failed waits for its retry."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from PySide6.QtCore import Qt

from studio.catalog import find_by_code
from studio.imports import import_products
from studio.overlay_views import product_card_view
from studio.store import store_session
from tests.picture_server import picture_server_fixture, png_bytes  # noqa: F401  # the fixture
from tests.ui.products.rows import cell
from ui.products.products_model import PICTURE

HEADER = "Handle,Title,Variant SKU,Variant Price,Variant Inventory Qty,Image Src,Image Position,Status\n"


async def good(_request: web.Request) -> web.Response:
    return web.Response(body=png_bytes(), content_type="image/png")


async def unavailable(_request: web.Request) -> web.Response:
    return web.Response(status=503)


def test_imported_pictures_are_fetched_counted_and_shown(qtbot, dock, paths, picture_server, tmp_path):
    server = picture_server({"/scarf.png": good, "/down.png": unavailable})
    sheet = tmp_path / "export.csv"
    sheet.write_text(HEADER + f"silk-scarf,Silk Scarf,SCARF-1,30.00,5,{server.url('/scarf.png')},1,active\n"
                     f"wool-hat,Wool Hat,HAT-1,20.00,5,{server.url('/down.png')},1,active\n", encoding="utf-8")
    with store_session(paths) as db:
        import_products(db, sheet, currency="USD")
    dock.reload()  # as the window does after an import
    waiting = "1 picture could not be fetched yet: trying again later"
    qtbot.waitUntil(lambda: dock.pictures.toolTip() == waiting, timeout=20000)  # the scarf in, the hat failed
    assert dock.pictures.text() == "Pictures: 1 of 2" and not dock.pictures.isHidden()
    qtbot.waitUntil(lambda: cell(dock, "A11", PICTURE).data(Qt.ItemDataRole.DecorationRole) is not None,
                    timeout=20000)
    assert cell(dock, "A12", PICTURE).data(Qt.ItemDataRole.DecorationRole) is None  # the placeholder stays
    with store_session(paths) as db:
        scarf = find_by_code(db, "A11")
    assert Path(scarf.image).parent == paths.images
    assert product_card_view(scarf, "en_US").image_path == scarf.image  # the card draws the local file
