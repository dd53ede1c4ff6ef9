"""The questions and messages of File ▸ Field package (:mod:`fourthpillar.ui.sync_actions`):
where a package is saved or read, how another copy is offered in the chooser, the office
database's address as it may be remembered, and a service's refusal in the menu's words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar.store.addresses import without_password
from fourthpillar.ui.lists.format import format_datetime
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.services.sync import KnownReplica

#: The file name ending of a field package.
PACKAGE_SUFFIX = "fpsync"


tr = qt_translator("FieldSync")


def _package_filter() -> str:
    return tr("Field packages (*.%1)").replace("%1", PACKAGE_SUFFIX) + ";;" + tr("All files (*)")


def save_package_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Ask where to write a package; ``.fpsync`` is added when no ending was typed, and replacing
    an existing file is confirmed (by the dialog, or here when the ending was added)."""
    start = str(Path.home() / suggested)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, _package_filter())
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.{PACKAGE_SUFFIX}")
        if path.exists():
            answer = QMessageBox.question(
                parent, title, tr("%1 already exists. Replace it?").replace("%1", str(path)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
    return path


def open_package_path(parent: QWidget, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), _package_filter())
    return Path(chosen) if chosen else None


def remembered_url(url: str) -> str:
    """*url* as it may be kept in the settings: without a password (settings are plain text)."""
    return without_password(url)


def replica_choice_text(replica: KnownReplica) -> str:
    """How a known copy is offered in the chooser: who worked on it, when it was last heard of."""
    who = replica.last_officer or tr("unknown officer")
    when = (tr("last exchange %1").replace("%1", format_datetime(replica.exchanged_at))
            if replica.exchanged_at else tr("no package received from it yet"))
    return f"{who} · {when} · {replica.id}"


def in_menu_words(message: str) -> str:
    """A refusal as the app's user reads it: the two that name command-line commands say which
    menu entry to use instead; the others become a sentence."""
    if "sync checkout" in message:  # services.sync: a first package given to "apply"
        return tr("This is a first package: it makes a new working copy. Open it with File ▸ Field package ▸ "
                  "Open package as a new working copy (in an empty folder); nothing was applied here.")
    if "sync package --out" in message:  # services.sync: a package of changes given to "checkout"
        return tr("This is a package of changes, not a first package: apply it to a copy with File ▸ Field "
                  "package ▸ Apply package. A new working copy is made from a first package (“Create package "
                  "for a province or all” on the office copy).")
    return _sentence(message)


def _sentence(text: str) -> str:
    """A service's message as a sentence: capital first letter, final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
