"""A read-only table of rows, as the dialogs and pages show their short lists: backups, conflicts,
possible duplicates, a record's history, officers, and the rows of an import preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QWidget


def row_table(labels: Sequence[str], parent: QWidget | None = None, *, fit: bool = False,
              stretch_last: bool = True, row_numbers: bool = False, one_row: bool = True) -> QTableWidget:
    """A table with the column titles *labels* that cannot be edited in place and is chosen from
    by whole rows (one at a time unless *one_row* is False).

    Columns fit their texts (*fit*) or keep the width they are dragged to; with *stretch_last*
    the last one fills the rest. Row numbers show only where asked (*row_numbers*): where
    the officer refers to "the third conflict", say.
    """
    table = QTableWidget(0, len(labels), parent)
    table.setHorizontalHeaderLabels(list(labels))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(row_numbers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    return table
