"""The first start: the language, who is working at this desk, and demonstration data or an empty register."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import i18n
from fourthpillar.domain import vocab
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import save_config
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.style import colour

#: Demonstration initiatives offered by default (about four requests and follow-ups each).
DEFAULT_DEMO_INITIATIVES = 300


class WelcomeDialog(QDialog):
    """Asks the language, the officer's name (and region) and signs them in.

    Choosing a language switches the app to it at once (this dialog's texts too) and, once
    signed in, stores it in the data folder's config.json. After ``exec()`` is Accepted,
    :attr:`load_demo` says whether demonstration data was asked for and
    :attr:`demo_initiatives` how many initiatives.
    """

    def __init__(self, desk: Desk, *, demo_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.load_demo = False
        self.demo_initiatives = DEFAULT_DEMO_INITIATIVES
        self._initial_language = i18n.current_language()
        self.setMinimumWidth(460)
        self.language = QComboBox(self)
        self.language.setObjectName("welcomeLanguage")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)  # each in its own language
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_language)))
        self.language.currentIndexChanged.connect(self._switch_language)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("welcomeName")
        self.name.textChanged.connect(self._hide_error)
        self.region = QComboBox(self)
        self.region.setObjectName("welcomeRegion")
        self.demo_count = QSpinBox(self)
        self.demo_count.setRange(10, 50_000)
        self.demo_count.setSingleStep(100)
        self.demo_count.setValue(DEFAULT_DEMO_INITIATIVES)
        self.error = QLabel(self)
        self.error.setObjectName("welcomeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setVisible(False)
        self._error_text = ""
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.region_label = QLabel(self)
        self.region_label.setBuddy(self.region)
        self.demo_label = QLabel(self)
        self.demo_label.setBuddy(self.demo_count)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.name_label, self.name)
        form.addRow(self.region_label, self.region)
        form.addRow(self.demo_label, self.demo_count)
        self.buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("welcomeDemo")
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("welcomeEmpty")
        self.empty_button.setDefault(True)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(lambda: self.finish(load_demo=True))
        self.empty_button.clicked.connect(lambda: self.finish(load_demo=False))
        for widget in (self.demo_button, self.demo_count, self.demo_label):
            widget.setVisible(demo_available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.name.setFocus()

    def _retranslate(self) -> None:
        """(Re)write every text in the language spoken now."""
        self.setWindowTitle(self.tr("Welcome to Fourth Pillar desk"))
        self.intro.setText(self.tr(
            "<h2>Welcome</h2><p>Your name is recorded as the author of every change you make "
            "at this desk.</p><p>Demonstration data is made up (initiatives, people, requests): "
            "load it to try the desk out, or start with an empty register for real work.</p>"))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.name_label.setText(self.tr("&Name:"))
        self.region_label.setText(self.tr("&Region:"))
        self.demo_label.setText(self.tr("&Demonstration data:"))
        self.name.setPlaceholderText(self.tr("First and last name"))
        region = self.region.currentData()
        self.region.clear()
        self.region.addItem(self.tr("(no region)"), None)
        for code, label in vocab.PROVINCES.choices():
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.demo_count.setSuffix(self.tr(" initiatives"))
        self.demo_button.setText(self.tr("&Load demonstration data"))
        self.empty_button.setText(self.tr("Start &empty"))
        if self._error_text == "name":
            self.error.setText(self.tr("Please enter your name."))
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts need at this width: a longer translation or an
        error line must push the buttons down, not squeeze the intro until it is cut off."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    @Slot(int)
    def _switch_language(self, _index: int) -> None:
        from fourthpillar.ui.app import install_translations

        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, self.language.currentData())
        self._retranslate()  # at once; Qt's LanguageChange (for the other windows) comes later

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot()
    def finish(self, *, load_demo: bool) -> None:
        name = self.name.text().strip()
        if not name:
            self._show_error(self.tr("Please enter your name."), kind="name")
            return
        try:
            language = self.language.currentData()
            if language != self._initial_language:  # else the desk keeps following the system
                self.desk.config[i18n.CONFIG_KEY] = language
                save_config(self.desk)
            officers.sign_in(self.desk, name=name, region=self.region.currentData())
        except ValidationFailed as error:
            self._show_error("; ".join(error_.message for error_ in error.errors))
            return
        except (KnownError, OSError) as error:
            self._show_error(str(error))
            return
        self.load_demo = load_demo
        self.demo_initiatives = self.demo_count.value()
        self.accept()

    def _show_error(self, message: str, *, kind: str = "") -> None:
        self._error_text = kind
        self.error.setText(message)
        self.error.setVisible(True)
        self._fit()
        self.name.setFocus()

    @Slot()
    def _hide_error(self) -> None:
        """Typing a name answers the error: it goes."""
        self._error_text = ""
        self.error.setVisible(False)
