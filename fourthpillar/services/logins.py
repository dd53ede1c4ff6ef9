"""Officers' own logins on the shared PostgreSQL database: adding one, changing what it may do,
disabling it. Run by an admin or the database owner; the database itself refuses anyone else
(migration 0007), and :class:`~fourthpillar.store.errors.NotAllowed` says so in one line.

Also the one place that answers "what may this login do?" (:func:`permissions`), so the app can
grey out what the database would refuse anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from fourthpillar.domain.fields import OFFICER_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.errors import not_allowed
from fourthpillar.store.logins import ROLES
from fourthpillar.store.logins import connected_login
from fourthpillar.store.logins import end_sessions
from fourthpillar.store.logins import login_exists
from fourthpillar.store.logins import logins_active
from fourthpillar.store.logins import manage_login
from fourthpillar.store.models import Officer

#: A login name as PostgreSQL would take it unquoted: lower case, so people type it as they see it.
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")
# What the roles are called where people read them (the stored codes are in ``ROLES``).
ROLE_LABELS = {
    "officer": QT_TRANSLATE_NOOP("Logins", "officer"),
    "coordinator": QT_TRANSLATE_NOOP("Logins", "coordinator"),
    "admin": QT_TRANSLATE_NOOP("Logins", "admin"),
}
# PostgreSQL's code for "a role of that name exists already" (roles are cluster-wide).
_DUPLICATE_OBJECT = "42710"


def role_label(role: str) -> str:
    """"coordinator" in the officer's language; an unknown role as it is."""
    return translate("Logins", ROLE_LABELS[role]) if role in ROLE_LABELS else role


@dataclass(frozen=True)
class Permissions:
    """What the signed-in login may do, for the app to offer only that (the database refuses
    the rest anyway). On the single-user SQLite desk everything is allowed."""

    # Officers' own logins exist (the shared database): the Officers dialog has something to show.
    has_logins: bool
    # Erase a person (GDPR): admins and the owner.
    can_erase: bool
    # Add officers with logins, change their role or provinces, disable and enable logins.
    can_manage_officers: bool
    # Delete backups that still hold erased people (the retention side of an erasure).
    can_prune_backups: bool
    # Sync administration (revoking copies, packages of any copy): admins and the owner.
    can_administer_sync: bool
    # Make first packages (field copies): admins and the owner, a coordinator for their provinces.
    can_make_field_copies: bool
    # Record work as another officer (sign in under another name, ``--as``).
    can_work_as_others: bool
    # The provinces this login works in; None for every province.
    provinces: tuple[str, ...] | None
    # Apply packages of field copies and sync with them: admins and the owner, a coordinator for
    # copies of their provinces (migration 0013).
    can_apply_packages: bool = True

    @classmethod
    def nothing(cls) -> Permissions:
        """Nothing allowed: what a window offers before the login's permissions are read."""
        return cls(has_logins=False, can_erase=False, can_manage_officers=False, can_prune_backups=False,
                   can_administer_sync=False, can_make_field_copies=False, can_work_as_others=False,
                   provinces=(), can_apply_packages=False)


def until_read(desk: Desk) -> Permissions:
    """What the app offers while :func:`permissions` is read in the background: everything on a
    desk's own register (nothing to read there), on the shared database only what every login may."""
    if desk.database.is_sqlite:
        return permissions(desk)
    return replace(Permissions.nothing(), has_logins=True)


def permissions(desk: Desk) -> Permissions:
    """What *desk*'s login may do now (read from the database: a role changed meanwhile counts)."""
    if desk.database.is_sqlite:
        return Permissions(False, True, True, True, True, True, True, None)
    login = connected_login(desk.database)
    role = login.role if login is not None else None
    full = role in ("owner", "admin")
    coordinator = role == "coordinator"
    provinces = None if role in ("owner", "admin", "officer") else (login.provinces if login is not None else ())
    return Permissions(has_logins=True, can_erase=full, can_manage_officers=full, can_prune_backups=full,
                       can_administer_sync=full, can_make_field_copies=full or (coordinator and bool(provinces)),
                       can_work_as_others=full, provinces=provinces,
                       can_apply_packages=full or (coordinator and bool(provinces)))


def check_package_scope(desk: Desk, *, replica: str, scope: str | None) -> None:
    """Refuse, in one line, a package of the field copy *replica* (of province *scope*; None for
    the whole register) that *desk*'s login may not apply: a coordinator applies those of copies
    of their own provinces, an officer none (the database refuses them too: migration 0013)."""
    allowed = permissions(desk)
    if not allowed.can_apply_packages:
        raise not_allowed("sync")
    if allowed.provinces is None or scope in allowed.provinces:
        return
    raise NotAllowed(_tr("your database login may not apply the package of copy {replica} ({province}): a "
                         "coordinator brings back copies of their own provinces ({choices}); nothing was written")
                     .format(replica=replica, province=scope or _tr("the whole register"),
                             choices=", ".join(allowed.provinces)))


def field_copy_province(desk: Desk, province: str | None) -> str | None:
    """The province a first package made by *desk*'s login holds (None: all of them).

    A coordinator's field copy holds one of their own provinces: theirs when they have one and
    chose none; another is refused in one line. Officers make no field copies.
    """
    allowed = permissions(desk)
    if not allowed.can_make_field_copies:
        raise not_allowed("field-copy")
    if allowed.provinces is None:
        return province
    if province is None and len(allowed.provinces) == 1:
        return allowed.provinces[0]
    if province is None:
        raise ValidationFailed([FieldError("province", _tr(
            "a coordinator's field copy holds one of their provinces: choose one of {choices}").format(
            choices=", ".join(allowed.provinces)))])
    if province not in allowed.provinces:
        raise NotAllowed(_tr("your database login may not make a field copy of {province}: a coordinator's "
                             "copies hold their own provinces ({choices}); nothing was written").format(
            province=province, choices=", ".join(allowed.provinces)))
    return province


@dataclass(frozen=True)
class OfficerLogin:
    """An officer as the Officers dialog lists them: who, their login and what it may do."""

    id: str
    name: str
    email: str
    # Their own PostgreSQL login; None for an officer without one (from a field copy, say).
    login: str | None
    role: str
    provinces: tuple[str, ...]
    # Whether the login may connect: False once disabled; None without a login on this server.
    active: bool | None


def list_officer_logins(desk: Desk) -> list[OfficerLogin]:
    """Every current officer with their login, role, provinces and whether the login may connect."""
    with desk.database.session() as session:
        records = session.scalars(select(Officer).where(Officer.archived_at.is_(None))
                                  .order_by(Officer.name, Officer.id)).all()
        names = [record.login for record in records if record.login]
        active = logins_active(session, names) if not desk.database.is_sqlite else {}
        return [OfficerLogin(record.id, record.name, record.email or "", record.login, record.role,
                             tuple(record.provinces), active.get(record.login) if record.login else None)
                for record in records]


_tr = translator("Errors")


def _require_shared(desk: Desk) -> None:
    if desk.database.is_sqlite:
        raise ValidationFailed([FieldError("login", _tr(
            "officers' own logins exist only on a shared PostgreSQL database, not on this desk's own register"))])


def _clean_access(role: str | None, provinces: Iterable[str] | None, *, current_role: str,
                  current_provinces: list[str]) -> dict[str, Any]:
    """The role and provinces to store (None: unchanged); ValidationFailed names every bad one."""
    errors: list[FieldError] = []
    new_role = current_role if role is None else role.strip().casefold()
    if new_role not in ROLES:
        errors.append(FieldError("role", _tr("'{text}' is not one of: {choices}").format(
            text=new_role, choices=", ".join(ROLES))))
    chosen: list[str] = []
    for text in provinces if provinces is not None else (current_provinces if new_role == "coordinator" else ()):
        code = PROVINCES.code_for(text) if text.strip() else None
        if code is None:
            errors.append(FieldError("provinces", _tr("'{text}' is not one of: {choices}").format(
                text=text.strip(), choices=", ".join(PROVINCES.codes))))
        elif code not in chosen:
            chosen.append(code)
    if new_role == "coordinator" and not chosen:
        errors.append(FieldError("provinces", _tr("a coordinator needs at least one province")))
    elif new_role != "coordinator" and chosen:
        errors.append(FieldError("provinces", _tr("only a coordinator works for chosen provinces")))
    if errors:
        raise ValidationFailed(errors)
    return {"role": new_role, "provinces": chosen}


def add_officer_login(desk: Desk, *, values: Mapping[str, Any], login: str, role: str = "officer",
                      provinces: Iterable[str] | None = None, password: str | None = None) -> Saved:
    """Register an officer with their own login (and password, if given) in *role*'s group.

    The officer and the login are made in one transaction: if either is refused, neither exists.
    """
    _require_shared(desk)
    cleaned = clean(OFFICER_FIELDS, values, complete=True)
    login = login.strip()
    if not LOGIN_NAME.fullmatch(login):
        raise ValidationFailed([FieldError("login", _tr(
            "'{text}' is not a login name (lower-case letters, digits, _ . -; at most 63)").format(text=login))])
    access = _clean_access(role, provinces, current_role="officer", current_provinces=[])
    with desk.database.session() as session:
        holder = session.scalar(select(Officer.name).where(Officer.login == login))
        if holder is not None:
            raise ValidationFailed([FieldError("login", _tr("'{text}' is already the login of {name}").format(
                text=login, name=holder))])
        if login_exists(session, login):
            raise _taken_on_server(login)
        writer = ChangeWriter(session, desk)
        record = Officer()
        writer.create(record, {**cleaned, "login": login})
        writer.update(record, access)
        session.flush()
        try:
            manage_login(session, action="create", login=login, password=password, role=record.role)
        except DBAPIError as error:  # made by someone else a moment ago
            if getattr(error.orig, "sqlstate", None) == _DUPLICATE_OBJECT:
                raise _taken_on_server(login) from error
            raise
        return Saved(record.id, record.version, writer.batch_id)


def _taken_on_server(login: str) -> ValidationFailed:
    return ValidationFailed([FieldError("login", _tr(
        "the database server already has a login '{text}' (of another register, or an old one): choose another")
        .format(text=login))])


def set_officer_access(desk: Desk, *, officer_id: str, role: str | None = None,
                       provinces: Iterable[str] | None = None, password: str | None = None) -> Saved:
    """Change what an officer's login may do (and its password, when given)."""
    _require_shared(desk)
    with desk.database.session() as session:
        record: Officer = load(session, Officer, officer_id)
        if record.login is None:
            raise ValidationFailed([FieldError("login", _tr("this officer has no login of their own"))])
        access = _clean_access(role, provinces, current_role=record.role, current_provinces=list(record.provinces))
        writer = ChangeWriter(session, desk)
        writer.update(record, access)
        session.flush()
        manage_login(session, action="update", login=record.login, password=password, role=record.role)
        return Saved(record.id, record.version, writer.batch_id)


def disable_officer_login(desk: Desk, *, officer_id: str) -> int:
    """The officer's login can no longer connect, and its open sessions end (how many: the
    number returned); the officer and everything they recorded stay."""
    login = _switch_login(desk, officer_id=officer_id, action="disable")
    # Only once the NOLOGIN is committed: a session ended before could reconnect at once.
    with desk.database.session() as session:
        return end_sessions(session, login)


def enable_officer_login(desk: Desk, *, officer_id: str) -> None:
    """A disabled login may connect again (with its old password, unless a new one is set)."""
    _switch_login(desk, officer_id=officer_id, action="enable")


def _switch_login(desk: Desk, *, officer_id: str, action: str) -> str:
    _require_shared(desk)
    with desk.database.session() as session:
        record: Officer = load(session, Officer, officer_id, live=False)
        if record.login is None:
            raise ValidationFailed([FieldError("login", _tr("this officer has no login of their own"))])
        if action == "disable" and desk.login is not None and record.login == desk.login.name:
            # The app would lose its own connection; another admin (or the owner) can do it.
            raise ValidationFailed([FieldError("login", _tr("you cannot disable your own login"))])
        manage_login(session, action=action, login=record.login)
        return record.login
