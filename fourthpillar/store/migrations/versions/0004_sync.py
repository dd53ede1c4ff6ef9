"""sync: change identity (replica, seq), causal parents and heads; replicas; conflicts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 08:00:00

Every change gets a global identity (its replica id and a per-replica sequence number) and, for
field changes, the versions it replaced (``parents``). A trigger stamps every row inserted
without a seq, whichever code inserted it (ChangeWriter, bulk imports, undo, erasure): the seq
comes from the origin's ``replica`` row, updated in the same statement, so concurrent writers on
PostgreSQL queue on that row lock and a rolled-back transaction gives its numbers back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

HEAD_OPERATIONS = "('create', 'update', 'archive', 'restore')"


def _same(alias: str, *, sqlite: bool, field: str) -> str:
    """*alias* is a head of the same record and, per *field*, of the same field / the state."""
    condition = (f"{alias}.entity = NEW.entity AND {alias}.entity_id = NEW.entity_id AND {alias}.is_head")
    if sqlite:
        condition += f" AND {alias}.id <> NEW.id"
    if field == "same":
        condition += (f" AND {alias}.field IS NEW.field" if sqlite
                      else f" AND {alias}.field IS NOT DISTINCT FROM NEW.field")
    elif field == "state":
        condition += f" AND {alias}.field IS NULL"
    else:
        condition += f" AND {alias}.field IS NOT NULL"
    return condition


def _agrees(alias: str) -> str:
    """*alias* holds the value the new change replaces: the value the writer saw (old_value);
    for the archived state, the opposite state. Heads holding another value (a conflict not yet
    settled) stay heads."""
    return (f"(CASE WHEN NEW.field IS NOT NULL THEN {alias}.new_value = NEW.old_value "
            f"ELSE ({alias}.operation = 'archive') <> (NEW.operation = 'archive') END)")


def _keys(alias_condition: str, *, sqlite: bool) -> str:
    aggregate = "group_concat(h.replica_id || ':' || h.seq, ' ')" if sqlite else \
        "string_agg(h.replica_id || ':' || h.seq, ' ')"
    return f"coalesce((SELECT {aggregate} FROM change h WHERE {alias_condition}), '')"


def _replaced(*, sqlite: bool) -> str:
    """Keys of the heads a new change replaces: those agreeing with what its writer saw (all of
    them if none does, which only a writer that bypassed the heads can cause)."""
    same = _same("h", sqlite=sqlite, field="same")
    none_agree = f"NOT EXISTS (SELECT 1 FROM change m WHERE {_same('m', sqlite=sqlite, field='same')} AND {_agrees('m')})"
    return _keys(f"{same} AND ({_agrees('h')} OR {none_agree})", sqlite=sqlite)


# Two triggers with exclusive conditions: a creation (the most common row, by far, in bulk
# inserts) has no earlier versions to replace, so it only needs its number and context.
SQLITE_TRIGGERS = (f"""
CREATE TRIGGER change_stamp_create AFTER INSERT ON change WHEN NEW.seq IS NULL AND NEW.operation = 'create'
BEGIN
  INSERT OR IGNORE INTO replica (id, held, floor, known) VALUES (NEW.replica_id, 0, 0, '{{}}');
  UPDATE replica SET held = held + 1 WHERE id = NEW.replica_id;
  UPDATE change SET
    seq = (SELECT held FROM replica WHERE id = NEW.replica_id),
    parents = coalesce(NEW.parents, ''),
    context = CASE
      WHEN NEW.context IS NOT NULL OR NEW.field IS NULL THEN NEW.context
      ELSE {_keys(_same("h", sqlite=True, field="state"), sqlite=True)} END
  WHERE id = NEW.id;
END
""", f"""
CREATE TRIGGER change_stamp AFTER INSERT ON change WHEN NEW.seq IS NULL AND NEW.operation <> 'create'
BEGIN
  INSERT OR IGNORE INTO replica (id, held, floor, known) VALUES (NEW.replica_id, 0, 0, '{{}}');
  UPDATE replica SET held = held + 1 WHERE id = NEW.replica_id;
  UPDATE change SET
    seq = (SELECT held FROM replica WHERE id = NEW.replica_id),
    is_head = CASE WHEN NEW.operation IN {HEAD_OPERATIONS} THEN NEW.is_head ELSE 0 END,
    parents = CASE
      WHEN NEW.parents IS NOT NULL THEN NEW.parents
      WHEN NEW.operation NOT IN {HEAD_OPERATIONS} THEN ''
      ELSE {_replaced(sqlite=True)} END,
    context = CASE
      WHEN NEW.context IS NOT NULL THEN NEW.context
      WHEN NEW.field IS NOT NULL THEN {_keys(_same("h", sqlite=True, field="state"), sqlite=True)}
      WHEN NEW.operation = 'archive' THEN {_keys(_same("h", sqlite=True, field="fields"), sqlite=True)}
      ELSE NULL END
  WHERE id = NEW.id;
  UPDATE change SET is_head = 0
  WHERE NEW.parents IS NULL AND NEW.operation IN {HEAD_OPERATIONS}
    AND entity = NEW.entity AND entity_id = NEW.entity_id AND field IS NEW.field AND is_head AND id <> NEW.id
    AND instr(' ' || (SELECT p.parents FROM change p WHERE p.id = NEW.id) || ' ',
              ' ' || replica_id || ':' || seq || ' ') > 0;
  -- A head left standing (a conflict not settled here) must not outrank the new change just
  -- because another computer's clock is ahead: every replica has to pick the value shown here.
  UPDATE change SET changed_at = strftime('%Y-%m-%d %H:%M:%f',
      (SELECT max(h.changed_at) FROM change h WHERE {_same("h", sqlite=True, field="same")}),
      '+0.001 seconds') || '000'
  WHERE id = NEW.id AND NEW.operation IN {HEAD_OPERATIONS}
    AND NEW.changed_at <= (SELECT max(h.changed_at) FROM change h WHERE {_same("h", sqlite=True, field="same")});
END
""")

POSTGRES_FUNCTION = f"""
CREATE FUNCTION change_stamp() RETURNS trigger AS $$
DECLARE
  latest timestamptz;
BEGIN
  IF NEW.seq IS NOT NULL THEN
    RETURN NEW;
  END IF;
  INSERT INTO replica (id, held, floor, known) VALUES (NEW.replica_id, 0, 0, '{{}}')
    ON CONFLICT (id) DO NOTHING;
  UPDATE replica SET held = held + 1 WHERE id = NEW.replica_id RETURNING held INTO NEW.seq;
  IF NEW.context IS NULL THEN
    IF NEW.field IS NOT NULL THEN
      NEW.context := {_keys(_same("h", sqlite=False, field="state"), sqlite=False)};
    ELSIF NEW.operation = 'archive' THEN
      NEW.context := {_keys(_same("h", sqlite=False, field="fields"), sqlite=False)};
    END IF;
  END IF;
  IF NEW.operation = 'create' THEN
    NEW.parents := coalesce(NEW.parents, '');  -- a new record: no earlier versions
    RETURN NEW;
  END IF;
  IF NEW.operation NOT IN {HEAD_OPERATIONS} THEN
    NEW.is_head := false;
    NEW.parents := coalesce(NEW.parents, '');
    RETURN NEW;
  END IF;
  IF NEW.parents IS NULL THEN
    NEW.parents := {_replaced(sqlite=False)};
    UPDATE change SET is_head = false
    WHERE entity = NEW.entity AND entity_id = NEW.entity_id AND field IS NOT DISTINCT FROM NEW.field
      AND is_head AND position(' ' || replica_id || ':' || seq || ' ' in ' ' || NEW.parents || ' ') > 0;
    SELECT max(h.changed_at) INTO latest FROM change h WHERE {_same("h", sqlite=False, field="same")};
    IF latest IS NOT NULL AND NEW.changed_at <= latest THEN
      NEW.changed_at := latest + interval '1 millisecond';
    END IF;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def _backfill() -> None:
    """Give existing rows their identity: seq in time order per replica, parents and heads."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, replica_id, entity, entity_id, field, operation FROM change ORDER BY changed_at, id"
    )).all()
    seqs: dict[str, int] = {}
    heads: dict[tuple[str, str, str | None], tuple[str, str]] = {}
    updates: list[dict[str, object]] = []
    for change_id, replica_id, entity, entity_id, field, operation in rows:
        seq = seqs[replica_id] = seqs.get(replica_id, 0) + 1
        key = f"{replica_id}:{seq}"
        is_head = operation in ("create", "update", "archive", "restore")
        parents = ""
        if is_head:
            previous = heads.get((entity, entity_id, field))
            if previous is not None:
                parents = previous[1]
                updates.append({"id": previous[0], "seq": None, "parents": None, "head": False})
            heads[(entity, entity_id, field)] = (change_id, key)
        updates.append({"id": change_id, "seq": seq, "parents": parents, "head": is_head})
    # Rows superseded later were listed twice: the first entry sets seq/parents, the second the head flag.
    stamps = [item for item in updates if item["seq"] is not None]
    superseded = [{"id": item["id"]} for item in updates if item["seq"] is None]
    for start in range(0, len(stamps), 10_000):
        bind.execute(sa.text("UPDATE change SET seq = :seq, parents = :parents, is_head = :head WHERE id = :id"),
                     stamps[start:start + 10_000])
    for start in range(0, len(superseded), 10_000):
        bind.execute(sa.text("UPDATE change SET is_head = false WHERE id = :id"), superseded[start:start + 10_000])
    for replica_id, held in seqs.items():
        bind.execute(sa.text("INSERT INTO replica (id, held, floor, known) VALUES (:id, :held, 0, '{}')"),
                     {"id": replica_id, "held": held})


def upgrade() -> None:
    op.create_table('replica',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('held', sa.Integer(), server_default='0', nullable=False),
    sa.Column('floor', sa.Integer(), server_default='0', nullable=False),
    sa.Column('known', sa.Text(), server_default='{}', nullable=False),
    sa.Column('exchanged_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replica'))
    )
    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=True),
    sa.Column('other_id', sa.String(length=36), nullable=True),
    sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index('ix_conflict_record', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_resolved_at'), ['resolved_at'], unique=False)

    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('parents', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('context', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('is_head', sa.Boolean(), server_default=sa.true(), nullable=False))

    _backfill()
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('uq_change_replica_id_seq', ['replica_id', 'seq'], unique=True)

    if op.get_bind().dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
    else:
        op.execute(POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER change_stamp BEFORE INSERT ON change "
                   "FOR EACH ROW EXECUTE FUNCTION change_stamp()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS change_stamp")
        op.execute("DROP TRIGGER IF EXISTS change_stamp_create")
    else:
        op.execute("DROP TRIGGER IF EXISTS change_stamp ON change")
        op.execute("DROP FUNCTION IF EXISTS change_stamp()")
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('uq_change_replica_id_seq')
        batch_op.drop_column('is_head')
        batch_op.drop_column('context')
        batch_op.drop_column('parents')
        batch_op.drop_column('seq')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_resolved_at'))
        batch_op.drop_index('ix_conflict_record')
    op.drop_table('conflict')
    op.drop_table('replica')
