"""empty-first sort indexes: PostgreSQL reads a list sorted by a column that may be empty from an index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 11:30:00

The lists sort a column that may be empty (a request's due date, answer date, minutes; a
follow-up's done date; an initiative's enterprise number, province, founding year) with the
empty values first, on every database (store.queries.EmptyFirst): ``ORDER BY due_on ASC NULLS
FIRST, id``. SQLite sorts NULL first anyway, so its indexes give that order. PostgreSQL's
indexes keep NULL last: it could not read a page from them and sorted every row instead (about
16 ms instead of under 1 ms a page on 50,000 requests). On PostgreSQL these indexes are made
again with ``column NULLS FIRST``, read forwards for an ascending sort and backwards for a
descending one (empty last): the ``(column, id)`` indexes of requests and follow-ups (migration
0002) and the initiatives' single-column ones (0001; PostgreSQL then sorts only the ties by
id). SQLite keeps its indexes.

Also, on every database, a ``name_key`` longer than its column (200 characters) is cut: folding
makes some names longer ("ß" becomes "ss"); SQLite stored such keys whole, PostgreSQL refused
them (store.search.name_key now cuts every new key).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

#: index name -> table, the column that may be empty, and whether id follows it in the index.
INDEXES: dict[str, tuple[str, str, bool]] = {
    "ix_advice_request_due_on_id": ("advice_request", "due_on", True),
    "ix_advice_request_answered_on_id": ("advice_request", "answered_on", True),
    "ix_advice_request_minutes_spent_id": ("advice_request", "minutes_spent", True),
    "ix_follow_up_done_on_id": ("follow_up", "done_on", True),
    "ix_initiative_enterprise_number": ("initiative", "enterprise_number", False),
    "ix_initiative_province": ("initiative", "province", False),
    "ix_initiative_founded_year": ("initiative", "founded_year", False),
}

NAME_KEY_LENGTH = 200


def _remake_indexes(*, nulls_first: bool) -> None:
    for name, (table, column, with_id) in INDEXES.items():
        op.drop_index(name, table_name=table)
        key = sa.text(f"{column} NULLS FIRST") if nulls_first else column
        op.create_index(name, table, [key, "id"] if with_id else [key], unique=False)
    for table in sorted({table for table, _, _ in INDEXES.values()}):
        op.execute(f"ANALYZE {table}")


def upgrade() -> None:
    op.execute(f"UPDATE initiative SET name_key = rtrim(substr(name_key, 1, {NAME_KEY_LENGTH})) "
               f"WHERE length(name_key) > {NAME_KEY_LENGTH}")
    if op.get_bind().dialect.name != "sqlite":
        _remake_indexes(nulls_first=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _remake_indexes(nulls_first=False)
