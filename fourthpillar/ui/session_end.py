"""When the shared office database ends the app's session (an admin disabled this login: its
sessions are ended at once, migration 0013): one clear message, then the app closes, instead of
a traceback or a refusal after every click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from fourthpillar.store.errors import SessionEnded
from fourthpillar.ui.text import qt_translator

#: The exit status of an app whose session was ended: ui.app's EXIT_UNAVAILABLE (the register cannot be used).
EXIT_SESSION_ENDED = 2
_told = False


tr = qt_translator("SessionEnd")


def handle_session_ended(error: BaseException) -> bool:
    """True when *error* means the session is over: told once, and the app's event loop ends."""
    global _told
    if not isinstance(error, SessionEnded):
        return False
    if not _told:
        _told = True
        QMessageBox.critical(QApplication.activeWindow(), tr("Signed out of the office database"),
                             tr("%1\n\nFourth Pillar desk closes now. Ask an admin if you should still have access.")
                             .replace("%1", str(error)))
        QCoreApplication.exit(EXIT_SESSION_ENDED)
    return True


def reset() -> None:
    """A new start of the app in the same process (tests): the next ended session is told again."""
    global _told
    _told = False
