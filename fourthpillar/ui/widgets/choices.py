"""Vocabulary pickers: one code in a combo box, several codes as a grid of check boxes."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QWidget


class ChoiceCombo(QComboBox):
    """A combo box of (code, label) pairs; with *none_label* the first entry means "no value".

    ``code()`` returns the chosen code, or ``""`` for the "no value" entry.
    """

    def __init__(self, choices: Iterable[tuple[str, str]], *, none_label: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_choice = 0 if none_label is None else 1
        if none_label is not None:
            self.addItem(none_label, "")
        for code, label in choices:
            self.addItem(label, code)

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Offer *choices* (read once the form opened: the officers) instead of those offered
        now; the "no value" entry stays, and so does the code chosen while it is offered."""
        current = self.code()
        while self.count() > self._first_choice:
            self.removeItem(self._first_choice)
        for code, label in choices:
            self.addItem(label, code)
        self.setCurrentIndex(max(self.findData(current), 0))

    def offer_too(self, choices: Iterable[tuple[str, str]]) -> None:
        """Offer also those of *choices* not offered yet, keeping every choice offered now."""
        for code, label in choices:
            if self.findData(code) < 0:
                self.addItem(label, code)

    def code(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index < 0 and code:
            # A code this build does not know (a newer replica's data): show it rather than lose it.
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CheckGrid(QWidget):
    """Several vocabulary codes as check boxes in *columns* columns.

    Signals:
        changed(): a box was ticked or cleared.
    """

    changed = Signal()

    def __init__(self, choices: Iterable[tuple[str, str]], *, columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        items = list(choices)
        rows = (len(items) + columns - 1) // columns
        for index, (code, label) in enumerate(items):
            box = QCheckBox(label, self)
            box.toggled.connect(self._toggled)
            self._boxes[code] = box
            layout.addWidget(box, index % rows, index // rows)
        if items:
            self.setFocusProxy(next(iter(self._boxes.values())))

    def box(self, code: str) -> QCheckBox:
        return self._boxes[code]

    def codes(self) -> list[str]:
        return [code for code, box in self._boxes.items() if box.isChecked()]

    def set_codes(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        for code, box in self._boxes.items():
            box.setChecked(code in wanted)

    @Slot(bool)
    def _toggled(self, _checked: bool) -> None:
        self.changed.emit()
