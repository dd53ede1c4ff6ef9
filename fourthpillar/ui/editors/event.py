"""Plan or edit an event: a training, info session, network day or webinar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import EVENT_STATUSES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import events
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.base import Opening
from fourthpillar.ui.editors.base import StoredRecord
from fourthpillar.ui.editors.done import SaveTexts
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.date_field import DateField

#: The fields the form holds, as ``services.events`` names them.
FIELDS = ("title", "kind", "topics", "starts_on", "start_time", "ends_on", "end_time", "place", "capacity",
          "trainers", "officer_id", "status", "notes")


def _line(parent: QWidget, placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    if width is not None:
        edit.setMaximumWidth(width)
    return edit


class EventEditor(EditorDialog):
    """An event's title, kind, topics, dates and times, place or online link, capacity,
    trainers, officer in charge, status and notes. ``event_id=None`` plans a new one (the
    officer at the desk in charge, a training, planned)."""

    entity = "event"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "event")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this event")
    save_texts = SaveTexts(QT_TRANSLATE_NOOP("EditorDialog", "Event planned: %1"),
                           QT_TRANSLATE_NOOP("EditorDialog", "Event changed: %1"), name_field="title")

    def record_id(self) -> str | None:
        return self.event_id

    def __init__(self, desk: Desk, event_id: str | None = None, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.event_id = event_id
        self.open_form(self.tr("Plan event") if event_id is None else self.tr("Edit event"), 720)

    def _text(self, name: str, edit: QLineEdit) -> QWidget:
        return self.add_field(name, edit, edit.text, lambda value: edit.setText("" if value is None else str(value)),
                              edit.textChanged)

    def _build(self) -> None:
        self.title_edit = _line(self, self.tr("e.g. Fundraising for beginners"))
        self.kind_combo = ChoiceCombo(EVENT_KINDS.choices(), parent=self)
        self.topics = CheckGrid(TOPICS.choices(), columns=3, parent=self)
        self.starts_field = DateField(self)
        self.start_time_edit = _line(self, self.tr("hh:mm"), 80)
        self.ends_field = DateField(self)
        self.ends_field.line_edit.setPlaceholderText(self.tr("the same day"))
        self.end_time_edit = _line(self, self.tr("hh:mm"), 80)
        self.place_edit = _line(self, self.tr("An address, or the link of an online meeting"))
        self.capacity_edit = _line(self, self.tr("no limit"), 110)
        self.capacity_edit.setValidator(QIntValidator(1, 100_000, self.capacity_edit))
        self.trainers_edit = _line(self, self.tr("Who gives it"))
        self.officer_combo = self.officer_field()
        self.status_combo = ChoiceCombo(EVENT_STATUSES.choices(), parent=self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)

        what = QGroupBox(self.tr("Event"), self)
        form = section_form(what)
        form.addRow(self.tr("&Title:"), self._text("title", self.title_edit))
        form.addRow(self.tr("&Kind:"), self.add_field(
            "kind", self.kind_combo, self.kind_combo.code, self.kind_combo.set_code,
            self.kind_combo.currentIndexChanged))
        form.addRow(self.tr("To&pics:"), self.add_field(
            "topics", self.topics, self.topics.codes, self.topics.set_codes, self.topics.changed))
        form.addRow(self.tr("Starts o&n:"), self._when(self.starts_field, "starts_on", self.start_time_edit,
                                                       "start_time", self.tr("Start time")))
        form.addRow(self.tr("&Ends on:"), self._when(self.ends_field, "ends_on", self.end_time_edit, "end_time",
                                                     self.tr("End time")))
        form.addRow(self.tr("P&lace:"), self._text("place", self.place_edit))

        handling = QGroupBox(self.tr("Places and people"), self)
        form = section_form(handling)
        form.addRow(self.tr("&Capacity:"), self._text("capacity", self.capacity_edit))
        form.addRow(self.tr("T&rainers:"), self._text("trainers", self.trainers_edit))
        form.addRow(self.tr("Officer in c&harge:"), self.add_field(
            "officer_id", self.officer_combo, self.officer_combo.code, self.officer_combo.set_code,
            self.officer_combo.currentIndexChanged))
        form.addRow(self.tr("Stat&us:"), self.add_field(
            "status", self.status_combo, self.status_combo.code, self.status_combo.set_code,
            self.status_combo.currentIndexChanged))
        form.addRow(self.tr("N&otes:"), self.add_field(
            "notes", self.notes_edit, self.notes_edit.toPlainText, self.notes_edit.setPlainText,
            self.notes_edit.textChanged))
        self.body.addWidget(what)
        self.body.addWidget(handling)
        self.title_edit.setFocus()

    def _when(self, date: DateField, date_name: str, time: QLineEdit, time_name: str, time_label: str) -> QWidget:
        """A date and its time of day on one row, each with its own message under it."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_field(date_name, date, date.text, date.set_date, date.textChanged,
                                        highlight=date.line_edit))
        time.setAccessibleName(time_label)
        layout.addWidget(QLabel(self.tr("at"), row), 0, Qt.AlignmentFlag.AlignTop)
        # The time's message ("not a time of day, use hh:mm") gets the rest of the row to wrap in.
        layout.addWidget(self._text(time_name, time), 1)
        row.setFocusProxy(date)
        return row

    def read_stored(self) -> StoredRecord:
        assert self.event_id is not None
        detail = events.get_event(self.desk, event_id=self.event_id)
        return StoredRecord(detail.version, {name: getattr(detail, name) for name in FIELDS}, detail)

    def read_opening(self) -> Opening:
        """The officers, and the event as stored (None: a new one)."""
        stored = self.read_stored() if self.event_id is not None else None
        return Opening(stored, self.officer_choices(stored))

    def show_new(self, data: Opening) -> None:
        self.fill({"kind": "training", "status": "planned", "officer_id": self.desk.officer_id})

    def submit(self, values: dict[str, Any]) -> Saved:
        saved = self.create_or_update(
            lambda: events.plan_event(self.desk, values=values),
            lambda event_id, version: events.update_event(
                self.desk, event_id=event_id, changes=values, expected_version=version))
        self.event_id = saved.id
        return saved
