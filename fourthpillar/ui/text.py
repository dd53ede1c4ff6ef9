"""Small text helpers for translated strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count_text(context: str, one: str, many: str, count: int) -> str:
    """*one* or *many* (each with ``%n``, or ``%Ln`` for digit grouping) translated in
    *context*, with *count* filled in.

    Two source texts rather than "%n item(s)" so the English reads right without an English
    translation file; Dutch and French use the same two forms.
    """
    return QCoreApplication.translate(context, one if count == 1 else many, None, count)
