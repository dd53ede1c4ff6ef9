"""The work-around for PySide6 6.12's reference leak on ``True`` in ``Signal.emit``."""

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
