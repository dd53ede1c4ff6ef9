"""Quick search (Ctrl+K): one box that finds initiatives, contacts, requests and follow-ups."""

from __future__ import annotations

from typing import Any

from sqlalchemy import not_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.i18n import format_date
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import SearchHit
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.search import found_by_borrowed_words
from fourthpillar.store.search import match_terms
from fourthpillar.store.search import matches


def _with_initiative(session: Session, model: type[ContactPerson] | type[AdviceRequest] | type[FollowUp], text: str,
                     dialect: str, order: Any, limit: int) -> list[tuple[Any, str]]:
    """The first *limit* live records of *model* (of a live initiative) matching *text*, in
    *order*, each with its initiative's name.

    A request or follow-up is also found by its initiative's name and municipality
    (store.search.BORROWED); one found by those alone is left to the initiative's own hit (its
    page lists them): "Oxfam" shows Oxfam, not ten of its requests beside it, while "Oxfam
    subsidie" shows Oxfam's requests about a subsidy, and "begroting" every request about a
    budget, whatever the initiatives' notes say."""
    conditions = [model.archived_at.is_(None), Initiative.archived_at.is_(None), matches(model, text, dialect)]
    if model is not ContactPerson:
        conditions.append(not_(found_by_borrowed_words(model, text, dialect)))
    return [(record, name) for record, name in session.execute(
        select(model, Initiative.name)
        .join(Initiative, model.initiative_id == Initiative.id)
        .where(*conditions).order_by(order).limit(limit)
    )]


def quick_search(desk: Desk, *, text: str, limit: int = 10) -> list[SearchHit]:
    """Up to *limit* hits of each kind, initiatives first."""
    if not match_terms(text):  # the words store.search.matches looks for: "_" holds none
        return []
    dialect = desk.database.engine.dialect.name
    hits: list[SearchHit] = []
    with desk.database.session() as session:
        for item in session.scalars(
            select(Initiative).where(Initiative.archived_at.is_(None), matches(Initiative, text, dialect))
            .order_by(Initiative.name_key).limit(limit)
        ):
            hits.append(SearchHit("initiative", item.id, item.name, item.municipality, item.id))
        for contact, initiative_name in _with_initiative(session, ContactPerson, text, dialect,
                                                         ContactPerson.name, limit):
            hits.append(SearchHit("contact", contact.id, contact.name, initiative_name, contact.initiative_id))
        for request, initiative_name in _with_initiative(session, AdviceRequest, text, dialect,
                                                         AdviceRequest.received_on.desc(), limit):
            title = request.question.splitlines()[0][:100] if request.question else ""
            hits.append(SearchHit("request", request.id, title,
                                  f"{initiative_name} · {format_date(request.received_on)}",
                                  request.initiative_id))
        for follow_up, initiative_name in _with_initiative(session, FollowUp, text, dialect,
                                                           FollowUp.due_on.desc(), limit):
            hits.append(SearchHit("follow_up", follow_up.id, follow_up.action[:100],
                                  f"{initiative_name} · {format_date(follow_up.due_on)}",
                                  follow_up.initiative_id))
    return hits
