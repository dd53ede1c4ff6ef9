"""office logins: each officer signs in to the shared database as themself; PostgreSQL enforces roles

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 04:40:00

Every officer gets a ``login`` (their PostgreSQL role name, unique), a ``role`` (officer,
coordinator or admin) and, for a coordinator, the ``provinces`` they work for. On SQLite (the
single-user desk) that is all: the columns are added and nobody is refused anything.

On PostgreSQL the database itself decides who may do what, whatever program connects:

* Three group roles (``fourthpillar_officer``, ``fourthpillar_coordinator``, ``fourthpillar_admin``;
  roles are cluster-wide, so they are made only when missing) get their grants here. Logins
  are members of one of them (``services.logins``).
* Helper functions read the connected officer from ``session_user`` (SECURITY DEFINER with a
  fixed search_path, so they read the officer table whatever the caller may see).
* Row-level security: a coordinator sees and changes only initiatives of their provinces, and
  the contacts, requests, follow-ups and history of those initiatives.
* The officer recorded on a change (and on an import run) is the login's officer, set by a
  trigger whatever the client sent; admins may record another officer (``--as``, sync packages).
  The owner of the tables (migrations, demo data, tests) keeps what the client sent.
* The change log is append-only for everyone but the owner: the only updates allowed are the
  ``is_head`` flag (sync bookkeeping, kept by the stamping trigger of 0004) and, for an admin,
  blanking a person's name, e-mail or phone in their history (``person erase``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

GROUPS = ("fourthpillar_officer", "fourthpillar_coordinator", "fourthpillar_admin")
#: Tables every login may add to and edit (coordinators within their provinces).
WORK_TABLES = ("initiative", "contact_person", "advice_request", "follow_up", "import_run", "conflict", "replica")
#: The records of one initiative, seen by a coordinator when the initiative is.
CHILD_TABLES = ("contact_person", "advice_request", "follow_up")
HELPERS = ("fourthpillar_is_owner()", "fourthpillar_role()", "fourthpillar_officer_id()",
           "fourthpillar_sees_all()", "fourthpillar_provinces()")
#: Erased values as ChangeWriter's encode_value writes them (services.privacy.ERASED_VALUES).
ERASED = "('\"[erased]\"', '\"\"')"


def _postgres_sql(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    everyone = ", ".join(GROUPS)
    statements = [
        "DO $$ BEGIN " + " ".join(
            f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN CREATE ROLE {group} NOLOGIN; END IF;"
            for group in GROUPS) + " END $$",
        # The owner: who owns the register's tables, or a superuser.
        f"""CREATE FUNCTION fourthpillar_is_owner() RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
  SELECT session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '{schema}.change'::regclass)
      OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$""",
        f"""CREATE FUNCTION fourthpillar_officer_id() RETURNS text LANGUAGE sql STABLE {definer} AS $$
  SELECT id FROM officer WHERE login = session_user AND archived_at IS NULL
$$""",
        f"""CREATE FUNCTION fourthpillar_role() RETURNS text LANGUAGE sql STABLE {definer} AS $$
  SELECT CASE WHEN fourthpillar_is_owner() THEN 'owner'
         ELSE (SELECT role FROM officer WHERE login = session_user AND archived_at IS NULL) END
$$""",
        f"""CREATE FUNCTION fourthpillar_sees_all() RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
  SELECT coalesce(fourthpillar_role() IN ('owner', 'admin', 'officer'), false)
$$""",
        f"""CREATE FUNCTION fourthpillar_provinces() RETURNS text[] LANGUAGE sql STABLE {definer} AS $$
  SELECT coalesce((SELECT string_to_array(trim(both '|' from provinces), '|') FROM officer
                   WHERE login = session_user AND archived_at IS NULL AND role = 'coordinator'), '{{}}')
$$""",
        # Who made a change: the login's officer; an admin (--as, sync) and the owner may say otherwise.
        f"""CREATE FUNCTION fourthpillar_change_author() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
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
  ELSIF NEW.seq IS NOT NULL THEN
    RAISE EXCEPTION 'fourthpillar:sync' USING ERRCODE = 'insufficient_privilege';
  END IF;
  NEW.officer_id := fourthpillar_officer_id();
  RETURN NEW;
END
$$""",
        f"""CREATE FUNCTION fourthpillar_record_author() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
  IF fourthpillar_role() NOT IN ('owner', 'admin') THEN
    NEW.officer_id := fourthpillar_officer_id();
  END IF;
  RETURN NEW;
END
$$""",
        # Nobody but the owner rewrites history; the exceptions are listed in the module's docstring.
        f"""CREATE FUNCTION fourthpillar_change_append_only() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
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
  END IF;
  RAISE EXCEPTION 'fourthpillar:history' USING ERRCODE = 'insufficient_privilege';
END
$$""",
        # Logins are made, disabled and moved between the groups only for officers of this register,
        # never for the owner or a superuser; the verifier is a SCRAM hash made by the client.
        f"""CREATE FUNCTION fourthpillar_manage_login(p_action text, p_login text, p_verifier text, p_group text)
RETURNS void LANGUAGE plpgsql {definer} AS $$
DECLARE
  g text;
BEGIN
  IF NOT (fourthpillar_is_owner() OR fourthpillar_role() = 'admin') THEN
    RAISE EXCEPTION 'fourthpillar:officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT FROM officer WHERE login = p_login)
     OR EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolname = (
       SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '{schema}.change'::regclass))) THEN
    RAISE EXCEPTION 'fourthpillar:officers' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_action = 'create' THEN
    EXECUTE format('CREATE ROLE %I LOGIN', p_login);
  ELSIF p_action = 'disable' THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
  ELSIF p_action = 'enable' THEN
    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
  END IF;
  IF p_verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
  END IF;
  IF p_group IS NOT NULL THEN
    FOREACH g IN ARRAY ARRAY['officer', 'coordinator', 'admin'] LOOP
      IF g = p_group THEN
        EXECUTE format('GRANT %I TO %I', 'fourthpillar_' || g, p_login);
      ELSE
        EXECUTE format('REVOKE %I FROM %I', 'fourthpillar_' || g, p_login);
      END IF;
    END LOOP;
  END IF;
END
$$""",
        "REVOKE ALL ON FUNCTION fourthpillar_manage_login(text, text, text, text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION fourthpillar_manage_login(text, text, text, text) TO fourthpillar_admin",
        "CREATE TRIGGER change_author BEFORE INSERT ON change FOR EACH ROW EXECUTE FUNCTION fourthpillar_change_author()",
        "CREATE TRIGGER import_run_author BEFORE INSERT ON import_run FOR EACH ROW "
        "EXECUTE FUNCTION fourthpillar_record_author()",
        "CREATE TRIGGER change_append_only BEFORE UPDATE OR DELETE ON change FOR EACH ROW "
        "EXECUTE FUNCTION fourthpillar_change_append_only()",
        # A login that is not the owner may still connect before anyone opened the register as
        # the owner: the replica id must exist already (services.desk writes it otherwise).
        "INSERT INTO meta (key, value) SELECT 'replica_id', gen_random_uuid()::text "
        "WHERE NOT EXISTS (SELECT FROM meta WHERE key = 'replica_id')",
        # Grants: everyone reads; the work tables take new and edited rows; history takes new rows.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}",
        f"GRANT USAGE ON SCHEMA {schema} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}",
        f"GRANT INSERT, UPDATE ON {', '.join(WORK_TABLES)} TO {everyone}",
        f"GRANT INSERT ON change TO {everyone}",
        # Only these columns, and only as fourthpillar_change_append_only allows (which also
        # tells an officer's erasure from other rewriting, to name what was refused).
        f"GRANT UPDATE (is_head, old_value, new_value) ON change TO {everyone}",
        "GRANT INSERT, UPDATE ON officer, meta TO fourthpillar_admin",
        f"GRANT EXECUTE ON FUNCTION {', '.join(HELPERS)} TO {everyone}",
        # Row-level security (the owner is not subject to it): a coordinator's provinces.
        "ALTER TABLE initiative ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY fourthpillar_provinces ON initiative USING ((SELECT fourthpillar_sees_all()) "
        "OR province IN (SELECT unnest(fourthpillar_provinces()))) WITH CHECK ((SELECT fourthpillar_sees_all()) "
        "OR province IN (SELECT unnest(fourthpillar_provinces())))",
    ]
    for table in CHILD_TABLES:
        visible = (f"(SELECT fourthpillar_sees_all()) OR EXISTS "
                   f"(SELECT 1 FROM initiative i WHERE i.id = {table}.initiative_id)")
        statements += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                       f"CREATE POLICY fourthpillar_provinces ON {table} USING ({visible}) WITH CHECK ({visible})"]
    seen_change = ("(SELECT fourthpillar_sees_all()) OR CASE change.entity "
                   + " ".join(f"WHEN '{entity}' THEN EXISTS (SELECT 1 FROM {table} r WHERE r.id = change.entity_id)"
                              for entity, table in (("initiative", "initiative"), ("contact", "contact_person"),
                                                    ("request", "advice_request"), ("follow_up", "follow_up")))
                   + " ELSE true END")
    statements += [
        "ALTER TABLE change ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY fourthpillar_read ON change FOR SELECT USING ({seen_change})",
        f"CREATE POLICY fourthpillar_stamp ON change FOR UPDATE USING ({seen_change})",
        "CREATE POLICY fourthpillar_add ON change FOR INSERT WITH CHECK (true)",
    ]
    return statements


def upgrade() -> None:
    # Plain ADD COLUMN: a batch (copy-and-move) of the officer table would fail on SQLite, which
    # other tables' foreign keys point at.
    op.add_column('officer', sa.Column('login', sa.String(length=63), nullable=True))
    op.add_column('officer', sa.Column('role', sa.String(length=12), server_default='officer', nullable=False))
    op.add_column('officer', sa.Column('provinces', sa.Text(), server_default=sa.text("''"), nullable=False))
    op.create_index('uq_officer_login', 'officer', ['login'], unique=True)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    schema = bind.dialect.identifier_preparer.quote(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    for statement in _postgres_sql(schema):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for table in ("initiative", *CHILD_TABLES, "change"):
            for policy in ("fourthpillar_provinces", "fourthpillar_read", "fourthpillar_stamp", "fourthpillar_add"):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP TRIGGER IF EXISTS change_author ON change")
        op.execute("DROP TRIGGER IF EXISTS import_run_author ON import_run")
        op.execute("DROP TRIGGER IF EXISTS change_append_only ON change")
        for function in ("fourthpillar_manage_login(text, text, text, text)", "fourthpillar_change_author()", "fourthpillar_record_author()",
                         "fourthpillar_change_append_only()", *reversed(HELPERS)):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_index('uq_officer_login', table_name='officer')
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_column('provinces')
        batch_op.drop_column('role')
        batch_op.drop_column('login')
