"""Reading a CSV file as shops save it: UTF-8 with or without a BOM, UTF-16 or Windows-1252
from Excel, separated by commas, semicolons or tabs; each row with the line it starts on."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from studio.imports.errors import ImportIssue, ProductImportError
from studio.translatable import QT_TRANSLATE_NOOP, Refusal

DELIMITERS = ",;\t"
EMPTY = QT_TRANSLATE_NOOP("Refusals", "the file is empty")


@dataclass(frozen=True, slots=True)
class CsvRow:
    line: int
    cells: list[str]
    positions: dict[str, int]  # header name as written in the file -> cell index, shared by all rows

    def get(self, column: str | None) -> str:
        """The cell's text, stripped; "" for a column the file lacks or a short row."""
        position = self.positions.get(column, -1) if column else -1
        return self.cells[position].strip() if 0 <= position < len(self.cells) else ""


@dataclass(frozen=True)
class CsvTable:
    header: list[str]
    rows: list[CsvRow]


def read_csv(path: Path) -> CsvTable:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ProductImportError([ImportIssue(Refusal(QT_TRANSLATE_NOOP("Refusals", "cannot read %1: %2"), path, error.strerror))]) from error
    text = decode(data)
    if not text.strip():
        raise ProductImportError([ImportIssue(Refusal(EMPTY))])
    return parse_csv(text)


def decode(data: bytes) -> str:
    """The file's text; Excel's Windows-1252 when it is not UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_csv(text: str) -> CsvTable:
    first_line = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise ProductImportError([ImportIssue(Refusal(EMPTY))]) from None
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(name, index)
    rows: list[CsvRow] = []
    overfull: list[ImportIssue] = []
    start_line = reader.line_num + 1
    try:
        for cells in reader:
            if _has_extra_cells(header, cells):
                overfull.append(_extra_cells_issue(start_line, len(cells), len(header)))
            elif any(cell.strip() for cell in cells):
                rows.append(CsvRow(start_line, cells, positions))
            start_line = reader.line_num + 1
    except csv.Error as error:
        raise ProductImportError([ImportIssue(Refusal(QT_TRANSLATE_NOOP("Refusals", "the CSV is malformed: %1"), error), start_line)]) from error
    if overfull:
        raise ProductImportError(overfull)
    return CsvTable(header, rows)


def _has_extra_cells(header: list[str], cells: list[str]) -> bool:
    return len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :])


def _extra_cells_issue(line: int, cells: int, columns: int) -> ImportIssue:
    return ImportIssue(
        Refusal(QT_TRANSLATE_NOOP("Refusals", "%1 cells, but the header has %2 columns (a comma inside a value that is not in quotes?)"), cells, columns),
        line,
    )


def _normalise_name(name: str) -> str:
    return " ".join(name.replace("_", " ").lower().split())


class Columns:
    """Finds a table's columns by name, ignoring case, spaces and underscores."""

    def __init__(self, header: list[str]) -> None:
        self._by_name: dict[str, str] = {}
        for name in header:
            self._by_name.setdefault(_normalise_name(name), name)
        self._found: dict[tuple[str, ...], str | None] = {}

    def find(self, *names: str) -> str | None:
        """The header as written for the first of `names` the table has (parsers ask per row: cached)."""
        if names not in self._found:
            matches = (self._by_name.get(_normalise_name(name)) for name in names)
            self._found[names] = next((match for match in matches if match is not None), None)
        return self._found[names]

    def has(self, *names: str) -> bool:
        return all(self.find(name) for name in names)
