"""one-letter search prefix: the full-text indexes also keep every word's first letter

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 08:00:00

Search-as-you-type matches every word typed as a prefix (store.search). The FTS5 tables of
0001 keep prefix indexes of two and three letters; a word of one letter (the start of each new
word typed: "Sint-N", "vzw D") had to merge the entries of every term starting with it. On the
benchmark register of 50,000 initiatives that made "Sint-N" the slowest keystroke (about 50 ms;
the FTS query alone 8 ms, 0.7 ms with the index). Longer prefix indexes (4 to 6 letters) did not
change the search's p95 (bench/run.py) and were left out. SQLite only: other databases search
with regular expressions. The indexes are made again from their tables ('rebuild': seconds on
that register).
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

FTS_TABLES = {
    "initiative": ("name", "municipality", "postcode", "enterprise_number", "tags", "notes"),
    "contact_person": ("name", "email", "phone", "role"),
    "advice_request": ("question", "advice", "internal_note"),
    "follow_up": ("action", "outcome"),
}


def _remake(prefix: str) -> None:
    """Make each full-text table again with *prefix* (its triggers stay: they name the table)."""
    for table, columns in FTS_TABLES.items():
        cols = ", ".join(columns)
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
            f"content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')"
        )
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake("1 2 3")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake("2 3")
