"""Edit ▸ Settings: who works at this desk, the language, the data folder, backup rotation and
how alike two initiatives must be to be offered as duplicates.

Where each setting lives:

- the officer's name: the register (``services.officers.sign_in``: an officer of that name is
  reused or added, and the data folder's ``config.json`` remembers who works here);
- the language, the backup rotation (``backup_keep_daily``/``weekly``/``monthly``, read by
  ``services.backups``) and the duplicate thresholds (``duplicates_min_score``,
  ``duplicates_warn_score``, read by ``services.duplicates``): the data folder's ``config.json``,
  so the command line and exports made from it follow the same choice;
- the data folder: this user's QSettings (:data:`fourthpillar.ui.settings.DATA_DIR`), read by
  ``ui.app`` before it opens the register; ``--data-dir`` and ``FOURTHPILLAR_DATA_DIR`` win.

The language and the data folder apply when the app starts again; the dialog says so.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import i18n
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import backups
from fourthpillar.services import duplicates
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import save_config
from fourthpillar.services.records import OfficerView
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import settings
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.jobs import in_flight
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.widgets.buttons import ok_cancel

#: desk.config keys of the backup rotation, as services.backups reads them.
ROTATION_KEYS = ("backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly")


class SettingsDialog(QDialog):
    """The officer's name, the language, the data folder and how many backups are kept.

    ``restart_needed`` is True after Save when the language or the data folder changed. The
    officer's name and what the login may do are read on *runner*'s read pool (at once without
    one): the name and Save wait for them (``reading``). Saving a new name signs in on its
    writer (``saving`` until it is done): a register locked by another program keeps the
    window free, and the dialog closes once the officer is recorded.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.restart_needed = False
        self._runner = runner
        self._signing_in: Job | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        #: The officer working at this desk, as read when the dialog opened.
        self.officer: OfficerView | None = None
        self._officer_read = LatestRead()

        self.name = QLineEdit(self)
        self.name.setObjectName("settingsName")
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.name.setReadOnly(True)  # until the officer and the login are read

        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self._initial_language = i18n.normalise_language(desk.config.get(i18n.CONFIG_KEY)) or i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_language)))

        self._initial_folder = settings.read_str(settings.DATA_DIR)
        self.folder = QLineEdit(self._initial_folder, self)
        self.folder.setObjectName("settingsDataFolder")
        self.folder.setPlaceholderText(str(desk.data_dir) if desk.data_dir else self.tr("the standard data folder"))
        self.folder.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setToolTip(self.tr("Choose the data folder"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QWidget(self)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.browse)
        folder_row.setFocusProxy(self.folder)

        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Data folder:"), folder_row)
        note = QLabel(self.tr("A new language or data folder is used from the next start of the app."), self)
        note.setObjectName("pageSubtitle")
        note.setWordWrap(True)
        form.addRow(note)

        self.rotation: dict[str, QSpinBox] = {}
        rotation = QGroupBox(self.tr("Backups kept"), self)
        rotation_form = QFormLayout(rotation)
        labels = {"backup_keep_daily": self.tr("D&aily backups:"),
                  "backup_keep_weekly": self.tr("&Weekly backups:"),
                  "backup_keep_monthly": self.tr("&Monthly backups:")}
        for key in ROTATION_KEYS:
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(1, 365)
            spin.setValue(_rotation_value(desk, key))
            spin.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            self.rotation[key] = spin
            rotation_form.addRow(labels[key], spin)

        # How alike two initiatives must be to be offered as one (services.duplicates).
        matching = QGroupBox(self.tr("Duplicate initiatives"), self)
        matching_form = QFormLayout(matching)
        scan, warn = duplicates.thresholds(desk.config)
        self.thresholds: dict[str, QSpinBox] = {}
        for key, value, label in ((duplicates.SCAN_KEY, scan, self.tr("Lowest score on the Duplicates page:")),
                                  (duplicates.WARN_KEY, warn, self.tr("Lowest score the new-initiative form and "
                                                                      "the import warn about:"))):
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(1, 100)
            spin.setValue(value)
            spin.setAccessibleName(label.rstrip(":"))
            self.thresholds[key] = spin
            matching_form.addRow(label, spin)

        self.buttons = ok_cancel(self, self.tr("&Save"), self.tr("Cancel"), ok=QDialogButtonBox.StandardButton.Save,
                                 on_ok=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(rotation)
        layout.addWidget(matching)
        layout.addWidget(self.buttons)

        order = [self.name, self.language, self.folder, self.browse, *self.rotation.values(),
                 *self.thresholds.values(),
                 self.buttons.button(QDialogButtonBox.StandardButton.Save),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.name.setFocus()
        self._save_button().setEnabled(False)
        self._officer_read.run(runner, lambda **_: _read_officer(desk), busy=self, on_done=self._officer_shown,
                               on_refused=self._read_failed)

    @property
    def reading(self) -> bool:
        """The officer is being read: the name and Save wait for it."""
        return self._officer_read.reading

    @property
    def saving(self) -> bool:
        """A new name is being signed in: Esc and closing wait for it."""
        return in_flight(self._signing_in)

    def _save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def _officer_shown(self, read: tuple[OfficerView | None, bool]) -> None:
        self.officer, may_work_as_others = read
        if not self.name.isModified():
            self.name.setText(self.officer.name if self.officer else "")
        # On the shared database the login is the officer: a name typed here would be refused.
        self.name.setReadOnly(not may_work_as_others)
        if not may_work_as_others:
            self.name.setToolTip(self.tr("On the shared database you work as your own login"))
        self._save_button().setEnabled(True)

    def _read_failed(self, error: KnownError | ValidationFailed) -> None:
        self._save_button().setEnabled(True)  # the other settings can still be saved
        QMessageBox.warning(self, self.tr("Settings"), str(error))

    @Slot()
    def choose_folder(self) -> None:
        start = self.folder.text() or (str(self.desk.data_dir) if self.desk.data_dir else "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), start)
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("Settings"), self.tr("Please enter your name."))
            self.name.setFocus()
            return
        folder = self.folder.text().strip()
        if folder and Path(folder).exists() and not Path(folder).is_dir():
            QMessageBox.warning(self, self.tr("Settings"), self.tr("%1 is a file, not a folder.").replace("%1", folder))
            self.folder.setFocus()
            return
        officer = self.officer
        if officer is not None and officer.name == name:
            self._keep_settings(folder)
            return
        region = officer.region if officer else None
        self._save_button().setEnabled(False)  # one sign-in, however often Save is pressed

        def signed_in(_officer: OfficerView) -> None:
            self._save_button().setEnabled(True)
            self._keep_settings(folder)

        def refused(error: KnownError | ValidationFailed) -> None:
            self._save_button().setEnabled(True)
            QMessageBox.warning(self, self.tr("Settings not saved"), str(error))

        self._signing_in = run_write(self._runner, lambda **_: officers.sign_in(self.desk, name=name, region=region),
                                     on_done=signed_in, on_refused=refused, owner=self)

    @Slot()
    def reject(self) -> None:
        """Esc, Cancel or the close button: not while the new name is being signed in (the
        sign-in decides how the dialog closes, and the window shows the officer it recorded)."""
        if self.saving:
            return
        super().reject()

    def _keep_settings(self, folder: str) -> None:
        """Write the language, backup and warning settings and the data folder, then close."""
        language = self.language.currentData()
        try:
            self.desk.config[i18n.CONFIG_KEY] = language
            for key, spin in (*self.rotation.items(), *self.thresholds.items()):
                self.desk.config[key] = spin.value()
            save_config(self.desk)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Settings not saved"), str(error))
            return
        settings.write(settings.DATA_DIR, folder)
        self.restart_needed = language != self._initial_language or folder != self._initial_folder
        if self.restart_needed:
            QMessageBox.information(self, self.tr("Settings"), self.tr(
                "Saved. The new language or data folder is used from the next start of Fourth Pillar desk."))
        self.accept()


def _read_officer(desk: Desk) -> tuple[OfficerView | None, bool]:
    """The officer working at *desk*, and whether the login may work under another name."""
    return officers.current_officer(desk), logins.permissions(desk).can_work_as_others


def _rotation_value(desk: Desk, key: str) -> int:
    value = desk.config.get(key, backups.SETTINGS[key])
    return value if isinstance(value, int) and not isinstance(value, bool) else backups.SETTINGS[key]
