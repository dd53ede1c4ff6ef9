"""The period report's trainings and events: held, participants and initiatives reached, by
topic and by province, as SQL aggregates (a few rows, never the registrations)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_
from sqlalchemy import case
from sqlalchemy import distinct
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.export.data import EventCount
from fourthpillar.export.data import EventFigures
from fourthpillar.i18n import translate
from fourthpillar.store.models import Event
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.types import code_pattern


def compute_event_figures(session: Session, *, date_from: dt.date, date_to: dt.date, province: str | None = None,
                          officer_id: str | None = None) -> EventFigures:
    """Events held that started in the period (of *officer_id*, the officer in charge), and the
    people who attended them (of *province*'s initiatives only, walk-ins left out, when given)."""
    held = and_(Event.archived_at.is_(None), Event.status == "held", Event.starts_on >= date_from,
                Event.starts_on <= date_to, *([Event.officer_id == officer_id] if officer_id else []))
    came = [Registration.archived_at.is_(None), Registration.status == "attended", held,
            *([Initiative.province == province] if province else [])]

    def topic(code: str) -> Any:
        return Event.topics.like(code_pattern(code), escape="\\")

    events_total, trainings = session.execute(
        select(func.count(), func.count(case((Event.kind == "training", 1)))).select_from(Event).where(held)).one()
    events_per_topic = session.execute(
        select(*(func.count(case((topic(code), 1))) for code in TOPICS.codes)).select_from(Event).where(held)).one()
    attended = (select(Registration.initiative_id, Event.topics, Initiative.province)
                .join(Event, Registration.event_id == Event.id)
                .outerjoin(Initiative, Registration.initiative_id == Initiative.id)
                .where(*came))
    rows = attended.subquery()
    participants, reached = session.execute(
        select(func.count(), func.count(distinct(rows.c.initiative_id)))).one()

    def topic_of(code: str) -> Any:
        return rows.c.topics.like(code_pattern(code), escape="\\")

    per_topic = session.execute(select(
        *(func.count(case((topic_of(code), 1))) for code in TOPICS.codes),
        *(func.count(distinct(case((topic_of(code), rows.c.initiative_id)))) for code in TOPICS.codes))).one()
    count = len(TOPICS.codes)
    by_topic = [EventCount(TOPICS.label(code), int(events_per_topic[index]), int(per_topic[index]),
                           int(per_topic[count + index])) for index, code in enumerate(TOPICS.codes)]
    event_province = func.coalesce(Initiative.province, "")
    found = session.execute(
        select(event_province, func.count(distinct(Event.id)), func.count(),
               func.count(distinct(Registration.initiative_id)))
        .select_from(Registration).join(Event, Registration.event_id == Event.id)
        .outerjoin(Initiative, Registration.initiative_id == Initiative.id)
        .where(*came).group_by(event_province))
    provinces = {key: (int(events), int(people), int(initiatives)) for key, events, people, initiatives in found}
    by_province = [EventCount(PROVINCES.label(code), *provinces.get(code, (0, 0, 0)))
                   for code in PROVINCES.codes if not province or code == province]
    others = [value for key, value in provinces.items() if key not in PROVINCES.codes]
    if others:
        by_province.append(EventCount(translate("Export", "not recorded"), *(sum(item[i] for item in others)
                                                                              for i in range(3))))
    return EventFigures(held=int(events_total), trainings_held=int(trainings), participants=int(participants),
                        initiatives_reached=int(reached), by_topic=by_topic, by_province=by_province)
