"""Ctrl+K: one box that finds initiatives, contacts, requests and follow-ups as you type.

The search reads on the window's read pool (:class:`LatestRead`): typing never waits for the
register, even while another program holds it locked; only the newest query's hits are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import search
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import SearchHit
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.single_shot import single_shot_timer
from fourthpillar.ui.text import count_text

#: Results appear this long after the last key.
DELAY_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickSearch(QDialog):
    """A search popup over the main window; Enter opens the highlighted hit.

    Signals:
        hit_chosen(object): the :class:`SearchHit` the user picked; the dialog then closes.
    """

    hit_chosen = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickSearch")
        self.desk = desk
        self.runner = runner  # None (shown on its own): each search reads at once
        self._reads = LatestRead()
        self._open_when_read = False  # Enter came before the hits of what was typed
        self.setWindowTitle(self.tr("Quick search"))
        self.setModal(True)
        self.resize(620, 420)
        self.line = QLineEdit(self)
        self.line.setObjectName("quickSearchLine")
        self.line.setPlaceholderText(self.tr("Find an initiative, contact person, request or follow-up…"))
        self.line.setAccessibleName(self.tr("Quick search"))
        self.line.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("quickSearchResults")
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setIconSize(QSize(20, 20))
        self.results.setSpacing(1)
        self.status = QLabel(self.tr("Type to search; Enter opens, Esc closes."), self)
        self.status.setObjectName("quickSearchHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = single_shot_timer(self, DELAY_MS, self.run_search)
        self.line.textChanged.connect(self._timer.start)
        self.line.returnPressed.connect(self.open_current)
        self.line.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if event.key() in step and self.results.count():
                row = self.results.currentRow() + step[Qt.Key(event.key())]
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def run_search(self) -> None:
        """Search for what is typed in the background; the hits shown stay until its hits come."""
        self._timer.stop()
        text = self.line.text().strip()
        if not text:
            self._open_when_read = False
            self.results.clear()
            self.status.setText(self.tr("Type to search; Enter opens, Esc closes."))
            return
        desk = self.desk

        def wanted() -> bool:
            """Not when more was typed meanwhile (or the box emptied): its own search follows."""
            if self.line.text().strip() == text:
                return True
            self._open_when_read = False  # typing after Enter: the officer changed their mind
            return False

        def done(hits: list[SearchHit]) -> None:
            if wanted():
                self.show_hits(text, hits)

        def refused(error: KnownError | ValidationFailed) -> None:
            if wanted():
                self._open_when_read = False
                self.results.clear()
                self.status.setText(self.tr("The search failed: %1").replace("%1", str(error)))

        self._reads.run(self.runner, lambda **_: search.quick_search(desk, text=text, limit=10), busy=self,
                        on_done=done, on_refused=refused)

    def show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.results.clear()
        kinds = {"initiative": self.tr("Initiative"), "contact": self.tr("Contact person"),
                 "request": self.tr("Request"), "follow_up": self.tr("Follow-up")}
        icons = {"initiative": QStyle.StandardPixmap.SP_DirHomeIcon,
                 "contact": QStyle.StandardPixmap.SP_FileDialogContentsView,
                 "request": QStyle.StandardPixmap.SP_MessageBoxQuestion,
                 "follow_up": QStyle.StandardPixmap.SP_FileDialogDetailedView}
        for hit in hits:
            subtitle = f"{kinds.get(hit.kind, hit.kind)}  ·  {hit.subtitle}" if hit.subtitle else kinds.get(hit.kind)
            item = QListWidgetItem(self.style().standardIcon(icons.get(hit.kind, icons["initiative"])),
                                   f"{hit.title}\n{subtitle}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(count_text(self.tr("%Ln result; Enter opens it."),
                                       self.tr("%Ln results; Enter opens the highlighted one."), len(hits)))
        else:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        if self._open_when_read:
            self._open_when_read = False
            self.open_current()

    def hits(self) -> list[SearchHit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.count())]

    @Slot()
    def open_current(self) -> None:
        """Open the highlighted hit; typed faster than the search, the first hit once it comes."""
        if self._timer.isActive():
            self.run_search()
        if self._reads.reading:
            self._open_when_read = True
            return
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is None or not self.isVisible():  # closed (Esc) before the hits Enter waited for came
            return
        self.accept()
        self.hit_chosen.emit(hit)
