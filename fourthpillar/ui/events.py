"""One app-wide object that tells every view the register changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskEvents(QObject):
    """Events shared by the main window's views.

    Signals:
        data_changed: something was written (saved, archived, undone, imported); views that
            show data re-read it from the services.
    """

    data_changed = Signal()
