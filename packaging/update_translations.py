"""Refresh the translations after words changed in the code: `python packaging/update_translations.py`.

Runs Qt's lupdate over ui/, studio/ and overlays/ into resources/translations/vitrina_<language>.ts
(new words come in unfinished, vanished ones go), then lrelease into the .qm files the program
loads. English keeps only the words with plural forms ("%n orders": "1 order"). Running it twice
changes nothing. Then translate what is unfinished (Qt Linguist opens the .ts files) and run it again.
`--check` changes nothing and says what is out of date or unfinished (exit status 1).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.languages import ENGLISH, LANGUAGES  # noqa: E402
from studio.translation import CATALOG, TRANSLATIONS  # noqa: E402

SOURCES = ("ui", "studio", "overlays")


@dataclass(frozen=True, order=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool


def qt_tool(name: str) -> Path:
    """lupdate or lrelease as PySide6 ships them."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    command = [str(qt_tool("lupdate")), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
               "-source-language", ENGLISH, "-target-language", language]
    if language == ENGLISH:
        command.append("-pluralonly")
    subprocess.run([*command, *SOURCES, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)


def entries(ts: Path) -> set[Entry]:
    found = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(Entry(name, message.findtext("source") or "", message.findtext("comment") or "",
                            message.get("numerus") == "yes"))
    return found


def unfinished(ts: Path) -> list[str]:
    """The words not translated yet, or kept for code that no longer has them."""
    said = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            forms = [] if translation is None else [translation.text or ""] if message.get("numerus") != "yes" \
                else [form.text or "" for form in translation.iter("numerusform")]
            if kind in ("unfinished", "vanished", "obsolete") or not all(form.strip() for form in forms):
                said.append(f"{context.findtext('name')}: {message.findtext('source')!r} ({kind or 'empty'})")
    return said


def said(qm: Path, words: set[Entry]) -> list[str]:
    """What a compiled file says for each entry (each plural form through counts that pick every
    form in every language): two files that say the same are the same, whatever lrelease's version."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return []
    counts = (0, 1, 2, 3, 5, 11, 21, 22, 25, 101) if any(entry.numerus for entry in words) else ()
    return [translator.translate(entry.context, entry.source, entry.comment or None, count)
            for entry in sorted(words) for count in (counts if entry.numerus else (-1,))]


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))


def check() -> list[str]:
    """What is out of date: a .ts whose words differ from the code's, a .qm not made from its
    .ts, an entry unfinished or vanished. Nothing in the tree changes."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ts = ts_file(language)
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = ts_file(language, Path(scratch))
            shutil.copyfile(ts, fresh)
            lupdate(fresh, language)
            new, gone = entries(fresh) - entries(ts), entries(ts) - entries(fresh)
            problems += [f"{ts.name}: new in the code: {entry.context}: {entry.source!r}" for entry in sorted(new)]
            problems += [f"{ts.name}: gone from the code: {entry.context}: {entry.source!r}" for entry in sorted(gone)]
            problems += [f"{ts.name}: {said}" for said in unfinished(ts)]
            qm, made = ts.with_suffix(".qm"), fresh.with_suffix(".qm")
            lrelease(ts, made)
            if not qm.exists() or said(qm, entries(ts)) != said(made, entries(ts)):
                problems.append(f"{qm.name} is not made from {ts.name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; list what is out of date")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "the translations are up to date")
        return 1 if problems else 0
    update()
    left = [f"{ts_file(language).name}: {said}" for language in LANGUAGES for said in unfinished(ts_file(language))]
    print("\n".join(left) or "every word is translated", file=sys.stderr if left else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
