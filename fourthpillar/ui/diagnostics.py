"""Help ▸ Report a problem, and the dialog after an unexpected error: what happened, with
"Copy diagnostics" and "Save diagnostics…" so that the officer can send the maintainers the
version, system, database kind, replica id and the log's last lines
(:mod:`fourthpillar.services.diagnostics` builds that text; it reads no database).

Copying and saving leave the dialog open: an officer often copies, then saves a copy too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar.services import diagnostics
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.text import qt_translator

#: The open register, for the crash dialog (which is called without one); set by ui.app.run_app.
current_desk: Callable[[], Desk | None] = lambda: None  # noqa: E731


tr = qt_translator("Diagnostics")


def diagnostics_for(desk: Desk | None, *, error: str = "") -> str:
    return diagnostics.diagnostics_text(diagnostics.collect(desk, qt_version=qVersion(), error=error))


class ReportDialog(QDialog):
    """A message, the diagnostics (read-only, to look at before sending) and the two buttons."""

    def __init__(self, title: str, message: str, text: str, parent: QWidget | None = None, *,
                 critical: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = text
        intro = QLabel(message)
        intro.setWordWrap(True)
        if critical:
            intro.setStyleSheet("font-weight: bold")
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = QLabel("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("&Copy diagnostics"))
        self.save_button = QPushButton(tr("&Save diagnostics…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_where_to_save)
        buttons.rejected.connect(self.reject)
        self.copy_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.status.setText(tr("The diagnostics are on the clipboard: paste them into your e-mail."))

    def ask_where_to_save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"fourthpillar-diagnostics-{clock.today().isoformat()}.txt"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save diagnostics"), str(suggested), "Text (*.txt)")
        if chosen:
            self.save(Path(chosen), overwrite=Path(chosen).exists())  # the dialog asked before replacing

    def save(self, path: Path, *, overwrite: bool = False) -> bool:
        try:
            diagnostics.save_diagnostics(path, self.text, overwrite=overwrite)
        except KnownError as error:
            QMessageBox.warning(self, tr("Save diagnostics"), str(error))
            return False
        self.status.setText(tr("Saved {name}.").format(name=path.name))
        return True


def report_problem_dialog(desk: Desk | None, parent: QWidget | None = None) -> ReportDialog:
    return ReportDialog(
        tr("Report a problem"),
        tr("Describe what you did and what went wrong in an e-mail to the application's maintainers, "
           "and add these diagnostics (copy them, or save them and attach the file). They hold no names "
           "or other details of the people in the register."),
        diagnostics_for(desk), parent)


def crash_dialog(error: str, parent: QWidget | None = None) -> ReportDialog:
    """After an unexpected error; *error* is where it happened (no message, see logs.describe_error)."""
    return ReportDialog(
        tr("Unexpected error"),
        tr("Something went wrong that the desk did not expect. Your saved work is safe; please send "
           "these diagnostics to the application's maintainers."),
        diagnostics_for(current_desk(), error=error), parent, critical=True)
