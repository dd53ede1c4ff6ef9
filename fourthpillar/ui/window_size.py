"""Keeping the main window on the screen it opens on.

A geometry saved on a bigger screen, or by a version whose window grew past the screen, must
not bring back a window whose right side (timeline, buttons, status bar) cannot be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def fit_within(rect: QRect, available: QRect) -> QRect:
    """*rect* made no larger than *available*, then moved inside it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = max(available.left(), min(rect.left(), available.left() + available.width() - width))
    top = max(available.top(), min(rect.top(), available.top() + available.height() - height))
    return QRect(left, top, width, height)


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move *window*, frame included, into its screen's available area (a maximised
    window is left alone: the window manager sizes it)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    fitted = fit_within(frame, screen.availableGeometry())
    if fitted == frame:
        return
    window.resize(window.width() - (frame.width() - fitted.width()),
                  window.height() - (frame.height() - fitted.height()))
    window.move(fitted.topLeft())  # a window's position is its frame's
