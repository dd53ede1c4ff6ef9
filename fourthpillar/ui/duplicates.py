"""The Duplicates page: pairs of initiatives that look like one, merged side by side or kept apart.

The scan runs in the background (``services.duplicates.find_duplicates``); Merge… reads what the
merge does (``services.merge.plan_merge``, in the background too) and opens
:class:`InitiativeMergeDialog` (field by field: keep, take the other's, or join lists and notes),
"Not a duplicate" remembers the pair. Both are one undoable action each: ``changed(description,
batch_id)`` hands them to the window's undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.services import duplicates
from fourthpillar.services import merge
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.events import ReadsWhenShown
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.buttons import ok_cancel
from fourthpillar.ui.widgets.buttons import push_button
from fourthpillar.ui.widgets.flow_layout import button_row
from fourthpillar.ui.widgets.row_views import chosen_row
from fourthpillar.ui.widgets.row_views import lay_out_rows
from fourthpillar.ui.widgets.tables import row_table

DUPLICATES = "duplicates"


tr = qt_translator("Duplicates")


def _side(side: duplicates.Side) -> str:
    details = ", ".join(part for part in (side.municipality or side.postcode, side.enterprise_number or "") if part)
    return f"{side.name} ({details})" if details else side.name


class InitiativeMergeDialog(QDialog):
    """Two initiatives side by side, one row per field that differs: keep, take the other's, or
    (lists and notes) both. Shows what moves along. ``choices()`` after Accepted."""

    def __init__(self, plan: merge.MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge two initiatives"))
        self.plan = plan
        self._groups: dict[str, dict[str, QRadioButton]] = {}
        intro = QLabel(tr("“%1” is kept; “%2” is merged into it and archived. Its %3 contact(s), %4 request(s) "
                          "and %5 follow-up(s) move along. Choose per field what the kept initiative holds; "
                          "one undo undoes the whole merge.").replace("%1", plan.keep.name)
                       .replace("%2", plan.other.name).replace("%3", str(plan.other.contacts))
                       .replace("%4", str(plan.other.requests)).replace("%5", str(plan.other.follow_ups)), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        for column, heading in enumerate((tr("Field"), tr("Kept: %1").replace("%1", plan.keep.name),
                                          tr("Merged away: %1").replace("%1", plan.other.name), "")):
            label = QLabel(heading, grid_widget)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        row = 0
        for field in plan.fields:
            if not field.differs:
                continue
            row += 1
            grid.addWidget(QLabel(field.label, grid_widget), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            buttons = {merge.KEEP: QRadioButton(field.keep_text or tr("(empty)"), grid_widget),
                       merge.OTHER: QRadioButton(field.other_text or tr("(empty)"), grid_widget)}
            if field.field in merge.JOINABLE:
                buttons[merge.BOTH] = QRadioButton(tr("both"), grid_widget)
            for column, (choice, button) in enumerate(buttons.items(), start=1):
                button.setObjectName(f"{choice}_{field.field}")
                group.addButton(button)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            buttons[field.default].setChecked(True)
            self._groups[field.field] = buttons
        if row == 0:
            grid.addWidget(QLabel(tr("Every field holds the same value."), grid_widget), 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        self.buttons = ok_cancel(self, tr("Merge"), tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(860, min(200 + 48 * row, 640))

    def choose(self, field: str, choice: str) -> None:
        self._groups[field][choice].setChecked(True)

    def choices(self) -> dict[str, str]:
        return {field: next(choice for choice, button in buttons.items() if button.isChecked())
                for field, buttons in self._groups.items()}


class DuplicatesPage(ReadsWhenShown, QWidget):
    """Candidate pairs with their score and reasons; Merge…, Not a duplicate, Open.

    Signals:
        changed(str, str): a merge or a "not a duplicate" was saved: (description, batch id).
        open_initiative(str): the officer wants to see this initiative's page.
        failed(str): a known problem to show the officer.
    """

    changed = Signal(str, str)
    open_initiative = Signal(str)
    failed = Signal(str)

    def __init__(self, desk: Desk, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self._desk = desk
        self._runner = runner
        self._pairs: list[duplicates.DuplicatePair] = []
        self._stale = True
        # What a merge does, read (in the background) before its dialog opens (while open: merge_dialog).
        self._plan_read = LatestRead()
        self.merge_dialog: InitiativeMergeDialog | None = None
        self._summary = QLabel(tr("Looking for initiatives typed twice…"), self)
        self._summary.setWordWrap(True)
        self.table = row_table([tr("Score"), tr("Initiative"), tr("Looks like"), tr("Why")], self, row_numbers=True)
        self.table.setAccessibleName(tr("Possible duplicates"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.merge_button = push_button(tr("Merge…"), self, self.merge_selected)
        self.swap_button = push_button(tr("Merge the other way…"), self, lambda: self.merge_selected(swap=True))
        self.apart_button = push_button(tr("Not a duplicate"), self, self.keep_apart)
        self.open_button = push_button(tr("Open"), self, self._open_first)
        self.refresh_button = push_button(tr("Scan again"), self, self.refresh)
        lay_out_rows(self, (self._summary,), self.table, button_row(self, (
            self.merge_button, self.swap_button, self.apart_button, self.open_button, self.refresh_button)))
        self._selection_changed()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        desk = self._desk
        self._summary.setText(tr("Looking for initiatives typed twice…"))
        self._runner.run(lambda **_: duplicates.find_duplicates(desk), on_success=self._show,
                         on_failure=self._report)

    def _show(self, pairs: list[duplicates.DuplicatePair]) -> None:
        self._pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            cells = (str(pair.score), _side(pair.first), _side(pair.second), "; ".join(pair.reason_texts))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._summary.setText(tr("%1 pair(s) of initiatives look like the same one. Merge them, or say they are "
                                 "different ones.").replace("%1", str(len(pairs)))
                              if pairs else tr("No initiatives look like the same one."))
        self._selection_changed()

    def selected(self) -> duplicates.DuplicatePair | None:
        return chosen_row(self.table, self._pairs)

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.merge_button, self.swap_button, self.apart_button):
            button.setEnabled(chosen and not self.planning)
        self.open_button.setEnabled(chosen)

    def open_merge(self, pair: duplicates.DuplicatePair, *, swap: bool = False) -> None:
        """Read what merging *pair* does (in the background: the buttons wait, the window does
        not), then open :class:`InitiativeMergeDialog` (``merge_dialog``); its Merge merges."""
        keep, other = (pair.second, pair.first) if swap else (pair.first, pair.second)
        desk = self._desk
        self._plan_read.run(self._runner, lambda **_: merge.plan_merge(desk, keep_id=keep.id, other_id=other.id),
                            busy=self, on_done=self._planned, on_refused=self._plan_refused)
        self._selection_changed()

    @property
    def planning(self) -> bool:
        """What a merge does is being read: the merge buttons wait for it."""
        return self._plan_read.reading

    def _planned(self, plan: merge.MergePlan) -> None:
        self._selection_changed()
        dialog = InitiativeMergeDialog(plan, self)
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self.run_merge(dialog))
        dialog.finished.connect(lambda _result: self._merge_dialog_closed(dialog))
        dialog.open()

    def _plan_refused(self, error: BaseException) -> None:
        self._selection_changed()
        self._report(error)

    def _merge_dialog_closed(self, dialog: InitiativeMergeDialog) -> None:
        if self.merge_dialog is dialog:
            self.merge_dialog = None
        dialog.deleteLater()

    @Slot()
    def merge_selected(self, swap: bool = False) -> None:
        pair = self.selected()
        if pair is not None and not self.planning:
            self.open_merge(pair, swap=swap)

    def run_merge(self, dialog: InitiativeMergeDialog) -> None:
        desk, plan, choices = self._desk, dialog.plan, dialog.choices()
        description = tr("Merge “%1” into “%2”").replace("%1", plan.other.name).replace("%2", plan.keep.name)

        def work(**_: Any) -> merge.Merged:
            return merge.merge_initiatives(desk, keep_id=plan.keep.id, other_id=plan.other.id, choices=choices,
                                           keep_version=plan.keep.version, other_version=plan.other.version)

        run_write(self._runner, work, on_done=lambda merged: self.changed.emit(description, merged.batch_id),
                  on_refused=self._report)

    @Slot()
    def keep_apart(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        desk = self._desk
        description = tr("“%1” and “%2” are different").replace("%1", pair.first.name).replace("%2", pair.second.name)
        run_write(self._runner, lambda **_: duplicates.mark_not_duplicate(desk, first_id=pair.first.id,
                                                                        second_id=pair.second.id),
                  on_done=lambda batch_id: self.changed.emit(description, batch_id), on_refused=self._report)

    @Slot()
    def _open_first(self) -> None:
        pair = self.selected()
        if pair is not None:
            self.open_initiative.emit(pair.first.id)

    def _report(self, error: BaseException) -> None:
        from fourthpillar.domain.fields import ValidationFailed

        if isinstance(error, KnownError | ValidationFailed):
            self.failed.emit(str(error))
            self.refresh()
            return
        raise error
