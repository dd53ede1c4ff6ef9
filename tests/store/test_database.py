"""Opening and upgrading the register: clear messages, and nothing lost on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from fourthpillar import paths
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher
from fourthpillar.store import database as database_module
from fourthpillar.store import migrate
from fourthpillar.store.database import open_database
from fourthpillar.store.errors import DatabaseUnavailable


def test_new_data_folder_gets_a_migrated_sqlite_store_in_wal_mode(data_dir: Path) -> None:
    """A first start creates the register in the data folder, ready and safe for concurrent readers."""
    desk = open_desk(data_dir=data_dir)
    try:
        assert paths.database_path(data_dir).exists()
        assert migrate.current_revision(desk.database) == migrate.head_revision()
        with desk.database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == database_module.BUSY_TIMEOUT_MS
    finally:
        desk.close()


def test_data_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOURTHPILLAR_DATA_DIR", str(tmp_path / "elders"))
    assert paths.data_dir() == (tmp_path / "elders").resolve()
    assert paths.data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()


def test_a_file_that_is_not_a_database_gets_a_clear_message(data_dir: Path) -> None:
    """Pointing the app at a spreadsheet or a damaged file says so instead of crashing."""
    paths.database_path(data_dir).write_bytes(b"PK\x03\x04 this is a zip, not a database" * 200)
    with pytest.raises(DatabaseUnavailable, match="not a readable database"):
        open_desk(data_dir=data_dir)
    # The file is left exactly as it was: nothing overwritten.
    assert paths.database_path(data_dir).read_bytes().startswith(b"PK\x03\x04")


def test_a_locked_database_gets_a_clear_message(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holding the write lock is named as such, after waiting a little."""
    desk = open_desk(data_dir=data_dir)
    desk.close()
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    holder = cipher.connect(paths.database_path(data_dir), timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseUnavailable, match="in use by another program"):
            busy = open_desk(data_dir=data_dir)
            try:
                initiatives.register_initiative(busy, values={"name": "Wacht even"})
            finally:
                busy.close()
    finally:
        holder.rollback()
        holder.close()


def _at_first_revision(url: str) -> None:
    database = open_database(url)
    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "0001")
        connection.execute(text(
            "INSERT INTO initiative (id, name, name_key, street, postcode, municipality, partner_countries, "
            "themes, panel_member, status, tags, notes, created_at, updated_at, version) VALUES "
            "('i-1', 'Oud', 'oud', '', '', '', '', '', 0, 'active', '', '', '2020-01-01 00:00:00', "
            "'2020-01-01 00:00:00', 1)"))
    database.dispose()


@pytest.mark.skipif(migrate.head_revision() == "0001", reason="needs a second schema revision")
def test_upgrade_takes_a_copy_first_and_keeps_every_row(data_dir: Path) -> None:
    """An app update never loses the register: a copy is taken, and the rows survive."""
    url = paths.sqlite_url(data_dir)
    _at_first_revision(url)
    database = open_database(url)
    copy = migrate.upgrade_database(database)
    assert copy is not None and copy.exists()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM initiative")).scalars().all() == ["Oud"]
    database.dispose()
    with cipher.connect(copy) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.skipif(migrate.head_revision() == "0001", reason="needs a second schema revision")
def test_failed_upgrade_puts_the_copy_back(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that breaks halfway leaves the register as it was, and says so."""
    url = paths.sqlite_url(data_dir)
    _at_first_revision(url)

    def broken_upgrade(config: object, revision: str) -> None:
        raise RuntimeError("disk trouble halfway")

    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    database = open_database(url)
    with pytest.raises(DatabaseUnavailable, match="restored"):
        migrate.upgrade_database(database)
    database.dispose()
    with cipher.connect(paths.database_path(data_dir)) as restored:
        assert restored.execute("SELECT name FROM initiative").fetchall() == [("Oud",)]
        assert restored.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_the_schema_head_constant_names_the_newest_migration() -> None:
    """A new migration that is not recorded as the head would never be applied at start-up."""
    assert migrate.head_revision() == migrate.alembic_head_revision()


#: What an ordinary start must not import: each costs the officer a wait at every start (bench/run.py).
NOT_AT_START = (
    "alembic",  # the migration tool, with the schema current
    "reportlab", "openpyxl",  # the document writers (0.1 s), loaded by the first export
    "fourthpillar.services.sync",  # packages, merge, checkout: loaded by the first field-package action
)


def test_an_ordinary_start_loads_only_what_the_window_needs(data_dir: Path) -> None:
    """Start-up stays quick: with the schema current, the migration tool is not even imported,
    nor are the document writers and the sync service until an export or a package asks for them."""
    import subprocess
    import sys

    open_desk(data_dir=data_dir).close()
    probe = (
        "import sys; from fourthpillar.services.desk import open_desk; "
        "import fourthpillar.ui.app, fourthpillar.ui.main_window; "  # everything the window imports
        f"open_desk(data_dir={str(data_dir)!r}).close(); "
        f"print(sorted(name for name in {NOT_AT_START!r} if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
