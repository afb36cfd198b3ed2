"""A hostile display name on the wire (Twitch's tags can carry CR, LF, bidi overrides, any
length) comes back in the studio's reply as one plain line that names only that buyer."""

from __future__ import annotations

import re

from tests.studio.chat.floors import running_floor
from tests.studio.chat.test_irc import wait_for
from tests.studio.replies.floor_replies import floor_and_replies, joined

EVIL = r"Evil\r\nPRIVMSG\s#shop\s:free\sstuff\r\nQUIT\u202e" + "x" * 300  # IRCv3 tag escapes


def test_a_hostile_display_name_is_answered_on_one_plain_line(irc_server, tmp_path):
    floor, replies = floor_and_replies(tmp_path, irc_server.url())
    replies.start()
    try:
        with running_floor(floor):
            assert wait_for(lambda: any(line.startswith("JOIN #shop") for line in irc_server.received), 30)
            nick = next(line[5:] for line in reversed(irc_server.received) if line.startswith("NICK "))
            irc_server.send(f":{nick}!{nick}@studio JOIN #shop")
            assert joined(floor)
            irc_server.send(f"@display-name={EVIL};user-id=666 :evil!e@x PRIVMSG #shop :sold A2")
            assert wait_for(lambda: any(line.startswith("PRIVMSG") for line in irc_server.received), 60)
    finally:
        replies.stop()
    (sent,) = [line for line in irc_server.received if line.startswith("PRIVMSG")]
    assert sent.startswith("PRIVMSG #shop :@Evil PRIVMSG #shop :free stuff QUIT") and re.search(r" reserved A2 · cart [A-Z2-9]{5} · total ", sent)
    assert "\u202e" not in sent and "x" * 40 not in sent  # the name is cut at 40 characters
    assert not any(line.startswith("QUIT") for line in irc_server.received)
