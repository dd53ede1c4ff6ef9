"""At start-up, a notification of the officer's follow-ups due today and overdue.

The count is read in the background (``ui.jobs``): the window opens at once and never waits on
the database. The news goes to the system tray's notification where the desktop has a tray
(Windows, most Linux desktops, macOS), else to the status bar. Clicking the notification or
the tray icon brings the window forward on the follow-ups. Nothing is shown when nothing is due.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QSystemTrayIcon

from fourthpillar.services import reminders
from fourthpillar.services.desk import Desk
from fourthpillar.services.reminders import DueNow
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.text import qt_translator

log = logging.getLogger(__name__)

# How long the notification (tray balloon or status bar) stays, in milliseconds.
SHOWN_FOR_MS = 15_000


tr = qt_translator("Reminders")


def due_message(due: DueNow) -> str:
    """"3 follow-ups overdue, 1 due today." in the officer's language (empty when nothing is due)."""
    parts = []
    if due.overdue:
        parts.append(tr("%n follow-up(s) overdue", "", due.overdue))
    if due.due_today:
        parts.append(tr("%n follow-up(s) due today", "", due.due_today))
    return ", ".join(parts) + "." if parts else ""


class DueNotifier(QObject):
    """Counts in the background, then notifies; one per window start."""

    def __init__(self, window: QMainWindow, desk: Desk, runner: JobRunner) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.runner = runner
        self.tray: QSystemTrayIcon | None = None
        #: What was shown (for tests and the log): the message, "" when nothing was due.
        self.shown: str | None = None

    def start(self) -> Job:
        desk = self.desk

        def count(progress: object, is_cancelled: object) -> DueNow:
            return reminders.due_now(desk)

        return self.runner.run(count, on_success=self.notify, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        # The dashboard says the same once the database answers; a start-up must not nag twice.
        log.warning("start-up reminder skipped: %s", type(error).__name__)

    def notify(self, due: DueNow) -> None:
        message = due_message(due)
        self.shown = message
        if not message:
            return
        log.info("start-up reminder: %d overdue, %d due today", due.overdue, due.due_today)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            icon = self.window.windowIcon()
            if icon.isNull():  # no icon installed (a checkout without resources)
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self.window)
            self.tray.setToolTip(message)
            self.tray.messageClicked.connect(self.show_follow_ups)
            self.tray.activated.connect(self.show_follow_ups)
            self.tray.show()
            self.tray.showMessage(tr("Follow-ups"), message, QSystemTrayIcon.MessageIcon.Information, SHOWN_FOR_MS)
        else:
            self.window.statusBar().showMessage(message, SHOWN_FOR_MS)

    def show_follow_ups(self, *_args: object) -> None:
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            show_page(FOLLOW_UPS)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def start_due_notification(window: QMainWindow, desk: Desk, runner: JobRunner) -> DueNotifier:
    """Count and notify behind *window* (call once it is shown)."""
    notifier = DueNotifier(window, desk, runner)
    notifier.start()
    return notifier
