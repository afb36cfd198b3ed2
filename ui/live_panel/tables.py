"""How the live panel's tables look: whole rows selected, one line a row, nothing edited in place.
The default delegate draws a cell's text as plain text: none of these gets one that reads HTML."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMetaObject, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_HEIGHT = 24


class LiveTable(QTableView):
    """A table whose rows come in while it is watched: rows added below what is on screen repaint
    only the scroll bar. QTableView lays out and repaints its whole viewport for any new row, and a
    busy show's questions (oldest first) come in below the fold twice a second (bench/ui_lag.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inserted_below = False  # since the last layout, rows came in below the screen...
        self._moved = False  # ...and nothing else changed the rows' places
        self._connections: list[QMetaObject.Connection] = []

    def setModel(self, model: QAbstractItemModel | None) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        super().setModel(model)
        self._connections = [] if model is None else [
            model.rowsAboutToBeInserted.connect(self._rows_coming),
            *(signal.connect(self._rows_moving) for signal in (
                model.rowsAboutToBeRemoved, model.rowsAboutToBeMoved, model.columnsAboutToBeInserted,
                model.columnsAboutToBeRemoved, model.layoutAboutToBeChanged, model.modelAboutToBeReset)),
        ]

    def _rows_coming(self, parent: QModelIndex | QPersistentModelIndex, first: int, _last: int) -> None:
        last_shown = self.rowAt(self.viewport().height() - 1)  # -1: the rows end above the bottom edge
        if not parent.isValid() and 0 <= last_shown < first:
            self._inserted_below = True
        else:
            self._moved = True

    def _rows_moving(self, *_args: object) -> None:
        self._moved = True

    def doItemsLayout(self) -> None:
        only_below = self._inserted_below and not self._moved
        self._inserted_below = self._moved = False
        if only_below:
            self.updateGeometries()  # the scroll bar's range; no row on screen moved
        else:
            super().doItemsLayout()


def make_table(model: QAbstractItemModel, stretch: int, parent: QWidget | None = None) -> QTableView:
    """A table over `model` whose column `stretch` takes the width left (the others keep theirs:
    sizing columns to their contents would read every row of a long chat)."""
    table = LiveTable(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
