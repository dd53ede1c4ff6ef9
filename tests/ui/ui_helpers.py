"""Small helpers the UI tests share."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def show(qtbot, dialog: QDialog) -> QDialog:
    """Show *dialog* and wait until it is the active window, as an officer's click would leave it."""
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def read(qtbot, page) -> None:
    """Wait until a record's page (an initiative's, an event's) shows what it reads in the background."""
    qtbot.waitUntil(lambda: page.reading is None, timeout=10_000)
