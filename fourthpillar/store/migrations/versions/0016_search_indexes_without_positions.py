"""search indexes without positions: the full-text tables of all but the initiatives keep only
which rows hold a word

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 13:30:00

The FTS5 tables (0001, 0011, 0012) kept, for every word, each place it stands in each column
(``detail=full``) and each row's length in words (a ``_docsize`` table, for ranking). The app
never ranks, and searches a phrase only for an enterprise number, which only the initiatives
store as three words ("0403.170.701"); elsewhere a phrase is searched as its words
(store.search.POSITIONED_SEARCH says why that is enough). So the tables of contact people,
requests, follow-ups, events and registrations are made again with ``detail=none`` and
``columnsize=0``. Without positions FTS5 merges the entries of the words a prefix starts more
slowly (a third slower: "subsid" 2.1 ms instead of 1.4 on the requests of the benchmark register
of 50,000 initiatives), so these tables keep prefix indexes of one to eight letters (each costs
a tenth of what the positions did): every prefix typed up to eight letters is read from one entry
("subsid" 0.7 ms, "geld partner" 0.7 instead of 3.9); a longer word costs 0.2 ms more. On that
register the search indexes went from 126 MB to 55 (the requests' from 72 to 27), the file
from 1,029 MB to 959; filling them again ('rebuild') takes 4 s. SQLite only: other databases
search with regular expressions. The triggers of 0001 and 0012 stay: they name the table, and
'delete' works the same without positions.
"""

from __future__ import annotations

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

#: The tables made without positions (every one but the initiatives': store.search.POSITIONED_SEARCH
#: as it stood at this revision), their columns, and the prefix indexes they had before.
SLIMMED = {
    "contact_person": (("name", "email", "phone", "role"), "1 2 3"),
    "advice_request": (("question", "advice", "internal_note"), "1 2 3"),
    "follow_up": (("action", "outcome"), "1 2 3"),
    "event": (("title", "place", "trainers", "notes"), "2 3"),
    "registration": (("name", "email"), "2 3"),
}
#: Their prefix indexes now: every prefix of up to eight letters (see above).
PREFIXES = "1 2 3 4 5 6 7 8"


def _remake(slim: bool) -> None:
    """Make each table of SLIMMED again, without positions (*slim*) or as before, and fill it."""
    for table, (columns, old_prefixes) in SLIMMED.items():
        options = f"prefix='{PREFIXES}', detail=none, columnsize=0" if slim else f"prefix='{old_prefixes}'"
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({', '.join(columns)}, content='{table}', "
            f"content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', {options})"
        )
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake(slim=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _remake(slim=False)
