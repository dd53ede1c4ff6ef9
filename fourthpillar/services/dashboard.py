"""The dashboard: what is due for me, what is open, where the initiatives are, what happened."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain.vocab import OPEN_REQUEST_STATUSES
from fourthpillar.services.changes import decode_value
from fourthpillar.services.convert import follow_up_row
from fourthpillar.services.desk import Desk
from fourthpillar.services.events import coming_events
from fourthpillar.services.records import ActivityEntry
from fourthpillar.services.records import Dashboard
from fourthpillar.services.records import FollowUpRow
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.open_follow_ups import still_open
from fourthpillar.store.sorting import tiebreak

LIST_LIMIT = 50
#: The coming events the dashboard shows.
EVENT_LIMIT = 5


def _my_follow_ups(session: Session, officer_id: str | None, first: dt.date | None,
                   last: dt.date) -> list[FollowUpRow]:
    dialect = session.get_bind().dialect.name
    statement = (
        select(FollowUp, Initiative.name, Officer.name)
        .join(Initiative, FollowUp.initiative_id == Initiative.id)
        .outerjoin(Officer, FollowUp.owner_id == Officer.id)
        .where(still_open(FollowUp.done_on, dialect), FollowUp.archived_at.is_(None),
               Initiative.archived_at.is_(None), FollowUp.due_on <= last)
        # Same-day follow-ups in the order the follow-ups list shows them.
        .order_by(FollowUp.due_on, tiebreak(FollowUp.id, dialect))
        .limit(LIST_LIMIT)
    )
    if officer_id:
        statement = statement.where(FollowUp.owner_id == officer_id)
    if first is not None:
        statement = statement.where(FollowUp.due_on >= first)
    return [follow_up_row(item, name, owner) for item, name, owner in session.execute(statement)]


def _title(session: Session, entity: str, entity_id: str) -> str:
    record = session.get(ENTITIES[entity], entity_id)
    if record is None:
        return ""
    if isinstance(record, Initiative | Officer | ContactPerson):
        return record.name
    if isinstance(record, AdviceRequest):
        return record.question[:80]
    if isinstance(record, FollowUp):
        return record.action[:80]
    if isinstance(record, Event):
        return record.title[:80]
    if isinstance(record, Registration):
        contact = session.get(ContactPerson, record.contact_id) if record.contact_id else None
        event = session.get(Event, record.event_id)
        person = contact.name if contact else record.name
        return f"{person} – {event.title}"[:80] if event else person[:80]
    return ""


def get_dashboard(desk: Desk, *, today: dt.date | None = None, officer_id: str | None = None) -> Dashboard:
    """The dashboard for *officer_id* (default: the officer at the desk; None: everyone's)."""
    today = today or clock.today()
    owner = officer_id if officer_id is not None else desk.officer_id
    with desk.database.session() as session:
        overdue = _my_follow_ups(session, owner, None, today - dt.timedelta(days=1))
        due_today = _my_follow_ups(session, owner, today, today)
        tomorrow = today + dt.timedelta(days=1)
        # "This week" is the coming seven days, so a Friday still shows next Monday.
        this_week = _my_follow_ups(session, owner, tomorrow, today + dt.timedelta(days=7))
        by_status = dict(session.execute(
            select(AdviceRequest.status, func.count())
            .join(Initiative, AdviceRequest.initiative_id == Initiative.id)
            .where(AdviceRequest.status.in_(OPEN_REQUEST_STATUSES), AdviceRequest.archived_at.is_(None),
                   Initiative.archived_at.is_(None))
            .group_by(AdviceRequest.status)
        ).all())
        per_province = dict(session.execute(
            select(func.coalesce(Initiative.province, ""), func.count())
            .where(Initiative.archived_at.is_(None))
            .group_by(Initiative.province)
        ).all())
        recent = session.execute(
            select(Change.changed_at, Change.entity, Change.entity_id, Change.operation, Officer.name,
                   Change.batch_id, Change.field, Change.new_value)
            .outerjoin(Officer, Change.officer_id == Officer.id)
            .where(Change.field.is_(None) | (Change.operation == "update"))
            .order_by(Change.changed_at.desc())
            .limit(60)
        ).all()
        # A follow-up whose done date was set (or cleared) was done (or reopened): the whole
        # batch says so, its outcome included, not "changed".
        marked = {(row.batch_id, row.entity_id):
                  "complete" if decode_value(FollowUp, "done_on", row.new_value) else "reopen" for row in recent
                  if row.entity == "follow_up" and row.operation == "update" and row.field == "done_on"}
        activity: list[ActivityEntry] = []
        seen: set[tuple[str, str, str]] = set()
        for changed_at, entity, entity_id, operation, officer_name, batch_id, _field, _value in recent:
            if operation == "update":
                operation = marked.get((batch_id, entity_id), operation)
            key = (entity, entity_id, operation)
            if key in seen or entity == "officer":
                continue
            seen.add(key)
            activity.append(ActivityEntry(changed_at, entity, entity_id, operation,
                                          _title(session, entity, entity_id), officer_name or ""))
            if len(activity) >= 20:
                break
        next_events = coming_events(session, today, EVENT_LIMIT)
    return Dashboard(
        today=today, overdue=overdue, due_today=due_today, due_this_week=this_week,
        open_requests_by_status={status: by_status.get(status, 0) for status in OPEN_REQUEST_STATUSES},
        initiatives_per_province=per_province, recent_activity=activity, next_events=next_events,
    )
