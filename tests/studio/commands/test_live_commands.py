"""What the host does during a show from a terminal: pin, sell, restock, poll, give away,
moderate and answer, each as `vitrina COMMAND` on the store a running show reads."""

from __future__ import annotations

import json
import time

from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.paths import resolve_paths
from studio.shows import pinned_product_id
from studio.storage import open_database
from studio.store import open_store


def chat(tmp_path, show: int, *lines: tuple[str, str], badges: frozenset[str] = frozenset()) -> None:
    db = open_store(resolve_paths(tmp_path), seed_demo=False)
    try:
        desk = ChatDesk(db, show)
        for author, text in lines:
            desk.take(ChatMessage("twitch", "#shop", author, author.title(), text, time.time(), badges))
    finally:
        db.conn.close()


def query(tmp_path, sql: str, *params):
    db = open_database(tmp_path / "vitrina.db")
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.conn.close()


def test_pin_and_unpin_name_the_show_and_refuse_an_unknown_code(vitrina, show, tmp_path):
    assert vitrina("pin", "a2")[:2] == (0, f"show {show}: A2 Ceramic Pour-Over Mug pinned\n")
    db = open_database(tmp_path / "vitrina.db")
    assert pinned_product_id(db, show) is not None
    db.conn.close()
    code, _, errors = vitrina("pin", "ZZ9")
    assert code == 1 and errors == "vitrina: ZZ9: no product has that code (see `vitrina products`)\n"
    assert vitrina("unpin")[0] == 0
    assert query(tmp_path, "SELECT pinned_product_id FROM shows") == [(None,)]


def test_without_a_show_the_commands_say_how_to_start_one(vitrina):
    code, _, errors = vitrina("orders")
    assert code == 1 and "there has been no show yet (start one with `vitrina run`)" in errors


def test_orders_are_listed_moved_on_and_a_cancellation_serves_the_waitlist(vitrina, show, tmp_path):
    db = open_database(tmp_path / "vitrina.db")
    with db.conn:
        db.execute("UPDATE products SET stock = 1 WHERE code = 'A2'")
    db.conn.close()
    chat(tmp_path, show, ("ana", "sold A2"), ("bea", "sold A2"))
    code, out, _ = vitrina("orders")
    assert code == 0 and "reserved   A2 × 1  $24.00  Ana (twitch)" in out and out.endswith(f"show {show}: 1 orders\n")
    [(first,)] = query(tmp_path, "SELECT id FROM orders")
    assert vitrina("order", str(first), "confirm")[:2] == (0, f"order {first}: confirmed\n")
    code, _, errors = vitrina("order", str(first), "ship")
    assert code == 1 and errors == f"vitrina: order {first} is confirmed; it cannot become shipped\n"
    assert vitrina("order", str(first), "cancel")[0] == 0
    listed = json.loads(vitrina("orders", "--json")[1])
    assert [(line["buyer_name"], line["state"]) for line in listed] == [("Ana", "cancelled"), ("Bea", "reserved")]
    assert json.loads(vitrina("orders", "--json", "--state", "reserved")[1])[0]["buyer_name"] == "Bea"


def test_restock_names_the_variant_and_serves_the_waitlist_first(vitrina, show, tmp_path):
    db = open_database(tmp_path / "vitrina.db")
    with db.conn:
        db.execute("UPDATE variants SET stock = 0 WHERE sku = 'CARDIGAN-KNIT-M'")
    db.conn.close()
    chat(tmp_path, show, ("ana", "quero A9 M x2"))
    code, _, errors = vitrina("restock", "A9", "3")
    assert code == 1 and "restock A9: which Size?" in errors
    code, _, errors = vitrina("restock", "A9", "3", "XXL")
    assert code == 1 and "which Size? ('xxl' is not one of A9's)" in errors
    assert vitrina("restock", "A9", "3", "m")[:2] == (0, "A9: 3 added; 1 waiting buyers got orders\n")
    assert query(tmp_path, "SELECT stock FROM variants WHERE sku = 'CARDIGAN-KNIT-M'") == [(1,)]
    assert query(tmp_path, "SELECT buyer_name, quantity FROM orders") == [("Ana", 2)]


def test_a_flash_sale_is_priced_in_the_products_currency_and_refused_when_not_a_discount(vitrina, show, tmp_path):
    code, out, _ = vitrina("flash-sale", "A2", "19,50", "--minutes", "3")
    assert code == 0 and out.startswith("A2: $19.50 for 3 min (until ")
    chat(tmp_path, show, ("ana", "sold A2"))
    assert query(tmp_path, "SELECT unit_price FROM orders") == [(1950,)]
    for args, message in ((("A2", "30"), "30 is not below the price, $24.00"), (("A2", "abc"), "'abc' is not a price"),
                          (("A2",), "give the sale price"), (("A2", "10", "--minutes", "0"), "not 0 minutes")):
        code, _, errors = vitrina("flash-sale", *args)
        assert code == 1 and message in errors, errors
    assert vitrina("flash-sale", "A2", "--end")[1] == "A2: sale ended\n"
    assert vitrina("flash-sale", "A2", "--end")[1] == "A2: no sale was running\n"


def test_a_poll_counts_one_vote_per_viewer(vitrina, show, tmp_path):
    assert vitrina("poll", "start", "Next colour?", "Sand", "Olive", "Rust")[0] == 0
    chat(tmp_path, show, ("ana", "2"), ("bea", "B"), ("ana", "1"), ("cid", "3"), ("dee", "hello"))
    code, out, _ = vitrina("poll", "results")
    assert code == 0 and out == "Next colour?\n  1. Sand: 0 (0%)\n  2. Olive: 2 (67%)\n  3. Rust: 1 (33%)\n"
    code, _, errors = vitrina("poll", "start", "Only one?", "Yes")
    assert code == 1 and "a poll has 2 to 6 options, not 1" in errors


def test_a_giveaway_is_drawn_once_and_verified_by_its_seed(vitrina, show, tmp_path):
    assert vitrina("giveaway", "start", "win")[0] == 0
    code, _, errors = vitrina("giveaway", "draw")
    assert code == 1 and "nobody has entered yet" in errors
    chat(tmp_path, show, *((f"viewer{index}", "win!") for index in range(20)))
    chat(tmp_path, show, ("mod", "win"), badges=frozenset({"moderator"}))
    code, out, _ = vitrina("giveaway", "draw")
    assert code == 0 and "among 20 entries" in out and "Mod" not in out
    [(giveaway, winner)] = query(tmp_path, "SELECT id, winner_name FROM giveaways")
    assert winner in out
    assert vitrina("giveaway", "verify", str(giveaway))[1].endswith(f"draws {winner} again among 20 entries\n")
    code, _, errors = vitrina("giveaway", "draw")
    assert code == 1 and "was drawn already" in errors
    db = open_database(tmp_path / "vitrina.db")
    with db.conn:
        db.execute("DELETE FROM giveaway_entries WHERE entrant_name = ?", (winner,))
    db.conn.close()
    code, _, errors = vitrina("giveaway", "verify", str(giveaway))
    assert code == 1 and "the entries changed after the draw" in errors


def test_blocked_words_and_users_are_listed_unblocked_and_hide_chat(vitrina, show, tmp_path):
    assert vitrina("block", "word", "Scam")[0] == 0
    assert vitrina("block", "user", "Troll")[0] == 0
    assert vitrina("blocked")[1] == "words: scam\nusers: troll\n"
    chat(tmp_path, show, ("troll", "sold A2"), ("ana", "a SCAM!"), ("bea", "nice"))
    assert [kind for (kind,) in query(tmp_path, "SELECT kind FROM chat_messages ORDER BY id")] == [
        "hidden", "hidden", "message"]
    assert query(tmp_path, "SELECT count(*) FROM orders") == [(0,)]
    assert vitrina("unblock", "word", "scam")[0] == 0
    code, _, errors = vitrina("unblock", "word", "scam")
    assert code == 1 and "word scam was not blocked" in errors
    code, _, errors = vitrina("block", "word", "  ")
    assert code == 1 and "not an empty" in errors


def test_questions_are_listed_pinned_first_and_one_is_featured_at_a_time(vitrina, show, tmp_path):
    chat(tmp_path, show, ("ana", "Does it come in olive?"), ("bea", "¿Hay talla M?"), ("cid", "hi"))
    first, second = (row[0] for row in query(tmp_path, "SELECT id FROM chat_messages WHERE kind = 'question' ORDER BY id"))
    assert vitrina("question", str(second), "pin")[0] == 0
    code, out, _ = vitrina("questions")
    lines = out.splitlines()
    assert code == 0 and "pinned" in lines[0] and "Bea: ¿Hay talla M?" in lines[0] and "Ana: Does it" in lines[1]
    vitrina("question", str(first), "feature")
    vitrina("question", str(second), "feature")
    assert query(tmp_path, "SELECT question_state FROM chat_messages WHERE kind = 'question' ORDER BY id") == [
        ("answered",), ("featured",)]
    [(hello,)] = query(tmp_path, "SELECT id FROM chat_messages WHERE kind = 'message'")
    code, _, errors = vitrina("question", str(hello), "feature")
    assert code == 1 and f"message {hello} is not a question" in errors


def test_a_blocked_word_in_a_display_name_hides_the_message_too(vitrina, show, tmp_path):
    vitrina("block", "word", "scam")
    chat(tmp_path, show, ("Scam_Shop", "sold A2"), ("ana", "sold A2"))
    assert [name for (name,) in query(tmp_path, "SELECT buyer_name FROM orders")] == ["Ana"]


def test_forgetting_a_buyer_leaves_no_name_in_the_store_or_the_log(vitrina, show, tmp_path):
    vitrina("blocked")  # the log file is set up as the program sets it up
    chat(tmp_path, show, ("zoë", "sold A2"), ("zoë", "does A1 come in olive?"), ("bea", "sold A1 M sand"))
    code, out, _ = vitrina("forget-buyer", "ZOË")
    assert code == 0 and out.startswith("forgot ZOË: 2 messages removed, 1 orders")
    database = (tmp_path / "vitrina.db").read_bytes() + b"".join(
        path.read_bytes() for path in tmp_path.glob("vitrina.db-*"))
    log = b"".join(path.read_bytes() for path in (tmp_path / "logs").glob("vitrina.log*"))
    assert "Zoë".encode() not in database and "zoë".encode() not in database
    assert b"order " in log and "Zoë".encode() not in log and b"Bea" not in log


def test_chat_shows_what_each_message_was_taken_for_and_hides_the_hidden(vitrina, show, tmp_path):
    vitrina("block", "word", "scam")
    chat(tmp_path, show, ("ana", "sold A9"), ("bea", "sold A2"), ("cid", "a scam, call 555"), ("dee", "is A1 soft?"))
    code, out, _ = vitrina("chat")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 5 and lines[-1] == f"show {show}: 4 messages shown"
    assert "flagged   Ana (twitch): sold A9  [which Size?]" in lines[0]
    assert "buy       Bea (twitch): sold A2  [reserved]" in lines[1]
    assert "hidden    Cid (twitch): (hidden)" in lines[2] and "555" not in out
    flagged = vitrina("chat", "--kind", "flagged")[1].splitlines()
    assert len(flagged) == 2 and "Ana" in flagged[0]
    assert vitrina("chat", "--last", "1")[1].splitlines()[0].endswith("Dee (twitch): is A1 soft?")


def test_the_report_counts_buyers_and_a_question_featured_on_air_as_answered(vitrina, show, tmp_path):
    chat(tmp_path, show, ("ana", "sold A2"), ("ana", "sold A4"), ("bea", "sold A6"), ("cid", "is A1 soft?"))
    [(question,)] = query(tmp_path, "SELECT id FROM chat_messages WHERE kind = 'question'")
    vitrina("question", str(question), "feature")
    code, out, _ = vitrina("show-report")
    assert code == 0 and out.startswith(f"show {show}: 3 orders from 2 buyers, revenue $81.00")
    assert "1 questions (1 answered)" in out
