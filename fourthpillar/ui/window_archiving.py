"""Delete in the main window: archiving the selected rows, the initiative or the event shown,
after asking; Ctrl+Z undoes it.

A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import initiatives
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import operations
from fourthpillar.ui.kinds import EVENT
from fourthpillar.ui.kinds import INITIATIVE
from fourthpillar.ui.kinds import RecordKind
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.window_pages import EVENT_PAGE
from fourthpillar.ui.window_pages import INITIATIVE_PAGE
from fourthpillar.ui.window_part import WindowPart

# The window's context, as in :mod:`fourthpillar.ui.window_pages`.
tr = qt_translator("MainWindow")


class WindowArchiving(WindowPart):
    """Delete (archive) in the window (mixed into the main window)."""

    #: Delete on an initiative page reads it first: a second Delete meanwhile waits.
    _archive_read: operations.LatestRead

    def _archive_targets(self) -> tuple[RecordKind | None, list[tuple[str, str]]]:
        """The kind and (id, title) of what Delete would archive here (not the initiative shown:
        :meth:`archive_selected` reads it first)."""
        if self.current_page_name() == EVENT_PAGE:
            event = None if self.event_page.reading_another() else self.event_page.detail
            return EVENT, [] if event is None or event.archived else [(event.id, event.title)]
        page = self.current_list()
        kind = record_kind(page.definition.kind) if page is not None else None
        if page is None or kind is None:
            return None, []
        key = kind.title_field
        rows = [row for row in page.selected_rows() if not row.archived]
        return kind, [(row.id, str(getattr(row, key)).splitlines()[0] if getattr(row, key) else "") for row in rows]

    @Slot()
    def archive_selected(self) -> None:
        """Archive the selected rows (or the initiative shown) after asking; Ctrl+Z undoes it."""
        if self.current_page_name() == INITIATIVE_PAGE:
            self._archive_initiative_shown()
            return
        kind, targets = self._archive_targets()
        if kind is not None:
            operations.confirm_and_archive(self, self.desk, kind, targets, runner=self.jobs, on_done=self._archived)

    def _archive_initiative_shown(self) -> None:
        """Read the initiative shown in the background (archived meanwhile? its name now?), then
        ask and archive it; a second Delete meanwhile waits for the first."""
        initiative_id = self.initiative_page.opened_id
        if not initiative_id or self._archive_read.reading:
            return
        desk = self.desk

        def read(**_: Any) -> list[tuple[str, str]]:
            detail = initiatives.get_initiative(desk, initiative_id=initiative_id)
            return [] if detail.archived else [(detail.id, detail.name)]

        def done(targets: list[tuple[str, str]]) -> None:
            operations.confirm_and_archive(self, self.desk, INITIATIVE, targets, runner=self.jobs,
                                           on_done=self._archived)

        def refused(error: KnownError | ValidationFailed) -> None:
            self.statusBar().showMessage(str(error), 12000)

        self._archive_read.run(self.jobs, read, busy=self.initiative_page, on_done=done, on_refused=refused)

    def _archived(self, description: str, batches: list[str]) -> None:
        if batches:
            self.undo_stack.push(description, batches)
            self.statusBar().showMessage(tr("%1. Press Ctrl+Z to undo.").replace("%1", description), 8000)
            if self.current_page_name() in (INITIATIVE_PAGE, EVENT_PAGE):
                self.go_back()
            self.events.data_changed.emit()
