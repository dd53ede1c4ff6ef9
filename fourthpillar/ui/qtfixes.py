"""Work-arounds for bugs in the Qt bindings, applied once when :mod:`fourthpillar.ui` loads."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

#: References added to ``True`` or ``None`` when the bindings leak them: more than any session drops.
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
    return _make_immortal(True, emit_leaks_true)


def void_call_leaks_none() -> bool:
    """Whether calling a Qt function that returns nothing (``setObjectName``, ``setText``,
    ``processEvents``) gives back ``None`` without owning a reference to it.

    PySide6 6.12.0 does (as :func:`emit_leaks_true` for ``True``): each such call drops
    ``None``'s reference count by one, some per paint of a list; on 3.11 a few minutes of
    scrolling end in "Fatal Python error: none_dealloc".
    """
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(3):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 3


def keep_none_alive() -> bool:
    """:func:`keep_true_alive` for ``None``; True when the work-around was needed."""
    return _make_immortal(None, void_call_leaks_none)


def _make_immortal(constant: object, leaks: Callable[[], bool]) -> bool:
    """Add spare references to *constant* on CPython before 3.12 when *leaks* finds the bindings
    dropping references to it (3.12 makes it immortal already); True when it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or not leaks():
        return False
    ctypes.c_ssize_t.from_address(id(constant)).value += _SPARE_REFERENCES
    return True
