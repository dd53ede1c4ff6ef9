"""Quick search (Ctrl+K): one box that finds initiatives, contacts, requests and follow-ups."""

from __future__ import annotations

from sqlalchemy import select

from fourthpillar.i18n import format_date
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import SearchHit
from fourthpillar.store.models import AdviceRequest, ContactPerson, FollowUp, Initiative
from fourthpillar.store.search import match_terms, matches


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
        for contact, initiative_name in session.execute(
            select(ContactPerson, Initiative.name)
            .join(Initiative, ContactPerson.initiative_id == Initiative.id)
            .where(ContactPerson.archived_at.is_(None), Initiative.archived_at.is_(None),
                   matches(ContactPerson, text, dialect))
            .order_by(ContactPerson.name).limit(limit)
        ):
            hits.append(SearchHit("contact", contact.id, contact.name, initiative_name, contact.initiative_id))
        for request, initiative_name in session.execute(
            select(AdviceRequest, Initiative.name)
            .join(Initiative, AdviceRequest.initiative_id == Initiative.id)
            .where(AdviceRequest.archived_at.is_(None), Initiative.archived_at.is_(None),
                   matches(AdviceRequest, text, dialect))
            .order_by(AdviceRequest.received_on.desc()).limit(limit)
        ):
            title = request.question.splitlines()[0][:100] if request.question else ""
            hits.append(SearchHit("request", request.id, title,
                                  f"{initiative_name} · {format_date(request.received_on)}",
                                  request.initiative_id))
        for follow_up, initiative_name in session.execute(
            select(FollowUp, Initiative.name)
            .join(Initiative, FollowUp.initiative_id == Initiative.id)
            .where(FollowUp.archived_at.is_(None), Initiative.archived_at.is_(None),
                   matches(FollowUp, text, dialect))
            .order_by(FollowUp.due_on.desc()).limit(limit)
        ):
            hits.append(SearchHit("follow_up", follow_up.id, follow_up.action[:100],
                                  f"{initiative_name} · {format_date(follow_up.due_on)}",
                                  follow_up.initiative_id))
    return hits
