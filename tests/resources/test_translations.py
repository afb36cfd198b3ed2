"""The translations ship in step with the code: every .ts holds the words the code has now, each
one translated with its placeholders and the plural forms its language needs, and each .qm is
compiled from its .ts (packaging/update_translations.py refreshes them)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

from studio.languages import LANGUAGES
from studio.translation import TRANSLATIONS, qm_file

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDERS = re.compile(r"%[1-9nvm]|\{[a-z_]+(?::[^}]*)?\}")
FORMS = {"en": 2, "es": 2, "pt_BR": 2, "fr": 2, "ru": 3}


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[ElementTree.Element]:
    return list(ElementTree.parse(TRANSLATIONS / f"vitrina_{language}.ts").getroot().iter("message"))


def test_every_ts_has_the_codes_words_all_translated_and_every_qm_is_made_from_its_ts():
    assert update_script().check() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_sources_placeholders_and_has_its_languages_plural_forms(language):
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        if message.get("numerus") == "yes":
            assert len(forms) == FORMS[language], (language, source)
        for form in forms:
            assert sorted(PLACEHOLDERS.findall(form)) == sorted(PLACEHOLDERS.findall(source)), (language, source, form)


def test_english_keeps_only_the_words_with_plural_forms():
    assert messages("en") and all(message.get("numerus") == "yes" for message in messages("en"))


def test_the_qm_files_ship_with_the_package():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject
    assert all(qm_file(language).stat().st_size > 100 for language in LANGUAGES)
