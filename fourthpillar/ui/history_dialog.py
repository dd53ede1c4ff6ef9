"""A record's history: who changed which field, from what to what, on which copy; an action
can be undone from here. The history is read in the background (on the window's runner), as
the lists are: the window never waits for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import i18n
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import history
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import HistoryEntry
from fourthpillar.services.records import Saved
from fourthpillar.ui.editors.done import done
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.widgets.tables import row_table


class HistoryDialog(QDialog):
    """The change history of one initiative, contact, request or follow-up.

    Signals:
        undone(object): a :class:`Saved` whose batch id redoes the action when undone, after the
            user undid an action from the history (for the main window's undo stack).
    """

    undone = Signal(object)

    COLUMNS = (QT_TRANSLATE_NOOP("HistoryDialog", "When"), QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
               QT_TRANSLATE_NOOP("HistoryDialog", "What"), QT_TRANSLATE_NOOP("HistoryDialog", "Before"),
               QT_TRANSLATE_NOOP("HistoryDialog", "After"), QT_TRANSLATE_NOOP("HistoryDialog", "Where"))

    def __init__(self, desk: Desk, *, entity: str, record_id: str, title: str,
                 parent: QWidget | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        #: Where an undo is written (:func:`~fourthpillar.ui.operations.run_write`).
        self.runner = runner
        self.entity = entity
        self.record_id = record_id
        self.title = title
        self.entries: list[HistoryEntry] = []
        #: The entries as the table's rows show them.
        self.shown: list[HistoryEntry] = []
        self._reads = LatestRead()
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        self.resize(900, 480)

        self.table = row_table([self.tr(name) for name in self.COLUMNS], self)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.undo_button = QPushButton(self.tr("&Undo this action…"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(self.tr("Put back everything the selected action changed"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        self.empty_label = QLabel(self.tr("No changes recorded."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.reload()

    def _what(self, entry: HistoryEntry) -> str:
        if entry.operation == "create":
            return self.tr("Created") if not entry.field else self.tr("%1 set").replace("%1", entry.field_label)
        if entry.operation == "update":
            return entry.field_label
        if entry.operation == "archive":
            return self.tr("Archived")
        if entry.operation == "restore":
            return self.tr("Restored")
        if entry.operation == "erase":
            return self.tr("Personal data erased")
        if entry.operation == "resolve":
            return self.tr("Conflict resolved: %1").replace("%1", entry.field_label)
        return entry.operation

    def reload(self) -> None:
        """Read the history again, in the background: the dialog shows it is busy, the window does not wait."""
        desk, entity, record_id = self.desk, self.entity, self.record_id
        self._reads.run(self.runner, lambda **_: history.record_history(desk, entity=entity, record_id=record_id),
                        busy=self, on_done=self._show, on_refused=self._read_failed)
        self._reading_shown()

    @property
    def reading(self) -> bool:
        """The history (or what an undo would overwrite) is being read, in the background."""
        return self._reads.reading

    def _reading_shown(self) -> None:
        if self.reading:
            self.empty_label.hide()  # not "No changes recorded." before they are read
        self._selection_changed()

    def _read_failed(self, error: BaseException) -> None:
        self._reading_shown()
        QMessageBox.warning(self, self.windowTitle(), str(error))

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        # A creation comes with a line per field it filled in (services.history); the page shows it as one.
        self.shown = shown = [e for e in self.entries if not (e.operation == "create" and e.field)]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            when = i18n.format_datetime(entry.changed_at)
            where = self.tr("this computer") if entry.from_this_replica else self.tr("copy %1").replace(
                "%1", entry.replica_id[:8])
            cells = (when, entry.officer_name or self.tr("(unknown)"), self._what(entry),
                     entry.old_text, entry.new_text, where)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.batch_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not shown)
        self.table.setVisible(bool(shown))
        self._selection_changed()

    def selected_batch(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    @Slot()
    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        erased = 0 <= row < len(self.shown) and self.shown[row].operation == "erase"
        # An erasure cannot be undone: the erased values are gone everywhere, by design.
        self.undo_button.setEnabled(self.selected_batch() is not None and not erased and not self.reading)

    @Slot()
    def undo_selected(self) -> None:
        batch_id = self.selected_batch()
        if batch_id is None or self.reading:
            return
        desk = self.desk
        # What the undo would overwrite is read first, in the background.
        self._reads.run(self.runner, lambda **_: history.changed_again_since(desk, batch_id=batch_id), busy=self,
                        on_done=lambda later: self._ask_undo(batch_id, later), on_refused=self._undo_refused)
        self._reading_shown()

    def _ask_undo(self, batch_id: str, later: list[str]) -> None:
        self._reading_shown()
        question = self.tr("Undo everything this action changed?")
        if later:
            question += "\n\n" + self.tr("These fields were changed again afterwards; undoing puts the "
                                         "older value back over the later one: %1").replace("%1", ", ".join(later))
        answer = QMessageBox.question(self, self.tr("Undo this action"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        desk = self.desk

        def undone(redo_batch: str) -> None:
            # Named for the status bar and Edit ▸ Undo, as an editor's save names itself.
            self.undone.emit(done(Saved(self.record_id, 0, redo_batch),
                                  named(self.tr("Undone from History: %1"), self.title)))
            self.reload()

        run_write(self.runner, lambda **_: history.undo_action(desk, batch_id=batch_id), on_done=undone,
                  on_refused=self._undo_refused)

    def _undo_refused(self, error: BaseException) -> None:
        self._reading_shown()
        QMessageBox.warning(self, self.tr("Cannot undo"), str(error))
