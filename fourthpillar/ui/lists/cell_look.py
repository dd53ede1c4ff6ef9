"""How a list cell looks beyond its text: a tooltip for long text, numbers to the right, and a
row's style (overdue in red and bold on its due date, archived in grey). Pure functions of the
row already read, so the model's ``data()`` stays a dispatch on the role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont

from fourthpillar.lists import ListColumn
from fourthpillar.ui.style import colour

_NUMERIC = (int, float)
#: A text longer than this (or on several lines) shows whole in its tooltip.
_TOOLTIP_FROM = 60


class RowStyle:
    """How a row looks beyond its text (overdue in red, archived in grey)."""

    DIMMED = "dimmed"
    ALERT = "alert"


#: The roles :func:`cell_look` answers.
LOOK_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
              Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


def cell_look(role: int, column: ListColumn, item: Any | None, *, column_number: int,
              row_style: Callable[[Any], str | None] | None, alert_column: int) -> Any:
    """What *role* of a cell of *column* shows for the row *item* (None while its page is read)."""
    if item is None:
        return None
    if role == Qt.ItemDataRole.ToolTipRole:
        value = column.value_of(item)
        return value if isinstance(value, str) and (len(value) > _TOOLTIP_FROM or "\n" in value) else None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        value = column.value_of(item)
        if isinstance(value, _NUMERIC) and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
    style = row_style(item) if row_style is not None else None
    if style is None:
        return None
    if style == RowStyle.ALERT and alert_column >= 0 and column_number != alert_column:
        return None  # only the due date turns red, the row stays readable
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(colour("error") if style == RowStyle.ALERT else colour("muted")))
    if style == RowStyle.ALERT:
        font = QFont()
        font.setBold(True)
        return font
    return None
