"""The main window's events: the event page (opened from the Events list, the dashboard's next
events and an initiative's timeline), planning an event, and opening any record kept on a
page of its own (``ui.kinds``: the initiative, the event).

A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow

from fourthpillar.ui.kinds import RecordKind
from fourthpillar.ui.pages.event_page import EventPage
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.window_pages import EVENT_PAGE, INITIATIVE_PAGE

if TYPE_CHECKING:
    from fourthpillar.services.desk import Desk
    from fourthpillar.ui.editors.base import EditorDialog

    _Window = QMainWindow
else:
    _Window = object


# The window's context, as in :mod:`fourthpillar.ui.window_pages`.
tr = qt_translator("MainWindow")


class WindowEvents(_Window):
    """The event page in the window, and opening a record on its page (mixed into the main window)."""

    desk: Desk
    event_page: EventPage
    if TYPE_CHECKING:  # what the main window provides
        def show_page(self, name: str, *, remember: bool = True) -> None: ...
        def current_page_name(self) -> str: ...
        def show_initiative(self, initiative_id: str) -> None: ...
        def open_record_page(self, name: str, cannot_open: str) -> Callable[[BaseException], None]: ...
        def show_error(self, title: str, error: BaseException) -> None: ...
        def go_back(self) -> None: ...
        def _record_page_shown(self) -> None: ...
        def record_saved(self, description: str, saved: Any, *, status: str | None = None) -> None: ...
        def run_editor(self, editor: type[EditorDialog], description: str, **arguments: Any) -> Any: ...

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
        event_id = page.reading or (page.detail.id if page.detail is not None else None)
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
