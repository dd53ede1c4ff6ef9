"""The sign-in dialog of the shared office database: asked at start-up when libpq has no
password for the officer's login and the keychain keeps none (``services/office_password.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from fourthpillar.services import office_password
from fourthpillar.store.addresses import location
from fourthpillar.store.errors import LoginRefused
from fourthpillar.ui.widgets.ask_dialog import AskDialog
from fourthpillar.ui.widgets.ask_dialog import password_field


class SignInDialog(AskDialog):
    """Login name (prefilled), password and "remember on this computer". After ``exec()`` is
    Accepted, :attr:`answer` holds them."""

    def __init__(self, request: office_password.PasswordRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=440, problem=request.problem, error_name="signInError")
        self.answer: office_password.PasswordAnswer | None = None
        self.setWindowTitle(self.tr("Sign in to the office database"))
        self.intro.setText(self.tr("Sign in to the office database %1 with your own login.").replace(
            "%1", request.where))
        self.login = QLineEdit(request.login, self)
        self.login.setObjectName("login")
        self.password = password_field(self, "password")
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"), self)
        self.remember.setObjectName("remember")
        self.remember.setToolTip(self.tr("Kept in this computer's keychain, never in a file; "
                                         "leave it unticked on a shared computer"))
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow("", self.remember)
        self.add_buttons()
        (self.password if request.login else self.login).setFocus()

    def accept(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.refuse(self.tr("Type your login and your password."))
            return
        self.answer = office_password.PasswordAnswer(login, password, self.remember.isChecked())
        super().accept()


def ask_database_password(request: office_password.PasswordRequest) -> office_password.PasswordAnswer | None:
    """:data:`office_password.Prompt` for the app: the dialog, modal; None when cancelled."""
    dialog = SignInDialog(request)
    try:
        return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_after_refusal(parent: QWidget, url: str, error: LoginRefused,
                      tried: office_password.PasswordAnswer | None) -> office_password.PasswordAnswer | None:
    """The dialog for a sync with the office database that its server refused (no password
    from libpq or the keychain, or the one typed in *tried* was wrong); None when cancelled."""
    problem = None if error.password_missing and tried is None else QCoreApplication.translate(
        "Errors", "the server did not accept this login name or password")
    login = tried.login if tried is not None else office_password.default_login(url)
    dialog = SignInDialog(office_password.PasswordRequest(login, location(url), problem), parent)
    try:
        return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
