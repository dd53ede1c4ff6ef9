"""One app-wide object that tells every view the register changed, and how a page hears it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    #: For the type checker the mixin is the page it is mixed into; at run time it adds no base.
    _Page = QWidget
else:
    _Page = object


class DeskEvents(QObject):
    """Events shared by the main window's views.

    Signals:
        data_changed: something was written (saved, archived, undone, imported); views that
            show data re-read it from the services.
    """

    data_changed = Signal()


class ReadsWhenShown(_Page):
    """A page that shows the register (the dashboard, a list, the duplicates): after a change it
    reads again at once when shown, else when it is next shown. The page's ``refresh`` reads
    and clears ``_stale``; its ``showEvent`` refreshes when ``_stale``."""

    _stale: bool

    def refresh(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The register changed (``DeskEvents.data_changed``, through the main window)."""
        self._stale = True
        if self.isVisible():
            self.refresh()
