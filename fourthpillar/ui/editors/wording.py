"""Fields and values of an editor in words, as the merge of a save made meanwhile names them
(``editors/stale.py``): a field's label as the form shows it, a value as the officer reads it, and
whether the merge dialog lets the officer retype it."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit

from fourthpillar.domain.countries import country_name
from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import field_label as rules_label
from fourthpillar.i18n import current_language
from fourthpillar.services import merging
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.choices import CheckGrid
from fourthpillar.ui.widgets.countries import CountryPicker
from fourthpillar.ui.widgets.date_field import format_date

if TYPE_CHECKING:
    from fourthpillar.ui.editors.base import EditorDialog

# The editors' shared context (see ``editors/base.py``).
tr = qt_translator("EditorDialog")


def field_label(editor: EditorDialog, name: str) -> str:
    """What *editor*'s form calls field *name* ("Municipality"), without mnemonic or colon."""
    slot = editor.slots[name]
    text = ""
    for layout in editor.findChildren(QFormLayout):
        label = layout.labelForField(slot.container)
        if isinstance(label, QLabel) and label.text():
            text = label.text()
            break
    if not text:
        buddy_label = next((label for label in editor.findChildren(QLabel)
                            if label.buddy() in (slot.widget, slot.container)), None)
        if buddy_label is not None:
            text = buddy_label.text()
    if not text and isinstance(slot.widget, QAbstractButton):
        text = slot.widget.text()
    if not text:
        # A field alone in a titled section ("Notes") goes by the section's title.
        parent = slot.container.parentWidget()
        if isinstance(parent, QGroupBox) and sum(
                other.container.parentWidget() is parent for other in editor.slots.values()) == 1:
            text = parent.title()
    if not text:
        text = rules_label(FIELD_RULES.get(editor.entity, {}), name)
        text = text[:1].upper() + text[1:]
    return re.sub(r"&(.)", r"\1", text).strip().rstrip(":").strip()


def describe(editor: EditorDialog, name: str, value: Any) -> str:
    """Field *name*'s *value* (stored or typed) in words: labels, dates, yes/no, names."""
    typed = merging.comparable(editor.entity, name, value)
    if typed is None or typed == "" or typed == []:
        return tr("(empty)")
    if isinstance(typed, bool):
        return tr("yes") if typed else tr("no")
    if isinstance(typed, dt.date):
        return format_date(typed)
    widget = editor.slots[name].widget if name in editor.slots else None
    items = typed if isinstance(typed, list) else [typed]
    if isinstance(widget, QComboBox):
        items = [widget.itemText(index) if (index := widget.findData(item)) >= 0 else str(item)
                 for item in items]
    elif isinstance(widget, CheckGrid):
        items = [_box_label(widget, str(item)) for item in items]
    elif isinstance(widget, CountryPicker):
        items = [country_name(str(item), current_language()) for item in items]
    return ", ".join(str(item) for item in items)


def _box_label(grid: CheckGrid, code: str) -> str:
    try:
        return re.sub(r"&(.)", r"\1", grid.box(code).text())
    except KeyError:
        return code


def editable(editor: EditorDialog, name: str) -> str:
    """How the merge dialog lets the officer retype field *name*: "text", "line" or "" (not)."""
    widget = editor.slots[name].widget
    if isinstance(widget, QPlainTextEdit):
        return "text"
    if isinstance(widget, QLineEdit):
        return "line"
    return ""
