"""Undo and redo of the last user actions, by their change batches.

Every service write returns a :class:`~fourthpillar.services.records.Saved` whose ``batch_id``
names all changes of that action; :func:`fourthpillar.services.history.undo_action` reverts a
batch and returns the batch of the revert, which undone in turn redoes the action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from fourthpillar.services import history
from fourthpillar.services.desk import Desk

#: How many actions can be undone.
LIMIT = 50


@dataclass(frozen=True)
class UndoEntry:
    """One user action: what the Edit menu calls it and the change batches it wrote."""

    description: str
    batch_ids: tuple[str, ...]


class UndoStack(QObject):
    """The session's undo and redo stacks.

    Signals:
        changed(): an entry was pushed, undone or redone (menus update their text).
        applied(): an undo or redo wrote to the register (views refresh).
    """

    changed = Signal()
    applied = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._undo: list[UndoEntry] = []
        self._redo: list[UndoEntry] = []

    def push(self, description: str, batch_ids: str | Sequence[str]) -> None:
        """Remember an action that was just done; clears what could be redone."""
        ids = (batch_ids,) if isinstance(batch_ids, str) else tuple(batch_ids)
        if not ids:
            return
        self._undo.append(UndoEntry(description, ids))
        del self._undo[:-LIMIT]
        self._redo.clear()
        self.changed.emit()

    def clear(self) -> None:
        """Forget everything (the register was replaced: its batches mean nothing any more)."""
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        return self._undo[-1].description if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].description if self._redo else ""

    def _revert(self, entry: UndoEntry) -> UndoEntry:
        # Later batches of the action are reverted first.
        reverted = [history.undo_action(self._desk, batch_id=batch) for batch in reversed(entry.batch_ids)]
        return UndoEntry(entry.description, tuple(reversed(reverted)))

    def undo(self) -> str | None:
        """Undo the last action; its description, or None when there was nothing to undo.

        A :class:`~fourthpillar.store.errors.KnownError` leaves the entry on the stack.
        """
        if not self._undo:
            return None
        entry = self._undo[-1]
        redo_entry = self._revert(entry)
        self._undo.pop()
        self._redo.append(redo_entry)
        self.changed.emit()
        self.applied.emit()
        return entry.description

    def redo(self) -> str | None:
        """Redo the last undone action; its description, or None."""
        if not self._redo:
            return None
        entry = self._redo[-1]
        undo_entry = self._revert(entry)
        self._redo.pop()
        self._undo.append(undo_entry)
        self.changed.emit()
        self.applied.emit()
        return entry.description
