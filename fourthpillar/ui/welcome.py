"""The first start: who is working at this desk, and demonstration data or an empty register."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fourthpillar.domain import vocab
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.style import colour

#: Demonstration initiatives offered by default (about four requests and follow-ups each).
DEFAULT_DEMO_INITIATIVES = 300


class WelcomeDialog(QDialog):
    """Asks the officer's name (and region) and signs them in.

    After ``exec()`` is Accepted, :attr:`load_demo` says whether demonstration data was asked
    for and :attr:`demo_initiatives` how many initiatives.
    """

    def __init__(self, desk: Desk, *, demo_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.load_demo = False
        self.demo_initiatives = DEFAULT_DEMO_INITIATIVES
        self.setWindowTitle(self.tr("Welcome to Fourth Pillar desk"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr(
            "<h2>Welcome</h2><p>Your name is recorded as the author of every change you make "
            "at this desk.</p><p>Demonstration data is made up (initiatives, people, requests): "
            "load it to try the desk out, or start with an empty register for real work.</p>"), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("welcomeName")
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.region = QComboBox(self)
        self.region.setObjectName("welcomeRegion")
        self.region.addItem(self.tr("(no region)"), None)
        for code, label in vocab.PROVINCES.choices():
            self.region.addItem(label, code)
        self.demo_count = QSpinBox(self)
        self.demo_count.setRange(10, 50_000)
        self.demo_count.setSingleStep(100)
        self.demo_count.setValue(DEFAULT_DEMO_INITIATIVES)
        self.demo_count.setSuffix(self.tr(" initiatives"))
        self.error = QLabel(self)
        self.error.setObjectName("welcomeError")
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Region:"), self.region)
        self.demo_label = QLabel(self.tr("&Demonstration data:"), self)
        self.demo_label.setBuddy(self.demo_count)
        form.addRow(self.demo_label, self.demo_count)
        buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(self.tr("&Load demonstration data"), self)
        self.demo_button.setObjectName("welcomeDemo")
        self.empty_button = QPushButton(self.tr("Start &empty"), self)
        self.empty_button.setObjectName("welcomeEmpty")
        self.empty_button.setDefault(True)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(lambda: self.finish(load_demo=True))
        self.empty_button.clicked.connect(lambda: self.finish(load_demo=False))
        for widget in (self.demo_button, self.demo_count, self.demo_label):
            widget.setVisible(demo_available)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    @Slot()
    def finish(self, *, load_demo: bool) -> None:
        name = self.name.text().strip()
        if not name:
            self._show_error(self.tr("Please enter your name."))
            return
        try:
            officers.sign_in(self.desk, name=name, region=self.region.currentData())
        except ValidationFailed as error:
            self._show_error("; ".join(error_.message for error_ in error.errors))
            return
        except KnownError as error:
            self._show_error(str(error))
            return
        self.load_demo = load_demo
        self.demo_initiatives = self.demo_count.value()
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.name.setFocus()
