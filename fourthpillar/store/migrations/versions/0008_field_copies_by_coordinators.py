"""field copies by coordinators: a coordinator enrols copies of their own provinces only

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00

A first package (``services.sync.create_first_package``) pins the new copy's public keys and its
province in ``meta`` (``sync_peer:<replica id>``, ``sync.trust.pin``). Migration 0007 let only
admins write ``meta``, so a coordinator could make no field copy at all. Now a coordinator may
add that one kind of row, for a copy of one of their own provinces, and nothing else in ``meta``
(row-level security; the app refuses other provinces first, naming them). Admins keep adding
and changing any row of ``meta``; its owner is not subject to row-level security. Everyone
still reads it. On SQLite (the single-user desk) nothing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

GROUPS = "fourthpillar_officer, fourthpillar_coordinator, fourthpillar_admin"
ENROLS = "fourthpillar_enrols_own_copy(text, text)"


def _postgres_sql(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    return [
        # The pin a first package writes (sync.trust.Peer as JSON), for a coordinator's own province.
        f"""CREATE FUNCTION fourthpillar_enrols_own_copy(p_key text, p_value text) RETURNS boolean
LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE
  pinned jsonb;
BEGIN
  IF fourthpillar_role() IS DISTINCT FROM 'coordinator' OR NOT starts_with(p_key, 'sync_peer:') THEN
    RETURN false;
  END IF;
  BEGIN
    pinned := p_value::jsonb;
  EXCEPTION WHEN others THEN
    RETURN false;
  END;
  RETURN coalesce(jsonb_typeof(pinned) = 'object'
                  AND p_key = 'sync_peer:' || (pinned ->> 'replica_id')
                  AND pinned ->> 'role' = 'copy'
                  AND pinned ->> 'revoked_at' IS NULL
                  AND pinned ->> 'scope' = ANY (fourthpillar_provinces()), false);
END
$$""",
        f"REVOKE ALL ON FUNCTION {ENROLS} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {ENROLS} TO {GROUPS}",
        "ALTER TABLE meta ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY fourthpillar_read ON meta FOR SELECT USING (true)",
        "CREATE POLICY fourthpillar_admin ON meta USING ((SELECT fourthpillar_role()) IN ('owner', 'admin')) "
        "WITH CHECK ((SELECT fourthpillar_role()) IN ('owner', 'admin'))",
        "CREATE POLICY fourthpillar_enrol ON meta FOR INSERT WITH CHECK (fourthpillar_enrols_own_copy(key, value))",
        "GRANT INSERT ON meta TO fourthpillar_coordinator",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    schema = bind.dialect.identifier_preparer.quote(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    for statement in _postgres_sql(schema):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    op.execute("REVOKE INSERT ON meta FROM fourthpillar_coordinator")
    for policy in ("fourthpillar_read", "fourthpillar_admin", "fourthpillar_enrol"):
        op.execute(f"DROP POLICY IF EXISTS {policy} ON meta")
    op.execute("ALTER TABLE meta DISABLE ROW LEVEL SECURITY")
    op.execute(f"DROP FUNCTION IF EXISTS {ENROLS}")
