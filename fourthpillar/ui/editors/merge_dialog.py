"""Settle the fields that both this form and someone else's save changed: keep mine, take
theirs, or (text fields) type what both should become."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.ui.style import colour
from fourthpillar.ui.widgets.buttons import ok_cancel


@dataclass(frozen=True)
class ConflictRow:
    """One conflicting field as the dialog shows it: values already in words.

    *editable* is ``"line"`` or ``"text"`` for a text field (mine may be edited into a new
    value), ``""`` for a field where the officer only chooses between the two values.
    """

    field: str
    label: str
    base_text: str
    theirs_text: str
    mine_text: str
    editable: str = ""


_CELL_STYLE = "#{name} {{ border: 1px solid {border}; border-radius: 3px; {background} }}"


@dataclass(eq=False)
class _Choice:
    """The widgets of one conflicting field: two radio buttons, and mine's editor if editable."""

    theirs: QRadioButton
    mine: QRadioButton
    theirs_cell: QFrame
    mine_cell: QFrame
    editor: QLineEdit | QPlainTextEdit | None


class MergeDialog(QDialog):
    """The fields both saves changed, one row each: the value before, theirs, and mine.

    Mine is chosen at first (the officer is the one editing now); the chosen value has a
    highlighted frame. OK applies the choices to the editor's form (nothing is saved yet);
    Cancel leaves the form as the officer typed it.
    """

    def __init__(self, rows: list[ConflictRow], *, theirs_name: str, record_noun: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Both changed the same fields"))
        self.choices: dict[str, _Choice] = {}
        intro = QLabel(self.tr(
            "%1 saved this %2 after you opened it and changed the fields below too. For each field, "
            "keep your value or take theirs. Nothing is saved yet: the form gets your choices, then "
            "you check it and Save.").replace("%1", theirs_name).replace("%2", record_noun), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        headings = (self.tr("Field"), self.tr("Before (when you opened it)"),
                    self.tr("Saved by %1").replace("%1", theirs_name), self.tr("Yours"))
        for column, heading in enumerate(headings):
            label = QLabel(heading, grid_widget)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for index, row in enumerate(rows, start=1):
            self._add_row(grid, index, row)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)

        self.buttons = ok_cancel(self, self.tr("&Put in the form"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        if rows:
            self.choices[rows[0].field].mine.setFocus()
        self.resize(900, min(160 + 110 * len(rows), 640))

    def _value_view(self, text: str, parent: QWidget | None, *, long: bool) -> QWidget:
        if long:
            view = QPlainTextEdit(parent)
            view.setPlainText(text)
            view.setReadOnly(True)
            view.setTabChangesFocus(True)
            view.setFixedHeight(72)
            return view
        label = QLabel(text or self.tr("(empty)"), parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_row(self, grid: QGridLayout, index: int, row: ConflictRow) -> None:
        parent = grid.parentWidget()
        name = QLabel(row.label, parent)
        name.setWordWrap(True)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        grid.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
        long = row.editable == "text"
        base = self._value_view(row.base_text, parent, long=long)
        base.setStyleSheet(f"color: {colour('hint')};")
        grid.addWidget(base, index, 1, Qt.AlignmentFlag.AlignTop)

        theirs_cell = QFrame(parent)
        theirs_cell.setObjectName(f"theirs_{row.field}")
        theirs_column = QVBoxLayout(theirs_cell)
        theirs_column.setContentsMargins(6, 4, 6, 4)
        theirs = QRadioButton(self.tr("Take theirs"), theirs_cell)
        theirs_column.addWidget(theirs)
        theirs_column.addWidget(self._value_view(row.theirs_text, theirs_cell, long=long))
        grid.addWidget(theirs_cell, index, 2)

        mine_cell = QFrame(parent)
        mine_cell.setObjectName(f"mine_{row.field}")
        mine_column = QVBoxLayout(mine_cell)
        mine_column.setContentsMargins(6, 4, 6, 4)
        mine = QRadioButton(self.tr("Keep mine") if not row.editable else self.tr("Keep mine (edit if needed)"),
                            mine_cell)
        mine_column.addWidget(mine)
        editor: QLineEdit | QPlainTextEdit | None = None
        if row.editable == "line":
            editor = QLineEdit(row.mine_text, mine_cell)
            editor.textEdited.connect(lambda _text: mine.setChecked(True))
            mine_column.addWidget(editor)
        elif row.editable == "text":
            editor = QPlainTextEdit(mine_cell)
            editor.setPlainText(row.mine_text)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)
            editor.textChanged.connect(lambda: mine.setChecked(True))
            mine_column.addWidget(editor)
        else:
            mine_column.addWidget(self._value_view(row.mine_text, mine_cell, long=False))
        grid.addWidget(mine_cell, index, 3)

        group = QButtonGroup(self)
        group.addButton(theirs)
        group.addButton(mine)
        choice = _Choice(theirs, mine, theirs_cell, mine_cell, editor)
        self.choices[row.field] = choice
        mine.setChecked(True)
        theirs.toggled.connect(lambda _checked, choice=choice: self._highlight(choice))
        self._highlight(choice)

    def _highlight(self, choice: _Choice) -> None:
        chosen, other = ((choice.theirs_cell, choice.mine_cell) if choice.theirs.isChecked()
                         else (choice.mine_cell, choice.theirs_cell))
        chosen.setStyleSheet(_CELL_STYLE.format(name=chosen.objectName(), border=colour("good"),
                                                background="background: rgba(30, 107, 53, 0.08);"))
        other.setStyleSheet(_CELL_STYLE.format(name=other.objectName(), border="transparent", background=""))

    # -- what the officer chose --------------------------------------------------------------

    def fields(self) -> list[str]:
        return list(self.choices)

    def takes_theirs(self, field: str) -> bool:
        return self.choices[field].theirs.isChecked()

    def take_theirs(self, field: str) -> None:
        self.choices[field].theirs.setChecked(True)

    def keep_mine(self, field: str, text: str | None = None) -> None:
        """Choose mine for *field*; with *text*, mine becomes that text (text fields only)."""
        choice = self.choices[field]
        choice.mine.setChecked(True)
        if text is not None and choice.editor is not None:
            if isinstance(choice.editor, QLineEdit):
                choice.editor.setText(text)
            else:
                choice.editor.setPlainText(text)

    def my_text(self, field: str) -> str | None:
        """What the officer made of mine for a text field, or None for a choose-only field."""
        editor = self.choices[field].editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return None
