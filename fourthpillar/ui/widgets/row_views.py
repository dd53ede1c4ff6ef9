"""A view of rows chosen one at a time (the conflicts, the possible duplicates, the officers, the
backups): which row is chosen, and the view's frame around its table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

Row = TypeVar("Row")


def chosen_row(table: QTableWidget, rows: Sequence[Row]) -> Row | None:
    """What *table*'s selected row shows, of *rows* (in the table's order); None when no row is
    selected, or the table still shows more rows than were read last."""
    selection = table.selectionModel()
    selected = selection.selectedRows() if selection is not None else []
    if not selected or selected[0].row() >= len(rows):
        return None
    return rows[selected[0].row()]


def lay_out_rows(view: QWidget, above: Sequence[QWidget], table: QTableWidget, buttons: QWidget | QLayout) -> None:
    """*view*'s layout: *above* (an introduction, a summary, a message bar), then *table* taking
    the height that is left, then the row of *buttons*."""
    layout = QVBoxLayout(view)
    for widget in above:
        layout.addWidget(widget)
    layout.addWidget(table, 1)
    if isinstance(buttons, QLayout):
        layout.addLayout(buttons)
    else:
        layout.addWidget(buttons)
