"""File ▸ Officers and logins: who works in the shared register, with their own database login.

Everyone may look; an admin (or the database owner) adds an officer with a login, changes what
a login may do (role, provinces, a new password), disables and enables it, as ``officers
add|set|disable|enable`` do on the command line. Every change runs through the window's
:class:`~fourthpillar.ui.jobs.JobRunner`, and so does reading the list (with what the login may
do): the window never waits for the database. A refusal shows as one line in the dialog.
Passwords are typed twice, never shown, and go from the form to the service only.

Wiring (in the main window): ``dialog = OfficersDialog(desk, window.jobs, window)``; its
``changed`` signal says an officer or a login changed, then ``dialog.exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import logins
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.logins import ROLES
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.jobs import in_flight
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.ask_dialog import password_field
from fourthpillar.ui.widgets.buttons import ok_cancel
from fourthpillar.ui.widgets.buttons import push_button
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.choices import ChoiceCombo
from fourthpillar.ui.widgets.message_bar import MessageBar
from fourthpillar.ui.widgets.row_views import chosen_row
from fourthpillar.ui.widgets.row_views import lay_out_rows
from fourthpillar.ui.widgets.tables import row_table

tr = qt_translator("Officers")


COLUMNS = (QT_TRANSLATE_NOOP("Officers", "Name"), QT_TRANSLATE_NOOP("Officers", "Login"),
           QT_TRANSLATE_NOOP("Officers", "Role"), QT_TRANSLATE_NOOP("Officers", "Provinces"),
           QT_TRANSLATE_NOOP("Officers", "Login status"))


def status_text(row: logins.OfficerLogin) -> str:
    """Whether the officer's login may connect, as the list says it."""
    if row.login is None:
        return tr("no login of their own")
    if row.active is None:
        return tr("missing on the server")
    return tr("active") if row.active else tr("disabled")


def provinces_text(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(PROVINCES.label(code) for code in codes)


def refusal(error: BaseException) -> str:
    """The one line a refused or invalid change shows; anything else is a bug and is raised."""
    if not isinstance(error, KnownError | ValidationFailed):
        raise error
    return " ".join(str(error).split())


class OfficerForm(QDialog):
    """Adding an officer with a login (*officer* None), or changing an officer's login.

    The change is made when OK is pressed, in the background; the form closes once it is saved
    and shows a refusal in one line otherwise (nothing was written, the form keeps its values).

    Signals:
        saved(object): the change was written (the service's result).
    """

    saved = Signal(object)

    def __init__(self, desk: Desk, runner: JobRunner, officer: logins.OfficerLogin | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.officer = officer
        #: The change being written: Esc waits for it (its outcome closes the form or says why not).
        self._writing: Job | None = None
        self.setObjectName("officerForm")
        self.setWindowTitle(tr("Add an officer with a login") if officer is None
                            else tr("Change the login of %1").replace("%1", officer.name))
        self.message_bar = MessageBar(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("officerName")
        self.email = QLineEdit(self)
        self.email.setObjectName("officerEmail")
        self.login = QLineEdit(self)
        self.login.setObjectName("officerLogin")
        self.login.setPlaceholderText(tr("lower case, e.g. an_peeters"))
        self.role = ChoiceCombo([(code, logins.role_label(code)) for code in ROLES], parent=self)
        self.role.setObjectName("officerRole")
        self.provinces = CheckGrid(PROVINCES.choices(), columns=2, parent=self)
        self.provinces.setObjectName("officerProvinces")
        self.password = password_field(self, "officerPassword")
        self.repeat = password_field(self, "officerPasswordAgain")
        form = QFormLayout()
        if officer is None:
            form.addRow(tr("&Name:"), self.name)
            form.addRow(tr("&E-mail:"), self.email)
            form.addRow(tr("&Login:"), self.login)
            self.password.setPlaceholderText(tr("at least 8 characters"))
        else:
            form.addRow(tr("Name:"), QLabel(officer.name, self))
            form.addRow(tr("Login:"), QLabel(officer.login or "", self))
            self.role.set_code(officer.role)
            self.provinces.set_codes(officer.provinces)
            self.password.setPlaceholderText(tr("leave empty to keep the password"))
        form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("Pro&vinces:"), self.provinces)
        note = QLabel(tr("A coordinator sees and changes only the initiatives of their provinces. An admin also "
                         "manages officers, erases people and applies field packages."), self)
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        form.addRow(note)
        form.addRow(tr("&Password:") if officer is None else tr("New &password:"), self.password)
        form.addRow(tr("Password a&gain:"), self.repeat)
        self.buttons = ok_cancel(self, tr("&Add") if officer is None else tr("&Save"), on_ok=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        (self.name if officer is None else self.role).setFocus()

    @Slot()
    def _role_changed(self) -> None:
        coordinator = self.role.code() == "coordinator"
        self.provinces.setEnabled(coordinator)
        if not coordinator:
            self.provinces.set_codes([])

    # The shortest password the form takes (the server keeps only its SCRAM verifier).
    MIN_PASSWORD = 8

    def _password(self) -> str | None:
        """The password typed twice, None when left empty; ValueError says what is wrong."""
        password = self.password.text()
        if password != self.repeat.text():
            raise ValueError(tr("The two passwords differ: type the same password twice."))
        if not password and self.officer is None:
            raise ValueError(tr("Give the new login a password (it is never shown)."))
        if password and len(password) < self.MIN_PASSWORD:
            raise ValueError(tr("A password needs at least %1 characters.").replace("%1", str(self.MIN_PASSWORD)))
        return password or None

    def _work(self, password: str | None) -> Callable[..., Any]:
        desk, officer = self.desk, self.officer
        role, provinces = self.role.code(), self.provinces.codes()
        if officer is None:
            values = {"name": self.name.text(), "email": self.email.text()}
            login = self.login.text()
            return lambda **_: logins.add_officer_login(desk, values=values, login=login, role=role,
                                                        provinces=provinces, password=password)
        return lambda **_: logins.set_officer_access(desk, officer_id=officer.id, role=role,
                                                     provinces=provinces, password=password)

    @Slot()
    def save(self) -> None:
        try:
            password = self._password()
        except ValueError as problem:
            self.message_bar.show_message(str(problem))
            self.password.setFocus()
            return
        self.message_bar.clear()
        self.buttons.setEnabled(False)
        self._writing = run_write(self.runner, self._work(password), on_done=self._saved, on_refused=self._refused)

    def _saved(self, result: Any) -> None:
        self._forget_passwords()
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_bar.show_message(refusal(error))

    def reject(self) -> None:
        if not in_flight(self._writing):  # Esc while the change is being written: its outcome comes back here
            super().reject()

    def _forget_passwords(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def done(self, result: int) -> None:
        self._forget_passwords()
        super().done(result)


class OfficersDialog(QDialog):
    """File ▸ Officers and logins: the list, and an admin's add, change, disable and enable.

    Signals:
        changed(): an officer or a login was added or changed.
    """

    changed = Signal()

    def __init__(self, desk: Desk, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.rows: list[logins.OfficerLogin] = []
        #: A change being written: closing waits for it.
        self._writing: Job | None = None
        self._reads = LatestRead()
        self._select_after: str | None = None
        # The form open from this dialog, if any (tests fill it in).
        self.form: OfficerForm | None = None
        self.setObjectName("officersDialog")
        self.setWindowTitle(tr("Officers and logins"))
        self.resize(820, 440)
        # Nothing is offered until the login's permissions are read with the list.
        self.allowed = logins.Permissions.nothing()
        intro = QLabel(tr("Everyone who works in the shared register signs in with a login of their own; the "
                          "database decides what each login may do."), self)
        intro.setWordWrap(True)
        self.message_bar = MessageBar(self)
        self.table = row_table([tr(title) for title in COLUMNS], self, fit=True)
        self.table.setObjectName("officersTable")
        self.table.setAccessibleName(tr("Officers"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.change_selected())

        self.add_button = push_button(tr("&Add officer…"), self, self.add_officer)
        self.change_button = push_button(tr("&Change…"), self, self.change_selected)
        self.change_button.setToolTip(tr("Role, provinces or a new password"))
        self.disable_button = push_button(tr("&Disable login…"), self, self.disable_selected)
        self.enable_button = push_button(tr("&Enable login"), self, self.enable_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.disable_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay_out_rows(self, (intro, self.message_bar), self.table, buttons)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the officers and what this login may do again, in the background (keeping the
        selected officer selected); the buttons wait for them, the window does not."""
        desk = self.desk
        self._reads.run(self.runner, lambda **_: (logins.permissions(desk), logins.list_officer_logins(desk)),
                        busy=self, on_done=lambda read: self._read(*read), on_refused=self._read_failed)
        self._update_buttons()

    @property
    def reading(self) -> bool:
        """The officers are being read (in the background): the buttons wait for them."""
        return self._reads.reading

    def _read(self, allowed: logins.Permissions, rows: list[logins.OfficerLogin]) -> None:
        self.allowed = allowed
        self._show(rows)

    def _read_failed(self, error: BaseException) -> None:
        self.message_bar.show_message(refusal(error))
        self._show([])

    def _show(self, rows: list[logins.OfficerLogin]) -> None:
        selected = self.selected()
        chosen = self._select_after or (selected.id if selected is not None else None)
        self._select_after = None
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            role = logins.role_label(row.role) if row.login else ""
            for column, text in enumerate((row.name, row.login or "", role, provinces_text(row.provinces),
                                           status_text(row))):
                self.table.setItem(number, column, QTableWidgetItem(text))
        if chosen is not None:
            self.select_officer(chosen)
        if not self.allowed.can_manage_officers and self.message_bar.kind != "error":
            self.message_bar.show_message(tr("Only an admin can add officers or change their logins."), "info")
        self._update_buttons()

    def selected(self) -> logins.OfficerLogin | None:
        return chosen_row(self.table, self.rows)

    def select_officer(self, officer_id: str) -> None:
        for number, row in enumerate(self.rows):
            if row.id == officer_id:
                self.table.selectRow(number)

    @Slot()
    def _update_buttons(self) -> None:
        manage = self.allowed.can_manage_officers and not self.reading
        row = self.selected()
        has_login = manage and row is not None and row.login is not None
        self.add_button.setEnabled(manage)
        self.change_button.setEnabled(has_login)
        self.disable_button.setEnabled(has_login and row is not None and row.active is True)
        self.enable_button.setEnabled(has_login and row is not None and row.active is False)

    # -- the changes -------------------------------------------------------------------------

    def _open_form(self, officer: logins.OfficerLogin | None) -> OfficerForm:
        form = OfficerForm(self.desk, self.runner, officer, self)
        form.saved.connect(lambda saved: self._done(getattr(saved, "id", officer.id if officer else "")))
        form.finished.connect(lambda _result: self._form_closed(form))
        self.form = form
        form.open()
        return form

    def _form_closed(self, form: OfficerForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    @Slot()
    def add_officer(self) -> OfficerForm | None:
        return self._open_form(None) if self.allowed.can_manage_officers else None

    @Slot()
    def change_selected(self) -> OfficerForm | None:
        row = self.selected()
        if row is None or row.login is None or not self.allowed.can_manage_officers:
            return None
        return self._open_form(row)

    @Slot()
    def disable_selected(self) -> None:
        row = self.selected()
        if row is None or row.login is None:
            return
        answer = QMessageBox.question(
            self, tr("Disable login"),
            tr("Disable the login %1 of %2? They can no longer connect to the shared register; everything they "
               "recorded stays. You can enable the login again.").replace("%1", row.login).replace("%2", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            desk, officer_id = self.desk, row.id
            self._run(lambda **_: logins.disable_officer_login(desk, officer_id=officer_id), officer_id)

    @Slot()
    def enable_selected(self) -> None:
        row = self.selected()
        if row is not None and row.login is not None:
            desk, officer_id = self.desk, row.id
            self._run(lambda **_: logins.enable_officer_login(desk, officer_id=officer_id), officer_id)

    def _run(self, work: Callable[..., Any], officer_id: str) -> None:
        self.message_bar.clear()
        for button in (self.change_button, self.disable_button, self.enable_button):
            button.setEnabled(False)
        self._writing = run_write(self.runner, work, on_done=lambda _result: self._done(officer_id),
                                  on_refused=self._refused)

    def reject(self) -> None:
        if not in_flight(self._writing):  # closing while a change is being written: its outcome comes back here
            super().reject()

    def _refused(self, error: BaseException) -> None:
        self.message_bar.show_message(refusal(error))
        self.refresh()

    def _done(self, officer_id: str) -> None:
        self.message_bar.clear()
        self._select_after = officer_id
        self.refresh()  # with the permissions: an admin may have changed their own role
        self.changed.emit()
