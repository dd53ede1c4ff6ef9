"""The layout of an editor's titled sections (a :class:`QGroupBox` holding a form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox


def section_form(group: QGroupBox, *, vertical_spacing: int | None = None) -> QFormLayout:
    """The form layout of one titled section of an editor: labels right-aligned, fields growing."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    if vertical_spacing is not None:
        form.setVerticalSpacing(vertical_spacing)
    return form
