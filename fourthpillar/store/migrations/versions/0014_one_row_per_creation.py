"""one change-log row per creation: a record's create row carries its filled-in fields

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 10:00:00

A record's creation was logged as one ``create`` row (field NULL) plus one ``create`` row per
filled-in field: 17 rows per imported initiative, most of an import's time and much of the
register's size. Now the create row alone carries them, as one JSON object in its new value
(``store.creations``). This rewrites the creations already logged: each create row gets the
values of its record's per-field create rows (same record, same batch), which are then removed.
A create row that already holds a record (one a sync package brought for a record this copy
does not hold) keeps it. The sequence numbers of the removed rows are left unused: sync accepts
such gaps (``sync.merge.apply_changes``; a package still may not start beyond what is held).

PostgreSQL: the migration runs as the owner, whom the change log's append-only trigger lets
through. The trigger (0007, 0013) now also lets an admin blank an erased person's name, role,
e-mail and phone inside their create row, as it let them blank the per-field rows.

The downgrade leaves the folded creations as they are (an older app shows them as "Created"
without the fields) and puts back 0013's trigger.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

CHUNK = 5_000
#: Values a creation leaves out (what the per-field rows were not written for).
EMPTY: tuple[Any, ...] = (None, "", [], False)


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _fold() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, entity, entity_id, batch_id, field, new_value FROM change WHERE operation = 'create' "
        "ORDER BY entity, entity_id, batch_id, seq")).all()
    states: dict[tuple[str, str, str], tuple[str, str | None]] = {}
    fields: dict[tuple[str, str, str], list[tuple[str, str, str | None]]] = {}
    for change_id, entity, entity_id, batch_id, field, new_value in rows:
        key = (entity, entity_id, batch_id)
        if field is None:
            states[key] = (change_id, new_value)
        else:
            fields.setdefault(key, []).append((change_id, field, new_value))
    updates: list[dict[str, str]] = []
    removed: list[dict[str, str]] = []
    for key, field_rows in fields.items():
        state = states.get(key)
        if state is None:
            continue  # no create row to fold into (never written so): the rows stay as they are
        state_id, payload = state
        if not payload:
            values: dict[str, Any] = {}
            for _change_id, field, encoded in field_rows:
                try:
                    value = json.loads(encoded) if encoded is not None else None
                except ValueError:
                    value = encoded
                if value not in EMPTY:
                    values[field] = value
            updates.append({"id": state_id, "value": json.dumps(values, ensure_ascii=False)})
        removed.extend({"id": change_id} for change_id, _field, _encoded in field_rows)
    for chunk in _chunks(updates):
        bind.execute(sa.text("UPDATE change SET new_value = :value WHERE id = :id"), chunk)
    for chunk in _chunks(removed):
        bind.execute(sa.text("DELETE FROM change WHERE id = :id"), chunk)


#: Erased values as ChangeWriter's encode_value writes them (services.privacy.ERASED_VALUES), as in 0007.
ERASED = "('\"[erased]\"', '\"\"')"
#: Inside a creation's JSON object (text) the same values, and the keys an erasure blanks.
ERASED_KEYS = "ARRAY['name', 'role', 'email', 'phone']"


def _append_only(definer: str, *, creations_blanked: bool) -> str:
    """The change log's append-only trigger of 0013, with (or, for the downgrade, without) this
    one's exception: an admin's erasure blanks the person inside their create row (a contact's,
    or a walk-in's registration: it has no role or phone, which stay empty)."""
    blanked = f"""
    IF OLD.entity IN ('contact', 'registration') AND OLD.operation = 'create' AND OLD.field IS NULL
       AND to_jsonb(NEW) - ARRAY['is_head', 'new_value'] = to_jsonb(OLD) - ARRAY['is_head', 'new_value']
       AND NEW.new_value IS NOT NULL AND OLD.new_value IS NOT NULL
       AND NEW.new_value::jsonb - {ERASED_KEYS} = OLD.new_value::jsonb - {ERASED_KEYS}
       AND coalesce(NEW.new_value::jsonb ->> 'name', '[erased]') = '[erased]'
       AND coalesce(NEW.new_value::jsonb ->> 'role', '') = ''
       AND coalesce(NEW.new_value::jsonb ->> 'email', '') = ''
       AND coalesce(NEW.new_value::jsonb ->> 'phone', '') = '' THEN
      IF fourthpillar_role() = 'admin' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'fourthpillar:erase' USING ERRCODE = 'insufficient_privilege';
    END IF;""" if creations_blanked else ""
    return f"""CREATE OR REPLACE FUNCTION fourthpillar_change_append_only() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
  IF fourthpillar_is_owner() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF to_jsonb(NEW) - 'is_head' = to_jsonb(OLD) - 'is_head' THEN
      RETURN NEW;
    END IF;
    IF OLD.operation = 'create' AND OLD.field IS NULL AND NEW.new_value IS NULL
       AND to_jsonb(NEW) - ARRAY['is_head', 'new_value'] = to_jsonb(OLD) - ARRAY['is_head', 'new_value']
       AND (fourthpillar_role() = 'admin' OR (fourthpillar_role() = 'coordinator'
            AND fourthpillar_brings_back(OLD.replica_id, OLD.officer_id))) THEN
      RETURN NEW;
    END IF;{blanked}
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
    -- 0012: an admin's erasure of a walk-in's name and e-mail.
    IF OLD.entity = 'registration' AND OLD.field IN ('name', 'email')
       AND to_jsonb(NEW) - ARRAY['is_head', 'old_value', 'new_value'] =
           to_jsonb(OLD) - ARRAY['is_head', 'old_value', 'new_value']
       AND (NEW.old_value IS NULL OR NEW.old_value IN {ERASED})
       AND (NEW.new_value IS NULL OR NEW.new_value IN {ERASED}) THEN
      IF fourthpillar_role() = 'admin' THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'fourthpillar:erase' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RAISE EXCEPTION 'fourthpillar:history' USING ERRCODE = 'insufficient_privilege';
END
$$"""


def _definer() -> str:
    bind = op.get_bind()
    schema = bind.dialect.identifier_preparer.quote(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    return f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"


def upgrade() -> None:
    _fold()
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_append_only(_definer(), creations_blanked=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_append_only(_definer(), creations_blanked=False))
