"""Use cases for advice requests (adviesvragen)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.i18n import translate
from fourthpillar.lists import REQUESTS
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.changes import set_archived
from fourthpillar.services.convert import follow_up_row
from fourthpillar.services.convert import request_row
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import list_page
from fourthpillar.services.record_names import name_of
from fourthpillar.services.record_updates import update_record
from fourthpillar.services.records import Page
from fourthpillar.services.records import RequestDetail
from fourthpillar.services.records import RequestRow
from fourthpillar.services.records import Saved
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.queries import ListQuery


def _check_references(session: Session, values: Mapping[str, Any], initiative_id: str) -> None:
    errors: list[FieldError] = []
    officer_id = values.get("officer_id")
    if officer_id and session.get(Officer, officer_id) is None:
        errors.append(FieldError("officer_id",
                                 translate("Validation", "no officer with id {id}").format(id=officer_id)))
    contact_id = values.get("contact_id")
    if contact_id:
        contact = session.get(ContactPerson, contact_id)
        if contact is None or contact.initiative_id != initiative_id:
            errors.append(FieldError("contact_id",
                                     translate("Validation", "is not a contact person of this initiative")))
    if errors:
        raise ValidationFailed(errors)


def _stamp_answered(record: AdviceRequest, values: dict[str, Any]) -> None:
    # The first move to "answered" dates the answer: the period report's response time.
    if values.get("status") == "answered" and record.answered_on is None:
        values.setdefault("answered_on", clock.today())


def _check(session: Session, record: AdviceRequest, values: dict[str, Any]) -> None:
    """Refuse an officer or a contact person the request cannot have; date its first answer."""
    _check_references(session, values, record.initiative_id)
    _stamp_answered(record, values)


def log_request(desk: Desk, *, initiative_id: str, values: Mapping[str, Any]) -> Saved:
    """Log an advice request for an initiative. ``received_on`` defaults to today and the
    assigned officer to the one at the desk."""
    raw = dict(values)
    raw.setdefault("received_on", clock.today())
    if desk.officer_id:
        raw.setdefault("officer_id", desk.officer_id)
    cleaned = clean(REQUEST_FIELDS, raw, complete=True)
    with desk.database.session() as session:
        load(session, Initiative, initiative_id)
        record = AdviceRequest(initiative_id=initiative_id)
        _check(session, record, cleaned)
        writer = ChangeWriter(session, desk)
        writer.create(record, cleaned)
        return writer.saved(record)


def update_request(desk: Desk, *, request_id: str, changes: Mapping[str, Any],
                   expected_version: int | None = None) -> Saved:
    """Change fields, status included; :class:`StaleRecord` if someone saved it meanwhile."""
    return update_record(desk, AdviceRequest, request_id, REQUEST_FIELDS, changes,
                         expected_version=expected_version, check=_check)


def set_request_status(desk: Desk, *, request_id: str, status: str) -> Saved:
    return update_request(desk, request_id=request_id, changes={"status": status})


def archive_request(desk: Desk, *, request_id: str) -> Saved:
    """Archive an advice request (never delete)."""
    return set_archived(desk, AdviceRequest, request_id, archived=True)


def restore_request(desk: Desk, *, request_id: str) -> Saved:
    """Bring an archived advice request back."""
    return set_archived(desk, AdviceRequest, request_id, archived=False)


def get_request(desk: Desk, *, request_id: str) -> RequestDetail:
    with desk.database.session() as session:
        record: AdviceRequest = load(session, AdviceRequest, request_id, live=False)
        initiative_name = name_of(session, Initiative, record.initiative_id)
        follow_ups = session.execute(
            select(FollowUp, Officer.name)
            .outerjoin(Officer, FollowUp.owner_id == Officer.id)
            .where(FollowUp.request_id == request_id, FollowUp.archived_at.is_(None))
            .order_by(FollowUp.due_on)
        ).all()
        return RequestDetail(
            id=record.id, version=record.version, initiative_id=record.initiative_id,
            initiative_name=initiative_name, contact_id=record.contact_id,
            contact_name=name_of(session, ContactPerson, record.contact_id), received_on=record.received_on,
            channel=record.channel, topics=list(record.topics), question=record.question,
            status=record.status, officer_id=record.officer_id,
            officer_name=name_of(session, Officer, record.officer_id), due_on=record.due_on,
            answered_on=record.answered_on, advice=record.advice,
            minutes_spent=record.minutes_spent, internal_note=record.internal_note,
            created_at=record.created_at, updated_at=record.updated_at,
            archived=record.archived_at is not None,
            follow_ups=[follow_up_row(item, initiative_name, owner) for item, owner in follow_ups],
        )


def list_requests(desk: Desk, *, query: ListQuery, count: bool = True) -> Page[RequestRow]:
    """One page of the requests list as filtered, searched and sorted by *query*."""
    return list_page(desk, REQUESTS, query,
                     lambda row: request_row(row[0], row[1], row[2], REQUESTS.computed_values(row)), count=count)
