"""Reminders where officers already look: open follow-ups as a calendar file, and what is due
today or overdue when the app starts.

Both read only open (not done), live follow-ups of live initiatives; the filters are SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar import clock
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.export.atomic import atomic_output
from fourthpillar.export.ical import Reminder
from fourthpillar.export.ical import calendar_text
from fourthpillar.i18n import translator
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.open_follow_ups import still_open
from fourthpillar.store.sorting import tiebreak

if TYPE_CHECKING:
    from fourthpillar.services.exports import ExportResult

log = logging.getLogger(__name__)

# How much of a request's question the calendar entry quotes.
QUESTION_CHARACTERS = 200


_tr = translator("Export")


@dataclass(frozen=True)
class DueNow:
    """How many open follow-ups are overdue and due today (for the start-up notification)."""

    overdue: int
    due_today: int


def due_now(desk: Desk, *, officer_id: str | None = None, today: dt.date | None = None) -> DueNow:
    """Open follow-ups of *officer_id* (default: the officer at the desk; "": everyone's) overdue and due *today*."""
    today = today or clock.today()
    owner = officer_id if officer_id is not None else desk.officer_id
    statement = (
        select(func.count(case((FollowUp.due_on < today, 1))), func.count(case((FollowUp.due_on == today, 1))))
        .join(Initiative, FollowUp.initiative_id == Initiative.id)
        .where(still_open(FollowUp.done_on, desk.database.engine.dialect.name), FollowUp.archived_at.is_(None),
               Initiative.archived_at.is_(None), FollowUp.due_on <= today)
    )
    if owner:
        statement = statement.where(FollowUp.owner_id == owner)
    with desk.database.session() as session:
        overdue, due_today = session.execute(statement).one()
    return DueNow(int(overdue), int(due_today))


def _description(initiative: str, received_on: dt.date | None, question: str | None) -> str:
    lines = [_tr("Initiative: {name}").format(name=initiative)]
    if received_on is not None:
        question = " ".join((question or "").split())
        if len(question) > QUESTION_CHARACTERS:
            question = question[: QUESTION_CHARACTERS - 1] + "…"
        lines.append(_tr("Request of {date}: {question}").format(date=received_on.strftime("%d/%m/%Y"),
                                                                  question=question))
    return "\n".join(lines)


def open_follow_up_reminders(desk: Desk, *, officer_id: str | None = None, date_from: dt.date | None = None,
                             date_to: dt.date | None = None) -> list[Reminder]:
    """The open follow-ups (of *officer_id*, due within the period if given), by due date."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationFailed([FieldError("date_to", _tr("the last day is before the first day"))])
    dialect = desk.database.engine.dialect.name
    statement = (
        select(FollowUp.id, FollowUp.version, FollowUp.due_on, FollowUp.action, FollowUp.updated_at,
               Initiative.name, AdviceRequest.received_on, AdviceRequest.question)
        .join(Initiative, FollowUp.initiative_id == Initiative.id)
        .outerjoin(AdviceRequest, FollowUp.request_id == AdviceRequest.id)
        .where(still_open(FollowUp.done_on, dialect), FollowUp.archived_at.is_(None), Initiative.archived_at.is_(None))
        .order_by(FollowUp.due_on, tiebreak(FollowUp.id, dialect))  # as the list shows them
    )
    if officer_id:
        statement = statement.where(FollowUp.owner_id == officer_id)
    if date_from is not None:
        statement = statement.where(FollowUp.due_on >= date_from)
    if date_to is not None:
        statement = statement.where(FollowUp.due_on <= date_to)
    with desk.database.session() as session:
        rows = session.execute(statement).all()
    return [Reminder(follow_up_id=row.id, version=row.version, due_on=row.due_on,
                     summary=f"{row.action} ({row.name})" if row.action else row.name,
                     description=_description(row.name, row.received_on, row.question),
                     updated_at=row.updated_at)
            for row in rows]


def export_follow_up_calendar(desk: Desk, *, path: str | os.PathLike[str], officer_id: str | None = None,
                              date_from: dt.date | None = None, date_to: dt.date | None = None,
                              overwrite: bool = False) -> ExportResult:
    """Write the open follow-ups as an iCalendar file (atomically; see :mod:`fourthpillar.export.ical`)."""
    # Deferred: the exports bring the spreadsheet and PDF libraries, which the start-up
    # notification (due_now, in this module) does not need.
    from fourthpillar.services.exports import ExportResult

    reminders = open_follow_up_reminders(desk, officer_id=officer_id, date_from=date_from, date_to=date_to)
    text = calendar_text(reminders, stamp=clock.now(), name=_tr("Follow-ups (Fourth Pillar desk)"))
    target = Path(path)
    with atomic_output(target, overwrite=overwrite) as temporary:
        temporary.write_bytes(text.encode("utf-8"))
    log.info("follow-up calendar written: %d follow-ups, officer %s", len(reminders), officer_id or "all")
    return ExportResult(target, len(reminders))
