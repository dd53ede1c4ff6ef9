"""A timer that runs its slot once, a while after it was last started: a search waits until the
officer pauses typing, and a slot started with 0 ms runs from the event loop, outside any paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer


def single_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    """A timer owned by *parent* that calls *slot* once, *interval_ms* after its last ``start()``
    (starting it again before then puts the call off)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
