"""Importing as the office does it: the sample register, duplicates, undo, one transaction.

If these failed, an officer importing the office's spreadsheet would get wrong provinces or
countries, duplicates of initiatives already registered, or an import that cannot be taken back.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import snapshot
from import_corpus import write_csv
from import_corpus import write_xlsx
from sqlalchemy import select

from fourthpillar.jobs import Cancelled
from fourthpillar.services import history
from fourthpillar.services import importing
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.queries import ListQuery

# The office's sample spreadsheet lies in the shared folder beside the checkout.
SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "initiatives_sample.xlsx"


def live(desk: Desk) -> dict[str, Initiative]:
    with desk.database.session() as session:
        records = session.scalars(select(Initiative).where(Initiative.archived_at.is_(None))).all()
        return {f"{record.name}|{record.municipality}": record for record in records}


@pytest.mark.skipif(not SAMPLE.exists(), reason="the office's sample spreadsheet is not available")
def test_the_sample_register_imports_with_provinces_countries_and_duplicates_understood(desk: Desk) -> None:
    preview = importing.preview_import(desk, path=SAMPLE)
    assert (preview.sheet, preview.header_row) == ("Blad1", 3)
    assert preview.mapping == {
        "Naam": "name", "Vorm": "legal_form", "KBO-nummer": "enterprise_number", "Adres": "street",
        "PC": "postcode", "Woonplaats": "municipality", "Prov.": "province", "Landen": "partner_countries",
        "Sector": "themes", "Contact": "contact_name", "Mail": "contact_email", "Telefoon": "contact_phone",
        "Opgericht in": "founded_year", "Panel": "panel_member", "Notities": "notes",
    }
    assert (preview.to_create, preview.to_update, preview.duplicates_skipped) == (298, 0, 17)
    # Row 318 repeats row 283; row 148 is row 6 in capitals; row 77 has row 25's enterprise number.
    pairs = {(duplicate.row, duplicate.matched_row, duplicate.reason) for duplicate in preview.duplicates}
    assert {(318, 283, "enterprise_number"), (148, 6, "enterprise_number"), (77, 25, "enterprise_number"),
            (278, 32, "name_municipality")} <= pairs
    reasons = [(problem.row, problem.column) for problem in preview.problems]
    assert (20, "Mail") in reasons and (264, "KBO-nummer") in reasons
    assert all(problem.severity == "warning" for problem in preview.problems)

    before = snapshot(desk)
    result = importing.apply_import(desk, preview=preview)
    assert (result.created, result.updated, result.duplicates_skipped) == (298, 0, 17)
    assert snapshot(desk)[0] == before[0] + 298

    records = live(desk)
    brug = records["Brug naar Cotonou|Roeselare"]
    assert brug.province == "west-vlaanderen"  # "W-Vl"
    assert brug.partner_countries == ["NI", "BR"]  # "Nicaragua en Brasil"
    assert brug.themes == ["water-sanitation", "vocational-training"]
    assert brug.enterprise_number == "1490.170.913" and brug.founded_year == 2015
    assert records["BRUG NAAR COTONOU 296|Schaarbeek"].province == "brussel"  # "BHG"
    assert records["Steun aan Oudenburg|Ieper"].partner_countries == ["CD"]  # "Congo (DRC)"
    samen = records["Samen met Hue 275|Ieper"]
    assert samen.legal_form == "vzw" and "in oprichting" in samen.tags  # "vzw (in oprichting)"
    assert samen.notes == "AT&amp;T-fonds" and samen.panel_member is False
    cusco = records["Solidariteit met Cusco|Lier"]
    assert cusco.province == "antwerpen" and cusco.partner_countries == ["BR", "MA"]  # "prov. Antwerpen"
    thies = records["Vrienden van Thiès|Ieper"]
    assert "Mail: jan.peeters@@telenet.be" in thies.notes  # not understood: kept, not dropped
    assert thies.founded_year == 1987 and thies.panel_member is True
    with desk.database.session() as session:
        contact = session.scalars(select(ContactPerson).where(ContactPerson.initiative_id == brug.id)).one()
        assert (contact.name, contact.email) == ("Sarah Viaene Bauwens", "ljanssens@example.net")


def test_undo_removes_the_whole_import_in_one_step(any_desk: Desk, tmp_path: Path) -> None:
    desk = any_desk
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *ROWS], title="Register 2024")
    result = importing.apply_import(desk, path=path)
    assert result.created == 2
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 2
    [run] = importing.list_import_runs(desk)
    assert (run.file_name, run.sheet, run.created, run.undone_at) == ("register.xlsx", "Register", 2, None)

    undone = importing.undo_import(desk, run_id=run.id)
    assert undone.archived == 2
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 0
    with desk.database.session() as session:
        assert session.scalars(select(ContactPerson).where(ContactPerson.archived_at.is_(None))).all() == []
    assert importing.list_import_runs(desk)[0].undone_at is not None
    with pytest.raises(importing.ImportRefused, match="already undone"):
        importing.undo_import(desk, run_id=run.id)
    # The undo is itself an action: undoing it brings the import back.
    history.undo_action(desk, batch_id=undone.undo_batch_id)
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 2


def test_the_general_undo_also_undoes_an_import(desk: Desk, tmp_path: Path) -> None:
    result = importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, *ROWS]))
    history.undo_action(desk, batch_id=result.batch_id)
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 0


def test_duplicates_of_the_register_skip_fill_or_create(any_desk: Desk, tmp_path: Path) -> None:
    desk = any_desk
    initiatives.register_initiative(desk, values={"name": "Water voor Bukavu", "municipality": "Mechelen"})
    initiatives.register_initiative(desk, values={"name": "Vrienden van Thies VZW", "municipality": "roeselare",
                                                  "notes": "al gekend"})
    path = write_xlsx(tmp_path / "r.xlsx", [HEADERS, *ROWS])

    skip = importing.preview_import(desk, path=path)
    assert (skip.to_create, skip.to_update, skip.duplicates_skipped) == (0, 0, 2)
    assert {duplicate.reason for duplicate in skip.duplicates} == {"name_municipality"}

    result = importing.apply_import(desk, path=path, on_duplicate="fill")
    assert (result.created, result.updated) == (0, 2)
    records = live(desk)
    water = records["Water voor Bukavu|Mechelen"]
    assert water.enterprise_number == "0270.572.293" and water.partner_countries == ["CD"]
    thies = records["Vrienden van Thies VZW|roeselare"]
    assert thies.notes == "al gekend"  # filled only empty fields
    assert thies.legal_form == "fv" and thies.partner_countries == ["SN", "ML"]

    importing.undo_import(desk, run_id=result.run_id)
    records = live(desk)
    assert records["Water voor Bukavu|Mechelen"].enterprise_number is None  # the fill is undone too
    assert len(records) == 2

    created = importing.apply_import(desk, path=path, on_duplicate="create")
    assert created.created == 2
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 4


def test_create_anyway_never_registers_an_enterprise_number_twice(desk: Desk, tmp_path: Path) -> None:
    initiatives.register_initiative(desk, values={"name": "Ander", "enterprise_number": "0270572293"})
    result = importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, ROWS[0]]),
                                    on_duplicate="create")
    assert result.created == 1
    assert any("already registered for 'Ander'; kept in the notes" in p.reason for p in result.problems)
    water = live(desk)["Water voor Bukavu|Mechelen"]
    assert water.enterprise_number is None and "0270.572.293" in water.notes


def test_duplicates_within_the_file_are_found(desk: Desk, tmp_path: Path) -> None:
    rows = [HEADERS, ROWS[0], ["WATER VOOR BUKAVU v.z.w.", None, None, None, None, "mechelen"], ROWS[1]]
    preview = importing.preview_import(desk, path=write_xlsx(tmp_path / "r.xlsx", rows))
    assert preview.to_create == 2
    [duplicate] = preview.duplicates
    assert (duplicate.row, duplicate.matched_row, duplicate.action) == (3, 2, "skip")


def triggers(desk: Desk) -> list[tuple[str, str]]:
    """The change log's triggers (SQLite) as stored: the import may set some aside, never lose them."""
    if desk.database.engine.dialect.name != "sqlite":
        return []
    with desk.database.engine.connect() as connection:
        return sorted(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'change'").all())


def test_an_import_is_written_whole_or_not_at_all(any_desk: Desk, tmp_path: Path) -> None:
    """Cancelled after the first 1,000 rows were inserted: the transaction leaves nothing behind."""
    desk = any_desk
    rows = [HEADERS] + [[f"Initiatief {number}", None, None, None, "9000", "Gent"] for number in range(2500)]
    path = write_csv(tmp_path / "groot.csv", rows)
    preview = importing.preview_import(desk, path=path)
    before = snapshot(desk)
    triggers_before = triggers(desk)
    assert triggers_before or desk.database.engine.dialect.name != "sqlite"
    chunks: list[int] = []

    def cancelled() -> bool:
        return len(chunks) >= 1

    with pytest.raises(Cancelled):
        importing.apply_import(desk, preview=preview, progress=lambda done, total: chunks.append(done),
                               is_cancelled=cancelled)
    assert chunks == [1000]
    assert snapshot(desk) == before
    assert triggers(desk) == triggers_before  # set aside during the import, back after the rollback
    assert importing.apply_import(desk, preview=preview).created == 2500
    assert triggers(desk) == triggers_before


def test_a_file_changed_since_the_preview_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [HEADERS, *ROWS])
    preview = importing.preview_import(desk, path=path)
    write_xlsx(path, [HEADERS, ROWS[0]])
    before = snapshot(desk)
    with pytest.raises(importing.ImportRefused, match="the file changed since the preview"):
        importing.apply_import(desk, preview=preview)
    assert snapshot(desk) == before


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8"), (",", "utf-8-sig"), (";", "cp1252"),
                                                    ("\t", "utf-16")])
def test_csv_with_comma_or_semicolon_in_utf8_or_cp1252(desk: Desk, tmp_path: Path, delimiter: str,
                                                      encoding: str) -> None:
    path = write_csv(tmp_path / "r.csv", [["Lijst van 2024"], [], HEADERS, *ROWS], delimiter=delimiter,
                     encoding=encoding)
    preview = importing.preview_import(desk, path=path)
    assert (preview.header_row, preview.to_create, preview.problems) == (3, 2, [])
    assert preview.plan is not None
    thies = preview.plan.rows[1].values
    assert thies["name"] == "Vrienden van Thiès" and thies["partner_countries"] == ["SN", "ML"]


def test_every_sheet_can_be_chosen(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Leeg"]], sheets={"Register 2024": [HEADERS, *ROWS]})
    assert importing.list_sheets(path=path) == ["Register", "Register 2024"]
    assert importing.preview_import(desk, path=path, sheet="Register 2024").to_create == 2


def test_rows_without_a_name_are_listed_and_the_rest_imported(desk: Desk, tmp_path: Path) -> None:
    rows = [HEADERS, ROWS[0], [None, "vzw", None, None, "9000", "Gent"]]
    result = importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", rows))
    assert (result.created, result.not_imported, result.rows_with_problems) == (1, 1, 1)
    assert result.problems[0].row == 3 and result.problems[0].severity == "error"


def test_imported_initiatives_have_the_same_history_as_registered_ones(desk: Desk, tmp_path: Path) -> None:
    """The bulk insert writes the change log ChangeWriter.create writes: history and sync see no difference."""
    result = importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, ROWS[0]]))
    imported = live(desk)["Water voor Bukavu|Mechelen"]
    values = {name: getattr(imported, name) for name in Initiative.FIELDS}
    registered = initiatives.register_initiative(desk, values={**values, "enterprise_number": None})

    def fields(record_id: str) -> dict[str | None, tuple[str, str | None, str | None]]:
        return {entry.field: (entry.operation, entry.old_value, entry.new_value)
                for entry in history.record_history(desk, entity="initiative", record_id=record_id)}

    imported_history = fields(imported.id)
    registered_history = fields(registered.id)
    assert imported_history.pop("enterprise_number") == ("create", "null", '"0270.572.293"')
    assert imported_history == registered_history
    assert {entry.batch_id for entry in history.record_history(desk, entity="initiative",
                                                               record_id=imported.id)} == {result.batch_id}
    detail = initiatives.get_initiative(desk, initiative_id=imported.id)
    assert [contact.name for contact in detail.contacts] == ["An Peeters"]
    assert [row.name for row in initiatives.list_initiatives(desk, query=ListQuery(search="bukavu")).rows] == [
        "Water voor Bukavu", "Water voor Bukavu"]  # found by full-text search too


def test_imported_changes_carry_the_sync_identity_the_trigger_gives_registered_ones(any_desk: Desk,
                                                                                   tmp_path: Path) -> None:
    """Sync merges by (replica, seq), parents and context: an import must look like any other creation."""
    desk = any_desk
    from fourthpillar.store.models import Change
    from fourthpillar.store.models import Replica

    importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, ROWS[0]]))
    imported = live(desk)["Water voor Bukavu|Mechelen"]
    registered = initiatives.register_initiative(desk, values={"name": "Ander", "municipality": "Gent"})

    def stamps(record_id: str) -> list[tuple[str | None, str | None, bool, bool]]:
        with desk.database.session() as session:
            rows = session.scalars(select(Change).where(Change.entity_id == record_id).order_by(Change.seq)).all()
            state = next(f"{row.replica_id}:{row.seq}" for row in rows if row.field is None)
            assert all(row.seq is not None for row in rows)
            return sorted({(None if row.field is None else "field", row.parents, row.context == state, row.is_head)
                           for row in rows}, key=str)

    assert stamps(imported.id) == stamps(registered.id)
    with desk.database.session() as session:
        seqs = session.scalars(select(Change.seq).where(Change.replica_id == desk.replica_id)).all()
        assert sorted(seqs) == list(range(1, len(seqs) + 1))  # no gap, no duplicate
        assert session.get(Replica, desk.replica_id).held == len(seqs)  # type: ignore[union-attr]


@pytest.mark.parametrize(("sql", "idle"), [
    ("CREATE TRIGGER t AFTER INSERT ON change WHEN NEW.seq IS NULL AND NEW.operation = 'create'\nBEGIN x; END", True),
    ("CREATE TRIGGER t AFTER INSERT ON change WHEN NEW.seq IS NULL BEGIN x; END", True),
    ("CREATE TRIGGER t AFTER INSERT ON change WHEN NEW.seq IS NULL OR NEW.field = 'x' BEGIN x; END", False),
    ("CREATE TRIGGER t AFTER INSERT ON change WHEN NEW.seq IS NULL AND (1 OR 2) BEGIN x; END", False),
    ("CREATE TRIGGER t AFTER INSERT ON change BEGIN x; END", False),
    ("CREATE TRIGGER t AFTER UPDATE ON change WHEN NEW.seq IS NULL BEGIN x; END", False),
])
def test_only_triggers_that_cannot_act_on_stamped_rows_are_set_aside(sql: str, idle: bool) -> None:
    from fourthpillar.store.stamping import idle_for_stamped_rows

    assert idle_for_stamped_rows(sql) is idle


@pytest.mark.parametrize("value", ["Water voor Bukavu", 'Ëlèvé "quoted" \\ back\nslash\ttab', "AT&amp;T <b>", "",
                                   1998, 0, -3, ["CD", "RW"], ["ünï", 'a"b'], [], True, None, 2.5])
def test_the_import_encodes_change_values_exactly_as_the_change_writer(value: object) -> None:
    from fourthpillar.importing.apply import _encode
    from fourthpillar.services.changes import encode_value

    assert _encode(value) == encode_value(value)


def test_a_backup_copy_is_made_before_the_import_writes(desk: Desk, tmp_path: Path) -> None:
    from fourthpillar.services import backups

    before = [info.reason for info in backups.list_backups(desk)]
    importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, *ROWS]))
    assert [info.reason for info in backups.list_backups(desk)].count("import") == before.count("import") + 1


def test_imported_moments_are_stored_in_the_same_form_as_registered_ones(desk: Desk, tmp_path: Path) -> None:
    """The import writes its timestamps through a shortcut: a different text form would sort and
    compare wrongly against every other row (history order, sync, 'changed since')."""
    result = importing.apply_import(desk, path=write_xlsx(tmp_path / "r.xlsx", [HEADERS, ROWS[0]]))
    registered = initiatives.register_initiative(desk, values={"name": "Registered by hand"})
    assert desk.database.sqlite_path is not None
    with cipher.connect(desk.database.sqlite_path) as connection:
        def shapes(sql: str, key: str) -> set[str]:
            return {re.sub(r"\d", "9", f"{kind}:{value}") for kind, value in connection.execute(sql, (key,))}

        imported = shapes("SELECT typeof(changed_at), changed_at FROM change WHERE batch_id = ?", result.batch_id)
        by_hand = shapes("SELECT typeof(changed_at), changed_at FROM change WHERE entity_id = ?", registered.id)
        assert imported == by_hand and len(imported) == 1
        assert shapes("SELECT typeof(created_at), created_at FROM initiative WHERE name = ?", "Water voor Bukavu") \
            == shapes("SELECT typeof(created_at), created_at FROM initiative WHERE id = ?", registered.id)


def test_rows_that_repeat_codes_share_them_but_keep_their_own_lists(desk: Desk, tmp_path: Path) -> None:
    """The preview keeps one copy of a code many rows repeat (a large file fits in memory), but
    never one list for several rows: if it did, changing one initiative's countries while
    importing would change them for every row that named the same countries."""
    rows = [[f"Initiatief {number}", "vzw", None, "Kerkstraat 1", "8800", "Roeselare", "W-Vl", "Sénégal en Mali",
             "onderwijs", None, None, None, None, None, None] for number in range(3)]
    path = write_xlsx(tmp_path / "r.xlsx", [HEADERS, *rows])
    preview = importing.preview_import(desk, path=path)
    assert preview.plan is not None
    first, second, third = (row.values for row in preview.plan.rows)
    assert first["legal_form"] is second["legal_form"] is third["legal_form"] == "vzw"
    assert first["partner_countries"] == second["partner_countries"] == ["SN", "ML"]
    assert first["partner_countries"][0] is second["partner_countries"][0]
    assert first["partner_countries"] is not second["partner_countries"]
    first["partner_countries"].append("BE")
    assert second["partner_countries"] == ["SN", "ML"]
    result = importing.apply_import(desk, preview=preview)
    assert result.created == 3
