"""Officers' own logins on the shared PostgreSQL database: adding one, changing what it may do,
disabling it. Run by an admin or the database owner; the database itself refuses anyone else
(migration 0007), and :class:`~fourthpillar.store.errors.NotAllowed` says so in one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from fourthpillar.domain.fields import OFFICER_FIELDS, FieldError, ValidationFailed, clean
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import translate
from fourthpillar.services.changes import ChangeWriter, load
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.logins import ROLES, manage_login
from fourthpillar.store.models import Officer

#: A login name as PostgreSQL would take it unquoted: lower case, so people type it as they see it.
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


def _tr(text: str) -> str:
    return translate("Errors", text)


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
        writer = ChangeWriter(session, desk)
        record = Officer()
        writer.create(record, {**cleaned, "login": login})
        writer.update(record, access)
        session.flush()
        manage_login(session, action="create", login=login, password=password, role=record.role)
        return Saved(record.id, record.version, writer.batch_id)


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


def disable_officer_login(desk: Desk, *, officer_id: str) -> None:
    """The officer's login can no longer connect; the officer and everything they recorded stay."""
    _require_shared(desk)
    with desk.database.session() as session:
        record: Officer = load(session, Officer, officer_id, live=False)
        if record.login is None:
            raise ValidationFailed([FieldError("login", _tr("this officer has no login of their own"))])
        manage_login(session, action="disable", login=record.login)
