"""An event's page: its details, how full it is, and its registrations with the waiting list,
where attendance is marked from the keyboard. What the officer changes from it (the event,
registrations, attendance) is in :mod:`fourthpillar.ui.pages.event_actions`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import EVENT_STATUSES
from fourthpillar.domain.vocab import REGISTRATION_STATUSES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.services import event_views
from fourthpillar.services import events
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import EventDetail
from fourthpillar.services.records import RegistrationRow
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.pages.event_actions import ATTENDANCE_KEYS
from fourthpillar.ui.pages.event_actions import EventActions
from fourthpillar.ui.pages.record_layout import heading_labels
from fourthpillar.ui.pages.record_layout import lay_out_page
from fourthpillar.ui.style import colour
from fourthpillar.ui.text import count_text
from fourthpillar.ui.widgets.buttons import push_button
from fourthpillar.ui.widgets.date_field import format_date
from fourthpillar.ui.widgets.details import detail_labels
from fourthpillar.ui.widgets.message_bar import MessageBar
from fourthpillar.ui.widgets.tables import row_table

#: The registrations' order on the page: who has a place, then the waiting list, then cancelled.
STATUS_ORDER = {"registered": 0, "attended": 0, "no-show": 0, "waiting": 1, "cancelled": 2}
ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_FIELDS = ("when", "place", "places", "trainers", "officer", "topics", "status", "notes")


def when_text(detail: EventDetail) -> str:
    """"12/03/2027 19:00–21:30", or from one day to another."""
    start = " ".join(part for part in (format_date(detail.starts_on), detail.start_time or "") if part)
    if detail.ends_on and detail.ends_on != detail.starts_on:
        end = " ".join(part for part in (format_date(detail.ends_on), detail.end_time or "") if part)
        return f"{start} – {end}"
    return f"{start}–{detail.end_time}" if detail.end_time else start


class EventPage(EventActions, QWidget):
    """Shows one event (call :meth:`show_event`) and lets the officer work on it.

    In the registrations, select rows (Shift/Ctrl+click, Shift+arrows, Ctrl+A) and press A
    (attended), N (no-show), R (registered) or C (cancel): the selected rows change as one
    action that one Ctrl+Z undoes. A cancellation gives the place to the first person waiting.

    Signals:
        saved(object): a :class:`Saved` (a ``Done`` naming what was done) after any change made
            from this page: its batch belongs on the undo stack.
        initiative_opened(str): the officer opened a registration's initiative (Enter or
            double-click on a contact person's row).
        shown(): the page shows what a read brought.
    """

    saved = Signal(object)
    initiative_opened = Signal(str)
    shown = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.detail: EventDetail | None = None
        #: Registrations on the waiting list, the first to move up first.
        self.waiting: list[str] = []
        #: After one row was marked: the row to go on with (the next one), for marking down the list.
        self._next_row: int | None = None
        self._build()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label, self.subtitle_label = heading_labels(self)
        self.message_bar = MessageBar(self)

        self.edit_button = push_button(self.tr("Edi&t…"), self, self.edit_event)
        self.register_button = push_button(self.tr("&Register someone…"), self, self.register_someone)
        self.register_button.setToolTip(self.tr("A contact person of an initiative, or a walk-in (Ctrl+N)"))
        self.import_button = push_button(self.tr("&Import…"), self, self.import_registrations)
        self.import_button.setToolTip(self.tr("Registrations from a spreadsheet: matched with the contact persons, "
                                              "previewed before anything is written"))
        self.history_button = push_button(self.tr("Histor&y…"), self, self.show_history)
        self.history_button.setToolTip(self.tr("Who changed what, and when; undo an earlier action"))
        self.documents_button = QPushButton(self.tr("Docu&ments"), self)
        self.documents_button.setToolTip(self.tr("Sign-in sheet, participants, certificates, calendar file"))
        documents = QMenu(self.documents_button)
        self.sign_in_action = documents.addAction(self.tr("&Sign-in sheet (PDF)…"), self.export_sign_in_sheet)
        self.sign_in_action.setToolTip(self.tr("Names, initiatives and a signature column; no e-mail or phone"))
        self.participants_action = documents.addAction(self.tr("&Participants (spreadsheet)…"),
                                                       self.export_participants)
        documents.addSeparator()
        self.certificates_action = documents.addAction(self.tr("&Certificates for everyone who attended…"),
                                                       self.export_certificates)
        self.certificate_action = documents.addAction(self.tr("C&ertificate for the selected person…"),
                                                      self.export_certificate)
        documents.addSeparator()
        self.calendar_action = documents.addAction(self.tr("Calendar &file (.ics)…"), self.export_calendar)
        self.documents_button.setMenu(documents)

        details_group = QGroupBox(self.tr("Details"), self)
        labels = {"when": self.tr("When:"), "place": self.tr("Place:"), "places": self.tr("Places:"),
                  "trainers": self.tr("Trainers:"), "officer": self.tr("Officer in charge:"),
                  "topics": self.tr("Topics:"), "status": self.tr("Status:"), "notes": self.tr("Notes:")}
        self.detail_labels = detail_labels(details_group, DETAIL_FIELDS, labels)

        people = QGroupBox(self.tr("Registrations"), self)
        self.counts_label = QLabel(people)
        self.counts_label.setObjectName("registrationCounts")
        self.table = row_table([self.tr("Name"), self.tr("Initiative"), self.tr("E-mail"), self.tr("Status"),
                                self.tr("Registered on")], people, one_row=False)
        self.table.setObjectName("registrations")
        self.table.setAccessibleName(self.tr("Registrations"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        for column, width in enumerate((170, 170, 170, 120)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_initiative())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status_actions: dict[str, QAction] = {}
        self.status_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        texts = {"attended": self.tr("Attended"), "no-show": self.tr("No-show"),
                 "registered": self.tr("Registered"), "cancelled": self.tr("Cancel registration")}
        for status, key in ATTENDANCE_KEYS.items():
            action = QAction(f"{texts[status]}", self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # letters only in the table
            action.triggered.connect(lambda _checked=False, status=status: self.mark_selected(status))
            self.table.addAction(action)
            self.status_actions[status] = action
            button = push_button(f"{texts[status]} ({key})", people, action.trigger)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are quicker; focus stays in the table
            buttons.addWidget(button)
            self.status_buttons[status] = button
        # A walk-in's rights (GDPR): a contact person's are on their initiative's page.
        separator = QAction(self.table)
        separator.setSeparator(True)
        self.export_walk_in_action = QAction(self.tr("Export personal data…"), self.table)
        self.export_walk_in_action.triggered.connect(lambda _checked=False: self.export_person())
        self.erase_walk_in_action = QAction(self.tr("Erase walk-in…"), self.table)
        self.erase_walk_in_action.triggered.connect(lambda _checked=False: self.erase_person())
        self.table.addActions([separator, self.export_walk_in_action, self.erase_walk_in_action])
        buttons.addStretch(1)
        self.keys_hint = QLabel(self.tr(
            "Select one or more rows and press A (attended), N (no-show), R (registered) or C (cancel). "
            "Ctrl+Z undoes."), people)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet(f"color: {colour('hint')};")
        self.empty_label = QLabel(self.tr("Nobody has registered yet. Press Ctrl+N to register someone."), people)
        self.empty_label.setStyleSheet(f"color: {colour('hint')};")
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.counts_label)
        people_layout.addWidget(self.table, 1)
        people_layout.addWidget(self.empty_label)
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.keys_hint)

        self.splitter = lay_out_page(
            self, (self.title_label, self.subtitle_label), self.message_bar,
            (self.edit_button, self.register_button, self.import_button, self.history_button, self.documents_button),
            (details_group, people), stretch=(1, 3))
        self.splitter.setSizes([330, 900])
        self.setFocusProxy(self.table)

    # -- showing -----------------------------------------------------------------------------

    def show_event(self, event_id: str, *,
                   on_failed: Callable[[KnownError | ValidationFailed], None] | None = None) -> None:
        """Read the event and its waiting order in the background and show them (also to refresh
        after a change), keeping the rows selected.

        When it cannot be read the page shows what it showed before and *on_failed* gets the
        :class:`~fourthpillar.store.errors.KnownError`: the caller tells the user (without
        one, the page says it).
        """
        desk = self.desk

        def read() -> tuple[EventDetail, list[str]]:
            return (events.get_event(desk, event_id=event_id), event_views.waiting_order(desk, event_id=event_id))

        def failed(error: KnownError | ValidationFailed) -> None:
            self.message_bar.show_message(self.tr("This event cannot be shown: %1").replace("%1", str(error)), "error")

        self.read_record(event_id, read, self._show, on_failed=on_failed or failed)

    def _show(self, read: tuple[EventDetail, list[str]]) -> None:
        detail, waiting = read
        event_id = detail.id
        same = self.detail is not None and self.detail.id == event_id
        selected = self.selected_ids() if same else []
        self.detail, self.waiting = detail, waiting
        if not same:
            self.message_bar.clear()
        self.title_label.setText(detail.title)
        self.subtitle_label.setText(" · ".join(part for part in (
            EVENT_KINDS.label(detail.kind), when_text(detail), EVENT_STATUSES.label(detail.status)) if part))
        if detail.archived:
            self.message_bar.show_message(self.tr("This event is archived."), "info")
        self._show_details(detail)
        self._show_registrations(detail, selected)
        self._update_buttons()

    def refresh(self) -> None:
        """Show the current event again; if it can no longer be read, say so on the page."""
        self.read_again(self.show_event, self.tr("This event cannot be shown: %1"))

    def places_text(self, detail: EventDetail) -> str:
        """"20 places: 12 taken, 8 free", with the waiting list if any."""
        taken = count_text(self.tr("%Ln taken"), self.tr("%Ln taken"), detail.taken)
        if detail.capacity is None:
            text = self.tr("no limit (%1)").replace("%1", taken)
        else:
            free = count_text(self.tr("%Ln free"), self.tr("%Ln free"), detail.places_left or 0)
            text = count_text(self.tr("%Ln place: %1, %2"), self.tr("%Ln places: %1, %2"), detail.capacity).replace(
                "%1", taken).replace("%2", free)
        if detail.waiting:
            text += " · " + count_text(self.tr("%Ln waiting"), self.tr("%Ln waiting"), detail.waiting)
        return text

    def _show_details(self, detail: EventDetail) -> None:
        values = {
            "when": when_text(detail), "place": detail.place, "places": self.places_text(detail),
            "trainers": detail.trainers, "officer": detail.officer_name,
            "topics": ", ".join(TOPICS.label(code) for code in detail.topics),
            "status": EVENT_STATUSES.label(detail.status), "notes": detail.notes,
        }
        for key, text in values.items():
            label = self.detail_labels[key]
            label.setText(text or "—")
            label.setEnabled(bool(text))

    def status_text(self, row: RegistrationRow) -> str:
        """The status in words; a waiting person's place in the queue ("waiting list (2)")."""
        if row.status == "waiting" and row.id in self.waiting:
            return f"{REGISTRATION_STATUSES.label(row.status)} ({self.waiting.index(row.id) + 1})"
        return REGISTRATION_STATUSES.label(row.status)

    def ordered(self, detail: EventDetail) -> list[RegistrationRow]:
        """Who has a place (by name, as the service gives them), then the waiting list in its
        order, then the cancellations."""
        queue = {registration_id: number for number, registration_id in enumerate(self.waiting)}
        return sorted(detail.registrations, key=lambda row: (
            STATUS_ORDER.get(row.status, 3), queue.get(row.id, 0) if row.status == "waiting" else 0))

    def _show_registrations(self, detail: EventDetail, selected: list[str]) -> None:
        self.counts_label.setText(" · ".join((
            count_text(self.tr("%Ln registered"), self.tr("%Ln registered"), detail.taken - detail.attended),
            count_text(self.tr("%Ln attended"), self.tr("%Ln attended"), detail.attended),
            count_text(self.tr("%Ln waiting"), self.tr("%Ln waiting"), detail.waiting))))
        rows = self.ordered(detail)
        self.table.setRowCount(len(rows))
        dim = self.palette().placeholderText()
        for number, row in enumerate(rows):
            texts = (row.person_name, row.initiative_name or (self.tr("walk-in") if row.walk_in else ""),
                     row.email, self.status_text(row), format_date(row.registered_on))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(text)
                if row.status in ("cancelled", "waiting"):
                    item.setForeground(dim)
                self.table.setItem(number, column, item)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self._reselect(rows, selected)

    def _reselect(self, rows: list[RegistrationRow], selected: list[str]) -> None:
        """Select the rows selected before a refresh, or the next one after marking one row."""
        chosen = [number for number, row in enumerate(rows) if row.id in selected]
        if self._next_row is not None and rows:
            chosen = [min(self._next_row, len(rows) - 1)]
        self._next_row = None
        model, selection = self.table.model(), self.table.selectionModel()
        selection.clearSelection()
        for number in chosen:
            selection.select(model.index(number, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        if chosen:
            selection.setCurrentIndex(model.index(chosen[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_ids(self) -> list[str]:
        """The selected registrations, top to bottom."""
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(self.table.model().index(number, 0).data(ID_ROLE)) for number in numbers]

    def selected_rows(self) -> list[RegistrationRow]:
        by_id = {row.id: row for row in (self.detail.registrations if self.detail else [])}
        return [by_id[registration_id] for registration_id in self.selected_ids() if registration_id in by_id]

    def _update_buttons(self) -> None:
        detail = None if self.reading_another() else self.detail  # buttons wait for the one being read
        live = detail is not None and not detail.archived
        for button in (self.edit_button, self.register_button, self.import_button):
            button.setEnabled(live)
        self.history_button.setEnabled(detail is not None)
        chosen = live and bool(self.selected_ids())
        for status, action in self.status_actions.items():
            action.setEnabled(chosen)
            self.status_buttons[status].setEnabled(chosen)
        self.documents_button.setEnabled(detail is not None)
        self.certificates_action.setEnabled(detail is not None and detail.attended > 0)
        rows = self.selected_rows()
        self.certificate_action.setEnabled(len(rows) == 1 and rows[0].status == "attended")
        walk_in = len(rows) == 1 and rows[0].walk_in
        self.export_walk_in_action.setEnabled(walk_in)
        # An officer who may not erase (a shared database's non-admin) is not offered it.
        allowed = getattr(self.window(), "permissions", None)
        self.erase_walk_in_action.setEnabled(walk_in and getattr(allowed, "can_erase", True))
