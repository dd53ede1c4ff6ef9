"""Initiatives with the longest name allowed, full of letters that fold to two ("ß" -> "ss"),
and imported sheets with names longer than Excel's.

The sort key (``name_key``) of such a name is longer than the name. SQLite kept it whole;
PostgreSQL refused it, so registering, renaming, importing or syncing such an initiative failed
with a traceback on the shared office database only.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
from sqlalchemy import select

from fourthpillar.services import importing
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import NAME_KEY_LENGTH
from fourthpillar.store.models import Initiative
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.search import fold

STREET = "Großstraße" * 20  # 200 characters, folding to 240
PLAIN = "Grossstrasse" * 16  # 192 characters that fold to the same start


def _stored_key(desk: Desk, initiative_id: str) -> str:
    with desk.database.session() as session:
        return session.scalars(select(Initiative.name_key).where(Initiative.id == initiative_id)).one()


def _listed_names(desk: Desk, search: str = "") -> list[str]:
    return [row.name for row in initiatives.list_initiatives(desk, query=ListQuery(search=search)).rows]


def test_registering_and_renaming_an_initiative_with_a_200_character_name_full_of_sz(any_desk: Desk) -> None:
    """Register and rename to names of 200 characters that fold longer than their column: both
    are saved, found by a search and sorted by their key's start, on SQLite and PostgreSQL."""
    assert len(STREET) == 200 and len(fold(STREET)) > NAME_KEY_LENGTH
    long_id = initiatives.register_initiative(any_desk, values={"name": STREET, "municipality": "Eupen"}).id
    initiatives.register_initiative(any_desk, values={"name": "Zuiderkruis", "municipality": "Gent"})
    initiatives.register_initiative(any_desk, values={"name": "Aalst helpt", "municipality": "Aalst"})
    assert initiatives.get_initiative(any_desk, initiative_id=long_id).name == STREET
    key = _stored_key(any_desk, long_id)
    assert len(key) == NAME_KEY_LENGTH and fold(STREET).startswith(key)
    assert _listed_names(any_desk) == ["Aalst helpt", STREET, "Zuiderkruis"]
    assert _listed_names(any_desk, "großstraße") == [STREET]

    renamed = "ẞ" + "ß" * 199
    initiatives.update_initiative(any_desk, initiative_id=long_id, changes={"name": renamed})
    assert initiatives.get_initiative(any_desk, initiative_id=long_id).name == renamed
    assert _stored_key(any_desk, long_id) == "s" * NAME_KEY_LENGTH
    assert _listed_names(any_desk) == ["Aalst helpt", renamed, "Zuiderkruis"]


def test_importing_a_spreadsheet_with_a_200_character_name_full_of_sz(any_desk: Desk, tmp_path: Path) -> None:
    """An import of such a name (and of a longer one, cut to 200 characters) completes instead
    of failing the whole transaction on PostgreSQL."""
    path = tmp_path / "register.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Naam", "Gemeente"])
        writer.writerow([STREET, "Eupen"])
        writer.writerow(["ß" * 250, "Kelmis"])
    result = importing.apply_import(any_desk, path=path)
    assert result.created == 2
    names = sorted(_listed_names(any_desk))
    assert names == sorted([STREET, "ß" * 200])
    with any_desk.database.session() as session:
        keys = session.scalars(select(Initiative.name_key)).all()
    assert sorted(len(key) for key in keys) == [NAME_KEY_LENGTH, NAME_KEY_LENGTH]


def test_syncing_and_resolving_a_rename_to_a_200_character_name_full_of_sz(any_desk: Desk, tmp_path: Path) -> None:
    """A field copy renames an initiative to such a name and syncs with the office database, and
    a conflict on the name is settled with another one: the office database takes both."""
    initiative_id = initiatives.register_initiative(any_desk, values={"name": "Straat", "municipality": "Eupen"}).id
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(any_desk, path=package).code
    laptop = open_desk(data_dir=sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).data_dir)
    try:
        officers.sign_in(laptop, name="Bert Claes", region="outside")
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"name": STREET})
        sync.sync_with(laptop, database_url=any_desk.database.url)
        assert initiatives.get_initiative(any_desk, initiative_id=initiative_id).name == STREET
        assert len(_stored_key(any_desk, initiative_id)) == NAME_KEY_LENGTH

        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"name": "ß" * 200})
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"name": PLAIN})
        sync.sync_with(laptop, database_url=any_desk.database.url)
        [conflict] = [view for view in sync.list_conflicts(any_desk) if view.field == "name"]
        chosen = "Straße" * 33 + "ßß"
        sync.resolve_conflict(any_desk, conflict_id=conflict.id, value=chosen)
        assert initiatives.get_initiative(any_desk, initiative_id=initiative_id).name == chosen
        assert _stored_key(any_desk, initiative_id) == fold(chosen)[:NAME_KEY_LENGTH]
        sync.sync_with(laptop, database_url=any_desk.database.url)
        assert initiatives.get_initiative(laptop, initiative_id=initiative_id).name == chosen
        assert _stored_key(laptop, initiative_id) == _stored_key(any_desk, initiative_id)
    finally:
        laptop.close()


def test_importing_a_sheet_with_a_name_longer_than_the_import_log_holds(any_desk: Desk, tmp_path: Path) -> None:
    """Excel keeps sheet names to 31 characters, but a file from elsewhere may carry 300: the
    import completes (the log of imports keeps the name's first 255 characters) instead of
    failing on PostgreSQL."""
    made = tmp_path / "made.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Blad1"
    sheet.append(["Naam", "Gemeente"])
    sheet.append(["Water voor Bukavu", "Mechelen"])
    workbook.save(made)
    long_title = "Register " + "ß" * 291
    path = tmp_path / "long-sheet.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/workbook.xml":
                data = data.replace(b'name="Blad1"', f'name="{long_title}"'.encode())
            target.writestr(name, data)
    result = importing.apply_import(any_desk, path=path)
    assert result.created == 1
    [run] = importing.list_import_runs(any_desk)
    assert run.sheet == long_title[:255] and run.file_name == "long-sheet.xlsx"
