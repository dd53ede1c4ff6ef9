"""The migrations build the schema the models declare, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy import text

from fourthpillar.store import import_models  # noqa: F401 - registers import_run on Base.metadata
from fourthpillar.store import migrate
from fourthpillar.store.database import Database
from fourthpillar.store.models import Base
from fourthpillar.store.models import made_on
from fourthpillar.store.open_follow_ups import OPEN_WHERE


def _not_full_text_index(name: str | None, kind: str, parent: Any) -> bool:
    # SQLite's FTS5 tables (and their shadow tables) are made by migration 0001 on purpose,
    # outside the models: the search reads them through store.search.
    return not (kind == "table" and name is not None and "_fts" in name)


@contextmanager
def _indexes_made_on(dialect: str) -> Iterator[None]:
    """The models' indexes as a database of *dialect* has them: those declared for another
    database only (``store.models.only_on``: the sort indexes, migration 0017) are set aside
    meanwhile. (Alembic's include_object cannot do it: it pairs indexes by name first, so a
    PostgreSQL-only ``ix_x_id`` would hide a ``ix_x_id`` left over on SQLite.)"""
    aside = [(table, index) for table in Base.metadata.sorted_tables for index in list(table.indexes)
             if not made_on(index, dialect)]
    for table, index in aside:
        table.indexes.discard(index)
    try:
        yield
    finally:
        for table, index in aside:
            table.indexes.add(index)


def _differences(database: Database) -> list[Any]:
    with database.engine.connect() as connection, _indexes_made_on(connection.dialect.name):
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "compare_server_default": True,
            "include_name": _not_full_text_index,
        })
        return list(compare_metadata(context, Base.metadata))


def _schema(database: Database) -> dict[str, Any]:
    with database.engine.connect() as connection:
        inspector = inspect(connection)
        return {
            table: (
                [(column["name"], str(column["type"]), column["nullable"]) for column in inspector.get_columns(table)],
                sorted((index["name"], tuple(index["column_names"])) for index in inspector.get_indexes(table)),
            )
            for table in inspector.get_table_names()
        }


def test_migrated_database_has_exactly_the_schema_the_models_declare(database: Database) -> None:
    """A column or index the models expect but a migration forgot (or the reverse) would fail
    saves or slow lists on one database only; Alembic finds no difference on either."""
    assert _differences(database) == []


def test_schema_head_is_the_revision_alembic_reports(database: Database) -> None:
    """The start-up check compares SCHEMA_HEAD with the database: if they disagreed, every start
    would try to upgrade again (or skip a needed upgrade)."""
    assert migrate.current_revision(database) == migrate.SCHEMA_HEAD
    assert migrate.alembic_head_revision() == migrate.SCHEMA_HEAD
    with database.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == migrate.SCHEMA_HEAD


def test_upgrading_a_current_database_again_changes_nothing(database: Database) -> None:
    """Starting the app twice must not copy the register or alter its schema the second time."""
    before = _schema(database)
    assert migrate.upgrade_database(database) is None
    # Alembic itself, asked to upgrade to head, has nothing to do either.
    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "head")
    assert migrate.current_revision(database) == migrate.SCHEMA_HEAD
    assert _schema(database) == before
    assert _differences(database) == []


def test_the_sort_index_migration_goes_back_and_forth(database: Database) -> None:
    """Going back to 0015 (an older app opening a restored copy, a developer's downgrade) must
    give back its (column, id) sort indexes, or that app's lists sort every row; upgrading
    again gives exactly the current schema."""
    current = _schema(database)

    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "0015", down=True)
    older = _schema(database)
    names = {name for _, indexes in older.values() for name, _ in indexes}
    if database.engine.dialect.name == "sqlite":
        assert {"ix_advice_request_status_id", "ix_follow_up_owner_id_id"} <= names
        assert ("ix_follow_up_live", ("archived_at", "initiative_id", "owner_id", "id")) in older["follow_up"][1]
    else:
        assert {"ix_advice_request_due_on", "ix_follow_up_done_on"} <= names
    assert older != current
    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "head")
    assert _schema(database) == current
    assert _differences(database) == []


def test_the_slimmer_indexes_migration_goes_back_and_forth(database: Database) -> None:
    """Going back to 0018 gives back the indexes an older app reads a record's history (the
    change log's (entity, entity_id, changed_at)) and, on SQLite, an initiative's requests and
    follow-ups from; upgrading again gives exactly the current schema."""
    current = _schema(database)
    assert ("ix_change_entity", ("entity", "entity_id")) in current["change"][1]

    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "0018", down=True)
    older = _schema(database)
    assert ("ix_change_entity", ("entity", "entity_id", "changed_at")) in older["change"][1]
    if database.engine.dialect.name == "sqlite":
        assert ("ix_follow_up_initiative_id", ("initiative_id",)) in older["follow_up"][1]
        assert ("ix_follow_up_live", ("archived_at", "initiative_id", "owner_id")) in older["follow_up"][1]
        assert ("ix_advice_request_initiative_id", ("initiative_id",)) in older["advice_request"][1]
        assert dict(current["follow_up"][1])["ix_follow_up_live"][:3] == ("initiative_id", "archived_at", "owner_id")
    else:  # 0019 left PostgreSQL's requests and follow-ups as they were (0020 did not: see below)
        assert older["advice_request"] == current["advice_request"]
        assert ("ix_follow_up_initiative_id", ("initiative_id",)) in older["follow_up"][1]
    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "head")
    assert _schema(database) == current
    assert _differences(database) == []


def _open_index_conditions(database: Database) -> dict[str, str]:
    """The follow-ups' partial indexes, by name: the SQL that makes each (its WHERE)."""
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'follow_up' AND sql LIKE '% WHERE %'"))
        else:
            rows = connection.execute(text("SELECT indexname, indexdef FROM pg_indexes "
                                           "WHERE tablename = 'follow_up' AND indexdef LIKE '% WHERE %'"))
        return {name: sql for name, sql in rows}


def test_the_open_follow_up_indexes_migration_goes_back_and_forth(database: Database) -> None:
    """Migration 0020 makes the open follow-ups' indexes partial ones, with the condition the
    queries write (``store.open_follow_ups``: else SQLite never reads them, and the follow-ups
    list as it opens sorts every open follow-up); going back to 0019 gives back the whole-table
    owner index an older app's dashboard reads, and upgrading again the current schema."""
    current = _schema(database)
    dialect = database.engine.dialect.name
    made = _open_index_conditions(database)
    assert set(made) == {"ix_follow_up_open", "ix_follow_up_owner_open"}
    # As written on SQLite; PostgreSQL shows its own form of the condition.
    condition = OPEN_WHERE[dialect] if dialect == "sqlite" else f"({OPEN_WHERE[dialect]})"
    assert all(sql.endswith(f" WHERE {condition}") for sql in made.values()), made

    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "0019", down=True)
    older = _schema(database)
    assert _open_index_conditions(database) == {}
    assert ("ix_follow_up_owner_open", ("owner_id", "done_on", "due_on")) in older["follow_up"][1]
    assert "ix_follow_up_open" not in dict(older["follow_up"][1])
    assert "done_on" not in dict(older["follow_up"][1])["ix_follow_up_live"]
    with database.engine.begin() as connection:
        migrate.migrate_to(connection, "head")
    assert _schema(database) == current
    assert _open_index_conditions(database) == made
    assert _differences(database) == []
