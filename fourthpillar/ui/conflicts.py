"""The Conflicts view: what a sync could not decide, mine / theirs / common side by side, and
the Conflicts page of the main window that holds it (:class:`ConflictsPage`).

Self-contained: the main window wires it (see :class:`ConflictsView`). Reading and resolving run
through :class:`~fourthpillar.ui.jobs.JobRunner`; nothing here opens a Session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import Choice
from fourthpillar.domain.fields import Field
from fourthpillar.domain.fields import MultiChoice
from fourthpillar.domain.fields import field_label
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import sync_conflicts
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import entity_label
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.buttons import push_button
from fourthpillar.ui.widgets.flow_layout import button_row
from fourthpillar.ui.widgets.message_bar import MessageBar
from fourthpillar.ui.widgets.row_views import chosen_row
from fourthpillar.ui.widgets.row_views import lay_out_rows
from fourthpillar.ui.widgets.tables import row_table

tr = qt_translator("Conflicts")


KIND_LABELS = {
    "field": QT_TRANSLATE_NOOP("Conflicts", "changed on both sides"),
    "archived": QT_TRANSLATE_NOOP("Conflicts", "archived on one side, edited on the other"),
    "duplicate": QT_TRANSLATE_NOOP("Conflicts", "possibly the same initiative twice"),
    "merged": QT_TRANSLATE_NOOP("Conflicts", "records added on a copy after the merge: moved to the kept initiative"),
}
#: A copy's edit to an initiative merged away, made on the kept one: what the Field column says.
MERGED_FIELD = QT_TRANSLATE_NOOP("Conflicts", "{field}: edited on a copy after the merge, applied to the kept "
                                              "initiative")
COLUMNS = ("record", "field", "mine", "theirs", "common", "showing")


def shown(value: Any, field: Field | None = None) -> str:
    """*value* as the officer reads it: "(empty)", yes/no, a choice's label rather than its code."""
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(field, Choice | MultiChoice):
        codes = value if isinstance(value, list | tuple) else [value]
        return ", ".join(field.vocabulary.label(str(code)) for code in codes)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if value is True or value is False:
        return tr("yes") if value else tr("no")
    return str(value)


class ConflictsView(QWidget):
    """The open conflicts, one per row, with Take mine / Take theirs / Use this value.

    Signals:
        resolved(str): a conflict was settled; the argument is the batch id (for undo). The
            main window should also tell the other views that data changed.
        count_changed(int): the number of open conflicts after each refresh (for a badge).
        failed(str): a known problem (e.g. the conflict was already settled) to show the user.

    Wiring: ``view = ConflictsView(desk, runner)``; call ``view.refresh()`` when shown and after
    every sync (package applied, "Sync now"); connect ``resolved`` to the app-wide
    ``DeskEvents.data_changed`` and ``failed`` to the window's message bar.
    """

    resolved = Signal(str)
    count_changed = Signal(int)
    failed = Signal(str)

    def __init__(self, desk: Desk, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._conflicts: list[sync_conflicts.ConflictView] = []

        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._table = row_table([tr("Record"), tr("Field"), tr("Mine"), tr("Theirs"),
                                 tr("Common (before both changes)"), tr("Showing now")], self, row_numbers=True)
        self._table.itemSelectionChanged.connect(self._selection_changed)

        self._take_mine = push_button(tr("Take &mine"), self, lambda: self._resolve(take="mine"))
        self._take_theirs = push_button(tr("Take &theirs"), self, lambda: self._resolve(take="theirs"))
        self._value = QLineEdit(self)
        self._value.setPlaceholderText(tr("or type the right value"))
        self._value.returnPressed.connect(self._use_typed_value)
        self._use_value = push_button(tr("&Use this value"), self, self._use_typed_value)
        self._refresh_button = push_button(tr("&Refresh"), self, self.refresh)

        lay_out_rows(self, (self._summary,), self._table, button_row(self, (
            self._take_mine, self._take_theirs, self._value, self._use_value, self._refresh_button)))
        self._selection_changed()

    @Slot()
    def refresh(self) -> None:
        desk = self._desk
        self._runner.run(lambda **_: sync_conflicts.list_conflicts(desk), on_success=self._show,
                         on_failure=self._report, writes=True)

    def _show(self, conflicts: list[sync_conflicts.ConflictView]) -> None:
        selected = self.selected()
        self._conflicts = conflicts
        self._table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            record = f"{entity_label(conflict.entity)}: {conflict.label}"
            fields = FIELD_RULES.get(conflict.entity, {})
            spec = fields.get(conflict.field) if conflict.field else None
            field = (field_label(fields, conflict.field) if conflict.field
                     else tr(KIND_LABELS.get(conflict.kind, conflict.kind)))
            if conflict.kind == "merged" and conflict.field:
                field = tr(MERGED_FIELD).format(field=field)
            values: tuple[Any, ...] = (conflict.mine, conflict.theirs, conflict.common, conflict.current)
            if conflict.kind == "archived":  # a record's state, not a field value
                values = tuple(sync_conflicts.state_label(value) if isinstance(value, str) else value
                               for value in values)
            cells = (record, field, *(shown(value, spec) for value in values))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, conflict.id)
                self._table.setItem(row, column, item)
            if selected is not None and conflict.id == selected.id:
                self._table.selectRow(row)
        self._summary.setText(tr("%n open conflict(s): decide which value is right.", "", len(conflicts))
                              if conflicts else tr("No open conflicts."))
        self._selection_changed()
        self.count_changed.emit(len(conflicts))

    def selected(self) -> sync_conflicts.ConflictView | None:
        return chosen_row(self._table, self._conflicts)

    @Slot()
    def _selection_changed(self) -> None:
        conflict = self.selected()
        for button in (self._take_mine, self._take_theirs):
            button.setEnabled(conflict is not None)
        typed = conflict is not None and conflict.kind == "field" and conflict.field is not None
        self._value.setEnabled(typed)
        self._use_value.setEnabled(typed)
        if conflict is not None and conflict.kind == "duplicate":
            self._take_mine.setText(tr("Keep the one that was here"))
            self._take_theirs.setText(tr("Keep the one that arrived"))
        elif conflict is not None and conflict.kind == "merged":  # nothing to choose: seen is settled
            self._take_mine.setText(tr("&Seen"))
            self._take_theirs.setText(tr("Take &theirs"))
            self._take_theirs.setEnabled(False)
        else:
            self._take_mine.setText(tr("Take &mine"))
            self._take_theirs.setText(tr("Take &theirs"))

    @Slot()
    def _use_typed_value(self) -> None:
        if self._value.isEnabled():
            self._resolve(value=self._value.text())

    def _resolve(self, *, take: str | None = None, value: str | None = None) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        desk = self._desk

        def work(**_: Any) -> str:
            return sync_conflicts.resolve_conflict(desk, conflict_id=conflict.id, take=take, value=value)

        run_write(self._runner, work, on_done=self._done, on_refused=self._report)

    def _done(self, batch_id: str) -> None:
        self._value.clear()
        self.resolved.emit(batch_id)
        self.refresh()

    def _report(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.failed.emit(str(error))
            self.refresh()
            return
        from fourthpillar.domain.fields import ValidationFailed

        if isinstance(error, ValidationFailed):
            self.failed.emit(str(error))
            return
        raise error


class ConflictsPage(QWidget):
    """The Conflicts page: a title, a message bar for refusals and the :class:`ConflictsView`."""

    def __init__(self, view: ConflictsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self.view = view
        title = QLabel(tr("Conflicts"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(tr("The same thing was changed differently in two copies of the register. Until you "
                          "decide, every copy shows the same provisional value (“Showing now”); the other "
                          "value is kept. Your decision travels with the next package or sync."), self)
        intro.setWordWrap(True)
        self.message_bar = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addWidget(view, 1)
        view.setParent(self)
        self.setFocusProxy(view)
        value = view.findChild(QLineEdit)
        if value is not None:
            value.setMinimumWidth(260)
        view.count_changed.connect(self._fit_columns)

    #: The widest a column gets when fitted to its texts (the full text is in the tooltip).
    MAX_COLUMN_WIDTH = 320

    @Slot()
    def _fit_columns(self) -> None:
        """Columns as wide as their texts (within reason): the record and both values readable."""
        table = self.view.findChild(QTableWidget)
        if table is None:
            return
        for column in range(table.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), self.MAX_COLUMN_WIDTH))
