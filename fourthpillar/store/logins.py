"""Who is connected to the shared PostgreSQL database, and managing officers' own logins there.

Migration 0007 made the rules (grants, row-level security, triggers and the functions read
here); this module only asks the database. On SQLite there are no logins: the single-user desk
records the officer chosen at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from fourthpillar.store.database import Database

#: What an officer may do on the shared database, least first (migration 0007).
ROLES = ("officer", "coordinator", "admin")


@dataclass(frozen=True)
class Login:
    """The PostgreSQL login of a connection and what the database makes of it."""

    name: str
    #: The owner of the register's tables, or a superuser: migrations, demo data, first admin.
    is_owner: bool
    #: The officer whose login this is; None for the owner (unless an officer has that login).
    officer_id: str | None
    #: officer | coordinator | admin; "owner" for the owner; None for a login of no officer.
    role: str | None
    #: A coordinator's provinces (codes), as row-level security reads them; empty for the others.
    provinces: tuple[str, ...] = ()

    @property
    def may_act_as_others(self) -> bool:
        """Whether changes may be recorded as another officer (``--as``): admins and the owner."""
        return self.role in ("owner", "admin")


def connected_login(database: Database) -> Login | None:
    """The login of *database*'s connections; None on SQLite."""
    if database.is_sqlite:
        return None
    with database.engine.connect() as connection:
        name, is_owner, officer_id, role, provinces = connection.execute(text(
            "SELECT session_user, fourthpillar_is_owner(), fourthpillar_officer_id(), fourthpillar_role(), "
            "fourthpillar_provinces()")).one()
    return Login(name=name, is_owner=bool(is_owner), officer_id=officer_id, role=role,
                 provinces=tuple(provinces or ()))


def logins_active(session: Session, logins: list[str]) -> dict[str, bool]:
    """Whether each of *logins* may connect (a disabled one may not); a login the server does
    not have is left out."""
    if not logins:
        return {}
    rows = session.execute(text("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(:logins)"),
                           {"logins": logins})
    return {name: bool(can_login) for name, can_login in rows}


def login_exists(session: Session, login: str) -> bool:
    """Whether the server has a role of that name already (roles are cluster-wide)."""
    return session.execute(text("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :login)"),
                           {"login": login}).scalar_one() is True


def password_verifier(session: Session, *, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of *password*, made here by libpq: the server never sees the
    password itself (not in its logs either)."""
    driver = session.connection().connection.driver_connection
    verifier: bytes = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")
    return verifier.decode("ascii")


def manage_login(session: Session, *, action: str, login: str, password: str | None = None,
                 role: str | None = None) -> None:
    """Create (``create``), ``disable`` or ``enable`` the PostgreSQL login of an officer of this
    register, set its password when given and put it in *role*'s group (and no other) when given.

    The database function checks that the caller is an admin or the owner and that *login*
    belongs to an officer here (so the owner or a superuser can never be changed this way), and
    quotes the names and the verifier itself (``format('%I', '%L')``).
    """
    verifier = password_verifier(session, login=login, password=password) if password else None
    session.execute(text("SELECT fourthpillar_manage_login(:action, :login, :verifier, :role)"),
                    {"action": action, "login": login, "verifier": verifier, "role": role})


def end_sessions(session: Session, login: str) -> int:
    """End the open sessions of an officer's *login* (migration 0013: admins and the owner); how many."""
    ended = session.execute(text("SELECT fourthpillar_end_sessions(:login)"), {"login": login}).scalar_one()
    return int(ended or 0)
