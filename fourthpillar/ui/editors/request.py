"""Log or edit an advice request (adviesvraag), with its follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import ContactView
from fourthpillar.services.records import FollowUpRow
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.base import Opening
from fourthpillar.ui.editors.base import StoredRecord
from fourthpillar.ui.editors.done import SaveTexts
from fourthpillar.ui.editors.follow_up import CompleteFollowUpDialog
from fourthpillar.ui.editors.follow_up import FollowUpEditor
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.date_field import DateField
from fourthpillar.ui.widgets.date_field import format_date
from fourthpillar.ui.widgets.initiative_chooser import InitiativeChooser


def _text_box(parent: QWidget, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    return box


class RequestEditor(EditorDialog):
    """An advice request: who asked what, how, and what the office did about it.

    A new request needs an initiative: given as *initiative_id*, or chosen by the user with a
    search-as-you-type field. An existing request lists its follow-ups, with "Plan follow-up"
    and "Mark done"; each of those is saved at once as its own action.

    Signals:
        follow_up_saved(object): a follow-up was planned, edited or marked done from this
            dialog (a :class:`Saved`, for the undo stack), whatever the dialog's outcome.
    """

    follow_up_saved = Signal(object)

    entity = "request"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "request")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this request")
    save_texts = SaveTexts(QT_TRANSLATE_NOOP("EditorDialog", "Request logged: %1"),
                           QT_TRANSLATE_NOOP("EditorDialog", "Request changed: %1"), name_field="question")

    def __init__(self, desk: Desk, request_id: str | None = None, initiative_id: str | None = None,
                 parent: QWidget | None = None, *, runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.request_id = request_id
        self.initiative_id = initiative_id
        self.follow_up_rows: list[FollowUpRow] = []
        #: The contact persons of the initiative chosen, read when it is chosen (the newest choice wins).
        self.contacts_read = LatestRead()
        #: The request's follow-ups, read again after each plan or mark (the newest read wins).
        self.follow_ups_read = LatestRead()
        #: The follow-up dialog open on top of this one, if any.
        self.follow_up_dialog: EditorDialog | None = None
        self.open_form(self.tr("New advice request") if request_id is None else self.tr("Advice request"), 1000, 720)
        if request_id is not None:
            self.history_button = self.buttons.addButton(self.tr("Histor&y…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.history_button.setAutoDefault(False)
            self.history_button.clicked.connect(self.show_history)

    @Slot()
    def show_history(self) -> None:
        """This request's change history; undoing an action there reloads the form if untouched."""
        from fourthpillar.ui.history_dialog import HistoryDialog

        assert self.request_id is not None
        dialog = HistoryDialog(self.desk, entity="request", record_id=self.request_id,
                               title=self.windowTitle(), parent=self, runner=self.runner)
        dialog.undone.connect(self._history_undone)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def _history_undone(self, _saved: object) -> None:
        if not self.is_dirty():
            self.reload()

    # -- the form ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.initiative_label = QLabel(self)
        self.initiative_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.initiative_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.initiative_label.setFont(font)
        self.chooser: InitiativeChooser | None = None
        header = QFormLayout()
        header.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if self.request_id is None and self.initiative_id is None:
            self.chooser = InitiativeChooser(self.desk, self, self.runner)
            self.chooser.chosen.connect(self._initiative_chosen)
            header.addRow(self.tr("&Initiative:"), self.add_field(
                "initiative_id", self.chooser, self.chooser.initiative_id, lambda _value: None,
                self.chooser.chosen))
        else:
            header.addRow(self.tr("Initiative:"), self.initiative_label)
        self.body.addLayout(header)

        self.received_field = DateField(self)
        self.channel_combo = ChoiceCombo(CHANNELS.choices(), none_label=self.tr("— choose —"), parent=self)
        self.contact_combo = ChoiceCombo([], none_label=self.tr("— nobody in particular —"), parent=self)
        self.topics = CheckGrid(TOPICS.choices(), columns=3, parent=self)
        self.question_edit = _text_box(self, self.tr("What does the initiative ask?"), 110)
        asked = QGroupBox(self.tr("Question"), self)
        form = section_form(asked)
        form.addRow(self.tr("&Received on:"), self.input_field("received_on", self.received_field))
        form.addRow(self.tr("C&hannel:"), self.input_field("channel", self.channel_combo))
        form.addRow(self.tr("&Contact person:"), self.add_field(
            "contact_id", self.contact_combo, self.contact_combo.code, self._set_contact,
            self.contact_combo.currentIndexChanged))
        form.addRow(self.tr("&Topics:"), self.input_field("topics", self.topics))
        form.addRow(self.tr("&Question:"), self.input_field("question", self.question_edit))

        self.status_combo = ChoiceCombo(REQUEST_STATUSES.choices(), parent=self)
        self.officer_combo = self.officer_field()
        self.due_field = DateField(self)
        self.minutes_edit = QLineEdit(self)
        self.minutes_edit.setValidator(QIntValidator(0, 100_000, self.minutes_edit))
        self.minutes_edit.setMaximumWidth(90)
        self.minutes_edit.setPlaceholderText(self.tr("minutes"))
        handling = QGroupBox(self.tr("Handling"), self)
        form = section_form(handling)
        form.addRow(self.tr("Stat&us:"), self.input_field("status", self.status_combo))
        self.answered_label = QLabel(handling)
        self.answered_label.setToolTip(self.tr("Set when the status first became \"answered\""))
        form.addRow(self.tr("Answered on:"), self.answered_label)
        self.handling_form = form
        form.addRow(self.tr("Assigned &officer:"), self.input_field("officer_id", self.officer_combo))
        form.addRow(self.tr("&Due on:"), self.input_field("due_on", self.due_field))
        form.addRow(self.tr("Time spent (&minutes):"), self.add_field(
            "minutes_spent", self.minutes_edit, self.minutes_edit.text,
            lambda value: self.minutes_edit.setText("" if value is None else str(value)),
            self.minutes_edit.textChanged))

        self.follow_ups_group = QGroupBox(self.tr("Follow-ups"), self)
        self.follow_up_tree = QTreeWidget(self.follow_ups_group)
        self.follow_up_tree.setHeaderLabels([self.tr("Due"), self.tr("What to do"), self.tr("Owner"),
                                             self.tr("Done")])
        self.follow_up_tree.setRootIsDecorated(False)
        self.follow_up_tree.setAlternatingRowColors(True)
        self.follow_up_tree.setUniformRowHeights(True)
        tree_header = self.follow_up_tree.header()
        tree_header.setStretchLastSection(False)
        for column in (0, 2, 3):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.follow_up_tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_follow_up())
        self.follow_up_tree.itemSelectionChanged.connect(self._update_follow_up_buttons)
        self.plan_button = QPushButton(self.tr("&Plan follow-up…"), self.follow_ups_group)
        self.plan_button.setAutoDefault(False)
        self.plan_button.clicked.connect(self.plan_follow_up)
        self.done_button = QPushButton(self.tr("Mark don&e…"), self.follow_ups_group)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.complete_follow_up)
        self.follow_ups_hint = QLabel(self.tr("Save the request first, then plan its follow-ups."),
                                      self.follow_ups_group)
        self.follow_ups_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        group_column = QVBoxLayout(self.follow_ups_group)
        group_column.addWidget(self.follow_up_tree)
        group_column.addWidget(self.follow_ups_hint)
        group_column.addLayout(buttons)

        self.advice_edit = _text_box(self, self.tr("The advice the office gave (may be shared with the initiative)"),
                                     90)
        self.note_edit = _text_box(self, self.tr("For the office only: never exported or shared"), 90)
        answer = QGroupBox(self.tr("Answer"), self)
        answer_grid = QGridLayout(answer)
        answer_grid.addWidget(QLabel(self.tr("&Advice given:"), answer), 0, 0)
        answer_grid.addWidget(QLabel(self.tr("Internal &note:"), answer), 0, 1)
        answer_grid.addWidget(self.input_field("advice", self.advice_edit), 1, 0)
        answer_grid.addWidget(self.input_field("internal_note", self.note_edit), 1, 1)
        for column_index, edit in enumerate((self.advice_edit, self.note_edit)):
            cell = answer_grid.itemAtPosition(0, column_index)
            label = cell.widget() if cell is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(edit)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(asked, 0, 0, 2, 1)
        grid.addWidget(handling, 0, 1)
        grid.addWidget(self.follow_ups_group, 1, 1)
        grid.addWidget(answer, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.body.addLayout(grid, 1)

    def _set_contact(self, contact_id: str | None) -> None:
        self.contact_combo.set_code(contact_id)

    def _show_contacts(self, contacts: list[ContactView] | None) -> None:
        """Offer *contacts*, the initiative's contact persons (None: no initiative chosen yet)."""
        labelled = [(person.id, f"{person.name} ({person.role})" if person.role else person.name)
                    for person in contacts or ()]
        self.contact_combo.set_choices(labelled)
        self.contact_combo.setEnabled(contacts is not None)

    @Slot(str)
    def _initiative_chosen(self, initiative_id: str) -> None:
        """Offer the chosen initiative's contact persons, read on the runner's read pool."""
        self.initiative_id = initiative_id or None
        self._show_contacts(None)  # none of another initiative's meanwhile
        if self.initiative_id is None:
            self.contacts_read.drop()  # the contacts of an initiative chosen before must not come
            return
        desk, chosen = self.desk, self.initiative_id
        self.contacts_read.run(
            self.runner, lambda **_: initiatives.get_initiative(desk, initiative_id=chosen).contacts,
            busy=self.contact_combo, on_done=self._show_contacts,
            on_refused=lambda error: self.message_bar.show_message(str(error), "error"))

    # -- follow-ups --------------------------------------------------------------------------

    def _show_follow_ups(self) -> None:
        saved_request = self.request_id is not None
        self.follow_up_tree.setVisible(saved_request)
        self.follow_ups_hint.setVisible(not saved_request)
        self.plan_button.setEnabled(saved_request)
        self.follow_up_tree.clear()
        for row in self.follow_up_rows:
            item = QTreeWidgetItem([format_date(row.due_on), row.action.splitlines()[0] if row.action else "",
                                    row.owner_name, format_date(row.done_on)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(1, row.action)
            overdue = row.done_on is None and row.due_on < clock.today()
            if overdue:
                item.setForeground(0, Qt.GlobalColor.darkRed)
                item.setToolTip(0, self.tr("Overdue"))
            self.follow_up_tree.addTopLevelItem(item)
        self._update_follow_up_buttons()

    def _refresh_follow_ups(self) -> None:
        """Show the request's follow-ups as stored now (read on the runner's read pool)."""
        if self.request_id is None:
            self._show_follow_ups()
            return
        desk, request_id = self.desk, self.request_id

        def shown(rows: list[FollowUpRow]) -> None:
            self.follow_up_rows = rows
            self._show_follow_ups()

        # The newest read wins: two quick plans or marks on the read pool's two threads may
        # answer out of order, and the older answer would miss the newest follow-up.
        self.follow_ups_read.run(self.runner, lambda **_: requests.get_request(desk, request_id=request_id).follow_ups,
                                 busy=self.follow_up_tree, on_done=shown,
                                 on_refused=lambda error: self.message_bar.show_message(str(error), "error"))

    def selected_follow_up(self) -> FollowUpRow | None:
        item = self.follow_up_tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((row for row in self.follow_up_rows if row.id == wanted), None)

    @Slot()
    def _update_follow_up_buttons(self) -> None:
        row = self.selected_follow_up()
        self.done_button.setEnabled(row is not None and row.done_on is None)

    def _open_follow_up_dialog(self, make: Callable[[], EditorDialog]) -> None:
        """Show the dialog *make* builds, window-modal (no nested event loop); report and refresh
        when it saves."""
        try:
            dialog = make()
        except KnownError as error:
            self._refresh_follow_ups()
            self.message_bar.show_message(self.tr("This cannot be opened: %1").replace("%1", str(error)), "error")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._follow_up_dialog_finished(dialog, result))
        self.follow_up_dialog = dialog
        dialog.open()

    def _follow_up_dialog_finished(self, dialog: EditorDialog, result: int) -> None:
        self.follow_up_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.follow_up_saved.emit(dialog.saved)
            self._refresh_follow_ups()

    @Slot()
    def plan_follow_up(self) -> None:
        if self.request_id is not None:
            self._open_follow_up_dialog(lambda: FollowUpEditor(self.desk, request_id=self.request_id, parent=self,
                                                               runner=self.runner))

    @Slot()
    def edit_follow_up(self) -> None:
        row = self.selected_follow_up()
        if row is not None:
            self._open_follow_up_dialog(lambda: FollowUpEditor(self.desk, follow_up_id=row.id, parent=self,
                                                               runner=self.runner))

    @Slot()
    def complete_follow_up(self) -> None:
        row = self.selected_follow_up()
        if row is not None and row.done_on is None:
            self._open_follow_up_dialog(lambda: CompleteFollowUpDialog(self.desk, follow_up_id=row.id, parent=self,
                                                                       runner=self.runner))

    # -- loading and saving ------------------------------------------------------------------

    def read_opening(self) -> Opening:
        """The officers; the request as stored, or the initiative a new one is for."""
        if self.request_id is not None:
            stored = self.read_stored()
            return Opening(stored, self.officer_choices(stored))
        initiative = (initiatives.get_initiative(self.desk, initiative_id=self.initiative_id)
                      if self.initiative_id is not None else None)
        return Opening(None, self.officer_choices(), initiative)

    def show_new(self, data: Opening) -> None:
        if data.context is not None:
            self.initiative_label.setText(data.context.name)
        self._show_contacts(data.context.contacts if data.context is not None else None)
        self.fill({"received_on": clock.today(), "status": "new", "officer_id": self.desk.officer_id})
        self.follow_up_rows = []
        self.handling_form.setRowVisible(self.answered_label, False)
        self._show_follow_ups()
        (self.chooser or self.channel_combo).setFocus()

    def record_id(self) -> str | None:
        return self.request_id

    def read_stored(self) -> StoredRecord:
        assert self.request_id is not None
        detail = requests.get_request(self.desk, request_id=self.request_id)
        contacts = initiatives.get_initiative(self.desk, initiative_id=detail.initiative_id).contacts
        return StoredRecord(detail.version, {
            "received_on": detail.received_on, "channel": detail.channel, "contact_id": detail.contact_id,
            "topics": detail.topics, "question": detail.question, "status": detail.status,
            "officer_id": detail.officer_id, "due_on": detail.due_on, "minutes_spent": detail.minutes_spent,
            "advice": detail.advice, "internal_note": detail.internal_note,
        }, detail, contacts)

    def show_stored(self, stored: StoredRecord) -> None:
        detail = stored.detail
        self.initiative_id = detail.initiative_id
        self.initiative_label.setText(detail.initiative_name)
        self._show_contacts(stored.context)
        if detail.contact_id and self.contact_combo.findData(detail.contact_id) < 0:
            # An archived contact still named on the request: keep it rather than drop it.
            self.contact_combo.addItem(detail.contact_name or detail.contact_id, detail.contact_id)
        self.fill(stored.values)
        self.answered_label.setText(format_date(detail.answered_on))
        self.handling_form.setRowVisible(self.answered_label, detail.answered_on is not None)
        self.follow_up_rows = detail.follow_ups
        self._show_follow_ups()
        self.setWindowTitle(self.tr("Advice request — %1").replace("%1", detail.initiative_name))
        # An existing request is opened to answer it; Save must not be the first stop (Enter would save).
        self.advice_edit.setFocus()

    def submit(self, values: dict[str, Any]) -> Saved:
        values = dict(values)
        values.pop("initiative_id", None)

        def log() -> Saved:
            if not self.initiative_id:
                # Report the other fields' problems too, so one attempt shows them all.
                errors = [FieldError("initiative_id", self.tr(
                    "choose the initiative from the list (type part of its name)"))]
                try:
                    clean(REQUEST_FIELDS, {"received_on": clock.today(), **values}, complete=True)
                except ValidationFailed as failed:
                    errors += failed.errors
                raise ValidationFailed(errors)
            return requests.log_request(self.desk, initiative_id=self.initiative_id, values=values)

        saved = self.create_or_update(log, lambda request_id, version: requests.update_request(
            self.desk, request_id=request_id, changes=values, expected_version=version))
        self.request_id = saved.id
        return saved
