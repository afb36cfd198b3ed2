"""A reason (studio/translatable.py) kept in the store as JSON, its template and values, beside its
English sentence: read back, the window says it in its language. What the store holds is read as
hostile: anything but a template and values of text (or the program's own words) is no reason,
and the reader shows the English it kept."""

from __future__ import annotations

import json
import logging

from studio.translatable import Reasoned, Word

log = logging.getLogger(__name__)

_WORD = "word"  # a value that is one of the program's own words: {"word": "paid"}


def reason_json(reason: Reasoned) -> str:
    """{"template": "which %1?", "values": ["Size"]}: values as str() shows them, a Word marked as one."""
    values = [{_WORD: value.text} if isinstance(value, Word) else str(value) for value in reason.values]
    return json.dumps({"template": reason.template, "values": values}, ensure_ascii=False)


def kept_reason(text: str | None) -> Reasoned | None:
    """The reason `reason_json` kept, or None when there is none or it is not one."""
    if text is None:
        return None
    try:
        kept = json.loads(text)
    except ValueError:
        log.warning("a kept reason is not JSON: %.80r", text)
        return None
    if not isinstance(kept, dict) or not isinstance(template := kept.get("template"), str):
        log.warning("a kept reason has no template: %.80r", text)
        return None
    values = kept.get("values", [])
    read = [_value(value) for value in values] if isinstance(values, list) else [None]
    if any(value is None for value in read):
        log.warning("a kept reason has a value that is neither text nor a word: %.80r", text)
        return None
    return Reasoned(template, *read)


def _value(value: object) -> str | Word | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == {_WORD} and isinstance(value[_WORD], str):
        return Word(value[_WORD])
    return None
