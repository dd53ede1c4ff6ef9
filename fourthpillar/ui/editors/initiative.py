"""Register or edit an initiative (4de pijler)."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.enterprise_number import InvalidEnterpriseNumber
from fourthpillar.domain.enterprise_number import normalise_enterprise_number
from fourthpillar.domain.postcode import is_belgian_postcode
from fourthpillar.domain.postcode import province_for_postcode
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.services import duplicates
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.base import Opening
from fourthpillar.ui.editors.base import StoredRecord
from fourthpillar.ui.editors.done import SaveTexts
from fourthpillar.ui.editors.lookalike import LookalikeBar
from fourthpillar.ui.editors.sections import section_form
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.countries import CountryPicker


class InitiativeEditor(EditorDialog):
    """Every field of an initiative; ``initiative_id=None`` registers a new one.

    The province follows a Belgian postcode (shown read-only then); the enterprise number and
    postcode get live hints while typing. See :class:`EditorDialog` for saving and ``saved``.
    """

    entity = "initiative"

    noun = QT_TRANSLATE_NOOP("EditorDialog", "initiative")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this initiative")
    save_texts = SaveTexts(QT_TRANSLATE_NOOP("EditorDialog", "Initiative registered: %1"),
                           QT_TRANSLATE_NOOP("EditorDialog", "Initiative changed: %1"))

    def __init__(self, desk: Desk, initiative_id: str | None = None, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None) -> None:
        super().__init__(desk, parent, runner)
        self.initiative_id = initiative_id
        self.open_form(self.tr("New initiative") if initiative_id is None else self.tr("Edit initiative"), 940, 660)

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Vrienden van Kisangani"))
        self.legal_form_combo = ChoiceCombo(LEGAL_FORMS.choices(), none_label=self.tr("— not known —"), parent=self)
        self.enterprise_edit = QLineEdit(self)
        self.enterprise_edit.setPlaceholderText(self.tr("0123.456.749"))
        self.enterprise_edit.setMaximumWidth(220)
        self.status_combo = ChoiceCombo(INITIATIVE_STATUSES.choices(), parent=self)
        self.year_edit = QLineEdit(self)
        self.year_edit.setValidator(QIntValidator(0, 9999, self.year_edit))
        self.year_edit.setMaximumWidth(80)
        self.year_edit.setPlaceholderText(self.tr("yyyy"))
        self.panel_check = QCheckBox(self.tr("Member of the 4de Pijlerpanel"), self)

        identity = QGroupBox(self.tr("Initiative"), self)
        form = section_form(identity, vertical_spacing=6)
        form.addRow(self.tr("&Name:"), self.input_field("name", self.name_edit))
        form.addRow(self.tr("&Legal form:"), self.input_field("legal_form", self.legal_form_combo))
        form.addRow(self.tr("&Enterprise number:"), self.add_field(
            "enterprise_number", self.enterprise_edit, self.enterprise_edit.text,
            lambda value: self.enterprise_edit.setText(value or ""), self.enterprise_edit.textChanged))
        form.addRow(self.tr("S&tatus:"), self.input_field("status", self.status_combo))
        form.addRow(self.tr("&Founded in:"), self.add_field(
            "founded_year", self.year_edit, self.year_edit.text,
            lambda value: self.year_edit.setText("" if value in (None, "") else str(value)),
            self.year_edit.textChanged))
        form.addRow("", self.add_field(
            "panel_member", self.panel_check, self.panel_check.isChecked,
            lambda value: self.panel_check.setChecked(bool(value)), self.panel_check.toggled))

        self.street_edit = QLineEdit(self)
        self.postcode_edit = QLineEdit(self)
        self.postcode_edit.setMaximumWidth(110)
        self.municipality_edit = QLineEdit(self)
        # The municipalities of the postcode typed, offered while typing the municipality.
        self.municipalities = QStringListModel(self)
        self._offered_for: str | None = None
        #: They are read on the runner's read pool as the postcode is typed (the newest wins)...
        self.municipalities_read = LatestRead()
        #: ... and the postcode field was left before they came: fill the municipality then.
        self._fill_when_read = False
        municipality_completer = QCompleter(self.municipalities, self)
        municipality_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipality_edit.setCompleter(municipality_completer)
        self.province_combo = ChoiceCombo(PROVINCES.choices(), none_label=self.tr("— not known —"), parent=self)
        address = QGroupBox(self.tr("Address"), self)
        form = section_form(address, vertical_spacing=6)
        form.addRow(self.tr("St&reet and number:"), self.input_field("street", self.street_edit))
        form.addRow(self.tr("&Postcode:"), self.input_field("postcode", self.postcode_edit))
        form.addRow(self.tr("&Municipality:"), self.input_field("municipality", self.municipality_edit))
        form.addRow(self.tr("Pro&vince:"), self.input_field("province", self.province_combo))

        self.countries = CountryPicker(self)
        self.themes = CheckGrid(THEMES.choices(), columns=2, parent=self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("separated by commas, e.g. Kongo, waterputten"))
        work = QGroupBox(self.tr("Work"), self)
        form = section_form(work, vertical_spacing=6)
        form.addRow(self.tr("Partner &countries:"), self.input_field("partner_countries", self.countries))
        form.addRow(self.tr("T&hemes:"), self.input_field("themes", self.themes))
        form.addRow(self.tr("Ta&gs:"), self.input_field("tags", self.tags_edit))

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything the office should know about this initiative"))
        notes = QGroupBox(self.tr("Notes"), self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.input_field("notes", self.notes_edit))
        self.notes_edit.setMinimumHeight(70)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(address)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(work, 0, 1)
        grid.addWidget(notes, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self.body.addLayout(grid)

        self.enterprise_edit.textChanged.connect(self._enterprise_hint)
        self.postcode_edit.textChanged.connect(self._postcode_hint)
        self.postcode_edit.editingFinished.connect(self._fill_municipality)
        self.lookalike: LookalikeBar | None = None
        if self.initiative_id is None:  # a new one: warn while it is typed if it is already there
            self.lookalike = LookalikeBar(self.desk, lambda: {
                "name": self.name_edit.text(), "postcode": self.postcode_edit.text().strip(),
                "municipality": self.municipality_edit.text().strip(),
                "enterprise_number": self.enterprise_edit.text(), "partner_countries": self.countries.codes()}, self)
            self.body.insertWidget(0, self.lookalike)
            for edit in (self.name_edit, self.postcode_edit, self.municipality_edit, self.enterprise_edit):
                edit.textEdited.connect(self.lookalike.typed)
            self.lookalike.open_requested.connect(self._open_lookalike)
        self.name_edit.setFocus()

    # -- live hints --------------------------------------------------------------------------

    @Slot(str)
    def _enterprise_hint(self, text: str) -> None:
        slot = self.slots["enterprise_number"]
        digits = re.sub(r"\D", "", text)
        if not text.strip():
            slot.show_hint("")
        elif len(digits) < 9 and re.fullmatch(r"[\sA-Za-z:.\-/\d]*", text):
            slot.show_hint(self.tr("%1 digits typed, 10 needed").replace("%1", str(len(digits))))
        else:
            try:
                slot.show_hint("✓ " + normalise_enterprise_number(text), True)
            except InvalidEnterpriseNumber as problem:
                slot.show_hint(translate("Validation", str(problem)), False)

    @Slot(str)
    def _postcode_hint(self, text: str) -> None:
        slot = self.slots["postcode"]
        text = text.strip().upper().removeprefix("B-")
        province = province_for_postcode(text)
        self.province_combo.setEnabled(province is None)
        self._offer_municipalities(text)
        if province is not None:
            self.province_combo.set_code(province)
            self.province_combo.setToolTip(self.tr("Follows the Belgian postcode"))
            slot.show_hint(self.tr("Province: %1").replace("%1", PROVINCES.label(province)), True)
        elif not text:
            self.province_combo.setToolTip("")
            slot.show_hint("")
        elif text.isdigit() and not is_belgian_postcode(text):
            self.province_combo.setToolTip("")
            if len(text) < 4:
                slot.show_hint(self.tr("A Belgian postcode has 4 digits"))
            else:
                slot.show_hint(self.tr("Not a Belgian postcode (4 digits, 1000-9999)"), False)
        else:
            self.province_combo.setToolTip("")
            slot.show_hint(self.tr("Not a Belgian postcode: choose the province yourself"))

    def _offer_municipalities(self, postcode: str) -> None:
        """Offer the municipalities of a Belgian *postcode* in the municipality field."""
        postcode = _postcode(postcode)
        if postcode == self._offered_for:
            return
        self._offered_for = postcode
        self.municipalities.setStringList([])
        self.slots["municipality"].show_hint("")
        if province_for_postcode(postcode) is None:
            self.municipalities_read.drop()  # not a Belgian postcode: nothing to read, nor to wait for
            return
        desk = self.desk

        def offered(names: list[str]) -> None:
            self.municipalities.setStringList(names)
            if self._fill_when_read:
                self._fill_municipality()

        self.municipalities_read.run(
            self.runner, lambda **_: initiatives.municipalities_for_postcode(desk, postcode=postcode),
            busy=self.postcode_edit, on_done=offered,
            on_refused=lambda error: self.slots["municipality"].show_hint(str(error), False))

    @Slot()
    def _fill_municipality(self) -> None:
        """Leaving a typed postcode fills in an empty municipality when only one goes with it
        (2000: Antwerpen), selected so that typing replaces it; with several, the municipality
        field offers them. A postcode only tabbed through (not typed) changes nothing."""
        self._fill_when_read = self.municipalities_read.reading
        if self._fill_when_read:
            return  # once they are read
        names = self.municipalities.stringList()
        if not self.postcode_edit.isModified() or self.municipality_edit.text().strip():
            return
        if len(names) == 1:
            self.municipality_edit.setText(names[0])
            self.municipality_edit.selectAll()
        elif names:
            self.slots["municipality"].show_hint(self.tr("With this postcode: %1").replace("%1", ", ".join(names)))

    @Slot(str)
    def _open_lookalike(self, initiative_id: str) -> None:
        """Open the initiative already there instead (asking first about what was typed here)."""
        opener = getattr(self.parent(), "show_initiative", None)
        self.reject()
        if not self.isVisible() and opener is not None:
            opener(initiative_id)

    def done(self, result: int) -> None:
        if self.lookalike is not None:
            self.lookalike.stop()
        super().done(result)

    # -- loading and saving ------------------------------------------------------------------

    def record_id(self) -> str | None:
        return self.initiative_id

    def needs_reading(self) -> bool:
        return self.initiative_id is not None  # a new one's form has nothing to read

    def show_new(self, data: Opening) -> None:
        self.fill({"status": "active", "panel_member": False})
        self._postcode_hint("")

    def read_stored(self) -> StoredRecord:
        """The initiative, and the municipalities its postcode offers (read with it)."""
        assert self.initiative_id is not None
        detail = initiatives.get_initiative(self.desk, initiative_id=self.initiative_id)
        return StoredRecord(detail.version, {
            "name": detail.name, "legal_form": detail.legal_form,
            "enterprise_number": detail.enterprise_number, "street": detail.street,
            "postcode": detail.postcode, "municipality": detail.municipality,
            "province": detail.province, "partner_countries": detail.partner_countries,
            "themes": detail.themes, "founded_year": detail.founded_year,
            "panel_member": detail.panel_member, "status": detail.status,
            "tags": ", ".join(detail.tags), "notes": detail.notes,
        }, detail, (_postcode(detail.postcode), _municipalities(self.desk, detail.postcode)))

    def show_stored(self, stored: StoredRecord) -> None:
        self._offered_for, offered = stored.context
        self.municipalities.setStringList(offered)
        self.fill(stored.values)
        self._postcode_hint(stored.values["postcode"])
        if stored.values["province"]:
            self.province_combo.set_code(stored.values["province"])

    def submit(self, values: dict[str, Any]) -> Saved:
        if self.initiative_id is None:
            saved = initiatives.register_initiative(self.desk, values=values)
            self.initiative_id = saved.id
            for other_id in self.lookalike.dismissed if self.lookalike is not None else ():
                # "Not a duplicate" said while typing, remembered once the new one exists (unless
                # the other was archived meanwhile: nothing to keep apart then).
                with contextlib.suppress(KnownError):
                    duplicates.mark_not_duplicate(self.desk, first_id=saved.id, second_id=other_id)
        else:
            saved = initiatives.update_initiative(self.desk, initiative_id=self.initiative_id, changes=values,
                                                  expected_version=self.version)
        self.version = saved.version
        return saved


def _postcode(text: str) -> str:
    return text.strip().upper().removeprefix("B-")


def _municipalities(desk: Desk, postcode: str) -> list[str]:
    """The municipalities offered with *postcode* (none unless it is a Belgian one)."""
    postcode = _postcode(postcode)
    return initiatives.municipalities_for_postcode(desk, postcode=postcode) if province_for_postcode(postcode) else []
