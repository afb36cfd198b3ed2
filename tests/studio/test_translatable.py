"""Refusals from studio/ in two tongues: str() is the English sentence the command line and the
log print, while the template and its values stay apart for the window to translate; and every
refusal studio/ makes has its template marked, so lupdate puts it in the .ts files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from studio.commerce.cart_settings import check_discount_code, check_hold_minutes
from studio.money import MoneyError, parse_price
from studio.setting_catalog import definition
from studio.setting_definitions import SettingError
from studio.translatable import NAMED, NAMED_TYPED, PASSED_ON, Refusal, unnamed

STUDIO = Path(__file__).resolve().parents[2] / "studio"
COMMAND_LINE = STUDIO / "commands"  # what only `vitrina ...` says may stay in English: the window never shows it
MACHINERY = STUDIO / "translatable.py"  # the refusal classes themselves, which pass their callers' templates on
REBUILT = STUDIO / "kept_reasons.py"  # rebuilds a reason the store kept: its template was marked where it was made
CONTEXT = "Refusals"


def test_a_refusals_str_is_the_english_sentence_with_the_value_as_typed():
    with pytest.raises(MoneyError) as refused:
        parse_price("três", "BRL")
    assert str(refused.value) == "'três' is not a price"
    assert (refused.value.template, refused.value.values) == ("'%1' is not a price", ("três",))


def test_a_typed_percent_sign_or_placeholder_stays_as_typed():
    with pytest.raises(MoneyError) as refused:
        parse_price("%2 %1", "EUR")
    assert str(refused.value) == "'%2 %1' is not a price"


def test_a_setting_names_itself_in_front_of_the_reason_it_wraps():
    with pytest.raises(SettingError) as refused:
        definition("bitrate").checked("0")
    assert str(refused.value) == "bitrate: '0' is not a bitrate: give kbit/s from 100 to 50000, e.g. 3000"
    assert refused.value.template == NAMED and refused.value.values[0] == "bitrate"
    wrapped = refused.value.values[1]
    assert isinstance(wrapped, Refusal) and wrapped.values == ("'0'", 100, 50000)


def test_a_cart_setting_is_named_once_and_its_reason_reads_alone_beside_its_field():
    with pytest.raises(ValueError) as refused:
        check_hold_minutes("dez")
    assert str(refused.value) == "hold_minutes 'dez': whole minutes from 0 (no hold) to 20160"
    assert str(unnamed(refused.value, "hold_minutes")) == "'dez': whole minutes from 0 (no hold) to 20160"
    with pytest.raises(SettingError) as kept:
        definition("discount_code").checked("AO VIVO 10%")
    assert str(kept.value) == "discount_code: 'AO VIVO 10%': write a code and an amount, e.g. 'LIVE10 10%' or 'LIVE5 5.00'"
    with pytest.raises(ValueError) as direct:
        check_discount_code("AO VIVO 10%")
    assert str(unnamed(direct.value, "pix_key")) == str(direct.value)  # another setting's name is not taken off


def test_a_plain_error_is_its_own_reason():
    plain = ValueError("not a refusal")
    assert unnamed(plain, "x") is plain
    assert str(Refusal(PASSED_ON, plain)) == "not a refusal"
    assert str(Refusal(NAMED_TYPED, "paypal_me", Refusal("'%1': a name", "a b"))) == "paypal_me 'a b': a name"


def refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Refusal (and Reasoned) and every class in studio/ that comes from them, by name, but those with a constructor
    of their own that hands its parent a marked template itself (SettingsRefused, StoredSettingError)."""
    found, own_constructor, grew = {"Refusal", "Reasoned"}, set(), True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and \
                        any(isinstance(base, ast.Name) and base.id in found for base in node.bases):
                    found.add(node.name)
                    grew = True
                    if any(isinstance(item, ast.FunctionDef) and item.name == "__init__" for item in node.body):
                        own_constructor.add(node.name)
    return found - own_constructor


def is_mark(node: ast.expr) -> bool:
    """QT_TRANSLATE_NOOP("Refusals", "a literal"), as lupdate finds it."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"):
        return False
    literals = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return len(node.args) == 2 and len(literals) == 2 and literals[0] == CONTEXT


def marked_names(trees: dict[Path, ast.Module]) -> set[str]:
    """Module constants that hold a mark (NAMED in studio/translatable.py, NO_KEYRING, ...)."""
    return {target.id for tree in trees.values() for node in tree.body if isinstance(node, ast.Assign)
            and is_mark(node.value) for target in node.targets if isinstance(target, ast.Name)}


def marked(template: ast.expr, names: set[str]) -> bool:
    """A mark, a constant holding one, or a choice of two of them."""
    if isinstance(template, ast.IfExp):
        return marked(template.body, names) and marked(template.orelse, names)
    return (isinstance(template, ast.Name) and template.id in names) or is_mark(template)


def test_every_refusal_in_studio_has_its_template_marked_for_translation():
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in STUDIO.rglob("*.py")}
    classes, names = refusal_classes(trees), marked_names(trees)
    assert {"MoneyError", "SettingError", "CatalogEditError", "FlashSaleError", "DestinationError"} <= classes
    assert {"PASSED_ON", "NAMED", "NAMED_TYPED", "NO_KEYRING"} <= names
    unmarked = [f"{path.relative_to(STUDIO.parent)}:{node.lineno}"
                for path, tree in trees.items() if not path.is_relative_to(COMMAND_LINE) and path not in (MACHINERY, REBUILT)
                for node in ast.walk(tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes
                and not (node.args and marked(node.args[0], names))]
    assert unmarked == []
