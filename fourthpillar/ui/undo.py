"""Undo and redo of the last user actions, by their change batches.

Every service write returns a :class:`~fourthpillar.services.records.Saved` whose ``batch_id``
names all changes of that action; :func:`fourthpillar.services.history.undo_action` reverts a
batch and returns the batch of the revert, which undone in turn redoes the action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import history
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_write

#: How many actions can be undone.
LIMIT = 50


@dataclass(frozen=True)
class UndoEntry:
    """One user action: what the Edit menu calls it and the change batches it wrote."""

    description: str
    batch_ids: tuple[str, ...]


class UndoStack(QObject):
    """The session's undo and redo stacks.

    An undo or redo writes through :func:`~fourthpillar.ui.operations.run_write` (on *runner*'s
    writer; at once without a runner); while it runs, nothing more can be undone or redone.

    Signals:
        changed(): an entry was pushed, undone or redone, or an undo started or ended (menus
            update their text).
        applied(): an undo or redo wrote to the register (views refresh).
        undone(str): the action of that description was undone.
        redone(str): the action of that description was redone.
        refused(bool, object): an undo (True) or redo (False) was refused with this
            :class:`KnownError`; the entry stays where it was.
    """

    changed = Signal()
    applied = Signal()
    undone = Signal(str)
    redone = Signal(str)
    refused = Signal(bool, object)

    def __init__(self, desk: Desk, parent: QObject | None = None, *, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._undo: list[UndoEntry] = []
        self._redo: list[UndoEntry] = []
        #: An undo or redo is being written.
        self.busy = False

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
        return bool(self._undo) and not self.busy

    def can_redo(self) -> bool:
        return bool(self._redo) and not self.busy

    def undo_text(self) -> str:
        return self._undo[-1].description if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].description if self._redo else ""

    def _revert(self, entry: UndoEntry) -> UndoEntry:
        # Later batches of the action are reverted first, all in one transaction: a refusal of
        # one leaves none reverted (the entry stays whole on the stack).
        reverted = history.undo_action_batches(self._desk, batch_ids=list(reversed(entry.batch_ids)))
        return UndoEntry(entry.description, tuple(reversed(reverted)))

    def undo(self) -> str | None:
        """Undo the last action; its description, or None when there was nothing to undo (or an
        undo or redo is still being written). :attr:`undone` says when it is done; a
        :class:`~fourthpillar.store.errors.KnownError` (:attr:`refused`) leaves the entry on the stack.
        """
        return self._step(self._undo, self._redo, undoing=True)

    def redo(self) -> str | None:
        """Redo the last undone action; its description, or None (see :meth:`undo`)."""
        return self._step(self._redo, self._undo, undoing=False)

    def _step(self, source: list[UndoEntry], target: list[UndoEntry], *, undoing: bool) -> str | None:
        if not source or self.busy:
            return None
        entry = source[-1]
        self.busy = True
        self.changed.emit()

        def done(reverted: UndoEntry) -> None:
            self.busy = False
            source[:] = [item for item in source if item is not entry]  # an action may have been pushed meanwhile
            target.append(reverted)
            self.changed.emit()
            self.applied.emit()
            (self.undone if undoing else self.redone).emit(entry.description)

        def refused(error: KnownError | ValidationFailed) -> None:
            self.busy = False
            self.changed.emit()
            self.refused.emit(undoing, error)

        def write(**_: Any) -> UndoEntry:
            return self._revert(entry)

        run_write(self._runner, write, on_done=done, on_refused=refused)
        return entry.description
