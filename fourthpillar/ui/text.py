"""Small text helpers for translated strings."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(one: str, many: str, count: int) -> str:
    """*one* or *many*, both already translated, with ``%Ln`` (or ``%n``) replaced by *count*.

    Callers write ``count_text(self.tr("%Ln request"), self.tr("%Ln requests"), n)`` so
    lupdate finds both texts, and the English reads right without an English translation file
    (Dutch and French use the same two forms).
    """
    text = one if count == 1 else many
    return text.replace("%Ln", QLocale().toString(count)).replace("%n", str(count))
