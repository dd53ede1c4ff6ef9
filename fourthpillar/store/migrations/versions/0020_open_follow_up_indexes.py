"""open follow-up indexes: the open follow-ups by due date and by owner as partial indexes, and
the follow-ups' live index with the done date

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 23:40:00

The follow-ups list opens with "open only" on. On the 50,000-initiative bench register (206,075
follow-ups, half of them open) its first page took 313 ms and its count 878 ms: SQLite found the
open ones through ``ix_follow_up_owner_open (owner_id, done_on, due_on)``, whose statistics say
18 rows share an owner and a done date (the NULL of the open ones is half the table), read all
103,053 of them with their initiatives and sorted them for each page.

Now (``store.open_follow_ups``): the open ones are ``+done_on IS NULL`` on SQLite (no index of
the done date may find them) and ``done_on IS NULL`` on PostgreSQL, and two partial indexes of
them are made with that very condition, which SQLite needs to use them:

- ``ix_follow_up_open``: the open ones by due date, ``(due_on)`` (ties by rowid) on SQLite,
  ``(due_on, id)`` on PostgreSQL: the list as it opens, its days-late sort, the calendar;
- ``ix_follow_up_owner_open``: each owner's open ones by due date, ``(owner_id, due_on)``
  (``, id`` on PostgreSQL), replacing the whole-table ``(owner_id, done_on, due_on)``: the
  dashboard and the start-up reminder, which only ever asked for open ones.

``ix_follow_up_live`` gains the done date after the owner, so the open ones are counted from it
as all follow-ups are, without reading their rows.

The downgrade makes the old indexes again.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

#: The open follow-ups, as each database's partial indexes say it (store.open_follow_ups.OPEN_WHERE).
OPEN = {"sqlite": "+done_on IS NULL", "postgresql": "done_on IS NULL"}


def _dialect() -> str:
    return op.get_bind().dialect.name


def _live(columns: list[str]) -> None:
    """``ix_follow_up_live`` on the initiative, the tombstone and *columns* (then the id on
    PostgreSQL), in the order ``store.models.live_index`` puts them."""
    sqlite = _dialect() == "sqlite"
    keys = ["initiative_id", "archived_at", *columns] if sqlite else ["archived_at", "initiative_id", *columns, "id"]
    op.drop_index("ix_follow_up_live", table_name="follow_up")
    op.create_index("ix_follow_up_live", "follow_up", keys, unique=False)


def _analyze(*indexes: str) -> None:
    """Statistics for the new indexes only (as 0017 and 0019)."""
    if _dialect() == "sqlite" and op.get_bind().execute(text("SELECT 1 FROM follow_up LIMIT 1")).first():
        for index in indexes:
            op.execute(f"ANALYZE {index}")


def upgrade() -> None:
    dialect = _dialect()
    tiebreak = [] if dialect == "sqlite" else ["id"]
    where = {f"{dialect}_where": text(OPEN[dialect])} if dialect in OPEN else {}
    op.drop_index("ix_follow_up_owner_open", table_name="follow_up")
    op.create_index("ix_follow_up_open", "follow_up", ["due_on", *tiebreak], unique=False, **where)
    op.create_index("ix_follow_up_owner_open", "follow_up", ["owner_id", "due_on", *tiebreak], unique=False, **where)
    _live(["owner_id", "done_on"])
    _analyze("ix_follow_up_open", "ix_follow_up_owner_open", "ix_follow_up_live")


def downgrade() -> None:
    op.drop_index("ix_follow_up_open", table_name="follow_up")
    op.drop_index("ix_follow_up_owner_open", table_name="follow_up")
    op.create_index("ix_follow_up_owner_open", "follow_up", ["owner_id", "done_on", "due_on"], unique=False)
    _live(["owner_id"])
    _analyze("ix_follow_up_owner_open", "ix_follow_up_live")
