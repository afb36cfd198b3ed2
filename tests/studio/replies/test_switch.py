"""`vitrina settings chat_replies on|off`: the show's off switch, checked, the old value kept on a mistake."""

from __future__ import annotations

import pytest

from studio.replies.switch import SwitchError, parse_switch
from tests.studio.test_cli import vitrina


@pytest.mark.parametrize(("said", "meant"), [("on", "on"), ("OFF", "off"), (" yes ", "on"), ("0", "off")])
def test_on_and_off_in_their_usual_spellings(said, meant):
    assert parse_switch(said) == meant


def test_the_setting_is_on_by_default_turned_off_and_a_bad_value_named(tmp_path):
    assert vitrina("settings", "chat_replies", data_dir=tmp_path).stdout == "chat_replies = on\n"
    assert vitrina("settings", "chat_replies", "off", data_dir=tmp_path).stdout == "chat_replies = off\n"
    refused = vitrina("settings", "chat_replies", "maybe\x07", data_dir=tmp_path)
    assert refused.returncode == 1 and "chat_replies: write on or off, not 'maybe" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert vitrina("settings", "chat_replies", data_dir=tmp_path).stdout == "chat_replies = off\n"


def test_a_value_it_cannot_read_is_an_error_naming_the_setting():
    with pytest.raises(SwitchError, match="chat_replies: write on or off"):
        parse_switch("sometimes")


def test_a_rehearsal_sends_no_reply_to_a_real_chat():
    from studio.replies.results import Refused, Retry
    from studio.replies.route_queue import Outgoing
    from studio.replies.show_dispatch import send_from_show
    from tests.studio.replies.helpers import SHOP

    outgoing = Outgoing(SHOP, "@ana reserved A1", ("ana",), ())
    assert send_from_show(None, outgoing, rehearsal=True) == Refused(
        "a rehearsal publishes nothing: no reply goes to a real chat")
    assert isinstance(send_from_show(None, outgoing, rehearsal=False), Retry)
