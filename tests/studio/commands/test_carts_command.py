"""`vitrina carts`, `vitrina cart ID`, `vitrina preorder` and the export's cart columns, on the demo
store with buyers who came through the chat desk."""

from __future__ import annotations

import csv
import io
import json

from tests.studio.commands.test_live_commands import chat, query


def test_carts_lists_each_buyers_cart_with_totals_and_json(vitrina, show, tmp_path):
    assert vitrina("settings", "shipping_fee", "7.50")[0] == 0
    assert vitrina("settings", "discount_code", "live5 5")[0] == 0
    chat(tmp_path, show, ("ana", "SOLD A2 x2"), ("ana", "sold A9 M"), ("bea", "sold A8"))
    code, out, _ = vitrina("carts", "--json")
    assert code == 0
    carts = json.loads(out)
    assert [(cart["buyer"]["name"], cart["payment"], cart["totals"]["grand"]) for cart in carts] == [
        ("Ana", "unpaid", 4800 + 6800 - 500 + 750), ("Bea", "waiting", 0)]
    assert carts[1]["waits"][0]["position"] == 1
    code, out, _ = vitrina("carts")
    ana = carts[0]["code"]
    assert code == 0 and out.splitlines()[0].startswith(f"{ana}  unpaid") and "$118.50" in out
    assert out.splitlines()[-1] == f"show {show}: 2 carts"


def test_cart_shows_one_cart_marks_it_paid_and_prints_its_pix_code(vitrina, show, tmp_path):
    chat(tmp_path, show, ("ana", "SOLD A2"))
    ana = query(tmp_path, "SELECT code FROM carts")[0][0]
    code, out, _ = vitrina("cart", ana.lower())
    assert code == 0 and out.splitlines()[0] == f"cart {ana}: Ana (twitch), unpaid"
    assert "A2 × 1  $24.00" in out and "total $24.00" in out
    code, _, errors = vitrina("cart", ana, "--pix")
    assert code == 1 and errors == f"vitrina: cart {ana} is in USD; Pix takes BRL only\n"
    code, out, _ = vitrina("cart", ana, "--paid")
    assert code == 0 and out.splitlines()[0] == f"cart {ana}: Ana (twitch), paid"
    assert query(tmp_path, "SELECT state FROM orders") == [("paid",)]
    code, _, errors = vitrina("cart", ana, "--paid")
    assert code == 1 and errors == f"vitrina: cart {ana} is paid: nothing in it can become paid\n"
    assert vitrina("cart", "ZZZZZ")[2] == "vitrina: no cart ZZZZZ (see `vitrina carts`)\n"


def test_a_pix_code_for_a_real_cart_in_reais(vitrina, show, tmp_path):
    query(tmp_path, "UPDATE products SET currency = 'BRL'")
    for name, value in (("pix_key", "+5511987654321"), ("pix_name", "Loja Vitrina"), ("pix_city", "Recife")):
        assert vitrina("settings", name, value)[0] == 0
    chat(tmp_path, show, ("ana", "quero A2"))
    ana = query(tmp_path, "SELECT code FROM carts")[0][0]
    code, out, _ = vitrina("cart", ana, "--pix")
    assert code == 0 and out.startswith("000201") and f"0505{ana}6304" in out and "540524.00" in out


def test_bad_cart_settings_name_the_setting_and_leave_the_store_as_it_was(vitrina):
    assert vitrina("settings", "hold_minutes", "15")[:2] == (0, "hold_minutes = 15\n")
    code, _, errors = vitrina("settings", "hold_minutes", "soon")
    assert code == 1 and errors.startswith("vitrina: hold_minutes: 'soon': whole minutes")
    assert vitrina("settings", "hold_minutes")[1] == "hold_minutes = 15\n"
    code, _, errors = vitrina("settings", "checkout_url_template", "https://shop.example/cart/{variant}")
    assert code == 1 and "{variant} is not one of {cart}, {total}, {items}" in errors
    code, _, errors = vitrina("settings", "discount_code", "LIVE 200%")
    assert code == 1 and "discount_code: 'LIVE 200%': a percent is more than 0 and at most 100" in errors
    assert vitrina("settings", "chat_replies", "OFF")[1] == "chat_replies = off\n"


def test_preorder_and_the_export_show_cart_ids_holds_preorders_and_waitlist_rows(vitrina, show, tmp_path):
    assert vitrina("settings", "hold_minutes", "30")[0] == 0
    assert vitrina("preorder", "A8", "--ships", "2026-12-12", "--cap", "1")[1] == (
        "A8: on pre-order, up to 1 units, shipping 2026-12-12\n")
    chat(tmp_path, show, ("ana", "SOLD A2"), ("bea", "sold A8"), ("cid", "sold A8"))
    out_file = tmp_path / "orders.csv"
    code, out, _ = vitrina("export-orders", "--out", str(out_file))
    assert code == 0 and out == f"wrote 2 orders and 1 waitlist rows of show {show} to {out_file}\n"
    rows = list(csv.DictReader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    codes = dict(query(tmp_path, "SELECT buyer_id, code FROM carts"))
    assert [(row["row"], row["cart"], row["buyer"], row["sku"], row["state"], row["payment"], row["pre-order ships"])
            for row in rows] == [
        ("order", codes["ana"], "Ana", "MUG-POUR", "reserved", "unpaid", ""),
        ("order", codes["bea"], "Bea", "COLDBREW-KIT", "reserved", "unpaid", "2026-12-12"),
        ("waitlist", codes["cid"], "Cid", "COLDBREW-KIT", "waiting", "", "")]
    assert rows[0]["order"] == "1" and rows[0]["hold until"] and rows[0]["cart total"] == "24.00"
    code, _, errors = vitrina("preorder", "A8", "--ships", "12/12/2026", "--cap", "3")
    assert code == 1 and "--ships '12/12/2026': write the date as YYYY-MM-DD" in errors


def test_a_payment_key_is_read_from_stdin_into_the_keyring_never_argv(vitrina, show, tmp_path, memory_keyring,
                                                                      monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("sk_test_1234wxyz\n"))
    assert vitrina("payment-key", "stripe")[1] == "stripe: key kept in the system keyring\n"
    assert memory_keyring.entries[("vitrina", "payment:stripe")] == "sk_test_1234wxyz"
    assert vitrina("payment-key", "stripe", "--forget")[1] == "stripe: key forgotten\n"
    assert ("vitrina", "payment:stripe") not in memory_keyring.entries
    chat(tmp_path, show, ("ana", "SOLD A2"))
    ana = query(tmp_path, "SELECT code FROM carts")[0][0]
    code, out, _ = vitrina("cart", ana, "--link", "stripe")  # no key now: nothing is sent, the cart says why
    assert code == 0 and "no provider link: no stripe key: keep one with `vitrina payment-key stripe`" in out
    assert query(tmp_path, "SELECT link_state FROM carts") == [("failed",)]
