"""A layout that puts its widgets side by side and wraps onto a new line when they do not fit.

A row of filters or buttons in a QHBoxLayout asks for the width of all its widgets together;
in Dutch or French that is wider than a laptop screen and drags the whole window past it.
This layout asks only for its widest widget and grows in height instead (Qt's flow layout
example, trimmed to what the desk uses).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QLayoutItem
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface -----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line (what the layout would like)."""
        visible = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(size.width() for size in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((size.height() for size in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One widget per line at worst: as wide as the widest widget."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- placing -----------------------------------------------------------------------------

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the widgets in lines within *rect* (when *move*); the height that takes."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def place_line() -> None:
            # Widgets of one line share its height, centred vertically (combos beside check boxes).
            if move:
                for item, size in line:
                    top = y + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(item.geometry().x(), top), size))

        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().boundedTo(QSize(area.width(), item.maximumSize().height()))
            size = size.expandedTo(item.minimumSize())
            if line and x + size.width() > area.right() + 1:
                place_line()
                x, y, line_height, line = area.x(), y + line_height + self._spacing, 0, []
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            line.append((item, size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        place_line()
        return y + line_height - rect.y() + margins.bottom()


def wrapping_row(parent: QWidget) -> FlowLayout:
    """A FlowLayout set on *parent*, whose height follows how many lines the width allows."""
    layout = FlowLayout(parent)
    policy = parent.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    parent.setSizePolicy(policy)
    return layout


def button_row(parent: QWidget, widgets: Sequence[QWidget]) -> QWidget:
    """*widgets* side by side in a row of their own that wraps onto a second line rather than
    widening the window (the Dutch labels are long)."""
    row = QWidget(parent)
    layout = wrapping_row(row)
    for widget in widgets:
        widget.setParent(row)
        layout.addWidget(widget)
    return row
