"""coordinators bring back their field work; disabling a login ends its open sessions

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 09:00:00

Migration 0007 let only admins apply sync packages (changes that carry their origin's ``seq``).
Now a coordinator may too, for the changes of a field copy of one of their provinces (pinned in
``meta`` with that scope by its first package: 0008), recorded as the officer of that copy who
made them; row-level security keeps the records themselves within the coordinator's provinces.
An officer applies no packages (they make no field copies). A coordinator may add the copy's
officers (no login, the officer role, no provinces: ``sync.rules`` refuses anything else) and
edit only such officers; admins keep managing every officer.

``fourthpillar_end_sessions(login)`` (admins and the owner) ends the open sessions of an officer's
login, once ``officers disable`` has made it unable to connect again.

On SQLite (the single-user desk) nothing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

GROUPS = "fourthpillar_officer, fourthpillar_coordinator, fourthpillar_admin"
BRINGS_BACK = "fourthpillar_brings_back(text, text)"
END_SESSIONS = "fourthpillar_end_sessions(text)"
#: An officer a field copy made: no login, no role but officer's, no provinces.
FIELD_OFFICER = "(login IS NULL AND role = 'officer' AND trim(both '|' from provinces) = '')"


def _change_author(definer: str, *, coordinators_bring_back: bool) -> str:
    """The change log's author trigger of 0007, with (or, for the downgrade, without) this one's rule."""
    bring_back = """
    IF who = 'coordinator' AND fourthpillar_brings_back(NEW.replica_id, NEW.officer_id) THEN
      RETURN NEW;
    END IF;""" if coordinators_bring_back else ""
    return f"""CREATE OR REPLACE FUNCTION fourthpillar_change_author() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
DECLARE
  who text := fourthpillar_role();
BEGIN
  IF who = 'owner' THEN
    RETURN NEW;
  ELSIF who IS NULL THEN
    RAISE EXCEPTION 'fourthpillar:no-officer' USING ERRCODE = 'insufficient_privilege';
  ELSIF who = 'admin' THEN
    NEW.officer_id := coalesce(NEW.officer_id, fourthpillar_officer_id());
    RETURN NEW;
  ELSIF NEW.operation = 'erase' THEN
    RAISE EXCEPTION 'fourthpillar:erase' USING ERRCODE = 'insufficient_privilege';
  ELSIF NEW.seq IS NOT NULL THEN{bring_back}
    RAISE EXCEPTION 'fourthpillar:sync' USING ERRCODE = 'insufficient_privilege';
  END IF;
  NEW.officer_id := fourthpillar_officer_id();
  RETURN NEW;
END
$$"""


#: Erased values as ChangeWriter's encode_value writes them (services.privacy.ERASED_VALUES), as in 0007.
ERASED = "('\"[erased]\"', '\"\"')"


def _append_only(definer: str, *, payloads_dropped: bool) -> str:
    """The change log's append-only trigger of 0007, with (or, for the downgrade, without) this
    one's exception: applying a package drops the stored payload of a record's creation once the
    record itself holds it (``sync.merge``), for whoever may apply that change."""
    dropped = """
    IF OLD.operation = 'create' AND OLD.field IS NULL AND NEW.new_value IS NULL
       AND to_jsonb(NEW) - ARRAY['is_head', 'new_value'] = to_jsonb(OLD) - ARRAY['is_head', 'new_value']
       AND (fourthpillar_role() = 'admin' OR (fourthpillar_role() = 'coordinator'
            AND fourthpillar_brings_back(OLD.replica_id, OLD.officer_id))) THEN
      RETURN NEW;
    END IF;""" if payloads_dropped else ""
    return f"""CREATE OR REPLACE FUNCTION fourthpillar_change_append_only() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
  IF fourthpillar_is_owner() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF to_jsonb(NEW) - 'is_head' = to_jsonb(OLD) - 'is_head' THEN
      RETURN NEW;
    END IF;{dropped}
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


def _postgres_sql(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    return [
        # A change of a copy pinned to one of the coordinator's provinces, made by one of its
        # officers (of its province, or one the copy added itself), as sync.rules checks it.
        f"""CREATE FUNCTION fourthpillar_brings_back(p_replica text, p_officer text) RETURNS boolean
LANGUAGE plpgsql STABLE {definer} AS $$
DECLARE
  pinned jsonb;
BEGIN
  BEGIN
    pinned := (SELECT value::jsonb FROM meta WHERE key = 'sync_peer:' || p_replica);
  EXCEPTION WHEN others THEN
    RETURN false;
  END;
  RETURN coalesce(jsonb_typeof(pinned) = 'object'
    AND pinned ->> 'role' = 'copy' AND pinned ->> 'revoked_at' IS NULL
    AND pinned ->> 'scope' = ANY (fourthpillar_provinces())
    AND (p_officer IS NULL
         OR EXISTS (SELECT FROM officer o WHERE o.id = p_officer AND o.region = pinned ->> 'scope')
         OR EXISTS (SELECT FROM change c WHERE c.entity = 'officer' AND c.entity_id = p_officer
                    AND c.operation = 'create' AND c.field IS NULL AND c.replica_id = p_replica)), false);
END
$$""",
        f"REVOKE ALL ON FUNCTION {BRINGS_BACK} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {BRINGS_BACK} TO {GROUPS}",
        _change_author(definer, coordinators_bring_back=True),
        _append_only(definer, payloads_dropped=True),
        # The field officers a coordinator's copy added come home with its work.
        "ALTER TABLE officer ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY fourthpillar_read ON officer FOR SELECT USING (true)",
        "CREATE POLICY fourthpillar_admin ON officer USING ((SELECT fourthpillar_role()) IN ('owner', 'admin')) "
        "WITH CHECK ((SELECT fourthpillar_role()) IN ('owner', 'admin'))",
        f"CREATE POLICY fourthpillar_field_officer_add ON officer FOR INSERT WITH CHECK ({FIELD_OFFICER})",
        # Any row is in reach of an update (so that touching another officer is refused, not
        # silently skipped); the guard below lets a coordinator change field officers only.
        f"CREATE POLICY fourthpillar_field_officer_edit ON officer FOR UPDATE USING (true) WITH CHECK ({FIELD_OFFICER})",
        f"""CREATE FUNCTION fourthpillar_officer_guard() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
  IF fourthpillar_role() IN ('owner', 'admin') OR (OLD.login IS NULL AND OLD.role = 'officer'
                                                  AND trim(both '|' from OLD.provinces) = '') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'fourthpillar:officers' USING ERRCODE = 'insufficient_privilege';
END
$$""",
        "CREATE TRIGGER officer_guard BEFORE UPDATE ON officer FOR EACH ROW EXECUTE FUNCTION fourthpillar_officer_guard()",
        "GRANT INSERT, UPDATE ON officer TO fourthpillar_coordinator",
        # Ends the sessions of a login an admin disabled (after the NOLOGIN is committed, or the
        # app would reconnect at once). pg_terminate_backend needs the privileges of that login:
        # the owner (who made it) takes its membership first, which gives the owner nothing more.
        f"""CREATE FUNCTION fourthpillar_end_sessions(p_login text) RETURNS integer LANGUAGE plpgsql {definer} AS $$
DECLARE
  ended integer := 0;
  backend integer;
BEGIN
  IF NOT (fourthpillar_is_owner() OR fourthpillar_role() = 'admin') THEN
    RAISE EXCEPTION 'fourthpillar:officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_login = session_user OR NOT EXISTS (SELECT FROM officer WHERE login = p_login)
     OR EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolname = (
       SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '{schema}.change'::regclass))) THEN
    RAISE EXCEPTION 'fourthpillar:officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT pg_has_role(current_user, p_login, 'USAGE') THEN
    EXECUTE format('GRANT %I TO %I', p_login, current_user);
  END IF;
  FOR backend IN SELECT pid FROM pg_stat_activity WHERE usename = p_login AND pid <> pg_backend_pid() LOOP
    IF pg_terminate_backend(backend) THEN
      ended := ended + 1;
    END IF;
  END LOOP;
  RETURN ended;
END
$$""",
        f"REVOKE ALL ON FUNCTION {END_SESSIONS} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {END_SESSIONS} TO fourthpillar_admin",
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
    schema = bind.dialect.identifier_preparer.quote(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    op.execute(f"DROP FUNCTION IF EXISTS {END_SESSIONS}")
    op.execute("DROP TRIGGER IF EXISTS officer_guard ON officer")
    op.execute("DROP FUNCTION IF EXISTS fourthpillar_officer_guard()")
    op.execute("REVOKE INSERT, UPDATE ON officer FROM fourthpillar_coordinator")
    for policy in ("fourthpillar_read", "fourthpillar_admin", "fourthpillar_field_officer_add",
                   "fourthpillar_field_officer_edit"):
        op.execute(f"DROP POLICY IF EXISTS {policy} ON officer")
    op.execute("ALTER TABLE officer DISABLE ROW LEVEL SECURITY")
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    op.execute(_change_author(definer, coordinators_bring_back=False))
    op.execute(_append_only(definer, payloads_dropped=False))
    op.execute(f"DROP FUNCTION IF EXISTS {BRINGS_BACK}")
