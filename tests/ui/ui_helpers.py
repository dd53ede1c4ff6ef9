"""Small helpers the UI tests share."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
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


def opened(qtbot, editor: QDialog, *, timeout: int = 10_000) -> None:
    """Wait until an editor (or another dialog: the history, the officers) opened with the
    window's runner has read what it shows: until then an editor's form and Save wait for it."""
    qtbot.waitUntil(lambda: not editor.reading, timeout=timeout)


#: Another process: takes the register's file for itself (every other connection waits), says
#: "locked", and lets go when told (a line on its input, or its input closing).
HOLDER = r"""
import sys
from pathlib import Path
from fourthpillar.store import cipher

connection = cipher.connect(Path(sys.argv[1]), isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("INSERT INTO meta (key, value) VALUES ('held by another program', 'x')")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
"""


def release(holder: subprocess.Popen[str]) -> None:
    """Tell the other program to let go, and wait until it has."""
    assert holder.stdin is not None and holder.stdout is not None
    if not holder.stdin.closed:
        holder.stdin.write("\n")
        holder.stdin.close()
    holder.wait(timeout=20)
    holder.stdout.close()


class Paints(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
