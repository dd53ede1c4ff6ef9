"""What every record editor shares: fields with inline messages, saving through a service,
refusing a stale save, and asking before unsaved input is thrown away."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fourthpillar.domain.fields import FieldError, ValidationFailed
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError, NotFound, StaleRecord
from fourthpillar.ui.style import colour
from fourthpillar.ui.widgets.message_bar import MessageBar

ERROR_COLOUR = "#b3261e"
HINT_COLOUR = "#5c6670"
GOOD_COLOUR = "#1e6b35"



def section_form(group: QGroupBox, *, vertical_spacing: int | None = None) -> QFormLayout:
    """The form layout of one titled section of an editor: labels right-aligned, fields growing."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    if vertical_spacing is not None:
        form.setVerticalSpacing(vertical_spacing)
    return form

@dataclass
class FieldSlot:
    """One form field: its input widget, how to read and fill it, and the note under it."""

    name: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    note: QLabel
    container: QWidget
    highlight: QWidget
    error: str = ""
    hint: str = ""
    hint_good: bool | None = None

    def show_error(self, message: str) -> None:
        self.error = message
        self.widget.setProperty("invalid", True)
        self.highlight.setStyleSheet(
            f"#{self.highlight.objectName()} {{ border: 1px solid {colour('error')}; border-radius: 2px; }}")
        self.widget.setToolTip(message)
        self._refresh_note()

    def clear_error(self) -> None:
        if not self.error:
            return
        self.error = ""
        self.widget.setProperty("invalid", False)
        self.highlight.setStyleSheet("")
        self.widget.setToolTip("")
        self._refresh_note()

    def show_hint(self, text: str, good: bool | None = None) -> None:
        self.hint, self.hint_good = text, good
        self._refresh_note()

    def _refresh_note(self) -> None:
        if self.error:
            self.note.setText("⚠ " + self.error)
            shade = colour("error")
        else:
            self.note.setText(self.hint)
            shade = colour({True: "good", False: "error"}.get(self.hint_good, "hint"))  # type: ignore[arg-type]
        self.note.setStyleSheet(f"color: {shade};")
        self.note.setVisible(bool(self.note.text()))

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisibleTo(self.container) else ""


class EditorDialog(QDialog):
    """Base class of the editors.

    A subclass builds its form with :meth:`add_field` (field names are the service's field
    names, so a :class:`ValidationFailed` lands next to the right widget), fills it in
    :meth:`load`, and saves in :meth:`submit`, returning the service's :class:`Saved`.

    After ``exec()`` returns Accepted, :attr:`saved` holds that :class:`Saved`.
    Ctrl+S and Ctrl+Enter save; Esc or closing asks first when there is unsaved input.
    A save refused because someone else saved the record meanwhile shows a banner that offers
    to reload; nothing is overwritten and the input stays.
    """

    #: What the record is called in messages ("initiative", "request", ...), translated.
    def record_noun(self) -> str:
        return self.tr("record")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.saved: Saved | None = None
        self.slots: dict[str, FieldSlot] = {}
        self._baseline: dict[str, Any] = {}
        self.message_bar = MessageBar(self)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.body, 1)
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
        target = highlight or getattr(widget, "highlight_target", widget)
        if not target.objectName():
            target.setObjectName(f"field_{name}")
        target.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        slot = FieldSlot(name, widget, read, write, note, container, target)
        self.slots[name] = slot
        if changed is not None:
            changed.connect(lambda *_: slot.clear_error())
        return container

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

    # -- subclass hooks ----------------------------------------------------------------------

    def load(self) -> None:
        """Fill the form from the services (an existing record) or with defaults (a new one)."""
        raise NotImplementedError

    def submit(self, values: dict[str, Any]) -> Saved:
        """Save *values* through a service and return its :class:`Saved`."""
        raise NotImplementedError

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
            lines.append(self.tr("Not saved: please correct the %n marked field(s).", "", placed))
        else:
            lines.append(self.tr("Not saved."))
        lines.extend(unplaced)
        self.message_bar.show_message("\n".join(lines), "error")
        if first is not None:
            first.highlight.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stale(self) -> None:
        self.message_bar.show_message(
            self.tr("Someone else saved this %1 after you opened it, so your changes were not saved "
                    "(nothing was overwritten). Your input is still here: copy what you need, then "
                    "reload to see the current version.").replace("%1", self.record_noun()),
            "warning", self.tr("Reload"), self.reload)

    @Slot()
    def reload(self) -> None:
        """Replace the form with the record as it is stored now (discards this window's input)."""
        self.message_bar.clear()
        for slot in self.slots.values():
            slot.clear_error()
        self.load()
        self.mark_clean()

    @Slot()
    def accept(self) -> None:
        """Save; on success close with Accepted, otherwise show why and keep everything typed."""
        if not self.save_button.isEnabled():
            return
        values = self.values()
        self.clear_errors()
        try:
            saved = self.submit(values)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return
        except StaleRecord:
            self.show_stale()
            return
        except NotFound as error:
            self.message_bar.show_message(
                self.tr("Not saved: %1. It may have been archived meanwhile.").replace("%1", str(error)), "error")
            return
        except KnownError as error:
            self.message_bar.show_message(self.tr("Not saved: %1").replace("%1", str(error)), "error")
            return
        self.saved = saved
        self.mark_clean()
        self.after_save(saved)
        super().accept()

    def after_save(self, saved: Saved) -> None:
        """Hook for subclasses that show something that depends on the saved record."""

    def confirm_discard(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved input: Save, Discard or Cancel."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This %1 has changes that are not saved yet. Save them?").replace("%1", self.record_noun()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    @Slot()
    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something is unsaved."""
        if self.is_dirty():
            answer = self.confirm_discard()
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
