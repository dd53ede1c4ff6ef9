"""How a record's page (an initiative's, an event's) is laid out: a large title over a grey
subtitle, the page's messages, its row of buttons, then two panes side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.ui.style import colour


def heading_labels(page: QWidget) -> tuple[QLabel, QLabel]:
    """The page's title (large and bold) and its subtitle (grey), both plain text that wraps."""
    title = QLabel(page)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)  # a long name wraps; it must not widen the window
    subtitle = QLabel(page)
    subtitle.setTextFormat(Qt.TextFormat.PlainText)
    subtitle.setWordWrap(True)
    subtitle.setStyleSheet(f"color: {colour('hint')};")
    return title, subtitle


def lay_out_page(page: QWidget, heading: tuple[QLabel, QLabel], message_bar: QWidget, buttons: Sequence[QWidget],
                 panes: tuple[QWidget, QWidget], stretch: tuple[int, int]) -> QSplitter:
    """Lay *page* out: its *heading* (title and subtitle), *message_bar*, the row of *buttons*,
    and the two *panes* side by side in the returned splitter, sharing its width as *stretch* says."""
    header = QVBoxLayout()
    header.setSpacing(2)
    for label in heading:
        header.addWidget(label)
    row = QHBoxLayout()
    row.setSpacing(6)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    for number, pane in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(number, stretch[number])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.addLayout(header)
    layout.addWidget(message_bar)
    layout.addLayout(row)
    layout.addWidget(splitter, 1)
    return splitter
