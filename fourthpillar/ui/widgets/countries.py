"""Partner countries: ISO 3166 codes, picked and shown by their Dutch names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.countries import country_names
from fourthpillar.ui.lists.format import country_language


def _entry(code: str, name: str) -> str:
    return f"{name} ({code})"


class _AddLine(QLineEdit):
    """A line edit whose Enter adds the country typed instead of pressing the dialog's button."""

    def __init__(self, picker: CountryPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self._picker.add_typed()
            event.accept()
            return
        super().keyPressEvent(event)


class CountryPicker(QWidget):
    """Type part of a country's Dutch name (or its code), pick it, and it joins the list.

    ``codes()`` returns the ISO codes in the order they were added.

    Signals:
        changed(): a country was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = country_names(country_language())  # the app's language (Dutch when unknown)
        self._by_entry = {_entry(code, name): code for code, name in self._names.items()}
        self.line_edit = _AddLine(self)
        self.line_edit.setPlaceholderText(self.tr("Type a country to add it…"))
        completer = QCompleter(QStringListModel(list(self._by_entry), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.line_edit.setCompleter(completer)
        # Connected after setCompleter so it runs after the line edit copies the entry in.
        completer.activated[str].connect(self._completed)  # type: ignore[index]  # stubs cannot pick an overload
        self.list = QListWidget(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(96)
        self.list.setAlternatingRowColors(True)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 0, 0, 1, 2)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self.line_edit)
        #: Where an editor draws its "this field is wrong" border.
        self.highlight_target = self.line_edit

    def codes(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def set_codes(self, codes: Sequence[str]) -> None:
        self.list.clear()
        for code in codes:
            self._append(code)
        self.changed.emit()

    def add_country(self, code: str) -> bool:
        """Add *code* (any case); False when it is not a country code or already listed."""
        code = code.strip().upper()
        if code not in self._names or code in self.codes():
            return False
        self._append(code)
        self.changed.emit()
        return True

    def _append(self, code: str) -> None:
        item = QListWidgetItem(_entry(code, self._names.get(code.upper(), code)))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.list.addItem(item)

    def code_for_text(self, text: str) -> str | None:
        """The code for a typed entry, code or (case-insensitive) Dutch name, or a unique match."""
        wanted = text.strip()
        if wanted in self._by_entry:
            return self._by_entry[wanted]
        if wanted.upper() in self._names:
            return wanted.upper()
        folded = wanted.casefold()
        exact = [code for code, name in self._names.items() if name.casefold() == folded]
        if exact:
            return exact[0]
        partial = [code for entry, code in self._by_entry.items() if folded in entry.casefold()]
        return partial[0] if len(partial) == 1 else None

    @Slot()
    def add_typed(self) -> None:
        code = self.code_for_text(self.line_edit.text())
        if code is not None:
            self.add_country(code)
            self._ready_for_next()

    @Slot(str)
    def _completed(self, entry: str) -> None:
        code = self._by_entry.get(entry)
        if code is not None:
            self.add_country(code)
        # The completer is not done yet: a click copies the entry into the line after this, and
        # Enter leaves the popup open on the emptied line. Clear and close once it has finished.
        QTimer.singleShot(0, self._ready_for_next)

    @Slot()
    def _ready_for_next(self) -> None:
        self.line_edit.clear()
        completer = self.line_edit.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()
