"""The small dialogs that ask for a secret before anything else can go on: the register's
passphrase (new, typed, or changed) and the office database's sign-in. Each shows a wrapping
introduction, a form, the problem in red below it, and OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.ui.style import colour
from fourthpillar.ui.widgets.buttons import ok_cancel


def password_field(parent: QWidget, name: str) -> QLineEdit:
    """A line edit that never shows what is typed, named *name* (for tests and accessibility)."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AskDialog(QDialog):
    """The frame of such a dialog: the subclass sets :attr:`intro`'s text, builds its fields and
    adds them to :attr:`form`, then calls :meth:`add_buttons` (last, so OK and Cancel come last
    in the tab order). Its ``accept`` calls :meth:`refuse` to keep the dialog open with a problem.

    *problem* is shown from the start (the last attempt's, when the dialog is asked again)."""

    def __init__(self, parent: QWidget | None, *, width: int, problem: str | None, error_name: str) -> None:
        super().__init__(parent)
        self.setMinimumWidth(width)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = QLabel(problem or "", self)
        self.error.setObjectName(error_name)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setVisible(bool(problem))
        self.form = QFormLayout()

    def add_buttons(self, ok_text: str | None = None) -> None:
        """OK (named *ok_text*, where OK says too little) and Cancel, below the introduction, the
        form and the problem."""
        buttons = ok_cancel(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def refuse(self, problem: str) -> None:
        """Say *problem* below the form; the dialog stays open."""
        self.error.setText(problem)
        self.error.show()
