"""Add or edit a contact person of an initiative."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import LANGUAGES
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import NotFound
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.base import Opening
from fourthpillar.ui.editors.base import StoredRecord
from fourthpillar.ui.editors.done import SaveTexts
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.date_field import DateField


class ContactEditor(EditorDialog):
    """A contact person (personal data: only what the office needs); ``contact_id=None`` adds one."""

    entity = "contact"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "contact person")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this contact person")
    save_texts = SaveTexts(QT_TRANSLATE_NOOP("EditorDialog", "Contact person added: %1"),
                           QT_TRANSLATE_NOOP("EditorDialog", "Contact person changed: %1"))

    def __init__(self, desk: Desk, initiative_id: str, contact_id: str | None = None,
                 parent: QWidget | None = None, *, runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.initiative_id = initiative_id
        self.contact_id = contact_id
        self.open_form(self.tr("New contact person") if contact_id is None else self.tr("Edit contact person"), 520)

    def _build(self) -> None:
        self.initiative_label = QLabel(self)
        self.initiative_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.initiative_label.font()
        font.setBold(True)
        self.initiative_label.setFont(font)
        self.name_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("e.g. chair, treasurer"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("name@example.be"))
        self.phone_edit = QLineEdit(self)
        self.language_combo = ChoiceCombo(LANGUAGES.choices(), parent=self)
        self.consent_field = DateField(self)
        self.consent_field.setToolTip(self.tr("When the person agreed that the office keeps these details"))

        group = QGroupBox(self.tr("Contact person"), self)
        form = section_form(group)
        form.addRow(self.tr("Initiative:"), self.initiative_label)
        form.addRow(self.tr("&Name:"), self.input_field("name", self.name_edit))
        form.addRow(self.tr("&Role:"), self.input_field("role", self.role_edit))
        form.addRow(self.tr("&E-mail:"), self.input_field("email", self.email_edit))
        form.addRow(self.tr("&Phone:"), self.input_field("phone", self.phone_edit))
        form.addRow(self.tr("Preferred &language:"), self.input_field("language", self.language_combo))
        form.addRow(self.tr("&Consent given on:"), self.input_field("consent_date", self.consent_field))
        self.body.addWidget(group)
        self.email_edit.editingFinished.connect(self._email_hint)
        self.email_edit.textChanged.connect(lambda _text: self.slots["email"].show_hint(""))
        self.name_edit.setFocus()

    @Slot()
    def _email_hint(self) -> None:
        text = self.email_edit.text().strip()
        if not text:
            return
        try:
            clean(CONTACT_FIELDS, {"email": text}, complete=False)
        except ValidationFailed as failed:
            self.slots["email"].show_hint(failed.for_field("email") or "", False)

    def record_id(self) -> str | None:
        return self.contact_id

    def read_opening(self) -> Opening:
        """The contact person as stored, or the name of the initiative a new one joins."""
        if self.contact_id is not None:
            return Opening(self.read_stored())
        return Opening(context=initiatives.get_initiative(self.desk, initiative_id=self.initiative_id).name)

    def show_new(self, data: Opening) -> None:
        self.initiative_label.setText(data.context)
        self.fill({"language": "nl"})

    def read_stored(self) -> StoredRecord:
        assert self.contact_id is not None
        detail = initiatives.get_initiative(self.desk, initiative_id=self.initiative_id)
        contact = next((item for item in detail.contacts if item.id == self.contact_id), None)
        if contact is None:
            raise NotFound("contact", self.contact_id)
        return StoredRecord(contact.version, {
            "name": contact.name, "role": contact.role, "email": contact.email, "phone": contact.phone,
            "language": contact.language, "consent_date": contact.consent_date}, detail)

    def show_stored(self, stored: StoredRecord) -> None:
        self.initiative_label.setText(stored.detail.name)
        self.fill(stored.values)

    def submit(self, values: dict[str, Any]) -> Saved:
        saved = self.create_or_update(
            lambda: initiatives.add_contact(self.desk, initiative_id=self.initiative_id, values=values),
            lambda contact_id, version: initiatives.update_contact(
                self.desk, contact_id=contact_id, changes=values, expected_version=version))
        self.contact_id = saved.id
        return saved
