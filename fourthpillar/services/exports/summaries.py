"""The PDF summaries: an initiative's fiche (internal or shared) and one request's advice summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.export.atomic import atomic_output
from fourthpillar.export.atomic import check_target
from fourthpillar.export.data import AdviceSummary
from fourthpillar.export.data import ContactLine
from fourthpillar.export.data import FollowUpLine
from fourthpillar.export.data import InitiativeSummary
from fourthpillar.export.data import RequestSummary
from fourthpillar.export.pdf.summaries import write_advice_summary
from fourthpillar.export.pdf.summaries import write_initiative_summary
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.common import countries
from fourthpillar.services.exports.common import office
from fourthpillar.services.exports.common import officer_names
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.open_follow_ups import still_open


def _request_summary(
    request: AdviceRequest, officers: dict[str, Officer], contacts: dict[str, str], *, shared: bool
) -> RequestSummary:
    officer = officers.get(request.officer_id or "")
    return RequestSummary(
        received_on=request.received_on,
        channel=CHANNELS.label(request.channel),
        topics=[TOPICS.label(code) for code in request.topics],
        question=request.question,
        status=REQUEST_STATUSES.label(request.status),
        officer_name=officer.name if officer else "",
        due_on=request.due_on,
        answered_on=request.answered_on,
        advice=request.advice,
        contact_name=contacts.get(request.contact_id or "", ""),
        minutes_spent=None if shared else request.minutes_spent,
        internal_note=None if shared else request.internal_note,
    )


def _follow_up_line(item: FollowUp, officers: dict[str, Officer]) -> FollowUpLine:
    owner = officers.get(item.owner_id or "")
    return FollowUpLine(
        action=item.action,
        due_on=item.due_on,
        owner_name=owner.name if owner else "",
        done_on=item.done_on,
        outcome=item.outcome,
    )


def load_initiative_summary(desk: Desk, *, initiative_id: str, shared: bool) -> InitiativeSummary:
    """The fiche's data. *shared* leaves out the notes, tags, internal notes and time spent;
    everything is read by this initiative's id only, so no other initiative's data can enter."""
    with desk.database.session() as session:
        initiative: Initiative = load(session, Initiative, initiative_id, live=False)
        officers = officer_names(session)
        contact_records = session.scalars(
            select(ContactPerson)
            .where(ContactPerson.initiative_id == initiative_id, ContactPerson.archived_at.is_(None))
            .order_by(ContactPerson.name)
        ).all()
        contact_names = {contact.id: contact.name for contact in contact_records}
        requests = session.scalars(
            select(AdviceRequest)
            .where(AdviceRequest.initiative_id == initiative_id, AdviceRequest.archived_at.is_(None))
            .order_by(AdviceRequest.received_on.desc(), AdviceRequest.id)
        ).all()
        follow_ups = session.scalars(
            select(FollowUp)
            .where(FollowUp.initiative_id == initiative_id, FollowUp.archived_at.is_(None),
                   still_open(FollowUp.done_on, session.get_bind().dialect.name))
            .order_by(FollowUp.due_on, FollowUp.id)
        ).all()
        return InitiativeSummary(
            shared=shared,
            name=initiative.name,
            legal_form=LEGAL_FORMS.label(initiative.legal_form),
            enterprise_number=initiative.enterprise_number or "",
            street=initiative.street,
            postcode=initiative.postcode,
            municipality=initiative.municipality,
            province=PROVINCES.label(initiative.province),
            partner_countries=countries(initiative.partner_countries),
            themes=[THEMES.label(code) for code in initiative.themes],
            founded_year=initiative.founded_year,
            panel_member=initiative.panel_member,
            status=INITIATIVE_STATUSES.label(initiative.status),
            contacts=[ContactLine(c.name, c.role, c.email, c.phone) for c in contact_records],
            requests=[_request_summary(r, officers, contact_names, shared=shared) for r in requests],
            open_follow_ups=[_follow_up_line(item, officers) for item in follow_ups],
            notes=None if shared else initiative.notes,
            tags=None if shared else list(initiative.tags),
        )


def load_advice_summary(desk: Desk, *, request_id: str) -> AdviceSummary:
    """One request's advice for the initiative: never its internal note or time spent."""
    with desk.database.session() as session:
        request: AdviceRequest = load(session, AdviceRequest, request_id, live=False)
        initiative: Initiative = load(session, Initiative, request.initiative_id, live=False)
        officers = officer_names(session)
        contact = session.get(ContactPerson, request.contact_id) if request.contact_id else None
        contacts = {contact.id: contact.name} if contact is not None else {}
        follow_ups = session.scalars(
            select(FollowUp)
            .where(FollowUp.request_id == request_id, FollowUp.archived_at.is_(None))
            .order_by(FollowUp.due_on, FollowUp.id)
        ).all()
        officer = officers.get(request.officer_id or "")
        place = " ".join(part for part in (initiative.postcode, initiative.municipality) if part)
        return AdviceSummary(
            initiative_name=initiative.name,
            initiative_address=", ".join(part for part in (initiative.street, place) if part),
            request=_request_summary(request, officers, contacts, shared=True),
            follow_ups=[_follow_up_line(item, officers) for item in follow_ups],
            officer_name=officer.name if officer else "",
            officer_email=officer.email if officer else "",
        )


def export_initiative_summary(
    desk: Desk,
    *,
    initiative_id: str,
    shared: bool,
    path: PathLike,
    overwrite: bool = False,
    today: dt.date | None = None,
) -> ExportResult:
    """The initiative's summary as PDF: internal (everything) or *shared* (for the initiative)."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    summary = load_initiative_summary(desk, initiative_id=initiative_id, shared=shared)
    with atomic_output(target, overwrite=overwrite) as temporary:
        write_initiative_summary(temporary, summary, office=office(desk), today=today)
    return ExportResult(target, len(summary.requests))


def export_advice_summary(
    desk: Desk, *, request_id: str, path: PathLike, overwrite: bool = False, today: dt.date | None = None
) -> ExportResult:
    """The advice given on one request as PDF, for the initiative."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    summary = load_advice_summary(desk, request_id=request_id)
    with atomic_output(target, overwrite=overwrite) as temporary:
        write_advice_summary(temporary, summary, office=office(desk), today=today)
    return ExportResult(target, 1)
