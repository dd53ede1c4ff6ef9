"""ORM rows to the plain dataclasses of :mod:`fourthpillar.services.records`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fourthpillar.services.records import ContactView
from fourthpillar.services.records import EventRow
from fourthpillar.services.records import FollowUpRow
from fourthpillar.services.records import InitiativeRow
from fourthpillar.services.records import OfficerView
from fourthpillar.services.records import RegistrationRow
from fourthpillar.services.records import RequestRow
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration


def officer_view(officer: Officer) -> OfficerView:
    return OfficerView(id=officer.id, name=officer.name, region=officer.region, email=officer.email,
                       login=officer.login, role=officer.role, provinces=tuple(officer.provinces))


def initiative_row(item: Initiative, computed: Mapping[str, Any] | None = None) -> InitiativeRow:
    return InitiativeRow(
        id=item.id, name=item.name, legal_form=item.legal_form,
        enterprise_number=item.enterprise_number, municipality=item.municipality,
        postcode=item.postcode, province=item.province,
        partner_countries=list(item.partner_countries), themes=list(item.themes),
        founded_year=item.founded_year, panel_member=item.panel_member, status=item.status,
        tags=list(item.tags), updated_at=item.updated_at, archived=item.archived_at is not None,
        computed=computed or {},
    )


def contact_view(contact: ContactPerson) -> ContactView:
    return ContactView(
        id=contact.id, initiative_id=contact.initiative_id, name=contact.name, role=contact.role,
        email=contact.email, phone=contact.phone, language=contact.language,
        consent_date=contact.consent_date, version=contact.version,
        archived=contact.archived_at is not None,
    )


def request_row(request: AdviceRequest, initiative_name: str, officer_name: str | None,
                computed: Mapping[str, Any] | None = None) -> RequestRow:
    question = request.question
    if len(question) > 300:
        question = question[:300] + "…"
    return RequestRow(
        id=request.id, initiative_id=request.initiative_id, initiative_name=initiative_name,
        received_on=request.received_on, channel=request.channel, topics=list(request.topics),
        question=question, status=request.status, officer_id=request.officer_id,
        officer_name=officer_name or "", due_on=request.due_on, answered_on=request.answered_on,
        minutes_spent=request.minutes_spent, updated_at=request.updated_at,
        archived=request.archived_at is not None, computed=computed or {},
    )


def follow_up_row(item: FollowUp, initiative_name: str, owner_name: str | None,
                  computed: Mapping[str, Any] | None = None) -> FollowUpRow:
    return FollowUpRow(
        id=item.id, initiative_id=item.initiative_id, initiative_name=initiative_name,
        request_id=item.request_id, action=item.action, due_on=item.due_on, owner_id=item.owner_id,
        owner_name=owner_name or "", done_on=item.done_on, outcome=item.outcome,
        version=item.version, archived=item.archived_at is not None, updated_at=item.updated_at,
        computed=computed or {},
    )


def event_row(item: Event, officer_name: str | None, computed: Mapping[str, Any] | None = None) -> EventRow:
    return EventRow(
        id=item.id, title=item.title, kind=item.kind, topics=list(item.topics), starts_on=item.starts_on,
        start_time=item.start_time, ends_on=item.ends_on, end_time=item.end_time, place=item.place,
        capacity=item.capacity, trainers=item.trainers, officer_id=item.officer_id,
        officer_name=officer_name or "", status=item.status, version=item.version, updated_at=item.updated_at,
        archived=item.archived_at is not None, computed=computed or {},
    )


def registration_row(item: Registration, event_title: str, event_starts_on: Any, contact_name: str | None,
                     contact_email: str | None, initiative_name: str | None,
                     computed: Mapping[str, Any] | None = None) -> RegistrationRow:
    walk_in = item.contact_id is None
    return RegistrationRow(
        id=item.id, event_id=item.event_id, event_title=event_title, event_starts_on=event_starts_on,
        contact_id=item.contact_id, initiative_id=item.initiative_id, initiative_name=initiative_name or "",
        person_name=item.name if walk_in else contact_name or "",
        email=item.email if walk_in else contact_email or "", status=item.status,
        registered_on=item.registered_on, walk_in=walk_in, version=item.version, updated_at=item.updated_at,
        archived=item.archived_at is not None, computed=computed or {},
    )
