"""The dashboard: my follow-ups by urgency, the next events and how full they are, open
requests, initiatives per province, activity."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate
from PySide6.QtCore import QLocale
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain import vocab
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import dashboard as dashboard_service
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import ActivityEntry
from fourthpillar.services.records import Dashboard
from fourthpillar.services.records import EventFill
from fourthpillar.services.records import FollowUpRow
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.dashboard_lists import ID_ROLE
from fourthpillar.ui.dashboard_lists import KIND_ROLE
from fourthpillar.ui.dashboard_lists import ClickList
from fourthpillar.ui.dashboard_lists import FollowUpList
from fourthpillar.ui.events import ReadsWhenShown
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists import format as cells
from fourthpillar.ui.lists.filters import ME
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.text import count_text

#: Entities of the change log that can be opened from the activity list.
OPENABLE = {"initiative", "request", "follow_up", "event"}


class Card(QFrame):
    """A titled panel of the dashboard."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        self.body.addWidget(self.title)


class ElidedLinkButton(QPushButton):
    """A link button whose text ends in "…" where the card is too narrow for it (the tooltip
    holds it all): a long event title neither widens the dashboard nor is cut mid-letter."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = max(self.width() - 16, 10)  # the link style's padding on both sides
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class BarRows(QGridLayout):
    """A card's rows that each refresh makes afresh (next events, provinces): a link, a bar and
    a number, or one line saying there is nothing."""

    def __init__(self, card: Card) -> None:
        super().__init__()
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(4)
        card.body.addLayout(self)
        #: The widgets shown now, in reading order.
        self.widgets: list[QWidget] = []

    def clear(self) -> None:
        for widget in self.widgets:
            self.removeWidget(widget)
            widget.deleteLater()
        self.widgets = []

    def add_row(self, row: int, *widgets: QWidget) -> None:
        for column, widget in enumerate(widgets):
            self.addWidget(widget, row, column)
        self.widgets += widgets


class DashboardPage(ReadsWhenShown, QWidget):
    """What needs the officer's attention today; every line opens what it is about.

    Signals:
        item_opened(str, str): kind ("initiative", "request", "follow_up", "event") and id to open.
        list_requested(str, dict): a list name and the filters to show it with
            (e.g. "requests", {"status": "waiting"}).
        complete_requested(list): "Mark done…" was chosen for these follow-up ids.
        selection_changed(): the follow-ups selected changed (the window's Mark done follows).
    """

    item_opened = Signal(str, str)
    list_requested = Signal(str, dict)
    complete_requested = Signal(list)
    selection_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.desk = desk
        self._stale = True
        #: Reads the dashboard in the background (the window's runner), so the window never waits for it.
        self._jobs = jobs
        #: A background read that a newer refresh overtook is not shown.
        self._reads = LatestRead()
        self.dashboard: Dashboard | None = None

        self.heading = QLabel(self.tr("Dashboard"), self)
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel(self)
        self.subheading.setObjectName("pageSubtitle")

        follow_ups = Card(self.tr("My follow-ups"), self)
        self.overdue_label, self.overdue = self._section(follow_ups, self.tr("No overdue follow-ups."), "overdue")
        self.today_label, self.due_today = self._section(follow_ups, self.tr("Nothing due today."), "today")
        self.week_label, self.this_week = self._section(
            follow_ups, self.tr("Nothing due in the coming week."), "week")

        coming = Card(self.tr("Next events"), self)
        self._events = BarRows(coming)
        all_events = self._link_button(coming)
        all_events.setText(self.tr("Show all coming events"))
        all_events.clicked.connect(lambda: self.list_requested.emit("events", {"period": "coming"}))
        coming.body.addWidget(all_events)

        requests = Card(self.tr("Open advice requests"), self)
        self._status_buttons: dict[str, QPushButton] = {}
        for status in vocab.OPEN_REQUEST_STATUSES:
            button = self._link_button(requests)
            button.clicked.connect(lambda _=False, status=status: self.list_requested.emit(
                "requests", {"status": status}))
            self._status_buttons[status] = button
            requests.body.addWidget(button)
        all_open = self._link_button(requests)
        all_open.setText(self.tr("Show all open requests"))
        all_open.clicked.connect(lambda: self.list_requested.emit("requests", {"status": "open"}))
        requests.body.addWidget(all_open)

        provinces = Card(self.tr("Initiatives per province"), self)
        self._provinces = BarRows(provinces)

        activity = Card(self.tr("Recent activity"), self)
        self.activity = ClickList(self.tr("Nothing has happened yet."), activity)
        self.activity.open_requested.connect(self._open_item)
        activity.body.addWidget(self.activity)

        grid = QGridLayout()
        grid.setSpacing(14)
        # My follow-ups take the height on the left above the next events, the rest stacks on
        # the right; the lists grow with the window (no empty band below the cards, no half-cut sixth row).
        grid.addWidget(follow_ups, 0, 0, 3, 1)
        grid.addWidget(coming, 3, 0)  # below: the wide column has room for the titles
        grid.addWidget(requests, 0, 1)
        grid.addWidget(provinces, 1, 1)
        grid.addWidget(activity, 2, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        self._cards = (follow_ups, coming, requests, provinces, activity)
        self.activity.setAccessibleName(self.tr("Recent activity"))

        content = QWidget(self)
        content.setObjectName("dashboardContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(16, 12, 16, 16)
        inner.setSpacing(10)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.subheading)
        inner.addLayout(heading_row)
        inner.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _section(self, card: Card, empty_text: str, due: str) -> tuple[QLabel, FollowUpList]:
        label = QLabel(card)
        label.setObjectName("sectionLabel")
        show_all = self._link_button(card)
        show_all.setText(self.tr("Show in the follow-up list"))
        show_all.clicked.connect(lambda: self.list_requested.emit(
            "follow_ups", {"officer": ME, "due": due, "open_only": True}))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(show_all)
        when = self.tr("Days late") if due == "overdue" else self.tr("Due")
        listing = FollowUpList(empty_text, [self.tr("Follow-up"), self.tr("Initiative"), when], card)
        listing.open_requested.connect(lambda record_id: self.item_opened.emit("follow_up", record_id))
        listing.customContextMenuRequested.connect(lambda position: self._follow_up_menu(listing, position))
        listing.itemSelectionChanged.connect(self.selection_changed)
        card.body.addLayout(row)
        card.body.addWidget(listing, 1)
        return label, listing

    def _follow_up_menu(self, listing: FollowUpList, position: QPoint) -> None:
        item = listing.item_for_menu(position)
        if item is None:
            return
        record_id = item.data(0, ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open…"), lambda: self.item_opened.emit("follow_up", record_id))
        menu.addAction(self.tr("&Mark done…"), lambda: self.complete_requested.emit(listing.selected_ids()))
        menu.exec(listing.viewport().mapToGlobal(position))

    def follow_up_lists(self) -> tuple[FollowUpList, FollowUpList, FollowUpList]:
        return self.overdue, self.due_today, self.this_week

    def selected_follow_up_ids(self) -> list[str]:
        """The follow-ups selected in the three lists, for Edit ▸ Mark done."""
        return [record_id for listing in self.follow_up_lists() for record_id in listing.selected_ids()]

    def _link_button(self, parent: QWidget, button: QPushButton | None = None) -> QPushButton:
        button = button or QPushButton(parent)
        button.setObjectName("linkButton")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("text-align: left; padding: 3px 4px;")
        return button

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._jobs is not None and self.dashboard is None:
            self.refresh()  # the first dashboard: read in the background while the window paints
        elif self._stale:
            # Right after the window appears, so the first paint does not wait for the queries.
            QTimer.singleShot(0, self._refresh_if_stale)

    @Slot()
    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self, today: dt.date | None = None) -> None:
        """Read the dashboard on the window's read pool (at once when shown on its own) and show
        it; the page shows the busy cursor meanwhile, and a read that a newer one overtook is not shown."""
        desk = self.desk
        self._stale = False  # a change made while this reads marks the page stale again

        def failed(error: KnownError | ValidationFailed) -> None:
            self._stale = True
            QMessageBox.warning(self, self.tr("The dashboard cannot be read"), str(error))

        self._reads.run(self._jobs, lambda **_: dashboard_service.get_dashboard(desk, today=today), busy=self,
                        on_done=self.show_dashboard, on_refused=failed)

    def show_dashboard(self, board: Dashboard) -> None:
        self.dashboard = board
        locale = QLocale()
        day = QDate(board.today.year, board.today.month, board.today.day)
        self.subheading.setText(locale.toString(day, QLocale.FormatType.LongFormat))
        self.overdue_label.setText(self.tr("Overdue (%1)").replace("%1", self._how_many(board.overdue)))
        self._show_alert(self.overdue_label, bool(board.overdue))
        self.today_label.setText(self.tr("Due today (%1)").replace("%1", self._how_many(board.due_today)))
        self.week_label.setText(self.tr("Due in the coming week (%1)").replace(
            "%1", self._how_many(board.due_this_week)))
        self.overdue.set_items([self._follow_up_item(row, board.today) for row in board.overdue])
        self.due_today.set_items([self._follow_up_item(row, board.today) for row in board.due_today])
        self.this_week.set_items([self._follow_up_item(row, board.today) for row in board.due_this_week])
        for status, button in self._status_buttons.items():
            count = board.open_requests_by_status.get(status, 0)
            button.setText(f"{vocab.REQUEST_STATUSES.label(status)}: {locale.toString(count)}")
        self._show_provinces(board.initiatives_per_province)
        self._show_events(board.next_events)
        self.activity.set_items([self._activity_item(entry) for entry in board.recent_activity])
        for label, listing in ((self.overdue_label, self.overdue), (self.today_label, self.due_today),
                               (self.week_label, self.this_week)):
            listing.setAccessibleName(label.text())  # what a screen reader announces on entering the list
        self._tab_in_reading_order()

    def _tab_in_reading_order(self) -> None:
        """Tab goes through the cards as they read: follow-ups, next events, requests, provinces,
        recent activity.

        (The event and province links are made afresh on each refresh and would otherwise come first.)
        """
        order: list[QWidget] = []
        made_afresh = {self._cards[1]: self._events.widgets, self._cards[3]: self._provinces.widgets}
        for card in self._cards:
            children = card.findChildren(QWidget) + made_afresh.get(card, [])
            order += [widget for widget in children if widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _show_alert(label: QLabel, alert: bool) -> None:
        """Red only when there is something to worry about: "Overdue (0)" is good news."""
        name = "alertLabel" if alert else "sectionLabel"
        if label.objectName() != name:
            label.setObjectName(name)
            label.style().unpolish(label)
            label.style().polish(label)

    @staticmethod
    def _how_many(rows: list[FollowUpRow]) -> str:
        # The service shows at most LIST_LIMIT per section; the list shows them all.
        count = QLocale().toString(len(rows))
        return f"{count}+" if len(rows) >= dashboard_service.LIST_LIMIT else count

    def _follow_up_item(self, row: FollowUpRow, today: dt.date) -> QTreeWidgetItem:
        late = (today - row.due_on).days
        if late > 0:
            when = QLocale().toString(late)  # the overdue list's "Days late" column
            tip = count_text(self.tr("%Ln day late"), self.tr("%Ln days late"), late)
        elif late == 0:
            when = tip = self.tr("today")
        else:
            when = tip = cells.format_date(row.due_on)
        item = QTreeWidgetItem([cells.first_line(row.action), row.initiative_name, when])
        for column, text in enumerate((row.action, row.initiative_name, tip)):
            item.setToolTip(column, text)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, KIND_ROLE, "follow_up")
        item.setData(0, ID_ROLE, row.id)
        return item

    def _activity_item(self, entry: ActivityEntry) -> QListWidgetItem:
        what = {
            ("initiative", "create"): self.tr("Initiative registered"),
            ("initiative", "update"): self.tr("Initiative changed"),
            ("initiative", "archive"): self.tr("Initiative archived"),
            ("initiative", "restore"): self.tr("Initiative restored"),
            ("request", "create"): self.tr("Request logged"),
            ("request", "update"): self.tr("Request changed"),
            ("request", "archive"): self.tr("Request archived"),
            ("request", "restore"): self.tr("Request restored"),
            ("follow_up", "create"): self.tr("Follow-up planned"),
            ("follow_up", "update"): self.tr("Follow-up changed"),
            ("follow_up", "complete"): self.tr("Follow-up done"),
            ("follow_up", "reopen"): self.tr("Follow-up reopened"),
            ("follow_up", "archive"): self.tr("Follow-up archived"),
            ("follow_up", "restore"): self.tr("Follow-up restored"),
            ("contact", "create"): self.tr("Contact person added"),
            ("contact", "update"): self.tr("Contact person changed"),
            ("contact", "archive"): self.tr("Contact person archived"),
            ("contact", "restore"): self.tr("Contact person restored"),
            ("event", "create"): self.tr("Event planned"),
            ("event", "update"): self.tr("Event changed"),
            ("event", "archive"): self.tr("Event archived"),
            ("event", "restore"): self.tr("Event restored"),
            ("registration", "create"): self.tr("Registration"),
            ("registration", "update"): self.tr("Registration changed"),
            ("registration", "archive"): self.tr("Registration archived"),
            ("registration", "restore"): self.tr("Registration restored"),
        }.get((entry.entity, entry.operation), f"{entry.entity} {entry.operation}")
        when = cells.format_datetime(entry.changed_at)
        title = cells.first_line(entry.title)
        by = f" · {entry.officer_name}" if entry.officer_name else ""
        item = QListWidgetItem(f"{what}: {title}   ({when}{by})")
        item.setToolTip(entry.title)
        if entry.entity in OPENABLE and entry.operation != "archive":
            item.setData(KIND_ROLE, entry.entity)
            item.setData(ID_ROLE, entry.entity_id)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def event_text(self, event: EventFill) -> str:
        """"12/03/2027 19:00 · Fundraising for beginners"."""
        when = " ".join(part for part in (cells.format_date(event.starts_on), event.start_time or "") if part)
        return f"{when} · {event.title}"

    def fill_text(self, event: EventFill) -> str:
        """How full: "12/20", "12/20 + 3 waiting", or "12 registered" without a capacity."""
        locale = QLocale()
        if event.capacity is None:
            text = count_text(self.tr("%Ln registered"), self.tr("%Ln registered"), event.taken)
        else:
            text = f"{locale.toString(event.taken)}/{locale.toString(event.capacity)}"
        if event.waiting:
            text += " + " + count_text(self.tr("%Ln waiting"), self.tr("%Ln waiting"), event.waiting)
        return text

    def _show_events(self, coming: list[EventFill]) -> None:
        self._events.clear()
        if not coming:
            self._events.add_row(0, QLabel(self.tr("No events planned."), self))
            return
        for row, event in enumerate(coming):
            button = self._link_button(self, ElidedLinkButton(self.event_text(event), self))
            button.setObjectName("nextEvent")
            button.setToolTip("\n".join(part for part in (event.title, vocab.EVENT_KINDS.label(event.kind),
                                                          event.place) if part))
            button.clicked.connect(lambda _=False, event_id=event.id: self.item_opened.emit("event", event_id))
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            bar.setFixedSize(70, 8)
            bar.setMaximum(max(event.capacity or 0, 1))
            bar.setValue(min(event.taken, event.capacity or 0))
            bar.setVisible(event.capacity is not None)
            bar.setAccessibleName(self.fill_text(event))
            number = QLabel(self.fill_text(event), self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if event.capacity is not None and event.taken >= event.capacity:
                number.setObjectName("alertLabel")  # full: whoever registers now waits
            self._events.add_row(row, button, bar, number)
        self._events.setColumnStretch(0, 1)

    def _show_provinces(self, counts: dict[str, int]) -> None:
        self._provinces.clear()
        biggest = max(counts.values(), default=0)
        ordered = [code for code in vocab.PROVINCES.codes if code in counts]
        if "" in counts:
            ordered.append("")
        if not ordered:
            self._provinces.add_row(0, QLabel(self.tr("No initiatives registered yet."), self))
            return
        locale = QLocale()
        for row, code in enumerate(ordered):
            count = counts[code]
            button = self._link_button(self)
            button.setText(vocab.PROVINCES.label(code) if code else self.tr("Province unknown"))
            button.setObjectName(f"province_{code or 'unknown'}")
            if code:
                button.clicked.connect(lambda _=False, code=code: self.list_requested.emit(
                    "initiatives", {"province": code}))
            else:
                button.setEnabled(False)
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            bar.setMaximum(max(biggest, 1))
            bar.setValue(count)
            bar.setFixedHeight(8)
            number = QLabel(locale.toString(count), self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._provinces.add_row(row, button, bar, number)
        self._provinces.setColumnStretch(1, 1)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind and record_id:
            self.item_opened.emit(kind, record_id)
