"""The login, line by line, as the servers answer it: one that speaks CAP (IRCv3, multi-line
LS 302), one that answers CAP with 421 or 451, one that never mentions it; nicks in use; and
refusals, which only the server itself can make."""

from __future__ import annotations

import pytest

from studio.chat.irc_lines import parse_line
from studio.chat.irc_registration import ChatRefused, NotRegistered, Registration


def answers(login: Registration, *lines: str) -> list[str]:
    sent = []
    for line in lines:
        sent += login.answer(parse_line(line))
    return sent


def test_the_opening_is_cap_ls_then_pass_nick_and_user():
    assert Registration("shopbot", "oauth:abc", "Twitch").opening() == [
        "CAP LS 302", "PASS oauth:abc", "NICK shopbot", "USER vitrina 0 * :Vitrina"]
    assert Registration("shopbot", None, "irc.example.net").opening()[1:] == ["NICK shopbot", "USER vitrina 0 * :Vitrina"]


def test_only_what_the_server_offers_of_what_we_want_is_requested_then_cap_end():
    login = Registration("shopbot", None, "irc.example.net")
    sent = answers(login, ":irc.example.net CAP * LS * :multi-prefix sasl=PLAIN,EXTERNAL server-time",
                   ":irc.example.net CAP * LS :message-tags twitch.tv/tags=1 away-notify")
    assert sent == ["CAP REQ :twitch.tv/tags server-time"] and not login.done
    assert answers(login, ":irc.example.net 001 shopbot :Welcome") == [] and not login.done  # JOIN waits for the ACK
    assert answers(login, ":irc.example.net CAP shopbot ACK :twitch.tv/tags server-time") == ["CAP END"]
    assert login.done and login.acknowledged == ("twitch.tv/tags", "server-time")


def test_a_server_offering_nothing_we_want_gets_cap_end_at_once_and_a_nak_ends_it_too():
    login = Registration("shopbot", None, "ngircd")
    assert answers(login, ":irc.test CAP * LS :multi-prefix") == ["CAP END"]
    asking = Registration("shopbot", None, "irc.example.net")
    assert answers(asking, ":irc.example.net CAP * LS :server-time", ":irc.example.net CAP * NAK :server-time") == [
        "CAP REQ :server-time", "CAP END"]
    assert asking.acknowledged == ()


def test_twitch_silent_on_cap_ls_is_asked_for_what_it_documents_after_the_welcome():
    login = Registration("justinfan1", None, "Twitch", documented=("twitch.tv/tags", "twitch.tv/commands"))
    assert answers(login, ":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!") == ["CAP REQ :twitch.tv/tags twitch.tv/commands"]
    assert not login.done
    assert answers(login, ":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands") == ["CAP END"] and login.done


@pytest.mark.parametrize("answer", [":old.example.net 421 * CAP :Unknown command",
                                    ":old.example.net 451 * CAP :You have not registered", None])
def test_a_server_without_cap_logs_us_in_all_the_same(answer):
    login = Registration("shopbot", None, "old.example.net")
    lines = [answer] if answer else []
    assert answers(login, *lines, ":old.example.net 001 shopbot :Welcome to the network") == []
    assert login.done and login.nick == "shopbot"


def test_a_nick_in_use_is_tried_with_a_suffix_never_longer_than_the_server_allows():
    short, full, long = (Registration(nick, None, "irc.example.net") for nick in ("ana", "vitrina42", "justinfan12345"))
    in_use = ":irc.example.net 433 * {} :Nickname already in use"
    assert answers(short, in_use.format("ana"), in_use.format("ana_1")) == ["NICK ana_1", "NICK ana_2"]
    assert answers(full, in_use.format("vitrina42")) == ["NICK vitrina_1"]
    assert answers(long, in_use.format("justinfan12345")) == ["NICK justinfan123_1"]
    assert answers(short, ":irc.example.net 001 ana_2 :Welcome") == [] and short.nick == "ana_2"
    assert answers(short, in_use.format("ana")) == []  # after the welcome a 433 is about something else


def test_every_nick_in_use_ends_the_attempt_for_a_new_connection():
    login = Registration("ana", None, "irc.example.net")
    with pytest.raises(NotRegistered, match="the nick ana and 10 others are in use"):
        answers(login, *[":irc.example.net 433 * x :Nickname already in use"] * 11)


@pytest.mark.parametrize(("line", "refusal", "kind"), [
    (":irc.example.net 432 * shopbot :Erroneous nickname", "refused the nick shopbot: Erroneous nickname", ChatRefused),
    (":irc.example.net 464 * :Password incorrect", "refused the password: Password incorrect", ChatRefused),
    (":irc.example.net 465 * :You are banned\x07 from this server", "has banned this address: You are banned from",
     ChatRefused),
    (":irc.example.net 451 * JOIN :You have not registered", "did not take the login: You have not registered",
     NotRegistered),
])
def test_refusals_are_named_in_plain_words(line, refusal, kind):
    with pytest.raises(kind, match=f"^irc.example.net {refusal}"):
        answers(Registration("shopbot", None, "irc.example.net"), line)


def test_lines_relayed_from_users_change_nothing():
    login = Registration("shopbot", None, "irc.example.net")
    relayed = [":mallory!m@example.net 001 shopbot :Welcome", ":mallory!m@example.net 432 * shopbot :bad",
               ":mallory!m@example.net CAP * LS :twitch.tv/tags", ":mallory!m@example.net 433 * shopbot :in use"]
    assert answers(login, *relayed) == [] and not login.welcomed and login.nick == "shopbot"
