"""The undo stack over change batches."""

from __future__ import annotations

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.undo import UndoStack


def test_undo_and_redo_an_edit(desk: Desk) -> None:
    """Ctrl+Z after renaming must give the old name back, Ctrl+Shift+Z the new one again."""
    saved = initiatives.register_initiative(desk, values={"name": "Oud"})
    stack = UndoStack(desk)
    changed = initiatives.update_initiative(desk, initiative_id=saved.id, changes={"name": "Nieuw"})
    stack.push("Rename", changed.batch_id)
    assert stack.undo_text() == "Rename" and not stack.can_redo()
    assert stack.undo() == "Rename"
    assert initiatives.get_initiative(desk, initiative_id=saved.id).name == "Oud"
    assert stack.redo_text() == "Rename" and not stack.can_undo()
    assert stack.redo() == "Rename"
    assert initiatives.get_initiative(desk, initiative_id=saved.id).name == "Nieuw"
    assert stack.undo() == "Rename"
    assert initiatives.get_initiative(desk, initiative_id=saved.id).name == "Oud"


def test_new_action_clears_redo(desk: Desk) -> None:
    """After undoing and doing something else, the undone action cannot come back (it would
    overwrite the newer change)."""
    saved = initiatives.register_initiative(desk, values={"name": "A"})
    stack = UndoStack(desk)
    stack.push("Archive", initiatives.archive_initiative(desk, initiative_id=saved.id).batch_id)
    stack.undo()
    assert stack.can_redo()
    stack.push("Rename", initiatives.update_initiative(desk, initiative_id=saved.id,
                                                       changes={"name": "B"}).batch_id)
    assert not stack.can_redo()
    assert stack.undo() == "Rename"
    assert stack.undo() is None
