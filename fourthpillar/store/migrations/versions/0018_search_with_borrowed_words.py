"""search with borrowed words: the search index of a request or follow-up also holds its
initiative's name and municipality, a registration's its contact person's name and e-mail

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 15:20:00

The requests and follow-ups lists find a row by its own text or its initiative's; the
registrations list by a walk-in's name or the contact person's. Until now each was a second
search, in the other table's index, joined back: a two-letter word typed (``So``, ``Bu``) matched
thousands of rows through their initiative, which the list counted and planned from row by row
(issue 17: p95 25 ms, slowest keystroke 42, where 20 and 40 are asked). Now the words a user
finds a row by through its parent are in the row's own full-text entry, so a search reads one
index. Only the words officers search those lists by are borrowed (store.search.BORROWED): the
initiative's name and municipality (not its postcode, enterprise number, tags or notes, which
the initiatives list finds), the contact person's name and e-mail (not the phone or role).

Each table's index is made again (``detail=none`` as 0016) over a view (``<table>_search``) of
the row's columns and its parent's, which FTS5 reads when it is rebuilt ('rebuild': a field
copy's checkout, sync/snapshot) or checked ('integrity-check'). Triggers keep it right: a row's
own (its text or its parent changed, as a merge moves it), and the parent's (renamed, moved to
another municipality, an erased contact person's name and e-mail blanked), which delete each
child's entry with the parent's old words and add it again with the new ones. A parent is never
inserted after its children nor deleted before them (foreign keys), so those are the only ways
a child's borrowed words change. SQLite only: PostgreSQL searches with regular expressions over
the joined parent's columns (store.search.matches).
"""

from __future__ import annotations

from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

#: Each table given borrowed words: its own searched columns, its parent table, the column
#: naming the parent, and the parent's borrowed columns as the index names them.
BORROWING = {
    "advice_request": (("question", "advice", "internal_note"), "initiative", "initiative_id",
                       {"initiative_name": "name", "initiative_municipality": "municipality"}),
    "follow_up": (("action", "outcome"), "initiative", "initiative_id",
                  {"initiative_name": "name", "initiative_municipality": "municipality"}),
    "registration": (("name", "email"), "contact_person", "contact_id",
                     {"contact_name": "name", "contact_email": "email"}),
}
#: The options of 0016 (prefix indexes of up to eight letters, no positions).
OPTIONS = ("tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8', detail=none, columnsize=0")


def _borrowing() -> None:
    for table, (own, parent, key, borrowed) in BORROWING.items():
        _drop(table, parent)
        columns = ", ".join([*own, *borrowed])
        view = f"{table}_search"
        op.execute(
            f"CREATE VIEW {view} AS SELECT {table}.rowid AS rowid, "
            + ", ".join([*(f"{table}.{name}" for name in own),
                         *(f"{parent}.{column} AS {name}" for name, column in borrowed.items())])
            + f" FROM {table} LEFT JOIN {parent} ON {parent}.id = {table}.{key}"
        )
        op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({columns}, content='{view}', "
                   f"content_rowid='rowid', {OPTIONS})")
        # A row's entry is added from the view, and deleted with the words it was added with:
        # its own old values and its (old) parent's words, which the parent's triggers keep current.
        old_parent = [f"(SELECT {column} FROM {parent} WHERE id = old.{key})" for column in borrowed.values()]
        delete = (f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) VALUES ('delete', old.rowid, "
                  + ", ".join([*(f"old.{name}" for name in own), *old_parent]) + ");")
        insert = f"INSERT INTO {table}_fts(rowid, {columns}) SELECT rowid, {columns} FROM {view} WHERE rowid = new.rowid;"
        op.execute(f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {', '.join([*own, key])} ON {table} "
                   f"BEGIN {delete} {insert} END")
        # The parent's words changed: each child's entry again, old words out, new ones in.
        changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in borrowed.values())
        own_columns = ", ".join(own)
        op.execute(
            f"CREATE TRIGGER {parent}_fts_{table}_update AFTER UPDATE OF {', '.join(borrowed.values())} "
            f"ON {parent} WHEN {changed} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) SELECT 'delete', rowid, {own_columns}, "
            + ", ".join(f"old.{column}" for column in borrowed.values()) + f" FROM {table} WHERE {key} = old.id; "
            f"INSERT INTO {table}_fts(rowid, {columns}) SELECT rowid, {own_columns}, "
            + ", ".join(f"new.{column}" for column in borrowed.values()) + f" FROM {table} WHERE {key} = new.id; END"
        )
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def _drop(table: str, parent: str) -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
    op.execute(f"DROP TRIGGER IF EXISTS {parent}_fts_{table}_update")
    op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.execute(f"DROP VIEW IF EXISTS {table}_search")


def _own_words_only() -> None:
    """The indexes as 0016 left them: each row's own columns, kept by its own triggers."""
    for table, (own, parent, _key, _borrowed) in BORROWING.items():
        _drop(table, parent)
        columns = ", ".join(own)
        new = ", ".join(f"new.{name}" for name in own)
        old = ", ".join(f"old.{name}" for name in own)
        op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({columns}, content='{table}', "
                   f"content_rowid='rowid', {OPTIONS})")
        op.execute(f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {table}_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {columns} ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); "
                   f"INSERT INTO {table}_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _borrowing()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _own_words_only()
