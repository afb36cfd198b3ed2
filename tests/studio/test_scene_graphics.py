"""Which graphics a scene shows, over the demo scenes in a real store."""

from __future__ import annotations

from studio.scene_graphics import set_scene_graphics, shown_graphics
from studio.scenes import CAMERA_SCENE, PRICE_TICKER, PRODUCT_CARD, PRODUCT_SCENE, ensure_demo_scenes, find_scene


def test_showing_adds_the_layer_and_hiding_keeps_its_place(db):
    ensure_demo_scenes(db)
    set_scene_graphics(db, {CAMERA_SCENE: {PRICE_TICKER}, PRODUCT_SCENE: {PRICE_TICKER}})
    camera, product = find_scene(db, CAMERA_SCENE), find_scene(db, PRODUCT_SCENE)
    assert camera is not None and product is not None
    assert shown_graphics(camera) == {PRICE_TICKER} and [layer.target for layer in camera.layers] == ["camera", PRICE_TICKER]
    assert shown_graphics(product) == {PRICE_TICKER}
    assert [(layer.target, layer.visible) for layer in product.layers] == [
        ("camera", True), (PRODUCT_CARD, False), (PRICE_TICKER, True)]
    set_scene_graphics(db, {PRODUCT_SCENE: {PRODUCT_CARD, PRICE_TICKER}})
    product = find_scene(db, PRODUCT_SCENE)
    assert product is not None and shown_graphics(product) == {PRODUCT_CARD, PRICE_TICKER} and len(product.layers) == 3
