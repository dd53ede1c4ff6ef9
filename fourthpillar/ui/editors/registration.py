"""Register someone for an event: a contact person of an initiative, or a walk-in with a name
and an e-mail address. Past the capacity the service puts them on the waiting list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import ContactView
from fourthpillar.services.records import EventDetail
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.initiative_chooser import InitiativeChooser


class RegistrationDialog(EditorDialog):
    """Who registers for event *event_id*: choose the initiative, then its contact person; or,
    for someone the register does not know, a walk-in's name and e-mail address.

    After a save :attr:`status` is the status the registration got ("registered", or "waiting"
    when the event was full).
    """

    entity = "registration"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "registration")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this registration")

    def __init__(self, desk: Desk, event_id: str, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.event_id = event_id
        self.status = ""
        #: A walk-in rather than a contact person (read by the save, off the GUI thread).
        self.walk_in = False
        #: The contact persons of the initiative chosen, read when it is chosen (the newest choice wins).
        self.people_read = LatestRead()
        self.setWindowTitle(self.tr("Register for %1").replace("%1", "…"))  # the event's title once read
        self.save_button.setText(self.tr("&Register"))
        self._build_form()
        self.read_form()  # NotFound: the caller says so (or, read on the runner, the editor)
        self.resize(560, 0)

    def _build_form(self) -> None:
        self.contact_choice = QRadioButton(self.tr("A contact &person of an initiative"), self)
        self.walk_in_choice = QRadioButton(self.tr("A &walk-in (name and e-mail)"), self)
        self.contact_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.contact_choice)
        choices.addButton(self.walk_in_choice)
        self.contact_choice.toggled.connect(self._show_mode)
        self.chooser = InitiativeChooser(self.desk, self, self.runner)
        self.chooser.chosen.connect(self._initiative_chosen)
        self.contact_combo = ChoiceCombo([], none_label=self.tr("— choose the initiative first —"), parent=self)
        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("name@example.be"))

        who = QGroupBox(self.tr("Who comes"), self)
        form = section_form(who)
        mode = QHBoxLayout()
        mode.addWidget(self.contact_choice)
        mode.addWidget(self.walk_in_choice)
        mode.addStretch(1)
        form.addRow(mode)
        form.addRow(self.tr("&Initiative:"), self.add_field(
            "initiative_id", self.chooser, self.chooser.initiative_id, lambda _value: None, self.chooser.chosen))
        form.addRow(self.tr("&Contact person:"), self.add_field(
            "contact_id", self.contact_combo, self.contact_combo.code, self.contact_combo.set_code,
            self.contact_combo.currentIndexChanged))
        form.addRow(self.tr("&Name:"), self.add_field(
            "name", self.name_edit, self.name_edit.text, self.name_edit.setText, self.name_edit.textChanged))
        form.addRow(self.tr("&E-mail:"), self.add_field(
            "email", self.email_edit, self.email_edit.text, self.email_edit.setText, self.email_edit.textChanged))
        self.form = form
        self.places_label = QLabel(self)
        self.places_label.setWordWrap(True)
        self.places_label.setTextFormat(Qt.TextFormat.PlainText)
        self.places_label.setVisible(False)
        self.body.addWidget(who)
        self.body.addWidget(self.places_label)
        self._show_mode()
        self.chooser.setFocus()

    @Slot()
    def _show_mode(self) -> None:
        contact = self.contact_choice.isChecked()
        self.walk_in = not contact
        for name, shown in (("initiative_id", contact), ("contact_id", contact), ("name", not contact),
                            ("email", not contact)):
            self.form.setRowVisible(self.slots[name].container, shown)
        (self.chooser if contact else self.name_edit).setFocus()

    @Slot(str)
    def _initiative_chosen(self, initiative_id: str) -> None:
        """Offer the chosen initiative's contact persons, read on the runner's read pool."""
        self.contact_combo.clear()  # nobody of another initiative meanwhile
        if not initiative_id:
            self.people_read.drop()  # the contacts of an initiative chosen before must not come
            self._offer(initiative_id, [])
            return
        desk = self.desk

        def refused(error: KnownError | ValidationFailed) -> None:
            self.message_bar.show_message(str(error), "error")
            self.contact_combo.clear()  # not "has no contact persons": they could not be read

        self.people_read.run(
            self.runner, lambda **_: initiatives.get_initiative(desk, initiative_id=initiative_id).contacts,
            busy=self.contact_combo, on_done=lambda people: self._offer(initiative_id, people), on_refused=refused)

    def _offer(self, initiative_id: str, people: list[ContactView]) -> None:
        """Offer *people*, the contact persons of *initiative_id* ("": none chosen); the first is chosen."""
        self.contact_combo.clear()
        if initiative_id and not people:
            self.contact_combo.addItem(self.tr("— this initiative has no contact persons —"), "")
        elif not initiative_id:
            self.contact_combo.addItem(self.tr("— choose the initiative first —"), "")
        for person in people:
            self.contact_combo.addItem(f"{person.name} ({person.role})" if person.role else person.name, person.id)

    def read_opening(self) -> EventDetail:
        """The event (a new registration: nothing else to read)."""
        return events.get_event(self.desk, event_id=self.event_id)

    def show_opening(self, data: EventDetail) -> None:
        self.setWindowTitle(self.tr("Register for %1").replace("%1", data.title[:60]))
        if data.places_left == 0:
            self.places_label.setText(self.tr("The event is full: whoever registers now goes on the waiting list."))
        self.places_label.setVisible(data.places_left == 0)

    def person(self) -> str:
        """Who is being registered, in words (for the status bar and Edit ▸ Undo)."""
        if self.contact_choice.isChecked():
            return self.contact_combo.currentText()
        return self.name_edit.text().strip()

    def done_description(self, values: dict[str, Any], created: bool) -> str:
        if self.status == "waiting":
            return named(self.tr("On the waiting list: %1"), self.person())
        return named(self.tr("Registered: %1"), self.person())

    def submit(self, values: dict[str, Any]) -> Saved:
        if not self.walk_in:
            if not values.get("contact_id"):
                field = "contact_id" if values.get("initiative_id") else "initiative_id"
                raise ValidationFailed([FieldError(field, self.tr(
                    "choose the initiative (type part of its name), then the person"))])
            person = {"contact_id": values["contact_id"]}
        else:
            person = {"name": values["name"], "email": values["email"]}
        saved = registrations.register_for_event(self.desk, event_id=self.event_id, values=person)
        self.status = saved.status
        return saved
