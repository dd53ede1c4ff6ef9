"""events: trainings, info sessions, network days and webinars, and the registrations for them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 07:40:00

Two new tables (issue 18). ``event``: what the office runs, with its dates and times (wall-clock
text, not moments), place, capacity, trainers, officer in charge and status. ``registration``:
a contact person's place at an event (``initiative_id`` copied from the contact, as a
follow-up carries its request's) or a walk-in's (name and e-mail only), with its status.

Each list sort column has its ``(column, id)`` index (as 0002 made for the other lists; the
event's capacity may be empty: ``NULLS FIRST`` on PostgreSQL, as 0006); an event's
registrations are read by ``(event_id, status, created_at, id)`` (its page, its fill, its
waiting list in order). On SQLite both get a full-text index kept by triggers, as 0001 made
for the other records.

On PostgreSQL every login reads both tables and adds and edits rows (0007's grants covered only
the tables that existed then). Events are the office's: everyone sees them all. A coordinator
sees the registrations of their provinces' initiatives (row-level security, as for follow-ups)
and the walk-ins. An admin's erasure of a walk-in blanks their name and e-mail in history too,
as it does a contact person's (the history stays append-only otherwise).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

FTS_TABLES = {
    "event": ("title", "place", "trainers", "notes"),
    "registration": ("name", "email"),
}
GROUPS = "fourthpillar_officer, fourthpillar_coordinator, fourthpillar_admin"
#: Erased values as ChangeWriter's encode_value writes them (services.privacy.ERASED_VALUES).
ERASED = "('\"[erased]\"', '\"\"')"


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def _create_fts() -> None:
    for table, columns in FTS_TABLES.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )


def _append_only(with_walk_ins: bool) -> str:
    """0007's fourthpillar_change_append_only, with (or, downgraded, without) a walk-in's erasure."""
    walk_in = ("""    IF OLD.entity = 'registration' AND OLD.field IN ('name', 'email')
       AND to_jsonb(NEW) - ARRAY['is_head', 'old_value', 'new_value'] =
           to_jsonb(OLD) - ARRAY['is_head', 'old_value', 'new_value']
       AND (NEW.old_value IS NULL OR NEW.old_value IN {erased})
       AND (NEW.new_value IS NULL OR NEW.new_value IN {erased}) THEN
      IF fourthpillar_role() = 'admin' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'fourthpillar:erase' USING ERRCODE = 'insufficient_privilege';
    END IF;
""".format(erased=ERASED)) if with_walk_ins else ""
    return f"""CREATE OR REPLACE FUNCTION fourthpillar_change_append_only() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, {{schema}} AS $$
BEGIN
  IF fourthpillar_is_owner() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF to_jsonb(NEW) - 'is_head' = to_jsonb(OLD) - 'is_head' THEN
      RETURN NEW;
    END IF;
    IF OLD.entity = 'contact' AND OLD.field IN ('name', 'email', 'phone')
       AND to_jsonb(NEW) - ARRAY['is_head', 'old_value', 'new_value'] =
           to_jsonb(OLD) - ARRAY['is_head', 'old_value', 'new_value']
       AND (NEW.old_value IS NULL OR NEW.old_value IN {ERASED})
       AND (NEW.new_value IS NULL OR NEW.new_value IN {ERASED}) THEN
      IF fourthpillar_role() = 'admin' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'fourthpillar:erase' USING ERRCODE = 'insufficient_privilege';
    END IF;
{walk_in}  END IF;
  RAISE EXCEPTION 'fourthpillar:history' USING ERRCODE = 'insufficient_privilege';
END
$$"""


def _postgres_sql(schema: str) -> list[str]:
    visible = ("(SELECT fourthpillar_sees_all()) OR registration.initiative_id IS NULL OR EXISTS "
               "(SELECT 1 FROM initiative i WHERE i.id = registration.initiative_id)")
    return [
        f"GRANT SELECT, INSERT, UPDATE ON event, registration TO {GROUPS}",
        "ALTER TABLE registration ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY fourthpillar_provinces ON registration USING ({visible}) WITH CHECK ({visible})",
        _append_only(True).replace("{schema}", schema),
    ]


def upgrade() -> None:
    op.create_table(
        'event',
        *_record_columns(),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('topics', sa.Text(), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('start_time', sa.String(length=5), nullable=True),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('end_time', sa.String(length=5), nullable=True),
        sa.Column('place', sa.String(length=500), nullable=False),
        sa.Column('capacity', sa.Integer(), nullable=True),
        sa.Column('trainers', sa.String(length=500), nullable=False),
        sa.Column('officer_id', sa.String(length=36), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_event_officer_id_officer')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    )
    op.create_table(
        'registration',
        *_record_columns(),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.Column('contact_id', sa.String(length=36), nullable=True),
        sa.Column('initiative_id', sa.String(length=36), nullable=True),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('registered_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_registration_event_id_event')),
        sa.ForeignKeyConstraint(['contact_id'], ['contact_person.id'],
                                name=op.f('fk_registration_contact_id_contact_person')),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name=op.f('fk_registration_initiative_id_initiative')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_registration')),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in ("starts_on", "title", "kind", "status", "updated_at", "officer_id"):
        op.create_index(f"ix_event_{column}_id", "event", [column, "id"], unique=False)
    op.create_index("ix_event_capacity_id", "event",
                    ["capacity" if sqlite else sa.text("capacity NULLS FIRST"), "id"], unique=False)
    op.create_index("ix_event_live", "event", ["archived_at", "id"], unique=False)
    op.create_index("ix_registration_event_status", "registration", ["event_id", "status", "created_at", "id"],
                    unique=False)
    op.create_index("ix_registration_contact_id", "registration", ["contact_id"], unique=False)
    op.create_index("ix_registration_initiative_id", "registration", ["initiative_id"], unique=False)
    for column in ("registered_on", "status", "updated_at"):
        op.create_index(f"ix_registration_{column}_id", "registration", [column, "id"], unique=False)
    op.create_index("ix_registration_live", "registration", ["archived_at", "event_id", "id"], unique=False)
    bind = op.get_bind()
    if sqlite:
        _create_fts()
        return
    schema = bind.dialect.identifier_preparer.quote(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    for statement in _postgres_sql(schema):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in FTS_TABLES:
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    else:
        schema = bind.dialect.identifier_preparer.quote(
            bind.execute(sa.text("SELECT current_schema()")).scalar_one())
        op.execute(_append_only(False).replace("{schema}", schema))
    op.drop_table('registration')
    op.drop_table('event')
