"""Officers, and who is working at this desk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select

from fourthpillar.domain.fields import OFFICER_FIELDS
from fourthpillar.domain.fields import clean
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.convert import officer_view
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import save_config
from fourthpillar.services.records import OfficerChoice
from fourthpillar.services.records import OfficerView
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import not_allowed
from fourthpillar.store.models import Officer


def register_officer(desk: Desk, *, values: Mapping[str, Any]) -> Saved:
    cleaned = clean(OFFICER_FIELDS, values, complete=True)
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        record = writer.create(Officer(), cleaned)
        return writer.saved(record)


def list_officers(desk: Desk) -> list[OfficerView]:
    with desk.database.session() as session:
        officers = session.scalars(
            select(Officer).where(Officer.archived_at.is_(None)).order_by(Officer.name)
        ).all()
        return [officer_view(officer) for officer in officers]


def officers_to_choose(desk: Desk, *, keeping: str | None = None) -> list[OfficerChoice]:
    """The officers a form offers, by name: the live ones, and the officer *keeping* (the one
    the record names now) even when archived, so that the form shows their name and keeps them
    rather than showing an id or dropping them."""
    wanted = or_(Officer.archived_at.is_(None), Officer.id == keeping) if keeping else Officer.archived_at.is_(None)
    with desk.database.session() as session:
        rows = session.execute(
            select(Officer.id, Officer.name, Officer.archived_at).where(wanted).order_by(Officer.name)).all()
        return [OfficerChoice(officer_id, name, archived_at is not None) for officer_id, name, archived_at in rows]


def find_officer(desk: Desk, *, name_or_id: str) -> OfficerView | None:
    """An officer by id or by name (case-insensitive), for the command line."""
    with desk.database.session() as session:
        officer = session.get(Officer, name_or_id)
        if officer is None:
            wanted = name_or_id.strip().casefold()
            officer = next((o for o in session.scalars(select(Officer)) if o.name.casefold() == wanted), None)
        return officer_view(officer) if officer is not None else None


def current_officer(desk: Desk) -> OfficerView | None:
    """The officer at this desk, or None before the first start asked for a name."""
    if not desk.officer_id:
        return None
    with desk.database.session() as session:
        officer = session.get(Officer, desk.officer_id)
        return officer_view(officer) if officer is not None else None


def sign_in(desk: Desk, *, name: str, region: str | None = None) -> OfficerView:
    """Record who works at this desk (first start): reuse an officer of that name or add one.

    The choice is remembered in the data folder, and every change from now on carries it. On the
    shared database an officer works as their own login: only an admin (or the owner) may sign
    in as someone else here (the database records the login's officer anyway).
    """
    if desk.login is not None and not desk.login.may_act_as_others:
        raise not_allowed("sign-in")
    existing = find_officer(desk, name_or_id=name)
    if existing is None:
        saved = register_officer(desk, values={"name": name, "region": region})
        desk.officer_id = saved.id
    else:
        desk.officer_id = existing.id
    save_config(desk)
    with desk.database.session() as session:
        return officer_view(load(session, Officer, desk.officer_id))
