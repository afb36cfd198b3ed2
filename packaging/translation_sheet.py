"""Translate without Qt Linguist: the unfinished words as a JSON sheet, and the sheet back into the .ts files.

    python3 packaging/update_translations.py            # new words come in unfinished
    python3 packaging/translation_sheet.py todo words.json
    (fill in every "" in words.json: one text, or one per plural form in the order "forms" names)
    python3 packaging/translation_sheet.py fill words.json   # writes the .ts files and recompiles

A sheet entry names its context, source and comment as lupdate found them; `%1`, `%n` and
`{name}` must stay in every translation (tests/resources/test_translations.py checks).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_translations import LANGUAGES, TRANSLATIONS, ts_file, update

PLURAL_FORMS = {
    "en": "one (1), other",
    "es": "one (1), other",
    "pt_BR": "one (0, 1), other",
    "fr": "one (0, 1), other",
    "ru": "one (1, 21, 31...), few (2-4, 22-24...), many (0, 5-20, 25-30...)",
}


def _messages(language: str, folder: Path) -> tuple[ElementTree.ElementTree, list[tuple[str, ElementTree.Element]]]:
    tree = ElementTree.parse(ts_file(language, folder))
    found = [(context.findtext("name") or "", message)
             for context in tree.getroot().iter("context") for message in context.iter("message")]
    return tree, found


def _key(context: str, message: ElementTree.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _is_done(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [form.text or "" for form in translation.iter("numerusform")] if message.get("numerus") == "yes" \
        else [translation.text or ""]
    return all(form.strip() for form in forms)


def todo(folder: Path = TRANSLATIONS) -> list[dict[str, Any]]:
    """Each unfinished word once, with an empty translation for each language that lacks it."""
    sheet: dict[tuple[str, str, str], dict[str, Any]] = {}
    for language in LANGUAGES:
        for context, message in _messages(language, folder)[1]:
            if _is_done(message):
                continue
            key = _key(context, message)
            entry = sheet.setdefault(key, {"context": key[0], "source": key[1], "comment": key[2],
                                           "numerus": message.get("numerus") == "yes", "translations": {}})
            translation = message.find("translation")
            count = len(list(translation.iter("numerusform"))) if translation is not None else 0
            entry["translations"][language] = [""] * count if entry["numerus"] else ""
            guess = "".join(translation.itertext()).strip() if translation is not None else ""
            if guess:  # lupdate's guess from a similar word that was: to check, never taken as it is
                entry.setdefault("suggestions", {})[language] = guess
            if entry["numerus"]:
                entry.setdefault("forms", {})[language] = PLURAL_FORMS[language]
    return list(sheet.values())


def fill(sheet: list[dict[str, Any]], folder: Path = TRANSLATIONS) -> int:
    """Writes the sheet's translations into the .ts files; returns how many it wrote."""
    wanted = {(entry["context"], entry["source"], entry.get("comment", "")): entry["translations"] for entry in sheet}
    written = 0
    for language in LANGUAGES:
        tree, messages = _messages(language, folder)
        for context, message in messages:
            value = wanted.get(_key(context, message), {}).get(language)
            if not value or (isinstance(value, list) and not all(value)):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            written += 1
        tree.write(ts_file(language, folder), encoding="utf-8", xml_declaration=True)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("todo", "fill"))
    parser.add_argument("sheet", type=Path, help="the JSON sheet to write (todo) or read (fill)")
    args = parser.parse_args()
    if args.action == "todo":
        words = todo()
        args.sheet.write_text(json.dumps(words, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(words)} words to translate in {args.sheet}")
        return 0
    print(f"{fill(json.loads(args.sheet.read_text(encoding='utf-8')))} translations written")
    update()  # lupdate puts the files back in its own layout; lrelease compiles them
    return 0


if __name__ == "__main__":
    sys.exit(main())
