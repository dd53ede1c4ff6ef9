"""One field of an editor's form: its input, how it is read and filled, and the note under it
(an error in red with a red border round the input, or a hint)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from fourthpillar.ui.style import colour
from fourthpillar.ui.text import unbroken_hyphens


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
            self.note.setText("⚠ " + unbroken_hyphens(self.error))
            shade = colour("error")
        else:
            self.note.setText(self.hint)
            shade = colour({True: "good", False: "error"}.get(self.hint_good, "hint"))  # type: ignore[arg-type]
        self.note.setStyleSheet(f"color: {shade};")
        self.note.setVisible(bool(self.note.text()))

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisibleTo(self.container) else ""
