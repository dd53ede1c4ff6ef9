"""`fourthpillar import ...` for admins' scripts. If these failed, a script could not tell a
refused import from an applied one, or a dry run would write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import snapshot
from import_corpus import write_xlsx

from fourthpillar.cli.main import main
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk


def run(data_dir: Path, *arguments: str) -> int:
    return main(["--data-dir", str(data_dir), "import", *arguments])


def counts(data_dir: Path) -> tuple[int, int, int, int]:
    desk: Desk = open_desk(data_dir=data_dir)
    try:
        return snapshot(desk)
    finally:
        desk.close()


def test_dry_run_prints_counts_and_problems_and_writes_nothing(data_dir: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    rows = [HEADERS, ROWS[0], [*ROWS[1][:6], "Atlantis"]]
    path = write_xlsx(tmp_path / "register.xlsx", rows)
    before = counts(data_dir)
    assert run(data_dir, "initiatives", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would be created: 2\n" in out and "duplicates skipped: 0\n" in out and "rows with problems: 1\n" in out
    assert "  row 3, Provincie: 'Atlantis' is not a province; kept in the notes" in out
    assert "dry run: nothing was written" in out
    assert counts(data_dir) == before


def test_import_applies_then_lists_and_undoes(data_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *ROWS])
    assert run(data_dir, "initiatives", str(path), "--json", "--map", "Opmerkingen=") == 0
    outcome = json.loads(capsys.readouterr().out)
    assert (outcome["created"], outcome["updated"], outcome["duplicates_skipped"]) == (2, 0, 0)
    assert outcome["mapping"]["Opmerkingen"] is None
    assert counts(data_dir)[0] == 2

    assert run(data_dir, "initiatives", str(path)) == 0
    assert "duplicates skipped: 2" in capsys.readouterr().out

    assert run(data_dir, "runs", "--json") == 0
    runs = json.loads(capsys.readouterr().out)
    assert [item["created"] for item in runs] == [0, 2]
    assert run(data_dir, "undo", outcome["run_id"]) == 0
    assert "2 initiatives archived" in capsys.readouterr().out
    assert run(data_dir, "undo", outcome["run_id"]) == 2
    assert "already undone" in capsys.readouterr().err


def test_a_refused_import_exits_2_with_one_line_and_writes_nothing(data_dir: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    before = counts(data_dir)
    assert run(data_dir, "initiatives", str(path)) == 2
    assert capsys.readouterr().err == ("fourthpillar: kapot.xlsx: the file is damaged or truncated "
                                       "(not a readable .xlsx or .ods)\n")
    good = write_xlsx(tmp_path / "goed.xlsx", [HEADERS, *ROWS])
    assert run(data_dir, "initiatives", str(good), "--map", "Tel=website") == 2
    assert "'website' is not a field to import into" in capsys.readouterr().err
    assert run(data_dir, "initiatives", str(good), "--map", "Fax=notes") == 2
    assert "there is no column 'Fax'" in capsys.readouterr().err
    assert counts(data_dir) == before
