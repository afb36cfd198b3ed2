"""Is a chat message a question? A question mark (? or ¿), or a question word to start it,
in English, Spanish, Portuguese, French or Russian."""

from __future__ import annotations

import re

from studio.commerce.buy_comments import fold

QUESTION_WORDS = {
    # en
    "how", "what", "when", "where", "which", "who", "why", "can", "could", "does", "do", "is", "are", "will",
    # es
    "como", "que", "cuando", "donde", "cual", "cuanto", "cuanta", "hay", "tienen", "tiene", "puedo",
    # pt
    "quando", "onde", "qual", "quanto", "quanta", "tem", "posso", "e",
    # fr
    "comment", "quand", "ou", "quel", "quelle", "combien", "est-ce", "pourquoi", "avez-vous",
    # ru
    "как", "что", "когда", "где", "какой", "какая", "сколько", "есть", "почему", "можно",
}


def is_question(text: str) -> bool:
    if "?" in text or "¿" in text or "？" in text:
        return True
    words = re.findall(r"[\w-]+", fold(text))
    return bool(words) and words[0] in QUESTION_WORDS and len(words) >= 3
