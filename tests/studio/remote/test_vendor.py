"""The vitrina vendor's selling requests and events, on a rehearsal whose built-in audience
chats, asks and buys: each request is the store write a terminal command makes."""

from __future__ import annotations

from collections.abc import Iterator

import obsws_python as obs
import pytest
from obsws_python.error import OBSSDKRequestError

from studio.commerce.flash_sales import active_sale
from studio.commerce.giveaways import start_giveaway
from studio.commerce.question_queue import featured_question
from studio.live.settings import ShowSettings
from studio.live.show import LiveShow
from studio.paths import Paths
from studio.remote.server import RemoteServer
from studio.shows import pinned_product_id
from studio.store import store_session
from tests.studio.remote.conftest import PASSWORD, Received, listen, opened, remote_control, wait_for

REHEARSAL = ShowSettings(width=320, height=180, video_kbps=600, source="colour:#2060C0", audio="none",
                         chat=("rehearsal:40",), rehearsal=True)


@pytest.fixture
def rehearsal(paths: Paths) -> Iterator[LiveShow]:
    with opened(paths, REHEARSAL) as running:
        yield running


@pytest.fixture
def remote(rehearsal: LiveShow) -> Iterator[RemoteServer]:
    with remote_control(rehearsal) as running:
        yield running


@pytest.fixture
def client(remote: RemoteServer) -> Iterator[obs.ReqClient]:
    requests = obs.ReqClient(host="127.0.0.1", port=remote.port, password=PASSWORD, timeout=30)
    yield requests
    requests.disconnect()


def vendor(client: obs.ReqClient, request_type: str, **data) -> dict:
    return client.call_vendor_request("vitrina", request_type, data).response_data


def test_new_orders_and_questions_arrive_as_vendor_events_and_can_be_listed(remote, client):
    received = Received()
    listener = listen(remote.port, received, "VendorEvent")
    try:
        order = received.wait_for(lambda _, data: data.event_type == "OrderPlaced").event_data
        question = received.wait_for(lambda _, data: data.event_type == "QuestionAsked").event_data
    finally:
        listener.disconnect()
    assert order["id"] > 0 and order["code"] and order["quantity"] >= 1 and order["totalText"]
    listed = vendor(client, "ListOrders")["orders"]
    assert order["id"] in [line["id"] for line in listed]
    assert all(line["id"] > order["id"] for line in vendor(client, "ListOrders", since=order["id"])["orders"])
    assert question["text"] and question["id"] in [one["id"] for one in vendor(client, "ListQuestions")["questions"]]
    assert vendor(client, "FeatureQuestion", id=question["id"]) == {"id": question["id"]}
    with pytest.raises(OBSSDKRequestError) as not_a_question:
        vendor(client, "FeatureQuestion", id=order["id"] + 10_000_000)
    assert not_a_question.value.code == 600


def test_pin_next_unpin_and_a_flash_sale_are_store_writes(rehearsal, client):
    products = vendor(client, "ListProducts", limit=3)["products"]
    assert len(products) == 3 and products[0]["priceText"].startswith("$")
    vendor(client, "PinProduct", code=products[0]["code"])
    assert vendor(client, "NextProduct")["pinned"]["code"] == products[1]["code"]
    sale = vendor(client, "StartFlashSale", price="1.50", minutes=2)
    assert (sale["code"], sale["price"]) == (products[1]["code"], 150)
    with store_session(rehearsal.paths) as db:
        pinned = pinned_product_id(db, rehearsal.show_id)
        assert pinned is not None and active_sale(db, pinned).price == 150
    with pytest.raises(OBSSDKRequestError) as dearer:
        vendor(client, "StartFlashSale", code=products[1]["code"], price=100_000)
    assert dearer.value.code == 400 and "is not below the price" in str(dearer.value)
    assert vendor(client, "EndFlashSale") == {"code": products[1]["code"], "ended": True}
    assert vendor(client, "UnpinProduct") == {"pinned": None}
    with pytest.raises(OBSSDKRequestError) as nothing_pinned:
        vendor(client, "EndFlashSale")
    assert nothing_pinned.value.code == 600


def test_a_poll_and_a_giveaway_drawn_remotely(rehearsal, client):
    assert vendor(client, "StartPoll", question="Colour?", options=["Sand", "Olive"], minutes=1)["pollId"] > 0
    with pytest.raises(OBSSDKRequestError) as lonely:
        vendor(client, "StartPoll", question="Colour?", options=["Sand"])
    assert lonely.value.code == 400
    with store_session(rehearsal.paths) as db:
        start_giveaway(db, rehearsal.show_id, "win", 1)
        entries = lambda: db.execute("SELECT count(*) FROM giveaway_entries").fetchone()[0]  # noqa: E731
        wait_for(lambda: entries() > 0)
    drawn = vendor(client, "DrawGiveaway")
    assert drawn["winner"] and drawn["entries"] >= 1 and drawn["seed"]
    with pytest.raises(OBSSDKRequestError) as twice:
        vendor(client, "DrawGiveaway")
    assert twice.value.code == 604


def test_an_unknown_vendor_or_vendor_request_is_not_found(client, rehearsal):
    for name, request_type in (("obs-shaders", "PinProduct"), ("vitrina", "Refund")):
        with pytest.raises(OBSSDKRequestError) as missing:
            client.call_vendor_request(name, request_type, {})
        assert missing.value.code == 600
    with store_session(rehearsal.paths) as db:
        assert featured_question(db, rehearsal.show_id) is None
