"""Work-arounds for bugs in the Qt bindings, applied once when :mod:`fourthpillar.ui` loads."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

#: References added to ``True`` when the bindings leak them: more than any session emits.
_SPARE_REFERENCES = 1 << 40


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether ``SignalInstance.emit()`` gives back ``True`` without owning a reference to it.

    PySide6 6.12.0 does: every ``signal.emit(...)`` from Python drops ``True``'s reference
    count by one. CPython 3.12+ makes ``True`` immortal, so it is harmless there; on 3.11 a
    few thousand emits end in "Fatal Python error: bool_dealloc" (in a long session, or at exit).
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(3):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 3


def keep_true_alive() -> bool:
    """Make ``True`` as good as immortal when the bindings leak it (what CPython 3.12 does
    for every interpreter); True when the work-around was needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
    return True
