"""The work-arounds for PySide6 6.12's reference leaks: on ``True`` in ``Signal.emit``, on ``None``
in every call of a Qt function that returns nothing."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

import fourthpillar.ui  # noqa: F401 - importing the package applies the work-around


class Ticker(QObject):
    tick = Signal(int)


def test_many_signal_emits_do_not_kill_the_interpreter() -> None:
    """Without the work-around a long session (or this test) ends in "Fatal Python error:
    bool_dealloc" once a few thousand signals were emitted: the app crashes, at the latest
    when it closes."""
    ticker = Ticker()
    seen: list[int] = []
    ticker.tick.connect(seen.append)
    for number in range(50_000):
        ticker.tick.emit(number)
    gc.collect()
    assert len(seen) == 50_000
    assert sys.getrefcount(True) > 1000


def test_many_calls_of_qt_functions_that_return_nothing_do_not_kill_the_interpreter() -> None:
    """PySide6 6.12 drops a reference to ``None`` on every call of a Qt function that returns
    nothing (``setText``, ``processEvents``, a scroll bar's ``setValue``): without the work-around
    the app ended in "Fatal Python error: none_dealloc" after some minutes of scrolling a list."""
    ticker = Ticker()
    for number in range(50_000):
        ticker.setObjectName(f"ticker {number % 7}")
    gc.collect()
    assert ticker.objectName() == f"ticker {49_999 % 7}"
    assert sys.getrefcount(None) > 1000
