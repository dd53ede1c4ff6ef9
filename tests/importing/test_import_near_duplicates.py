"""The import preview marks rows that look like an initiative already in the register, even when
the exact key (enterprise number, or name and municipality) differs, and the officer decides
each such row.

If these fail, an old spreadsheet brings "Brug naar Kotonou vzw" in beside "Brug naar Cotonou"
without a word, or the officer cannot keep one row out of an otherwise good import.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_corpus import write_xlsx

from fourthpillar.importing.reading import ImportRefused
from fourthpillar.services import importing
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery


@pytest.fixture
def sheet(desk: Desk, tmp_path: Path) -> Path:
    initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou", "postcode": "9000",
                                                  "municipality": "Gent"})
    path = tmp_path / "oude lijst.xlsx"
    write_xlsx(path, [["Naam", "Postcode", "Gemeente"],
                      ["Brug naar Kotonou vzw", "9000", "Gent"],
                      ["Water voor Bukavu", "2000", "Antwerpen"]])
    return path


def _names(desk: Desk) -> list[str]:
    return sorted(row.name for row in initiatives.list_initiatives(desk, query=ListQuery()).rows)


def test_a_near_match_is_marked_and_created_unless_the_officer_skips_it(desk: Desk, sheet: Path) -> None:
    preview = importing.preview_import(desk, path=sheet)
    [near] = preview.duplicates
    assert (near.row, near.name, near.matched_name, near.action) == (2, "Brug naar Kotonou vzw",
                                                                    "Brug naar Cotonou", "create")
    assert near.score is not None and near.score >= 80
    assert preview.to_create == 2
    decided = importing.decide_rows(preview, decisions={2: "skip"})
    assert decided.to_create == 1 and decided.duplicates[0].action == "skip"
    importing.apply_import(desk, preview=decided)
    assert _names(desk) == ["Brug naar Cotonou", "Water voor Bukavu"]


def test_created_anyway_when_the_officer_says_so(desk: Desk, sheet: Path) -> None:
    preview = importing.preview_import(desk, path=sheet)
    importing.apply_import(desk, preview=importing.decide_rows(preview, decisions={2: "create"}))
    assert _names(desk) == ["Brug naar Cotonou", "Brug naar Kotonou vzw", "Water voor Bukavu"]


def test_only_marked_rows_can_be_decided(desk: Desk, sheet: Path) -> None:
    preview = importing.preview_import(desk, path=sheet)
    with pytest.raises(ImportRefused, match="row 3"):
        importing.decide_rows(preview, decisions={3: "skip"})
