"""An initiative's page: its details, its contact persons, and the timeline of its requests,
follow-ups and the events its people attended. What the officer does from it (editors,
archiving a contact, a person's data) is in :mod:`fourthpillar.ui.pages.initiative_actions`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar.domain.countries import country_name
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LANGUAGES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.i18n import current_language
from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import ContactView
from fourthpillar.services.records import InitiativeDetail
from fourthpillar.services.records import TimelineEntry
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.kinds import FOLLOW_UP
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.pages.initiative_actions import InitiativeActions
from fourthpillar.ui.pages.record_layout import heading_labels
from fourthpillar.ui.pages.record_layout import lay_out_page
from fourthpillar.ui.style import colour
from fourthpillar.ui.text import contact_links
from fourthpillar.ui.widgets.buttons import push_button
from fourthpillar.ui.widgets.date_field import format_date
from fourthpillar.ui.widgets.details import detail_labels
from fourthpillar.ui.widgets.message_bar import MessageBar

#: The detail rows, in display order: (key, label source text). Labels are translated in the page.
DETAIL_FIELDS = (
    "legal_form", "enterprise_number", "address", "province", "partner_countries", "themes",
    "founded_year", "panel_member", "status", "tags", "notes",
)


def _tree(parent: QWidget, headers: list[str], stretch: int) -> QTreeWidget:
    """A flat list with columns; column *stretch* takes the spare width."""
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.header().setStretchLastSection(False)
    for column in range(len(headers)):
        tree.header().setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.Interactive)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    return tree


class InitiativePage(InitiativeActions, QWidget):
    """Shows one initiative (call :meth:`show_initiative`) and lets the officer work on it.

    Edit, New request, Plan follow-up, Mark done and the contact buttons open the editors
    window-modal (``open()``, no nested event loop) and refresh the page when they save.

    Double-clicking (or Enter on) a timeline entry emits ``request_opened(id)``,
    ``follow_up_opened(id)`` or ``event_opened(id)``. If nothing is connected to the first two the
    page opens the editor itself (:class:`RequestEditor` / :class:`FollowUpEditor`); if the window connects
    it, the window decides what opening means and the page does not open a second editor.

    Signals:
        request_opened(str): the user opened a request from the timeline.
        follow_up_opened(str): the user opened a follow-up from the timeline.
        event_opened(str): the user opened an event its people attended from the timeline.
        saved(object): a :class:`Saved` after any change made from this page (its batch id
            belongs on the undo stack); also after follow-ups saved from a request opened here.
        person_erased(str): a contact person's data was erased (the contact's id). It cannot be
            undone, so it never goes on the undo stack; other views should read their data again.
        shown(): the page shows what a read brought.
    """

    request_opened = Signal(str)
    follow_up_opened = Signal(str)
    event_opened = Signal(str)
    saved = Signal(object)
    person_erased = Signal(str)
    shown = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None,
                 permissions: logins.Permissions | None = None) -> None:
        super().__init__(desk, parent)
        # What the signed-in login may do: only an admin erases a person on the shared database.
        self.permissions = permissions or logins.permissions(desk)
        self.detail: InitiativeDetail | None = None
        self._build()
        self.set_permissions(self.permissions)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label, self.subtitle_label = heading_labels(self)
        self.message_bar = MessageBar(self)

        self.edit_button = push_button(self.tr("Edi&t…"), self, self.edit_initiative)
        self.new_request_button = push_button(self.tr("New &request…"), self, self.new_request)
        self.plan_button = push_button(self.tr("&Plan follow-up…"), self, self.plan_follow_up)
        self.history_button = push_button(self.tr("Histor&y…"), self, self.show_history)
        self.history_button.setToolTip(self.tr("Who changed what, and when; undo an earlier action"))

        # Details
        details_group = QGroupBox(self.tr("Details"), self)
        labels = {
            "legal_form": self.tr("Legal form:"), "enterprise_number": self.tr("Enterprise number:"),
            "address": self.tr("Address:"), "province": self.tr("Province:"),
            "partner_countries": self.tr("Partner countries:"), "themes": self.tr("Themes:"),
            "founded_year": self.tr("Founded in:"), "panel_member": self.tr("4de Pijlerpanel:"),
            "status": self.tr("Status:"), "tags": self.tr("Tags:"), "notes": self.tr("Notes:"),
        }
        self.detail_labels = detail_labels(details_group, DETAIL_FIELDS, labels)

        # Contacts
        contacts_group = QGroupBox(self.tr("Contact persons"), self)
        self.contact_tree = _tree(contacts_group, [self.tr("Name"), self.tr("Role"), self.tr("E-mail"),
                                                   self.tr("Phone"), self.tr("Language")], stretch=2)
        self.contact_tree.setColumnWidth(0, 140)
        self.contact_tree.setColumnWidth(1, 90)
        self.contact_tree.setColumnWidth(3, 100)
        self.contact_tree.setColumnWidth(4, 70)
        self.contact_tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_contact())
        self.contact_tree.itemSelectionChanged.connect(self._update_buttons)
        self.add_contact_button = push_button(self.tr("&Add…"), contacts_group, self.add_contact)
        self.edit_contact_button = push_button(self.tr("Ed&it…"), contacts_group, self.edit_contact)
        self.archive_contact_button = push_button(self.tr("Ar&chive…"), contacts_group, self.archive_contact)
        # A person's data (GDPR): rare, and erasing cannot be undone, so behind a menu and without
        # an Alt+letter; also in the contact list's context menu.
        self.export_person_action = QAction(self.tr("Export this person's data…"), self)
        self.export_person_action.triggered.connect(lambda _checked=False: self.export_person())
        self.erase_person_action = QAction(self.tr("Erase this person…"), self)
        self.erase_person_action.triggered.connect(lambda _checked=False: self.erase_person())
        # A push button sizes itself for its menu arrow; a tool button drew the arrow over the end
        # of "Persoonsgegevens".
        self.person_button = QPushButton(self.tr("Personal data"), contacts_group)
        self.person_button.setToolTip(self.tr("Export or erase the selected person's data (GDPR)"))
        person_menu = QMenu(self.person_button)
        person_menu.addActions([self.export_person_action, self.erase_person_action])
        self.person_button.setMenu(person_menu)
        self.contact_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contact_tree.customContextMenuRequested.connect(self._show_contact_menu)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.edit_contact_button)
        contact_buttons.addWidget(self.archive_contact_button)
        contact_buttons.addStretch(1)
        contact_buttons.addWidget(self.person_button)
        # The selected contact's e-mail and phone as links (mail program, softphone or phone app).
        self.contact_card = QLabel(contacts_group)
        self.contact_card.setObjectName("contact_card")
        self.contact_card.setTextFormat(Qt.TextFormat.RichText)  # built by contact_links: user text escaped
        self.contact_card.setOpenExternalLinks(True)
        self.contact_card.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.contact_card.setWordWrap(True)
        self.contact_card.hide()
        contacts_layout = QVBoxLayout(contacts_group)
        contacts_layout.addWidget(self.contact_tree)
        contacts_layout.addWidget(self.contact_card)
        contacts_layout.addLayout(contact_buttons)

        # Timeline
        timeline_group = QGroupBox(self.tr("Timeline: requests, follow-ups and events attended"), self)
        self.timeline_tree = _tree(timeline_group, [self.tr("Date"), self.tr("Kind"), self.tr("What"),
                                                    self.tr("Status")], stretch=2)
        self.timeline_tree.setColumnWidth(0, 90)
        self.timeline_tree.setColumnWidth(1, 80)
        self.timeline_tree.setColumnWidth(3, 120)
        self.timeline_tree.itemActivated.connect(lambda item, _column: self.open_entry(item))
        self.timeline_tree.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = push_button(self.tr("&Open"), timeline_group, lambda: self.open_entry())
        self.mark_done_button = push_button(self.tr("&Mark done…"), timeline_group, self.mark_done)
        self.empty_timeline_label = QLabel(self.tr("No requests or follow-ups yet."), timeline_group)
        self.empty_timeline_label.setStyleSheet(f"color: {colour('hint')};")
        timeline_buttons = QHBoxLayout()
        timeline_buttons.addWidget(self.open_button)
        timeline_buttons.addWidget(self.mark_done_button)
        timeline_buttons.addStretch(1)
        timeline_layout = QVBoxLayout(timeline_group)
        timeline_layout.addWidget(self.timeline_tree)
        timeline_layout.addWidget(self.empty_timeline_label)
        timeline_layout.addLayout(timeline_buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(details_group)
        left_layout.addWidget(contacts_group, 1)
        self.splitter = lay_out_page(
            self, (self.title_label, self.subtitle_label), self.message_bar,
            (self.edit_button, self.new_request_button, self.plan_button, self.history_button),
            (left, timeline_group), stretch=(2, 3))

    # -- showing -----------------------------------------------------------------------------

    def show_initiative(self, initiative_id: str, *,
                        on_failed: Callable[[KnownError | ValidationFailed], None] | None = None) -> None:
        """Read the initiative in the background and show it (also to refresh after a change).

        When it cannot be read (``NotFound``, ``DatabaseUnavailable``) the page shows what it
        showed before and *on_failed* gets the :class:`~fourthpillar.store.errors.KnownError`:
        the caller tells the user (without one, the page says it).
        """
        desk = self.desk

        def failed(error: KnownError | ValidationFailed) -> None:
            self.message_bar.show_message(self.tr("This initiative cannot be shown: %1").replace(
                "%1", str(error)), "error")

        self.read_record(initiative_id, lambda: initiatives.get_initiative(desk, initiative_id=initiative_id),
                         self._show, on_failed=on_failed or failed)

    def _show(self, detail: InitiativeDetail) -> None:
        self.detail = detail
        self.title_label.setText(detail.name)
        place = " ".join(part for part in (detail.postcode, detail.municipality) if part)
        self.subtitle_label.setText(" · ".join(part for part in (
            INITIATIVE_STATUSES.label(detail.status), place, PROVINCES.label(detail.province)) if part))
        if detail.archived:
            self.message_bar.show_message(self.tr("This initiative is archived."), "info")
        else:
            self.message_bar.clear()
        self._show_details(detail)
        self._show_contacts(detail.contacts)
        self._show_timeline(detail.timeline)
        self._update_buttons()

    def refresh(self) -> None:
        """Show the current initiative again; if it can no longer be read, say so on the page."""
        def gone() -> None:
            self.detail = None
            self._update_buttons()

        self.read_again(self.show_initiative, self.tr("This initiative cannot be shown: %1"), gone)

    def _show_details(self, detail: InitiativeDetail) -> None:
        address = "\n".join(part for part in (
            detail.street, " ".join(p for p in (detail.postcode, detail.municipality) if p)) if part)
        values = {
            "legal_form": LEGAL_FORMS.label(detail.legal_form),
            "enterprise_number": detail.enterprise_number or "",
            "address": address,
            "province": PROVINCES.label(detail.province),
            "partner_countries": ", ".join(country_name(code, current_language()) for code in detail.partner_countries),
            "themes": ", ".join(THEMES.label(code) for code in detail.themes),
            "founded_year": str(detail.founded_year) if detail.founded_year else "",
            "panel_member": self.tr("member") if detail.panel_member else self.tr("not a member"),
            "status": INITIATIVE_STATUSES.label(detail.status),
            "tags": ", ".join(detail.tags),
            "notes": detail.notes,
        }
        for key, text in values.items():
            label = self.detail_labels[key]
            label.setText(text or "—")
            label.setEnabled(bool(text))

    def _show_contacts(self, contacts: list[ContactView]) -> None:
        self.contact_tree.clear()
        for contact in contacts:
            item = QTreeWidgetItem([contact.name, contact.role, contact.email, contact.phone,
                                    LANGUAGES.label(contact.language)])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            self.contact_tree.addTopLevelItem(item)

    def _show_timeline(self, entries: list[TimelineEntry]) -> None:
        self.timeline_tree.clear()
        today = clock.today()
        for entry in entries:
            if entry.kind == "request":
                kind, status = self.tr("Request"), REQUEST_STATUSES.label(entry.status)
            elif entry.kind == "event":  # its status is the kind of event; its people attended it
                kind, status = EVENT_KINDS.label(entry.status).capitalize(), self.tr("attended")
            else:
                kind = self.tr("Follow-up")
                status = self.tr("done") if entry.done else self.tr("to do")
            item = QTreeWidgetItem([format_date(entry.date), kind, entry.title, status])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setData(1, Qt.ItemDataRole.UserRole, entry.kind)
            item.setData(3, Qt.ItemDataRole.UserRole, entry.done)
            item.setToolTip(2, entry.title)
            if entry.kind == "follow_up" and not entry.done and entry.date < today:
                item.setText(3, self.tr("overdue"))
                item.setForeground(3, Qt.GlobalColor.darkRed)
            if entry.done and entry.kind != "event":
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            self.timeline_tree.addTopLevelItem(item)
        self.timeline_tree.setVisible(bool(entries))
        self.empty_timeline_label.setVisible(not entries)

    def selected_contact_id(self) -> str | None:
        item = self.contact_tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_entry(self) -> tuple[str, str, bool] | None:
        """(kind, id, done) of the selected timeline entry."""
        item = self.timeline_tree.currentItem()
        if item is None:
            return None
        return (str(item.data(1, Qt.ItemDataRole.UserRole)), str(item.data(0, Qt.ItemDataRole.UserRole)),
                bool(item.data(3, Qt.ItemDataRole.UserRole)))

    def selected_open_follow_up(self) -> str | None:
        """The id of the selected timeline entry when it is a follow-up not done yet (what Mark done completes)."""
        entry = self.selected_entry()
        return entry[1] if entry is not None and record_kind(entry[0]) is FOLLOW_UP and not entry[2] else None

    @Slot()
    def _update_buttons(self) -> None:
        detail = None if self.reading_another() else self.detail  # buttons wait for the one being read
        live = detail is not None and not detail.archived
        for button in (self.edit_button, self.new_request_button, self.plan_button, self.add_contact_button):
            button.setEnabled(live)
        has_contact = live and self.contact_tree.currentItem() is not None
        self.edit_contact_button.setEnabled(has_contact)
        self.archive_contact_button.setEnabled(has_contact)
        # A person's rights do not depend on the initiative being archived.
        has_person = detail is not None and self.contact_tree.currentItem() is not None
        self.export_person_action.setEnabled(has_person)
        self.erase_person_action.setEnabled(has_person and self.permissions.can_erase)
        self.person_button.setEnabled(has_person)
        contact = self.selected_contact()
        self.contact_card.setText(contact_links(contact.name, contact.role, contact.email, contact.phone)
                                  if contact is not None else "")
        self.contact_card.setVisible(contact is not None)
        entry = self.selected_entry() if detail is not None else None
        self.open_button.setEnabled(entry is not None)
        self.mark_done_button.setEnabled(entry is not None and self.selected_open_follow_up() is not None)

    def set_permissions(self, allowed: logins.Permissions) -> None:
        self.permissions = allowed
        self.erase_person_action.setToolTip("" if allowed.can_erase else self.tr(
            "Only an admin may erase a person on the shared database"))
        self._update_buttons()

