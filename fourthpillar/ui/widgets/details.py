"""A record page's "Details" box: one read-only label per field, beside its caption."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy


def detail_labels(group: QGroupBox, keys: Sequence[str], captions: Mapping[str, str]) -> dict[str, QLabel]:
    """A form in *group* with a label per key of *keys* (named ``detail_<key>``), captioned by
    *captions*; the labels are returned by key, for the page to fill."""
    form = QFormLayout(group)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    labels: dict[str, QLabel] = {}
    for key in keys:
        value = QLabel(group)
        value.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        value.setWordWrap(True)
        # A long unbreakable word (an e-mail address, a link in the notes) is cut at the
        # column's edge instead of asking the window to grow past the screen.
        value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        value.setMinimumWidth(120)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setObjectName(f"detail_{key}")
        labels[key] = value
        form.addRow(captions[key], value)
    return labels
