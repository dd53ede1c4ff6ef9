"""The main window's events: the event page (opened from the Events list, the dashboard's next
events and an initiative's timeline), planning an event, and opening any record kept on a
page of its own (``ui.kinds``: the initiative, the event).

A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import Slot

from fourthpillar.ui.kinds import RecordKind
from fourthpillar.ui.pages.event_page import EventPage
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.window_pages import EVENT_PAGE
from fourthpillar.ui.window_pages import INITIATIVE_PAGE
from fourthpillar.ui.window_part import WindowPart

# The window's context, as in :mod:`fourthpillar.ui.window_pages`.
tr = qt_translator("MainWindow")


class WindowEvents(WindowPart):
    """The event page in the window, and opening a record on its page (mixed into the main window)."""

    def _make_event_page(self) -> EventPage:
        page = EventPage(self.desk, self)
        page.setObjectName("eventPage")
        page.saved.connect(lambda saved: self.record_saved(tr("Change to an event"), saved))
        page.initiative_opened.connect(self.show_initiative)
        page.shown.connect(self._record_page_shown)
        return page

    def show_on_page(self, kind: RecordKind, record_id: str) -> None:
        """Open a record of a kind kept on a page of its own (``RecordKind.page``)."""
        if kind.page == EVENT_PAGE:
            self.show_event(record_id)
        elif kind.page == INITIATIVE_PAGE:
            self.show_initiative(record_id)

    @Slot(str)
    def show_event(self, event_id: str) -> None:
        """The event's page, which reads it in the background."""
        self.event_page.show_event(event_id, on_failed=self.open_record_page(
            EVENT_PAGE, tr("The event cannot be opened")))
        self.event_page.table.setFocus()

    def refresh_event_page(self) -> None:
        """After any change: the event shown is read again (gone: back to where the officer was)."""
        page = self.event_page
        event_id = page.opened_id
        if self.current_page_name() != EVENT_PAGE or event_id is None:
            return

        def gone(_error: BaseException) -> None:
            if self.current_page_name() == EVENT_PAGE:
                self.go_back()

        page.show_event(event_id, on_failed=gone)

    @Slot()
    def new_event(self) -> None:
        from fourthpillar.ui.editors import EventEditor

        saved = self.run_editor(EventEditor, tr("Plan event"), event_id=None)
        if saved is not None:
            self.show_event(saved.id)
