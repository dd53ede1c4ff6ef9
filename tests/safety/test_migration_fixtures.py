"""A register made by any released schema version opens in today's app with every row and value intact.

``tests/fixtures/schema-<revision>.sqlite`` is a register as the app at that revision left it, and
``schema-<revision>.json`` lists every row it holds (both made once by tools/make-migration-fixture,
never remade: see tests/fixtures/README.md). Each test copies a fixture into a data folder and
opens it the way the app does (``open_desk``: a copy first, then the upgrade to the head).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from fourthpillar import paths
from fourthpillar.services import backups
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher
from fourthpillar.store import import_models  # noqa: F401 - puts import_run on Base.metadata
from fourthpillar.store.backup import COUNTED_TABLES
from fourthpillar.store.migrate import SCHEMA_HEAD
from fourthpillar.store.migrate import _config
from fourthpillar.store.models import Base
from fourthpillar.store.queries import ListQuery

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_REVISIONS = sorted(path.stem.removeprefix("schema-") for path in FIXTURES.glob("schema-*.sqlite"))

#: A migration that drops or renames a column on purpose says so here, so the comparison below
#: knows where the value went: {(table, old column): new column, or None when dropped}.
MOVED_COLUMNS: dict[tuple[str, str], str | None] = {}


def folded_creations(manifest: dict[str, Any]) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Migration 0014 folds each creation's per-field rows into its record's create row (one JSON
    object of the filled-in fields, store.creations): per-field row key -> its create row's key."""
    rows = manifest["tables"].get("change", {}).get("rows", [])
    states = {(row["entity"], row["entity_id"], row["batch_id"]): (row["id"],) for row in rows
              if row["operation"] == "create" and row["field"] is None}
    return {(row["id"],): states[key] for row in rows
            if row["operation"] == "create" and row["field"] is not None
            and (key := (row["entity"], row["entity_id"], row["batch_id"])) in states}


def schema_chain() -> list[str]:
    """Every revision from the first to the head, as Alembic applies them."""
    script = ScriptDirectory.from_config(_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def load_manifest(revision: str) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((FIXTURES / f"schema-{revision}.json").read_text(encoding="utf-8"))
    assert manifest["revision"] == revision
    return manifest


def read_tables(path: Path, tables: dict[str, Any]) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    """The rows of *tables* (manifest entries) in the file at *path*, by primary key."""
    connection = cipher.connect(path)
    try:
        result: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        for table, content in tables.items():
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [column[0] for column in cursor.description]
            rows = [dict(zip(names, values, strict=True)) for values in cursor]
            result[table] = {tuple(row[name] for name in content["key"]): row for row in rows}
        return result
    finally:
        connection.close()


def expected_rows(manifest: dict[str, Any], table: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    content = manifest["tables"][table]
    return {tuple(row[name] for name in content["key"]): row for row in content["rows"]}


def open_fixture(revision: str, folder: Path) -> Desk:
    """The fixture copied into *folder* as its register, opened (and so upgraded) as the app does."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", paths.database_path(folder))
    return open_desk(data_dir=folder)


@dataclass(frozen=True)
class Upgraded:
    revision: str
    desk: Desk


@pytest.fixture(scope="module", params=FIXTURE_REVISIONS)
def upgraded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upgraded]:
    """One upgraded copy per fixture, shared by the tests that only read it."""
    revision: str = request.param
    desk = open_fixture(revision, tmp_path_factory.mktemp(f"schema-{revision}"))
    yield Upgraded(revision, desk)
    desk.close()


def database_file(desk: Desk) -> Path:
    path = desk.database.sqlite_path
    assert path is not None
    return path


# --- the fixture set ------------------------------------------------------------------------


def test_every_schema_revision_has_a_fixture() -> None:
    """Databases at every schema revision exist in the field: one without a fixture is an
    upgrade nobody tests (a new migration's author makes it with tools/make-migration-fixture)."""
    chain = schema_chain()
    assert chain[-1] == SCHEMA_HEAD
    missing = [revision for revision in chain
               if not (FIXTURES / f"schema-{revision}.sqlite").exists()
               or not (FIXTURES / f"schema-{revision}.json").exists()]
    assert not missing, (
        f"no database fixture for schema revision(s) {', '.join(missing)}: run "
        f"`.venv/bin/python tools/make-migration-fixture {' '.join(missing)}` and commit tests/fixtures/")
    unknown = sorted(set(FIXTURE_REVISIONS) - set(chain))
    assert not unknown, f"fixtures for revisions no longer in the migration chain: {', '.join(unknown)}"


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_fixture_is_still_what_its_manifest_says(revision: str, tmp_path: Path) -> None:
    """A fixture stands for databases in the field: if it no longer matches its manifest, it was
    changed or remade, and the upgrade tests below would no longer test what was released."""
    manifest = load_manifest(revision)
    fixture = FIXTURES / f"schema-{revision}.sqlite"
    assert fixture.stat().st_size < 400 * 1024
    path = tmp_path / fixture.name  # read a copy: the committed file is never opened for writing
    shutil.copyfile(fixture, path)
    connection = cipher.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    finally:
        connection.close()
    stored = read_tables(path, manifest["tables"])
    for table in manifest["tables"]:
        assert stored[table] == expected_rows(manifest, table), f"{path.name}: table {table} differs from its manifest"


# --- upgrading each fixture -----------------------------------------------------------------


def test_upgrade_keeps_every_row_and_value(upgraded: Upgraded) -> None:
    """Upgrading the app must not lose or alter a single record, field value or history entry."""
    revision = upgraded.revision
    manifest = load_manifest(revision)
    stored = read_tables(database_file(upgraded.desk), manifest["tables"])
    problems: list[str] = []
    folded = folded_creations(manifest)
    creations: dict[tuple[Any, ...], dict[str, Any]] = {}
    for table in manifest["tables"]:
        now = stored[table]
        for key, before in expected_rows(manifest, table).items():
            after = now.get(key)
            if table == "change" and key in folded:  # its value now lives in its record's create row
                creations.setdefault(folded[key], {})[before["field"]] = json.loads(before["new_value"])
                continue
            if after is None:
                problems.append(f"{table} {key}: row lost")
                continue
            for column, value in before.items():
                if table == "change" and column == "new_value" and key in set(folded.values()) and value is None:
                    continue  # a create row that took its fields (checked below)
                target = MOVED_COLUMNS.get((table, column), column)
                if target is None:
                    continue
                if target not in after:
                    problems.append(f"{table}.{column}: column gone (list it in MOVED_COLUMNS if meant)")
                    break
                if after[target] != value:
                    problems.append(f"{table} {key} {column}: {value!r} became {after[target]!r}")
    for key, values in creations.items():
        after = stored["change"].get(key)
        held = json.loads(after["new_value"] or "null") if after is not None else None
        if held != values:
            problems.append(f"change {key}: the creation holds {held!r}, not its fields {values!r}")
    assert not problems, f"upgrading schema-{revision} changed data:\n" + "\n".join(problems[:30])


def test_columns_added_by_later_migrations_hold_sensible_values(upgraded: Upgraded) -> None:
    """Rows from before a column existed must get a value the app can work with: no NULL where
    the model requires a value, and a change log that sync can number and merge."""
    path = database_file(upgraded.desk)
    connection = cipher.connect(path)
    try:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if column.nullable:
                    continue
                nulls = connection.execute(
                    f'SELECT count(*) FROM "{table.name}" WHERE "{column.name}" IS NULL').fetchone()[0]
                assert nulls == 0, f"{table.name}.{column.name} is NULL in {nulls} row(s)"
        unnumbered = connection.execute(
            "SELECT count(*) FROM change WHERE seq IS NULL OR parents IS NULL").fetchone()[0]
        assert unnumbered == 0, "changes without a sync number or parents"
        held = dict(connection.execute("SELECT id, held FROM replica").fetchall())
        numbered = connection.execute(
            "SELECT replica_id, count(*), count(DISTINCT seq), max(seq) FROM change GROUP BY replica_id").fetchall()
        # The numbers of the per-field creation rows migration 0014 folded away stay unused.
        manifest = load_manifest(upgraded.revision)
        rows = {(row["id"],): row for row in manifest["tables"].get("change", {}).get("rows", [])}
        gaps: dict[str, int] = {}
        for key in folded_creations(manifest):
            gaps[rows[key]["replica_id"]] = gaps.get(rows[key]["replica_id"], 0) + 1
        for replica_id, changes, distinct, highest in numbered:
            assert changes == distinct == highest - gaps.get(replica_id, 0), \
                f"replica {replica_id}: seq not 1..{changes}"
            assert held.get(replica_id) == highest, f"replica {replica_id} holds {held.get(replica_id)}, not {highest}"
        headless = connection.execute(
            "SELECT entity, entity_id, field FROM change WHERE operation IN ('create', 'update', 'archive', 'restore')"
            " GROUP BY entity, entity_id, field HAVING max(is_head) = 0").fetchall()
        assert not headless, f"fields with no current version in the change log: {headless[:5]}"
        assert set(connection.execute("SELECT DISTINCT is_head FROM change").fetchall()) <= {(0,), (1,)}
    finally:
        connection.close()


def test_upgraded_register_passes_the_full_integrity_check(upgraded: Upgraded) -> None:
    """After an upgrade the register must be sound: pages, foreign keys and the search indexes."""
    report = backups.integrity_check(upgraded.desk, full=True)
    assert report.ok, report.problems


def test_a_copy_was_taken_before_the_upgrade(upgraded: Upgraded) -> None:
    """If an upgrade goes wrong the office needs the register as it was: the copy must exist,
    be at the old revision and hold every record."""
    revision = upgraded.revision
    manifest = load_manifest(revision)
    taken = [info for info in backups.list_backups(upgraded.desk) if info.reason == "migration"]
    if revision == SCHEMA_HEAD:
        assert taken == [], "a register already at the head needs no upgrade and no copy"
        return
    assert len(taken) == 1
    copy = taken[0]
    assert copy.schema_revision == revision
    live = {label: sum(1 for row in manifest["tables"][table]["rows"] if row["archived_at"] is None)
            for label, table in COUNTED_TABLES.items()}
    assert copy.counts == live
    stored = read_tables(copy.path, manifest["tables"])
    for table in manifest["tables"]:
        assert stored[table] == expected_rows(manifest, table), f"the copy's {table} differs from the fixture"


def test_services_read_the_upgraded_register(upgraded: Upgraded) -> None:
    """The pages an officer opens first must work on an upgraded register: every initiative with
    its contacts, every request, the follow-ups, and the same replica identity for sync."""
    manifest = load_manifest(upgraded.revision)
    assert upgraded.desk.replica_id == expected_rows(manifest, "meta")[("replica_id",)]["value"]
    contacts = manifest["tables"]["contact_person"]["rows"]
    for row in manifest["tables"]["initiative"]["rows"]:
        detail = initiatives.get_initiative(upgraded.desk, initiative_id=row["id"])
        assert (detail.name, detail.version, detail.notes, detail.archived) == (
            row["name"], row["version"], row["notes"], row["archived_at"] is not None)
        assert sorted(contact.id for contact in detail.contacts) == sorted(
            contact["id"] for contact in contacts if contact["initiative_id"] == row["id"]
            and contact["archived_at"] is None)
    for row in manifest["tables"]["advice_request"]["rows"]:
        request = requests.get_request(upgraded.desk, request_id=row["id"])
        assert (request.status, request.question) == (row["status"], row["question"])
    open_follow_ups = followups.list_follow_ups(upgraded.desk, query=ListQuery(open_only=True))
    assert open_follow_ups.total == sum(1 for row in manifest["tables"]["follow_up"]["rows"]
                                        if row["done_on"] is None and row["archived_at"] is None)


@pytest.mark.parametrize(("search", "name"), [
    ("zonnedak", "Coöperatie Zonnedak Ouagadougou"),
    ("cooperatie", "Coöperatie Zonnedak Ouagadougou"),  # accents ignored
    ("echelle kinsh", "L'Échelle — Écoles à Kinshasa"),  # prefixes of every word
    ("kisangani", "Water voor Kisangani 💧"),
    ("mekong", "Groen Brugge – Mékong"),
    ("aanhalingstekens", "Coöperatie Zonnedak Ouagadougou"),  # a word of the notes
])
def test_search_finds_initiatives_after_the_upgrade(upgraded: Upgraded, search: str, name: str) -> None:
    """The search index must survive the upgrade: typing a word of an old initiative finds it."""
    page = initiatives.list_initiatives(upgraded.desk, query=ListQuery(search=search))
    assert [row.name for row in page.rows] == [name]


def test_archived_initiative_stays_archived_and_findable(upgraded: Upgraded) -> None:
    """An archived initiative must stay out of the list, and come back when asked for."""
    assert initiatives.list_initiatives(upgraded.desk, query=ListQuery(search="anatuya")).rows == []
    page = initiatives.list_initiatives(upgraded.desk, query=ListQuery(search="anatuya", include_archived=True))
    assert [(row.name, row.archived) for row in page.rows] == [("Vrienden van Añatuya", True)]


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_an_edit_after_the_upgrade_is_saved_logged_and_searchable(revision: str, tmp_path: Path) -> None:
    """The first edit on an upgraded register must save, land in the history with the next sync
    number, replace the old value's head, and be found by the search index."""
    desk = open_fixture(revision, tmp_path / "data")
    try:
        manifest = load_manifest(revision)
        row = next(row for row in manifest["tables"]["initiative"]["rows"] if row["name"].startswith("Coöperatie"))
        saved = initiatives.update_initiative(desk, initiative_id=row["id"], expected_version=row["version"],
                                              changes={"notes": "Nieuwe kiwiplantage 🥝"})
        assert saved.version == row["version"] + 1
        assert initiatives.get_initiative(desk, initiative_id=row["id"]).notes == "Nieuwe kiwiplantage 🥝"
        found = initiatives.list_initiatives(desk, query=ListQuery(search="kiwiplantage"))
        assert [found_row.id for found_row in found.rows] == [row["id"]]
        connection = cipher.connect(database_file(desk))
        try:
            change = connection.execute(
                "SELECT old_value, new_value, replica_id, seq, is_head FROM change WHERE batch_id = ?",
                (saved.batch_id,)).fetchone()
            highest = connection.execute("SELECT max(seq) FROM change WHERE replica_id = ?",
                                         (desk.replica_id,)).fetchone()[0]
            earlier_heads = connection.execute(
                "SELECT count(*) FROM change WHERE entity = 'initiative' AND entity_id = ? AND field = 'notes'"
                " AND is_head AND batch_id <> ?", (row["id"], saved.batch_id)).fetchone()[0]
        finally:
            connection.close()
        assert change == (json.dumps(row["notes"], ensure_ascii=False), '"Nieuwe kiwiplantage 🥝"',
                          desk.replica_id, highest, 1)
        assert earlier_heads == 0
    finally:
        desk.close()


def test_the_fixture_tool_makes_the_head_fixture_and_never_overwrites_one(tmp_path: Path) -> None:
    """The next migration's author must find a working tool, and running it twice must not
    silently replace a fixture that stands for databases in the field."""
    tool = [sys.executable, str(FIXTURES.parent.parent / "tools" / "make-migration-fixture")]
    made = subprocess.run([*tool, SCHEMA_HEAD, "--output-dir", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    database = tmp_path / f"schema-{SCHEMA_HEAD}.sqlite"
    assert 0 < database.stat().st_size < 400 * 1024
    manifest = json.loads((tmp_path / f"schema-{SCHEMA_HEAD}.json").read_text(encoding="utf-8"))
    assert manifest["revision"] == SCHEMA_HEAD and manifest["tables"]["initiative"]["rows"]
    before = database.read_bytes()
    again = subprocess.run([*tool, SCHEMA_HEAD, "--output-dir", str(tmp_path)],
                           capture_output=True, text=True, check=False)
    assert again.returncode == 2
    assert f"schema-{SCHEMA_HEAD}.sqlite already exists" in again.stderr
    assert database.read_bytes() == before
