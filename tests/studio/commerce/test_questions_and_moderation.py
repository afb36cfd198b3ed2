import pytest

from studio.chat.message import ChatMessage
from studio.commerce.moderation import BLOCKED_USERS, BLOCKED_WORDS, block, load_moderation
from studio.commerce.questions import is_question


@pytest.mark.parametrize("text", [
    "does it come in blue", "is this cotton?", "¿cuánto cuesta el A1", "quanto custa o A1", "combien coûte le A2",
    "сколько стоит A4", "Tem tamanho P", "A1?", "what sizes are left",
])
def test_questions_in_five_languages(text):
    assert is_question(text)


@pytest.mark.parametrize("text", ["sold A1", "love it", "hello everyone", "", "is", "que lindo"])
def test_other_messages_are_not_questions(text):
    assert not is_question(text)


def message(author: str, text: str) -> ChatMessage:
    return ChatMessage("twitch", "#shop", author.lower(), author, text, 0.0)


def test_blocked_words_and_users_are_hidden(db):
    block(db, BLOCKED_WORDS, "Scam")
    block(db, BLOCKED_USERS, "Troll_99")
    moderation = load_moderation(db)
    assert moderation.hides(message("troll_99", "hello"))
    assert moderation.hides(message("Ana", "this is a SCAM!"))
    assert not moderation.hides(message("Ana", "scampi for dinner"))  # whole words only
    assert not moderation.hides(message("Bea", "sold A1"))
