"""The translations ship in step with the code: every .ts holds the words the code has now, each
one translated with its placeholders and the plural forms its language needs, and each .qm is
compiled from its .ts (packaging/update_translations.py refreshes them)."""

from __future__ import annotations

import importlib.util
import re
import shutil
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


def packaging_script(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[ElementTree.Element]:
    return list(ElementTree.parse(TRANSLATIONS / f"vitrina_{language}.ts").getroot().iter("message"))


def test_every_ts_has_the_codes_words_all_translated_and_every_qm_is_made_from_its_ts():
    assert packaging_script("update_translations").check() == []


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
    assert '"**/*.qm"' in pyproject or '"translations/*.qm"' in pyproject
    assert all(qm_file(language).stat().st_size > 100 for language in LANGUAGES)


def test_a_word_left_unfinished_goes_out_on_the_sheet_and_comes_back_translated(tmp_path):
    for language in LANGUAGES:
        shutil.copyfile(TRANSLATIONS / f"vitrina_{language}.ts", tmp_path / f"vitrina_{language}.ts")
    russian = tmp_path / "vitrina_ru.ts"
    text = russian.read_text(encoding="utf-8")
    start = text.index("<name>OrdersTab</name>")
    at = text.index("<numerusform>%n заказ</numerusform>", start)  # the Orders tab's, not another's
    russian.write_text(text[:at] + "<numerusform></numerusform>" + text[at + len("<numerusform>%n заказ</numerusform>"):],
                       encoding="utf-8")
    sheet = packaging_script("translation_sheet")
    [entry] = sheet.todo(tmp_path)
    assert (entry["context"], entry["source"], entry["numerus"]) == ("OrdersTab", "%n orders", True)
    assert entry["translations"] == {"ru": ["", "", ""]} and "few" in entry["forms"]["ru"]
    entry["translations"]["ru"] = ["%n заказ", "%n заказа", "%n заказов"]
    assert sheet.fill([entry], tmp_path) == 1
    assert sheet.todo(tmp_path) == []
    [written] = [message for context in ElementTree.parse(russian).getroot().iter("context")
                 if context.findtext("name") == "OrdersTab"
                 for message in context.iter("message") if message.findtext("source") == "%n orders"]
    assert [form.text for form in written.iter("numerusform")] == ["%n заказ", "%n заказа", "%n заказов"]
