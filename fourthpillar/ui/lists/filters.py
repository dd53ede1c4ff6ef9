"""The filter bar above a list: status, province, theme, topic, officer, due range or period, ..."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar.domain import vocab
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import OfficerView
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import ListDefinition
from fourthpillar.ui.operations import run_read
from fourthpillar.ui.widgets.flow_layout import wrapping_row


@dataclass(frozen=True)
class DateRange:
    """A filter that chooses a range of dates: *anything* (no range), its *presets*, then
    *between*, which shows the two dates named *first* and *last*."""

    anything: str
    #: code -> (label, first day, last day), the days counted from today (None: open).
    presets: Mapping[str, tuple[str, int | None, int | None]]
    between: str
    first: str
    last: str


#: The filters that choose a range of dates: a list has one of them (the events list reads its
#: period as the events' start dates).
RANGES = {
    "due": DateRange(
        anything=QT_TRANSLATE_NOOP("FilterBar", "Due any time"),
        presets={
            "overdue": (QT_TRANSLATE_NOOP("FilterBar", "Overdue"), None, -1),
            "today": (QT_TRANSLATE_NOOP("FilterBar", "Due today"), 0, 0),
            "week": (QT_TRANSLATE_NOOP("FilterBar", "Due in the next 7 days"), 0, 7),
            "month": (QT_TRANSLATE_NOOP("FilterBar", "Due in the next 30 days"), 0, 30),
        },
        between=QT_TRANSLATE_NOOP("FilterBar", "Due between…"),
        first=QT_TRANSLATE_NOOP("FilterBar", "Due from"),
        last=QT_TRANSLATE_NOOP("FilterBar", "Due until")),
    "period": DateRange(
        anything=QT_TRANSLATE_NOOP("FilterBar", "Any date"),
        presets={
            "coming": (QT_TRANSLATE_NOOP("FilterBar", "Coming"), 0, None),
            "past": (QT_TRANSLATE_NOOP("FilterBar", "Past"), None, -1),
            "week": (QT_TRANSLATE_NOOP("FilterBar", "In the next 7 days"), 0, 7),
            "month": (QT_TRANSLATE_NOOP("FilterBar", "In the next 30 days"), 0, 30),
        },
        between=QT_TRANSLATE_NOOP("FilterBar", "Between…"),
        first=QT_TRANSLATE_NOOP("FilterBar", "From"),
        last=QT_TRANSLATE_NOOP("FilterBar", "Until")),
}
ME = "__me__"


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    """Combo boxes and check boxes that narrow a list; the database does the filtering.

    Signals:
        changed(): the user changed a filter (the list re-queries).
        clear_requested(): the user pressed "Clear filters" (the list clears its search too).
    """

    changed = Signal()
    clear_requested = Signal()
    #: The range filter this bar has ("due" or "period"; "" for none).
    _range_name = ""

    def __init__(self, desk: Desk, definition: ListDefinition, parent: QWidget | None = None, *,
                 jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        #: Reads the officers off the GUI thread (None: on it, as for a list without a runner).
        self._jobs = jobs
        self._definition = definition
        self._combos: dict[str, QComboBox] = {}
        self._checks: dict[str, QCheckBox] = {}
        # Wraps onto a second line rather than widening the window (Dutch and French are long).
        layout = wrapping_row(self)
        for name in definition.filters:
            if name == "status":
                self._add_combo(layout, name, self.tr("Any status"), definition.status_choices())
            elif name == "province":
                self._add_combo(layout, name, self.tr("Any province"), vocab.PROVINCES.choices())
            elif name == "theme":
                self._add_combo(layout, name, self.tr("Any theme"), vocab.THEMES.choices())
            elif name == "topic":
                self._add_combo(layout, name, self.tr("Any topic"), vocab.TOPICS.choices())
            elif name == "kind":
                self._add_combo(layout, name, self.tr("Any kind"), vocab.EVENT_KINDS.choices())
            elif name == "channel":
                self._add_combo(layout, name, self.tr("Any channel"), vocab.CHANNELS.choices())
            elif name == "officer":
                label = self.tr("Any owner") if definition.kind == "follow_up" else self.tr("Any officer")
                self._add_combo(layout, name, label, [(ME, self.tr("Me"))])
            elif name in RANGES:
                self._add_range(layout, name)
            elif name == "open_only":
                self._add_check(layout, name, self.tr("&Open only"),
                                bool(definition.initial_filters.get("open_only")))
            elif name == "include_archived":
                self._add_check(layout, name, self.tr("Include &archived"), False)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("&Clear filters"))
        self.clear_button.setToolTip(self.tr("Clear the search and the filters: show every row again"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_requested)
        layout.addWidget(self.clear_button)
        self._officers_asked = False
        #: A remembered officer chosen before the officers were read (an item named "…").
        self._waiting_officer: str | None = None

    # -- building ----------------------------------------------------------------------------

    def _add_combo(self, layout: QLayout, name: str, anything: str,
                   choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.setAccessibleName(anything)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(anything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(self._on_changed)
        layout.addWidget(combo)
        self._combos[name] = combo
        return combo

    def _add_check(self, layout: QLayout, name: str, text: str, checked: bool) -> None:
        check = QCheckBox(text, self)
        check.setObjectName(f"filter_{name}")
        check.setChecked(checked)
        check.toggled.connect(self._on_changed)
        layout.addWidget(check)
        self._checks[name] = check

    def _add_range(self, layout: QLayout, name: str) -> None:
        """A range filter: its presets and "between…", with the two dates that shows (hidden
        for the presets)."""
        date_range = RANGES[name]
        choices = [(code, self.tr(label)) for code, (label, _first, _last) in date_range.presets.items()]
        combo = self._add_combo(layout, name, self.tr(date_range.anything),
                                [*choices, ("custom", self.tr(date_range.between))])
        combo.setItemData(0, "any")
        self._range_name = name
        day = clock.today()
        today = QDate(day.year, day.month, day.day)
        self._due_from = QDateEdit(today, self)
        self._due_to = QDateEdit(today.addDays(30), self)
        self._due_and = QLabel(self.tr("and"), self)
        for edit, text in ((self._due_from, date_range.first), (self._due_to, date_range.last)):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(self.tr(text))
            edit.dateChanged.connect(self._on_changed)
            edit.setVisible(False)
        self._due_and.setVisible(False)
        layout.addWidget(self._due_from)
        layout.addWidget(self._due_and)
        layout.addWidget(self._due_to)

    def load_officers(self) -> None:
        """Fill the officer filter (when first shown; officers rarely change), on the runner's
        read pool when there is one: a register locked by another program keeps the window free."""
        combo = self._combos.get("officer")
        if combo is None or self._officers_asked:
            return
        self._officers_asked = True
        run_read(self._jobs, lambda **_: officers.list_officers(self._desk), busy=combo,  # no runner: at once
                 on_done=self._add_officers, on_refused=self._officers_refused)

    def _officers_refused(self, _error: object) -> None:
        self._officers_asked = False  # asked again when the list is shown next

    def _add_officers(self, people: list[OfficerView]) -> None:
        """Add the officers in name order; a remembered officer chosen meanwhile stays chosen
        under its name, or, archived since, gives way to "any" (and the list reads again)."""
        combo = self._combos["officer"]
        waiting, self._waiting_officer = self._waiting_officer, None
        was_waiting = waiting is not None and combo.currentData() == waiting
        was_blocked = combo.blockSignals(True)  # also called by restore(), which blocks it already
        if waiting is not None:
            combo.removeItem(combo.findData(waiting))
        for person in people:
            combo.addItem(person.name, person.id)
        gone = False
        if was_waiting:
            index = combo.findData(waiting)
            gone = index < 0
            combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(was_blocked)
        if gone:
            self.changed.emit()

    # -- values ------------------------------------------------------------------------------

    def _show_due_range(self) -> None:
        due = self._combos.get(self._range_name)
        if due is not None:
            custom = due.currentData() == "custom"
            for widget in (self._due_from, self._due_and, self._due_to):
                widget.setVisible(custom)

    @Slot()
    def _on_changed(self) -> None:
        self._show_due_range()
        self.changed.emit()

    def values(self, today: dt.date | None = None) -> dict[str, Any]:
        """The chosen filters as :class:`~fourthpillar.store.queries.ListQuery` fields."""
        today = today or clock.today()
        values: dict[str, Any] = {}
        for name in ("status", "province", "theme", "topic", "channel", "kind"):
            combo = self._combos.get(name)
            if combo is not None and combo.currentData():
                values[name] = combo.currentData()
        officer = self._combos.get("officer")
        if officer is not None and officer.currentData():
            values["officer_id"] = self._desk.officer_id if officer.currentData() == ME else officer.currentData()
        due = self._combos.get(self._range_name)
        if due is not None:
            preset = due.currentData()
            presets = RANGES[self._range_name].presets
            if preset == "custom":
                values["due_from"] = _to_date(self._due_from.date())
                values["due_to"] = _to_date(self._due_to.date())
            elif preset in presets:
                _label, first, last = presets[preset]
                if first is not None:
                    values["due_from"] = today + dt.timedelta(days=first)
                if last is not None:
                    values["due_to"] = today + dt.timedelta(days=last)
        for name, check in self._checks.items():
            values[name] = check.isChecked()
        return values

    def set_filter(self, name: str, code: Any) -> bool:
        """Choose *code* in filter *name* (the dashboard's click-through); False if not offered."""
        combo = self._combos.get(name)
        if combo is not None:
            index = combo.findData(code)
            if index < 0:
                return False
            combo.setCurrentIndex(index)
            return True
        check = self._checks.get(name)
        if check is not None:
            check.setChecked(bool(code))
            return True
        return False

    def state(self) -> dict[str, Any]:
        """The filters as chosen in the widgets (codes, officer id or "me", due preset or
        range, check boxes), to be remembered; a relative due preset stays relative."""
        state: dict[str, Any] = {}
        for name, combo in self._combos.items():
            if combo.currentIndex() > 0 and isinstance(combo.currentData(), str):
                state[name] = combo.currentData()
        if self._range_name and state.get(self._range_name) == "custom":
            state["due_from"] = _to_date(self._due_from.date()).isoformat()
            state["due_to"] = _to_date(self._due_to.date()).isoformat()
        for name, check in self._checks.items():
            state[name] = check.isChecked()
        return state

    def restore(self, state: Mapping[str, Any]) -> None:
        """Choose remembered filters without a re-query (the list queries once, after).

        A value no longer offered (an officer archived, a code renamed, a filter this list no
        longer has) is passed over: that filter stays at "any".
        """
        widgets = self._value_widgets()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for name, combo in self._combos.items():
                code = state.get(name)
                if not isinstance(code, str) or (name == self._range_name and code == "custom"):
                    continue
                if name == "officer" and code != ME:
                    self.load_officers()
                    if combo.findData(code) < 0 and self._officers_asked and self._jobs is not None:
                        # Still being read: chosen now, so the list's first read is filtered,
                        # and named when the officers come (passed over if archived since).
                        if self._waiting_officer is not None:  # one placeholder, however often restored
                            combo.removeItem(combo.findData(self._waiting_officer))
                        combo.addItem("…", code)
                        self._waiting_officer = code
                index = combo.findData(code)
                if index > 0:
                    combo.setCurrentIndex(index)
            due = self._combos.get(self._range_name)
            if due is not None and state.get(self._range_name) == "custom":
                try:
                    first = dt.date.fromisoformat(str(state.get("due_from")))
                    last = dt.date.fromisoformat(str(state.get("due_to")))
                except ValueError:
                    pass
                else:
                    self._due_from.setDate(QDate(first.year, first.month, first.day))
                    self._due_to.setDate(QDate(last.year, last.month, last.day))
                    due.setCurrentIndex(due.findData("custom"))
            for name, check in self._checks.items():
                checked = state.get(name)
                if isinstance(checked, bool):
                    check.setChecked(checked)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_due_range()

    def _value_widgets(self) -> list[QWidget]:
        """Every widget whose change re-queries the list."""
        widgets: list[QWidget] = [*self._combos.values(), *self._checks.values()]
        if self._range_name in self._combos:
            widgets += [self._due_from, self._due_to]
        return widgets

    def is_default(self) -> bool:
        """True when every filter is as the list starts (nothing to clear)."""
        return (all(combo.currentIndex() == 0 for combo in self._combos.values())
                and all(check.isChecked() == bool(self._definition.initial_filters.get(name))
                        for name, check in self._checks.items()))

    def combo(self, name: str) -> QComboBox | None:
        return self._combos.get(name)

    def check(self, name: str) -> QCheckBox | None:
        return self._checks.get(name)

    @Slot()
    def reset(self) -> None:
        """Back to the list's defaults, with one re-query."""
        for widget in [*self._combos.values(), *self._checks.values()]:
            widget.blockSignals(True)
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        for name, check in self._checks.items():
            check.setChecked(bool(self._definition.initial_filters.get(name)))
        for widget in [*self._combos.values(), *self._checks.values()]:
            widget.blockSignals(False)
        self._on_changed()

    def focus_widgets(self) -> list[QWidget]:
        """The filter widgets in tab order."""
        widgets: list[QWidget] = []
        layout = self.layout()
        if layout is None:
            return widgets
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widgets.append(widget)
        return widgets
