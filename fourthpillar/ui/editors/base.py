"""What every record editor shares: fields with inline messages, saving through a service,
merging a save someone else made meanwhile instead of overwriting it (``editors/stale.py``), and
asking before unsaved input is thrown away."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.store.errors import StaleRecord
from fourthpillar.ui.editors.done import SaveTexts
from fourthpillar.ui.editors.done import done
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.editors.field_slot import FieldSlot
from fourthpillar.ui.editors.merge_dialog import MergeDialog
from fourthpillar.ui.editors.stale import StaleSave
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import cannot_open
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.widgets.buttons import ok_cancel
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.countries import CountryPicker
from fourthpillar.ui.widgets.date_field import DateField
from fourthpillar.ui.widgets.message_bar import MessageBar


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The editors' shared texts, under one context: ``self.tr`` would look them up under each
    subclass's name, and PySide's fall-back to the base class misses every %n plural."""
    return QCoreApplication.translate("EditorDialog", text, disambiguation, n)


@dataclass
class StoredRecord:
    """A record as stored now, read without touching the form: its version, its field values
    (named and shaped as the form fills them) and the service's record, for what the editor
    shows beside its fields."""

    version: int
    values: dict[str, Any]
    detail: Any = None
    #: What else the editor shows with it, read at the same time (an initiative's contact persons).
    context: Any = None


@dataclass
class Opening:
    """What an editor reads when it opens, in one go (:meth:`EditorDialog.read_opening`): plain
    data, read off the GUI thread when the editor has a runner."""

    #: The record edited as stored now; None for a new one.
    stored: StoredRecord | None = None
    #: (id, name) of the officers the form offers (assigned officer, owner); [] when it offers none.
    officers: list[tuple[str, str]] = field(default_factory=list)
    #: What a new record's form shows besides its defaults (the initiative it is for, ...).
    context: Any = None


class EditorDialog(QDialog):
    """Base class of the editors.

    A subclass builds its form with :meth:`add_field` (field names are the service's field
    names, so a :class:`ValidationFailed` lands next to the right widget), fills it in
    :meth:`load`, and saves in :meth:`submit`, returning the service's :class:`Saved`.

    After ``exec()`` returns Accepted, :attr:`saved` holds that :class:`Saved`.
    Ctrl+S and Ctrl+Enter save; Esc or closing asks first when there is unsaved input.
    A save refused because someone else saved the record meanwhile is merged: their changes
    join this form's (fields only they changed take their value), and fields both changed are
    settled in a :class:`MergeDialog`. Nothing is saved then: the officer checks the form and
    saves again. Cancelling the merge keeps the input and offers to reload instead.

    An editor of an existing record names its :attr:`entity`, returns its id from
    :meth:`record_id`, reads it with :meth:`read_stored` and shows it with :meth:`show_stored`
    (the default :meth:`read_opening` and :meth:`show_opening` do that for an existing record).

    What the form needs from the register when it opens is read in one go by
    :meth:`read_opening` and shown by :meth:`show_opening`. With a *runner* that read runs on its
    read pool: the editor opens at once, busy (form and Save disabled) until the answer comes;
    Esc closes it meanwhile and the late answer is dropped; a record that cannot be opened is
    said once and the editor closes. Without one (an editor shown on its own) it reads at once.
    """

    #: The record's kind in the change log ("initiative", "request", "follow_up", "contact").
    entity = ""

    #: What the record is called in messages ("initiative", "request", ...) and with its
    #: demonstrative ("this initiative", which Dutch and French choose by the noun: "dit
    #: initiatief", "deze adviesvraag"). Each editor marks them with ``QT_TRANSLATE_NOOP`` in
    #: the context "EditorDialog", the one they are translated in here.
    noun = QT_TRANSLATE_NOOP("EditorDialog", "record")
    this_noun = QT_TRANSLATE_NOOP("EditorDialog", "this record")
    #: What a save did, for the status bar and Edit ▸ Undo ("Initiative registered: %1"). Without
    #: them a save says "Saved: <noun>", unless the editor words its own :meth:`done_description`.
    save_texts: SaveTexts | None = None

    def record_noun(self) -> str:
        return tr(self.noun)

    def this_record(self) -> str:
        return tr(self.this_noun)

    def __init__(self, desk: Desk, parent: QWidget | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.saved: Saved | None = None
        #: Where the form is read and saves are written: the window's runner (its read pool, its
        #: one writer, off the GUI thread); None reads and saves at once (an editor on its own).
        self.runner = runner
        #: What the form shows, read when it opens (:meth:`read_form`).
        self._opening = LatestRead()
        #: A save is being written: Save, Esc and closing wait for it.
        self.saving = False
        self.slots: dict[str, FieldSlot] = {}
        self._baseline: dict[str, Any] = {}
        #: The stored version this form was loaded from (None: a new record).
        self.version: int | None = None
        #: The stored values this form was loaded from: the common ground of a merge.
        self.loaded: dict[str, Any] | None = None
        #: The form's choice of an officer (:meth:`officer_field`), if it has one.
        self._officer_combo: ChoiceCombo | None = None
        #: The merge dialog open on top of this editor, if any.
        self.merge_dialog: MergeDialog | None = None
        self.stale = StaleSave(self)
        self.message_bar = MessageBar(self)
        #: The form's fields and sections (disabled while the form is read).
        self.form_area = QWidget(self)
        self.body = QVBoxLayout(self.form_area)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.buttons = ok_cancel(self, tr("&Save"), tr("Cancel"), ok=QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.buttons)
        for sequence in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return"),
                         QKeySequence("Ctrl+Enter")):
            QShortcut(sequence, self, self.accept)

    # -- building the form -------------------------------------------------------------------

    def add_field(self, name: str, widget: QWidget, read: Callable[[], Any],
                  write: Callable[[Any], None], changed: Any = None,
                  highlight: QWidget | None = None) -> QWidget:
        """Register *widget* as the input of field *name*; returns the widget to put in a form.

        *changed* is the widget's change signal: editing a field clears its error. An error
        draws a red border round *highlight* (default: the widget's ``highlight_target``
        attribute, else the widget itself).
        """
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        container.setFocusProxy(widget)  # the form label's mnemonic (Alt+letter) lands in the field
        note = QLabel(container)
        note.setObjectName(f"note_{name}")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.hide()
        column.addWidget(note)
        target: QWidget = highlight if highlight is not None else getattr(widget, "highlight_target", widget)
        if not target.objectName():
            target.setObjectName(f"field_{name}")
        target.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        slot = FieldSlot(name, widget, read, write, note, container, target)
        self.slots[name] = slot
        if changed is not None:
            changed.connect(lambda *_: slot.clear_error())
        return container

    def input_field(self, name: str, widget: QWidget) -> QWidget:
        """:meth:`add_field` for the editors' usual inputs, read, filled and watched as their kind
        is: a line or a text box, a choice, a date, several codes (check boxes, countries)."""
        if isinstance(widget, QLineEdit):
            return self.add_field(name, widget, widget.text, widget.setText, widget.textChanged)
        if isinstance(widget, QPlainTextEdit):
            return self.add_field(name, widget, widget.toPlainText, widget.setPlainText, widget.textChanged)
        if isinstance(widget, ChoiceCombo):
            return self.add_field(name, widget, widget.code, widget.set_code, widget.currentIndexChanged)
        if isinstance(widget, DateField):
            return self.add_field(name, widget, widget.text, widget.set_date, widget.textChanged)
        if isinstance(widget, CheckGrid | CountryPicker):
            return self.add_field(name, widget, widget.codes, widget.set_codes, widget.changed)
        raise TypeError(f"no usual way to read a {type(widget).__name__}: use add_field")

    def values(self) -> dict[str, Any]:
        """The form's raw values by field name, as the service receives them."""
        return {name: slot.read() for name, slot in self.slots.items()}

    def fill(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.slots:
                self.slots[name].write(value)

    def mark_clean(self) -> None:
        """What is in the form now counts as saved (after loading or saving)."""
        self._baseline = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def note(self, name: str) -> str:
        """The message or hint shown under field *name* (what the user reads there)."""
        return self.slots[name].note_text()

    def open_form(self, title: str, width: int, height: int = 0) -> None:
        """The end of an editor's ``__init__``: its title, its fields (:meth:`_build`), filled
        from the stored record or with a new one's defaults (:meth:`read_form`) and taken as
        unchanged, and its first size."""
        self.setWindowTitle(title)
        self._build()
        self.read_form()
        self.resize(width, height)

    def read_form(self) -> None:
        """Read what the form shows and show it (:meth:`read_opening`, :meth:`show_opening`): at
        once without a runner or with nothing to read; otherwise on the runner's read pool, the
        form and Save waiting."""
        if self.runner is None or not self.needs_reading():
            self.show_opening(self.read_opening())
            self.mark_clean()
            return
        focus = self.focusWidget()  # where the form wants the cursor once it can take it
        self.wait_for_read(True)
        self.mark_clean()  # nothing typed: Esc closes without asking

        def read(**_: Any) -> Any:
            return self.read_opening()  # on the worker: plain attributes only, never a widget

        def shown(data: Any) -> None:
            self.wait_for_read(False, focus)
            self.show_opening(data)
            self.mark_clean()

        def refused(error: KnownError | ValidationFailed) -> None:
            QDialog.reject(self)
            cannot_open(self.parentWidget() or self, error)

        self._opening.run(self.runner, read, busy=self, on_done=shown, on_refused=refused)

    @property
    def reading(self) -> bool:
        """What the form shows is being read (:meth:`read_form`): the form and Save wait for it."""
        return self._opening.reading

    def wait_for_read(self, wait: bool, focus: QWidget | None = None) -> None:
        """The form and Save wait while the register is read for them (*wait*), or no longer; then
        the cursor goes to *focus* (where the officer was)."""
        self.form_area.setEnabled(not wait)
        self.save_button.setEnabled(not wait)
        if not wait and focus is not None:
            focus.setFocus()

    # -- subclass hooks ----------------------------------------------------------------------

    def _build(self) -> None:
        """Make the form's fields (:meth:`add_field`) and sections."""
        raise NotImplementedError

    def needs_reading(self) -> bool:
        """Whether the form reads the register when it opens (a new initiative's does not)."""
        return True

    def read_opening(self) -> Any:
        """What the form shows, read through the services in one go; runs off the GUI thread
        with a runner, so it touches no widget (plain data, usually an :class:`Opening`)."""
        return Opening(self.read_stored() if self.record_id() is not None else None)

    def show_opening(self, data: Any) -> None:
        """Fill the form with what :meth:`read_opening` read (on the GUI thread): the record as
        stored, or a new one's defaults (:meth:`show_new`), offering the officers read."""
        if self._officer_combo is not None:
            self._officer_combo.set_choices(data.officers)
        if data.stored is not None:
            self.use_stored(data.stored)
        else:
            self.show_new(data)

    def show_new(self, data: Any) -> None:
        """Fill a new record's form with its defaults and what *data* read for it (its context)."""

    def officer_field(self) -> ChoiceCombo:
        """The form's choice of an officer (in charge, owner), or nobody: :meth:`officer_choices` read."""
        self._officer_combo = ChoiceCombo([], none_label=tr("— nobody —"), parent=self)
        return self._officer_combo

    def officer_choices(self, stored: StoredRecord | None = None) -> list[tuple[str, str]]:
        """(id, name) of the officers an :meth:`officer_field` offers (read on the worker: plain
        attributes only): the live ones, and the officer the *stored* record names even when
        archived (named so), so that the form shows their name and saves them unchanged."""
        if self._officer_combo is None:
            return []  # a form without one (a merge asks every form)
        field_name = next((name for name, slot in self.slots.items() if slot.widget is self._officer_combo), None)
        keeping = stored.values.get(field_name) if stored is not None and field_name is not None else None
        return [(officer.id, tr("%1 (archived)", "an officer who no longer works here").replace("%1", officer.name)
                 if officer.archived else officer.name)
                for officer in officers.officers_to_choose(self.desk, keeping=keeping)]

    def offer_officers(self, choices: list[tuple[str, str]]) -> None:
        """Offer too the officers of *choices* not offered yet (a merge's, read with the record)."""
        if self._officer_combo is not None:
            self._officer_combo.offer_too(choices)

    def record_id(self) -> str | None:
        """The id of the record being edited; None while it is new."""
        return None

    def read_stored(self) -> StoredRecord:
        """The record as stored now, through the services; the form is left alone."""
        raise NotImplementedError

    def show_stored(self, stored: StoredRecord) -> None:
        """Fill the form (and what is shown beside it) with *stored*."""
        self.fill(stored.values)

    def use_stored(self, stored: StoredRecord) -> None:
        """Show *stored*, read just now; its values and version become this form's baseline."""
        self.version = stored.version
        self.loaded = dict(stored.values)
        self.show_stored(stored)

    def submit(self, values: dict[str, Any]) -> Saved:
        """Save *values* through a service and return its :class:`Saved`."""
        raise NotImplementedError

    def create_or_update(self, create: Callable[[], Saved], update: Callable[[str, int | None], Saved]) -> Saved:
        """What :meth:`submit` usually does: *create* the new record, or *update* the one edited
        (given its id and the version this form was loaded from); the form then holds the saved
        version, so that saving again is not refused as someone else's change."""
        record_id = self.record_id()
        saved = create() if record_id is None else update(record_id, self.version)
        self.version = saved.version
        return saved

    # -- saving ------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for slot in self.slots.values():
            slot.clear_error()
        if self.message_bar.kind == "error":
            self.message_bar.clear()

    def show_errors(self, errors: list[FieldError]) -> None:
        unplaced: list[str] = []
        first: FieldSlot | None = None
        for error in errors:
            slot = self.slots.get(error.field)
            if slot is None:
                unplaced.append(str(error))
                continue
            slot.show_error(error.message)
            first = first or slot
        placed = len(errors) - len(unplaced)
        lines = []
        if placed:
            lines.append(tr("Not saved: please correct the %n marked field(s).", "", placed))
        else:
            lines.append(tr("Not saved."))
        lines.extend(unplaced)
        self.message_bar.show_message("\n".join(lines), "error")
        if first is not None:
            first.highlight.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stale(self) -> None:
        """Say that someone else saved the record meanwhile and nothing was saved (offers Reload)."""
        self.stale.warn()

    @Slot()
    def reload(self) -> None:
        """Replace the form with the record as it is stored now (discards this window's input)."""
        self.clear_errors()
        self.message_bar.clear()
        self.stale.clear_hints()
        self.read_form()

    # -- merging a save someone else made meanwhile (editors/stale.py) -------------------------

    def merge_with_stored(self, mine: dict[str, Any]) -> None:
        """After a refused (stale) save: merge the stored record's changes into the form, asking
        about fields both changed. Nothing is saved here."""
        self.stale.merge(mine)

    def open_merge_dialog(self, dialog: MergeDialog) -> None:
        """Show *dialog* window-modal (no nested event loop); its ``finished`` settles the merge."""
        dialog.open()

    @Slot()
    def accept(self) -> None:
        """Save (through :func:`~fourthpillar.ui.operations.run_write`, on :attr:`runner`); once
        saved close with Accepted, otherwise show why and keep everything typed."""
        if self.saving or not self.save_button.isEnabled():
            return
        values = self.values()
        self.clear_errors()
        created = self.record_id() is None
        self.saving = True
        self.save_button.setEnabled(False)

        def finished() -> None:
            self.saving = False
            self.save_button.setEnabled(True)

        def saved(result: Saved) -> None:
            finished()
            self.saved = done(result, self.done_description(values, created))
            self.mark_clean()
            self.after_save(result)
            QDialog.accept(self)

        def refused(error: KnownError | ValidationFailed) -> None:
            finished()
            if isinstance(error, ValidationFailed):
                self.show_errors(error.errors)
            elif isinstance(error, StaleRecord):
                self.merge_with_stored(values)
            elif isinstance(error, NotFound):
                self.message_bar.show_message(
                    tr("Not saved: %1. It may have been archived meanwhile.").replace("%1", str(error)), "error")
            else:
                self.message_bar.show_message(tr("Not saved: %1").replace("%1", str(error)), "error")

        # submit() runs on the writer thread: it reads the values given and plain attributes only.
        run_write(self.runner, lambda **_: self.submit(values), on_done=saved, on_refused=refused)

    def done_description(self, values: dict[str, Any], created: bool) -> str:
        """What the save did, for the status bar and Edit ▸ Undo ("Follow-up planned: ...")."""
        texts = self.save_texts
        if texts is None:
            return tr("Saved: %1").replace("%1", self.record_noun())
        return named(tr(texts.added if created else texts.changed), values.get(texts.name_field))

    def after_save(self, saved: Saved) -> None:
        """Hook for subclasses that show something that depends on the saved record."""

    def confirm_discard(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved input: Save, Discard or Cancel."""
        # Qt's buttons, worded as the app words them: ui/text.py QT_BUTTON_TEXTS.
        return QMessageBox.question(
            self, tr("Unsaved changes"),
            tr("Your changes to %1 are not saved yet. Save them?").replace("%1", self.this_record()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    @Slot()
    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something is unsaved."""
        if self.saving:
            return  # the save decides how the dialog closes
        if not self.reading and self.is_dirty():
            answer = self.confirm_discard()
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        """Closed: a read still on its way is no longer shown (the dialog may live on unseen)."""
        self._opening.drop()
        super().done(result)
