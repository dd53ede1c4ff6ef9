"""Buttons as the app makes them: a push button that does one thing, and the OK and Cancel a
dialog ends with, OK named for what it does ("Merge", "&Save")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

StandardButton = QDialogButtonBox.StandardButton


def push_button(text: str, parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    """A button named *text* that calls *slot* when clicked. It is never a dialog's default
    button: Enter in a form or a table must not press it."""
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def ok_cancel(dialog: QDialog, ok_text: str | None = None, cancel_text: str | None = None, *,
              ok: StandardButton = StandardButton.Ok, on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """*ok* (named *ok_text*) and Cancel (named *cancel_text*; Qt's own names where None) for
    *dialog*. OK accepts the dialog, or calls *on_ok* for a dialog that saves before it closes;
    Cancel rejects it."""
    buttons = QDialogButtonBox(ok | StandardButton.Cancel, dialog)
    if ok_text is not None:
        buttons.button(ok).setText(ok_text)
    if cancel_text is not None:
        buttons.button(StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
