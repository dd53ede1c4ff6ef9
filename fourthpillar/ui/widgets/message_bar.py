"""An inline banner at the top of a dialog or page: what went wrong and what to do about it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

_STYLES = {
    "error": "background: #fdecea; border: 1px solid #e0a39d; color: #5f1410;",
    "warning": "background: #fff4e0; border: 1px solid #e6c07b; color: #4d3300;",
    "info": "background: #e8f1fb; border: 1px solid #9fbfe0; color: #0d2c4d;",
}


class MessageBar(QFrame):
    """A hidden-by-default banner: ``show_message(text, kind, action_text, action)``.

    *kind* is ``"error"``, ``"warning"`` or ``"info"``; the optional button runs *action*.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._run_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._action: Callable[[], None] | None = None
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error", action_text: str = "",
                     action: Callable[[], None] | None = None) -> None:
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{ {_STYLES.get(kind, _STYLES['info'])} border-radius: 3px; }}"
                           "#messageBar QLabel { border: none; background: transparent; }")
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self._action = None
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @Slot()
    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
