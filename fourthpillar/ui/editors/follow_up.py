"""Plan or edit a follow-up (opvolging), and mark one done with its outcome."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar.domain.dates import ImpossibleDate
from fourthpillar.domain.dates import parse_date
from fourthpillar.domain.fields import FOLLOW_UP_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.base import Opening
from fourthpillar.ui.editors.base import StoredRecord
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.widgets.date_field import DateField
from fourthpillar.ui.widgets.initiative_chooser import InitiativeChooser


def _plain_label(parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _short(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _FollowUpDialog(EditorDialog):
    """What both follow-up dialogs edit: the follow-up *follow_up_id* (None while new)."""

    entity = "follow_up"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "follow-up")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this follow-up")

    follow_up_id: str | None

    def record_id(self) -> str | None:
        return self.follow_up_id


class FollowUpEditor(_FollowUpDialog):
    """What to do, by when (quick buttons +1 week/+1 month/+3 months or a date), who, and the result.

    A new follow-up needs *request_id* (it then belongs to that request's initiative) or
    *initiative_id*. *today* fixes the day the quick due dates count from (tests).
    """

    def done_description(self, values: dict[str, Any], created: bool) -> str:
        was_done = bool(str((self.loaded or {}).get("done_on") or "").strip())
        is_done = bool(str(values.get("done_on") or "").strip())
        if created:
            template = self.tr("Follow-up planned: %1")
        elif is_done and not was_done:
            template = self.tr("Follow-up done: %1")
        elif was_done and not is_done:
            template = self.tr("Follow-up reopened: %1")
        else:
            template = self.tr("Follow-up changed: %1")
        return named(template, values.get("action"))

    def __init__(self, desk: Desk, follow_up_id: str | None = None, initiative_id: str | None = None,
                 request_id: str | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.follow_up_id = follow_up_id
        self.initiative_id = initiative_id
        self.request_id = request_id
        self.today = today
        self.open_form(self.tr("Plan follow-up") if follow_up_id is None else self.tr("Edit follow-up"), 600)

    def _build(self) -> None:
        # Created first so that it comes first in the tab order too.
        self.chooser: InitiativeChooser | None = None
        if self.follow_up_id is None and self.initiative_id is None and self.request_id is None:
            self.chooser = InitiativeChooser(self.desk, self, self.runner)
            self.chooser.chosen.connect(self._initiative_chosen)
        self.context_label = _plain_label(self, bold=True)
        self.request_label = _plain_label(self)
        self.action_edit = QPlainTextEdit(self)
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setPlaceholderText(self.tr("e.g. Call back about the subsidy file"))
        self.action_edit.setFixedHeight(64)
        self.due_field = DateField(self)
        self.quick_buttons: dict[str, QPushButton] = {}
        due = QWidget(self)
        due_row = QHBoxLayout(due)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.setSpacing(4)
        due_row.addWidget(self.due_field)
        due.setFocusProxy(self.due_field)
        presets = (("+1w", self.tr("+1 week"), self.tr("Due one week from today")),
                   ("+1m", self.tr("+1 month"), self.tr("Due one month from today")),
                   ("+3m", self.tr("+3 months"), self.tr("Due three months from today")))
        for preset, label, tip in presets:
            button = QPushButton(label, due)
            button.setAutoDefault(False)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, preset=preset: self.apply_quick_due_date(preset))
            self.quick_buttons[preset] = button
            due_row.addWidget(button)
        due_row.addStretch(1)
        self.owner_combo = self.officer_field()
        self.done_field = DateField(self)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(80)

        plan = QGroupBox(self.tr("Follow-up"), self)
        form = section_form(plan)
        if self.chooser is not None:
            form.addRow(self.tr("&Initiative:"), self.add_field(
                "initiative_id", self.chooser, self.chooser.initiative_id, lambda _value: None, self.chooser.chosen))
            self.context_label.hide()
        else:
            form.addRow(self.tr("For:"), self.context_label)
        form.addRow(self.tr("Request:"), self.request_label)
        form.addRow(self.tr("&What to do:"), self.input_field("action", self.action_edit))
        form.addRow(self.tr("&Due:"), self.add_field(
            "due_on", due, self.due_field.text, self.due_field.set_date, self.due_field.textChanged,
            highlight=self.due_field.line_edit))
        form.addRow(self.tr("&Owner:"), self.input_field("owner_id", self.owner_combo))
        result = QGroupBox(self.tr("Result"), self)
        form_done = section_form(result)
        form_done.addRow(self.tr("Done o&n:"), self.input_field("done_on", self.done_field))
        form_done.addRow(self.tr("O&utcome:"), self.input_field("outcome", self.outcome_edit))
        self.body.addWidget(plan)
        self.body.addWidget(result)
        if self.chooser is not None:
            self.chooser.setFocus()
        else:
            self.action_edit.setFocus()

    def _initiative_chosen(self, initiative_id: str) -> None:
        self.initiative_id = initiative_id or None

    def apply_quick_due_date(self, preset: str) -> None:
        """Set the due date to *preset* (``+1w``, ``+1m``, ``+3m``) counted from today."""
        self.due_field.set_date(followups.quick_due_date(preset, today=self.today))

    def _show_context(self, initiative_name: str, request_question: str | None) -> None:
        self.context_label.setText(initiative_name)
        section = self.request_label.parentWidget()
        form = section.layout() if section is not None else None
        visible = request_question is not None
        self.request_label.setText(_short(request_question or ""))
        if isinstance(form, QFormLayout):
            form.setRowVisible(self.request_label, visible)

    def read_stored(self) -> StoredRecord:
        assert self.follow_up_id is not None
        row = followups.get_follow_up(self.desk, follow_up_id=self.follow_up_id)
        question = requests.get_request(self.desk, request_id=row.request_id).question if row.request_id else None
        return StoredRecord(row.version, {"action": row.action, "due_on": row.due_on, "owner_id": row.owner_id,
                                          "done_on": row.done_on, "outcome": row.outcome}, row, question)

    def show_stored(self, stored: StoredRecord) -> None:
        row = stored.detail
        self.initiative_id, self.request_id = row.initiative_id, row.request_id
        self._show_context(row.initiative_name, stored.context)
        self.fill(stored.values)

    def read_opening(self) -> Opening:
        """The officers; the follow-up as stored, or what a new one is for: (initiative id,
        initiative name, request question or None)."""
        if self.follow_up_id is not None:
            stored = self.read_stored()
            return Opening(stored, self.officer_choices(stored))
        context: tuple[str | None, str, str | None] = (self.initiative_id, "", None)
        if self.request_id is not None:
            request = requests.get_request(self.desk, request_id=self.request_id)
            context = (request.initiative_id, request.initiative_name, request.question)
        elif self.initiative_id is not None:
            context = (self.initiative_id, initiatives.get_initiative(
                self.desk, initiative_id=self.initiative_id).name, None)
        return Opening(None, self.officer_choices(), context)

    def show_new(self, data: Opening) -> None:
        self.initiative_id, initiative_name, question = data.context
        self._show_context(initiative_name, question)
        self.fill({"owner_id": self.desk.officer_id})

    def submit(self, values: dict[str, Any]) -> Saved:
        values = dict(values)
        values.pop("initiative_id", None)
        if self.follow_up_id is None and self.initiative_id is None and self.request_id is None:
            # Report the other fields' problems too, so one attempt shows them all.
            errors = [FieldError("initiative_id", self.tr(
                "choose the initiative from the list (type part of its name)"))]
            try:
                clean(FOLLOW_UP_FIELDS, values, complete=True)
            except ValidationFailed as failed:
                errors += failed.errors
            raise ValidationFailed(errors)
        saved = self.create_or_update(
            lambda: followups.plan_follow_up(self.desk, values=values, initiative_id=self.initiative_id,
                                             request_id=self.request_id),
            lambda follow_up_id, version: followups.update_follow_up(
                self.desk, follow_up_id=follow_up_id, changes=values, expected_version=version))
        self.follow_up_id = saved.id
        return saved


class CompleteFollowUpDialog(_FollowUpDialog):
    """Mark a follow-up done: the date it was done (today by default) and what came of it."""

    follow_up_id: str  # always one stored

    def done_description(self, values: dict[str, Any], created: bool) -> str:
        return named(self.tr("Follow-up done: %1"), self.action_label.text())

    def __init__(self, desk: Desk, follow_up_id: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.follow_up_id = follow_up_id
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Mark follow-up done"))
        self.save_button.setText(self.tr("&Mark done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Mark done (Ctrl+S)"))
        self.context_label = _plain_label(self, bold=True)
        self.action_label = _plain_label(self)
        self.done_field = DateField(self)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr("What came of it?"))
        self.outcome_edit.setFixedHeight(90)
        group = QGroupBox(self.tr("Done"), self)
        form = section_form(group)
        form.addRow(self.tr("For:"), self.context_label)
        form.addRow(self.tr("What to do:"), self.action_label)
        form.addRow(self.tr("Done o&n:"), self.input_field("done_on", self.done_field))
        form.addRow(self.tr("O&utcome:"), self.input_field("outcome", self.outcome_edit))
        self.body.addWidget(group)
        self.outcome_edit.setFocus()
        self.read_form()
        self.resize(520, 0)

    def read_stored(self) -> StoredRecord:
        row = followups.get_follow_up(self.desk, follow_up_id=self.follow_up_id)
        return StoredRecord(row.version, {"done_on": row.done_on, "outcome": row.outcome}, row)

    def show_stored(self, stored: StoredRecord) -> None:
        row = stored.detail
        self.context_label.setText(row.initiative_name)
        self.action_label.setText(row.action)
        self.fill({"done_on": row.done_on or self.today, "outcome": row.outcome})

    def submit(self, values: dict[str, Any]) -> Saved:
        text = str(values["done_on"]).strip()
        if not text:
            raise ValidationFailed([FieldError("done_on", self.tr("is required"))])
        try:
            done_on = parse_date(text)
        except ImpossibleDate as error:
            raise ValidationFailed([FieldError("done_on", str(error))]) from None
        except ValueError:
            raise ValidationFailed([FieldError(
                "done_on", self.tr("'%1' is not a date (use dd/mm/yyyy or yyyy-mm-dd)").replace("%1", text))]) from None
        # What complete_follow_up does, plus the version check: if someone else completed or
        # changed it meanwhile, their outcome is not overwritten.
        changes: dict[str, Any] = {"done_on": done_on}
        if values["outcome"].strip():
            changes["outcome"] = values["outcome"].strip()
        saved = followups.update_follow_up(self.desk, follow_up_id=self.follow_up_id, changes=changes,
                                           expected_version=self.version)
        self.version = saved.version
        return saved
