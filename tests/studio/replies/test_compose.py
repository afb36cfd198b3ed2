"""Messages within a platform's size: long replies split at spaces, each part naming the buyer;
merged replies as many names as fit; never a byte over, whatever the script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studio.replies.compose import ELLIPSIS, MAX_PARTS, Budget, Worded, alone, merged
from studio.replies.notice import ReplyRoute
from studio.replies.phrases import Wording
from studio.replies.platform_limits import IRC_LINE_BYTES, RELAY_PREFIX_BYTES, budget

IRC = budget(ReplyRoute("irc", "#shop"))


def worded(name: str, text: str, shared: str = "reserved", personal: str = "") -> Worded:
    return Worded(name, Wording(text, shared, personal))


def test_the_irc_budget_leaves_room_for_what_the_server_puts_in_front():
    assert IRC.max_bytes == IRC_LINE_BYTES - RELAY_PREFIX_BYTES - len(b"PRIVMSG #shop :\r\n")
    twitch = budget(ReplyRoute("twitch", "#shop"))
    assert twitch.max_chars == 500 and budget(ReplyRoute("youtube", "chat")).max_chars == 200


def test_a_short_reply_is_one_message():
    assert alone(worded("ana", "reserved A1"), IRC) == ["@ana reserved A1"]


def test_a_long_reply_is_split_at_spaces_and_each_part_names_the_buyer():
    text = " ".join(f"word{index}" for index in range(120))
    parts = alone(worded("ana", text), Budget(max_bytes=100))
    assert 1 < len(parts) <= MAX_PARTS
    assert all(part.startswith("@ana ") and len(part.encode()) <= 100 for part in parts)
    assert parts[-1].endswith(ELLIPSIS)  # more than three messages' worth: the rest is elided
    said = " ".join(part.removeprefix("@ana ").removesuffix(ELLIPSIS) for part in parts).split()
    assert said == text.split()[: len(said)]


def test_a_word_longer_than_a_message_is_cut_at_a_character_not_a_byte():
    code = "ü" * 300  # two bytes each
    parts = alone(worded("ana", f"pay: {code}"), Budget(max_bytes=120))
    assert all(len(part.encode()) <= 120 for part in parts)
    assert all(part.encode().decode() == part for part in parts)
    assert len(parts) == MAX_PARTS


def test_merged_takes_names_in_order_while_they_fit():
    items = [worded(f"buyer{index:03}", "x", "reserved · held until 21:15", f"A1 M · #{index}") for index in range(60)]
    text, count = merged(items, IRC) or ("", 0)
    assert text.startswith("@buyer000 (A1 M · #0) @buyer001 (A1 M · #1) ")
    assert text.endswith(": reserved · held until 21:15")
    assert 5 < count < 60 and len(text.encode()) <= (IRC.max_bytes or 0)
    assert merged([worded("a" * 40, "x", "s" * 500)], IRC) is None  # nothing fits: the caller sends alone


@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=80),
       st.text(max_size=200), st.integers(min_value=150, max_value=500))
def test_no_message_is_ever_over_its_budget(names, text, size):
    limit = Budget(max_bytes=size, max_chars=size // 2)
    items = [worded(name, text or "reserved", "reserved", text[:30]) for name in names]
    for item in items:
        assert all(limit.fits(part) for part in alone(item, limit))
    fitted = merged(items, limit)
    assert fitted is None or limit.fits(fitted[0])
