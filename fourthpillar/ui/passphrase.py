"""The register's passphrase, asked when neither FOURTHPILLAR_KEY nor the keychain has it
(``services/keys.py``): once per laptop, as the keychain keeps it afterwards; and File ▸ Change
passphrase… (``services/passphrase.py``)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar.services import keys
from fourthpillar.services import passphrase
from fourthpillar.ui.widgets.ask_dialog import AskDialog
from fourthpillar.ui.widgets.ask_dialog import password_field


class PassphraseDialog(AskDialog):
    """The passphrase of an encrypted register, or a new one (typed twice) for a register about to
    be made or encrypted. After ``exec()`` is Accepted, :attr:`passphrase` holds it."""

    def __init__(self, request: keys.PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=480, problem=request.problem, error_name="passphraseError")
        self.request = request
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Passphrase of the register"))
        if request.new:
            self.intro.setText(self.tr(
                "The register on this computer is encrypted, so that a lost or stolen laptop shows nothing of "
                "it. Choose its passphrase. Keep it somewhere safe besides this computer (the office's password "
                "manager): this computer remembers it, but without it a backup copied elsewhere, or the register "
                "after this computer's keychain is lost, cannot be opened."))
        else:
            self.intro.setText(self.tr("The register %1 is encrypted. Type its passphrase; this computer remembers "
                                       "it from now on.").replace("%1", str(request.path)))
        self.first = password_field(self, "passphrase")
        self.second = password_field(self, "passphraseAgain")
        self.form.addRow(self.tr("&Passphrase:"), self.first)
        if request.new:
            self.form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        self.add_buttons()
        self.first.setFocus()

    def accept(self) -> None:
        typed = self.first.text()
        problem = keys.new_passphrase_problem(typed, self.second.text()) if self.request.new else (
            None if typed else self.tr("Type the passphrase."))
        if problem is not None:
            self.refuse(problem)
            return
        self.passphrase = typed
        super().accept()


def ask_passphrase(request: keys.PassphraseRequest) -> str | None:
    """:data:`keys.Prompt` for the app: the dialog, modal; None when cancelled."""
    dialog = PassphraseDialog(request)
    try:
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def offer_to_delete_unencrypted(data_dir: str | os.PathLike[str] | None, parent: QWidget | None = None) -> bool:
    """At every start while the unencrypted register of before the conversion is kept: ask
    whether to delete it now (once the officer has seen that the register is complete). True if deleted."""
    kept = keys.unencrypted_copy(data_dir)
    if kept is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("PassphraseDialog", "Register encrypted"),
                      QCoreApplication.translate(
                          "PassphraseDialog",
                          "The register and its backups are encrypted now. Their unencrypted versions are still "
                          "kept in %1, readable by anyone who gets hold of this computer. Once you have seen that "
                          "your register is complete, delete them.").replace("%1", str(kept)), parent=parent)
    delete = box.addButton(QCoreApplication.translate("PassphraseDialog", "&Delete the unencrypted copy"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("PassphraseDialog", "&Keep it for now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    try:
        keys.delete_unencrypted_copy(data_dir)
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PassphraseDialog", "Register encrypted"),
                            str(error.strerror or error))
        return False
    return True


class ChangePassphraseDialog(AskDialog):
    """File ▸ Change passphrase…: the current passphrase and the new one, twice. After ``exec()``
    is Accepted, :attr:`current` and :attr:`new` hold them (whether the current one is right is
    checked by the change itself, off the GUI thread: the key derivation takes a while)."""

    def __init__(self, parent: QWidget | None = None, *, problem: str | None = None) -> None:
        super().__init__(parent, width=480, problem=problem, error_name="passphraseError")
        self.current = ""
        self.new = ""
        self.setWindowTitle(self.tr("Change passphrase"))
        self.intro.setText(self.tr(
            "The register and all its backups are encrypted again with the new passphrase; the old one no "
            "longer opens them. Files kept in the \"damaged\" folder keep the old one. Keep the new passphrase "
            "somewhere safe besides this computer (the office's password manager)."))
        self.current_edit = password_field(self, "currentPassphrase")
        self.new_edit = password_field(self, "newPassphrase")
        self.again_edit = password_field(self, "newPassphraseAgain")
        self.form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        self.form.addRow(self.tr("&New passphrase:"), self.new_edit)
        self.form.addRow(self.tr("&Again:"), self.again_edit)
        self.add_buttons(self.tr("C&hange passphrase"))
        self.current_edit.setFocus()

    def accept(self) -> None:
        current, new = self.current_edit.text(), self.new_edit.text()
        problem = (self.tr("Type the current passphrase.") if not current else
                   passphrase.new_passphrase_problem(current=current, new=new, repeated=self.again_edit.text()))
        if problem is not None:
            self.refuse(problem)
            return
        self.current, self.new = current, new
        super().accept()


def changed_message(result: passphrase.PassphraseChanged) -> str:
    """What the officer is told once the passphrase was changed."""
    lines = [QCoreApplication.translate(
        "ChangePassphraseDialog", "The passphrase was changed: the register and %n backup(s) open with the new "
        "passphrase only.", None, len(result.backups))]
    if result.kept:
        lines.append(QCoreApplication.translate(
            "ChangePassphraseDialog", "These backups open with neither passphrase and were left as they were: %1")
            .replace("%1", ", ".join(path.name for path in result.kept)))
    if result.keychain_updated:
        lines.append(QCoreApplication.translate(
            "ChangePassphraseDialog", "This computer's keychain remembers the new passphrase."))
    return "\n\n".join(lines)
