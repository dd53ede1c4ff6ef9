"""A date typed as text, with a calendar button: blank is allowed and bad text is kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWidgetAction

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.domain.dates import parse_date
from fourthpillar.domain.dates import relative_date


def format_date(day: dt.date | None) -> str:
    """The app's one short form, as in the lists: :func:`fourthpillar.i18n.format_date`."""
    return i18n.format_date(day)


class DateField(QWidget):
    """A line edit for a date (dd/mm/yyyy or yyyy-mm-dd) and a button that opens a calendar.

    ``+3d``, ``+2w``, ``+1m`` or "today" (vandaag, aujourd'hui) become that date when the
    officer leaves the field, as on the command line.

    The text is what the services receive, so a mistyped date reaches validation and is
    reported by the field instead of being silently dropped.

    Signals:
        textChanged(str): the text changed (typed, picked from the calendar or set).
    """

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line_edit.setToolTip(self.tr("A date (dd/mm/yyyy), or counted from today: +3d, +2w, +1m, today"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMaximumWidth(150)
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.editingFinished.connect(self._spell_out)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Pick a date"))
        self.calendar_button.setAutoRaise(True)
        # Tab goes from date to next field; typing a date is quicker than the calendar, which
        # Alt+Down opens from the keyboard.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line_edit.installEventFilter(self)
        self._menu = QMenu(self)
        self._calendar = QCalendarWidget(self._menu)
        self._calendar.setGridVisible(False)
        self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self._calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        #: Where an editor draws its "this field is wrong" border.
        self.highlight_target = self.line_edit

    def text(self) -> str:
        return self.line_edit.text().strip()

    def setText(self, text: str) -> None:
        self.line_edit.setText(text)

    def date(self) -> dt.date | None:
        """The date typed, or None when blank or not a date."""
        try:
            return parse_date(self.text()) if self.text() else None
        except ValueError:
            return None

    def set_date(self, day: dt.date | None) -> None:
        self.line_edit.setText(format_date(day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down in the date opens the calendar, as in a combo box."""
        if (watched is self.line_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _spell_out(self) -> None:
        """Show a date counted from today (``+1m``) as the day it is, so the officer sees it."""
        day = relative_date(self.text())
        if day is not None:
            self.set_date(day)

    @Slot()
    def show_calendar(self) -> None:
        self._menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))

    @Slot()
    def _prepare_calendar(self) -> None:
        day = self.date() or clock.today()
        self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    @Slot(QDate)
    def _picked(self, picked: QDate) -> None:
        self.set_date(dt.date(picked.year(), picked.month(), picked.day()))
        self._menu.close()
        self.line_edit.setFocus()
