"""`import runs` tells the truth whichever way an import was undone or redone.

If these failed, an officer who took an import back with Ctrl+Z (or from History) would still
see it listed as applied, undo it a second time from the import list, or see a redone import
listed as undone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import write_csv
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.cli.main import main
from fourthpillar.services import history
from fourthpillar.services import importing
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import Change
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.undo import UndoStack


def imported(desk: Desk, tmp_path: Path, **options: str) -> importing.ImportResult:
    return importing.apply_import(desk, path=write_csv(tmp_path / "register.csv", [HEADERS, *ROWS]), **options)


def run_state(desk: Desk, run_id: str) -> str:
    [run] = [run for run in importing.list_import_runs(desk) if run.id == run_id]
    return "applied" if run.undone_at is None else "undone"


def live_initiatives(desk: Desk) -> int:
    return initiatives.list_initiatives(desk, query=ListQuery()).total


def change_rows(desk: Desk) -> int:
    with desk.database.session() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


def test_ctrl_z_marks_the_import_undone_and_redo_marks_it_applied(any_desk: Desk, tmp_path: Path) -> None:
    """Undo by the import's batch (what Ctrl+Z calls), redo, undo again: the run follows each step."""
    desk = any_desk
    result = imported(desk, tmp_path)
    assert run_state(desk, result.run_id) == "applied" and live_initiatives(desk) == 2

    redo_batch = history.undo_action(desk, batch_id=result.batch_id)
    assert run_state(desk, result.run_id) == "undone" and live_initiatives(desk) == 0

    undo_again = history.undo_action(desk, batch_id=redo_batch)
    assert run_state(desk, result.run_id) == "applied" and live_initiatives(desk) == 2

    history.undo_action(desk, batch_id=undo_again)
    assert run_state(desk, result.run_id) == "undone" and live_initiatives(desk) == 0


def test_the_edit_menu_undo_and_redo_of_an_import_show_in_import_runs(desk: Desk, tmp_path: Path,
                                                                       qapp: object) -> None:
    """Through the main window's undo stack, as File ▸ Import pushes it and Ctrl+Z / Ctrl+Shift+Z run it."""
    result = imported(desk, tmp_path)
    stack = UndoStack(desk)
    stack.push("Import from register.csv", result.batch_id)
    stack.undo()
    assert run_state(desk, result.run_id) == "undone"
    stack.redo()
    assert run_state(desk, result.run_id) == "applied" and live_initiatives(desk) == 2
    stack.undo()
    assert run_state(desk, result.run_id) == "undone" and live_initiatives(desk) == 0


def test_undo_import_after_ctrl_z_says_already_undone_and_writes_nothing(any_desk: Desk, tmp_path: Path) -> None:
    desk = any_desk
    result = imported(desk, tmp_path)
    history.undo_action(desk, batch_id=result.batch_id)
    before = change_rows(desk)
    with pytest.raises(importing.ImportRefused, match=r"import of register\.csv was already undone on"):
        importing.undo_import(desk, run_id=result.run_id)
    assert change_rows(desk) == before and live_initiatives(desk) == 0


def test_an_import_redone_after_ctrl_z_can_be_undone_from_the_import_list(any_desk: Desk, tmp_path: Path) -> None:
    desk = any_desk
    result = imported(desk, tmp_path)
    redo_batch = history.undo_action(desk, batch_id=result.batch_id)
    history.undo_action(desk, batch_id=redo_batch)

    undone = importing.undo_import(desk, run_id=result.run_id)
    assert undone.archived == 2 and live_initiatives(desk) == 0
    assert run_state(desk, result.run_id) == "undone"
    # Redoing that undo (History, or Ctrl+Shift+Z) brings it back and says so.
    history.undo_action(desk, batch_id=undone.undo_batch_id)
    assert run_state(desk, result.run_id) == "applied" and live_initiatives(desk) == 2


def test_undoing_a_stale_batch_does_not_flip_the_run(desk: Desk, tmp_path: Path) -> None:
    """History can undo the import's own batch again while it is undone: nothing to take back,
    and the run must not turn 'applied' as if it had been redone."""
    result = imported(desk, tmp_path)
    undone = importing.undo_import(desk, run_id=result.run_id)
    history.undo_action(desk, batch_id=result.batch_id)
    assert run_state(desk, result.run_id) == "undone" and live_initiatives(desk) == 0
    # The batch that undid it still redoes it.
    history.undo_action(desk, batch_id=undone.undo_batch_id)
    assert run_state(desk, result.run_id) == "applied" and live_initiatives(desk) == 2


def test_ctrl_z_of_an_import_that_filled_existing_initiatives_is_marked_too(desk: Desk, tmp_path: Path) -> None:
    initiatives.register_initiative(desk, values={"name": "Water voor Bukavu", "municipality": "Mechelen"})
    result = imported(desk, tmp_path, on_duplicate="fill")
    assert (result.created, result.updated) == (1, 1)
    history.undo_action(desk, batch_id=result.batch_id)
    assert run_state(desk, result.run_id) == "undone"
    [row] = initiatives.list_initiatives(desk, query=ListQuery()).rows
    assert row.name == "Water voor Bukavu"


def test_other_imports_keep_their_state(desk: Desk, tmp_path: Path) -> None:
    first = imported(desk, tmp_path)
    second = importing.apply_import(desk, path=write_csv(tmp_path / "more.csv", [
        HEADERS, ["Brug naar Cotonou", None, None, None, "8800", "Roeselare"]]))
    history.undo_action(desk, batch_id=second.batch_id)
    assert (run_state(desk, first.run_id), run_state(desk, second.run_id)) == ("applied", "undone")


def test_the_command_line_lists_an_import_undone_by_ctrl_z(data_dir: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "register.csv", [HEADERS, *ROWS])
    assert main(["--data-dir", str(data_dir), "import", "initiatives", str(path)]) == 0
    capsys.readouterr()
    desk = open_desk(data_dir=data_dir)
    try:
        [run] = importing.list_import_runs(desk)
        redo_batch = history.undo_action(desk, batch_id=run.batch_id)
    finally:
        desk.close()

    assert main(["--data-dir", str(data_dir), "import", "runs"]) == 0
    listed = capsys.readouterr().out
    assert "register.csv" in listed and " undone " in listed and "applied" not in listed
    assert main(["--data-dir", str(data_dir), "import", "undo", run.id]) == 2
    assert "already undone" in capsys.readouterr().err

    desk = open_desk(data_dir=data_dir)
    try:
        history.undo_action(desk, batch_id=redo_batch)
    finally:
        desk.close()
    assert main(["--data-dir", str(data_dir), "import", "runs"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("applied")
