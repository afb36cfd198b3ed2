"""A table of lines kept in order by a key, changed line by line as batches arrive (an insert
or a change is one row's signal, never a reset), so a view keeps its selection and scroll."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
DISPLAY, ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole


class LineTable(QAbstractTableModel):
    """A read-only table of lines, one a row, under the `headers` a subclass gives."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = self.headers()
        self._lines: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def line(self, row: int) -> Any:
        return self._lines[row]

    def lines(self) -> list[Any]:
        return list(self._lines)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def value(self, row: int, column: int, role: int) -> Any:
        """What the cell at (`row`, `column`) holds for `role` (None: nothing)."""
        raise NotImplementedError

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.value(index.row(), index.column(), role) if index.isValid() else None

    def multiData(self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view's delegate asks of a cell, in one call: painting calls back into Python
        once a cell rather than once a role (seven), and each call waits for the GIL, which the
        show's threads hold much of the time under heavy chat."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        if isinstance(roleDataSpan, QModelRoleData):
            roleDataSpan.setData(self.value(row, column, roleDataSpan.role()))
            return
        for place in range(roleDataSpan.size()):  # a sequence, though its stubs give it no __iter__
            role_data = roleDataSpan[place]  # type: ignore[index]
            role_data.setData(self.value(row, column, role_data.role()))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class LinesModel(LineTable):
    """Subclasses give the `headers` and say how a line reads (`text`), which line it is (`key`)
    and where it goes (`place`, unique: lines are kept sorted by it, and found by it in log time,
    so a batch of changes to a long show's orders costs the GUI thread little)."""

    def __init__(self) -> None:
        super().__init__()
        self._places: list[Any] = []  # each line's place, in the same order
        self._place_of: dict[int, Any] = {}  # by key
        self.locale = "en_US"  # the store's, for money

    # What a subclass says

    def key(self, line: Any) -> int:
        return int(line.id)

    def place(self, line: Any) -> Any:
        return self.key(line)

    def text(self, line: Any, column: int) -> str:
        raise NotImplementedError

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    # Changing it

    def replace_all(self, lines: Iterable[Any]) -> None:
        self.beginResetModel()
        self._lines = sorted(lines, key=self.place)
        self._places = [self.place(line) for line in self._lines]
        self._place_of = {self.key(line): place for line, place in zip(self._lines, self._places, strict=True)}
        self.endResetModel()

    def update(self, lines: Iterable[Any]) -> None:
        """Lines as they are now: a changed one is one row's dataChanged (none when it reads the
        same), a new one an insert; new lines that fall next to each other are one insert."""
        run: list[Any] = []  # new lines, in place order, that all fall in the gap before row `at`
        at = 0
        for line in sorted(self._changed(lines), key=self.place):
            row = bisect_left(self._places, self.place(line))
            if run and row != at:
                self._insert(at, run)
                run, row = [], bisect_left(self._places, self.place(line))
            if not run:
                at = row
            run.append(line)
        if run:
            self._insert(at, run)

    def remove(self, keys: Iterable[int]) -> None:
        for key in keys:
            row = self.row_of(key)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._lines[row], self._places[row], self._place_of[key]
                self.endRemoveRows()

    def _changed(self, lines: Iterable[Any]) -> list[Any]:
        """The lines not in the model yet: those in it at the same place are changed there, and
        those that move are taken out (to go in again at their new place)."""
        new: dict[int, Any] = {}
        for line in lines:
            key, place = self.key(line), self.place(line)
            row = self.row_of(key)
            if row is not None and self._places[row] == place:
                if self._lines[row] != line:
                    self._lines[row] = line
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
                continue
            self.remove([key])
            new[key] = line  # the latest of a key given twice
        return list(new.values())

    def _insert(self, row: int, lines: list[Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        places = [self.place(line) for line in lines]
        self._lines[row:row] = lines
        self._places[row:row] = places
        self._place_of.update((self.key(line), place) for line, place in zip(lines, places, strict=True))
        self.endInsertRows()

    # Reading it

    def row_of(self, key: int) -> int | None:
        place = self._place_of.get(key)
        return bisect_left(self._places, place) if place is not None else None

    def value(self, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            return self.text(self._lines[row], column)
        if role == ALIGNMENT:
            alignment = self.alignment(column)
            return int(alignment | Qt.AlignmentFlag.AlignVCenter) if alignment is not None else None
        return None
