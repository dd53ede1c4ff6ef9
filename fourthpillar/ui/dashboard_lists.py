"""The dashboard's lists: follow-ups in columns (several can be marked done at once) and the
recent activity. Both grow with the window instead of keeping a fixed number of rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QWidget

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Rows a list keeps however small the window: below that the dashboard scrolls instead.
MINIMUM_ROWS = 3


class ClickList(QListWidget):
    """A list whose items open with one click or with Enter.

    Signals:
        open_requested(QListWidgetItem): the user clicked an item or pressed Enter on it.
    """

    open_requested = Signal(QListWidgetItem)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)

    def set_items(self, items: list[QListWidgetItem]) -> None:
        self.clear()
        if not items:
            placeholder = QListWidgetItem(self._empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            items = [placeholder]
        for item in items:
            self.addItem(item)
        self.setMinimumHeight(MINIMUM_ROWS * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None and item.data(KIND_ROLE):
            self.open_requested.emit(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(KIND_ROLE):
            self.open_requested.emit(item)
            return
        super().keyPressEvent(event)


class FollowUpList(QTreeWidget):
    """Follow-ups in three columns: what to do, for which initiative, and when (or how late).

    A plain click or Enter opens a follow-up; Ctrl+click, Shift+click, Shift+arrows and Ctrl+A
    select several, for "Mark done" on all of them at once.

    Signals:
        open_requested(str): the id of the follow-up to open.
        mark_done_requested(list): the ids of the selected follow-ups, from the context menu.
    """

    open_requested = Signal(str)
    mark_done_requested = Signal(list)

    def __init__(self, empty_text: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_items(self, items: list[QTreeWidgetItem]) -> None:
        self.clear()
        if not items:
            placeholder = QTreeWidgetItem([self._empty_text])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            items = [placeholder]
        self.addTopLevelItems(items)
        if not items[0].data(0, ID_ROLE):
            items[0].setFirstColumnSpanned(True)
        rows = MINIMUM_ROWS * max(self.sizeHintForRow(0), 1)
        self.setMinimumHeight(rows + self.header().sizeHint().height() + 2 * self.frameWidth())

    def item(self, row: int) -> QTreeWidgetItem | None:
        return self.topLevelItem(row)

    def count(self) -> int:
        return self.topLevelItemCount()

    def selected_ids(self) -> list[str]:
        """The selected follow-ups, top to bottom."""
        rows = sorted(self.indexOfTopLevelItem(item) for item in self.selectedItems())
        ids = [item.data(0, ID_ROLE) for row in rows if (item := self.topLevelItem(row)) is not None]
        return [record_id for record_id in ids if record_id]

    def item_for_menu(self, position: QPoint) -> QTreeWidgetItem | None:
        """The follow-up under a right-click, selected alone unless it is part of the selection."""
        item = self.itemAt(position)
        if item is None or not item.data(0, ID_ROLE):
            return None
        if not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self.setCurrentItem(item, 0, self.selectionModel().SelectionFlag.NoUpdate)
        return item

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        extending = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if (event.button() == Qt.MouseButton.LeftButton and not extending and item is not None
                and item.data(0, ID_ROLE)):
            self.open_requested.emit(item.data(0, ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, ID_ROLE):
            self.open_requested.emit(item.data(0, ID_ROLE))
            return
        super().keyPressEvent(event)
