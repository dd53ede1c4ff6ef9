"""The register's passphrase, asked when neither FOURTHPILLAR_KEY nor the keychain has it
(``services/keys.py``): once per laptop, as the keychain keeps it afterwards; and File ▸ Change
passphrase… (``services/passphrase.py``)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fourthpillar.services import keys, passphrase
from fourthpillar.ui.style import colour


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted register, or a new one (typed twice) for a register about to
    be made or encrypted. After ``exec()`` is Accepted, :attr:`passphrase` holds it."""

    def __init__(self, request: keys.PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.passphrase: str | None = None
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("Passphrase of the register"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        if request.new:
            intro.setText(self.tr(
                "The register on this computer is encrypted, so that a lost or stolen laptop shows nothing of "
                "it. Choose its passphrase. Keep it somewhere safe besides this computer (the office's password "
                "manager): this computer remembers it, but without it a backup copied elsewhere, or the register "
                "after this computer's keychain is lost, cannot be opened."))
        else:
            intro.setText(self.tr("The register %1 is encrypted. Type its passphrase; this computer remembers it "
                                  "from now on.").replace("%1", str(request.path)))
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(request.problem or "", self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setVisible(bool(request.problem))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if request.new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first.setFocus()

    def accept(self) -> None:
        typed = self.first.text()
        problem = keys.new_passphrase_problem(typed, self.second.text()) if self.request.new else (
            None if typed else self.tr("Type the passphrase."))
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
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


class ChangePassphraseDialog(QDialog):
    """File ▸ Change passphrase…: the current passphrase and the new one, twice. After ``exec()``
    is Accepted, :attr:`current` and :attr:`new` hold them (whether the current one is right is
    checked by the change itself, off the GUI thread: the key derivation takes a while)."""

    def __init__(self, parent: QWidget | None = None, *, problem: str | None = None) -> None:
        super().__init__(parent)
        self.current = ""
        self.new = ""
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(self.tr(
            "The register and all its backups are encrypted again with the new passphrase; the old one no "
            "longer opens them. Files kept in the \"damaged\" folder keep the old one. Keep the new passphrase "
            "somewhere safe besides this computer (the office's password manager)."), self)
        intro.setWordWrap(True)
        self.current_edit = QLineEdit(self)
        self.current_edit.setObjectName("currentPassphrase")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPassphrase")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("newPassphraseAgain")
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(problem or "", self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setVisible(bool(problem))
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        form.addRow(self.tr("&New passphrase:"), self.new_edit)
        form.addRow(self.tr("&Again:"), self.again_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange passphrase"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.current_edit.setFocus()

    def accept(self) -> None:
        current, new = self.current_edit.text(), self.new_edit.text()
        problem = (self.tr("Type the current passphrase.") if not current else
                   passphrase.new_passphrase_problem(current=current, new=new, repeated=self.again_edit.text()))
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
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
