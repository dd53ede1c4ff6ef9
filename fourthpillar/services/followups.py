"""Use cases for follow-ups (opvolgingen): what the office promised to do, and by when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain.dates import relative_date
from fourthpillar.domain.fields import FOLLOW_UP_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.i18n import translate
from fourthpillar.lists import FOLLOW_UPS
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.changes import set_archived
from fourthpillar.services.convert import follow_up_row
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import list_page
from fourthpillar.services.record_names import name_of
from fourthpillar.services.record_updates import update_record
from fourthpillar.services.records import FollowUpRow
from fourthpillar.services.records import Page
from fourthpillar.services.records import Saved
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.queries import ListQuery

#: The quick due dates offered in the editor and on the command line.
QUICK_DUE_DATES = ("+1w", "+1m", "+3m")


def quick_due_date(preset: str, *, today: dt.date | None = None) -> dt.date:
    """``+1w``, ``+2w``, ``+1m``, ``+3m`` ... counted from *today*; ValueError otherwise."""
    day = relative_date(preset, today) if preset.strip().startswith("+") else None
    if day is None:
        raise ValueError(translate("Validation", "'{value}' is not a quick due date (like +1w, +1m or +3m)").format(
            value=preset))
    return day


def _prepare(values: Mapping[str, Any]) -> dict[str, Any]:
    raw = dict(values)
    due = raw.get("due_on")
    if isinstance(due, str) and due.strip().startswith("+"):
        try:
            raw["due_on"] = quick_due_date(due)
        except ValueError as error:
            raise ValidationFailed([FieldError("due_on", str(error))]) from None
    return raw


def _check_owner(session: Session, cleaned: Mapping[str, Any]) -> None:
    """A follow-up's owner, when one is given, is an officer of the register."""
    owner_id = cleaned.get("owner_id")
    if owner_id and session.get(Officer, owner_id) is None:
        raise ValidationFailed([FieldError("owner_id", translate("Validation", "no officer with id {id}").format(
            id=owner_id))])


def plan_follow_up(desk: Desk, *, values: Mapping[str, Any], initiative_id: str | None = None,
                   request_id: str | None = None) -> Saved:
    """Plan a follow-up on a request (its initiative is taken from it) or an initiative.

    ``due_on`` may be a date or a quick preset (``+1w``); the owner defaults to the officer at
    the desk.
    """
    raw = _prepare(values)
    if desk.officer_id:
        raw.setdefault("owner_id", desk.officer_id)
    cleaned = clean(FOLLOW_UP_FIELDS, raw, complete=True)
    with desk.database.session() as session:
        if request_id:
            request: AdviceRequest = load(session, AdviceRequest, request_id)
            initiative_id = request.initiative_id
        if not initiative_id:
            raise ValidationFailed([FieldError("initiative_id", translate(
                "Validation", "a follow-up needs an initiative or a request"))])
        load(session, Initiative, initiative_id)
        _check_owner(session, cleaned)
        writer = ChangeWriter(session, desk)
        record = writer.create(FollowUp(initiative_id=initiative_id, request_id=request_id), cleaned)
        return writer.saved(record)


def update_follow_up(desk: Desk, *, follow_up_id: str, changes: Mapping[str, Any],
                     expected_version: int | None = None) -> Saved:
    return update_record(desk, FollowUp, follow_up_id, FOLLOW_UP_FIELDS, _prepare(changes),
                         expected_version=expected_version,
                         check=lambda session, _record, cleaned: _check_owner(session, cleaned))


def complete_follow_up(desk: Desk, *, follow_up_id: str, outcome: str = "",
                       done_on: dt.date | None = None) -> Saved:
    """Mark a follow-up done (today unless *done_on*) with its outcome."""
    changes: dict[str, Any] = {"done_on": done_on or clock.today()}
    if outcome:
        changes["outcome"] = outcome
    return update_follow_up(desk, follow_up_id=follow_up_id, changes=changes)


def complete_follow_ups(desk: Desk, *, follow_up_ids: Sequence[str], outcome: str = "",
                        done_on: dt.date | None = None) -> list[Saved]:
    """Mark several follow-ups done at once with one outcome, as one undoable action.

    All or nothing: an unknown or archived follow-up (``NotFound``) leaves every one open.
    Follow-ups already done keep their date and outcome and are not in the result. Every
    :class:`Saved` carries the same ``batch_id`` (one Ctrl+Z undoes them all).
    """
    changes: dict[str, Any] = {"done_on": done_on or clock.today()}
    if outcome.strip():
        changes["outcome"] = outcome
    cleaned = clean(FOLLOW_UP_FIELDS, changes, complete=False)
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        records: list[FollowUp] = []
        for follow_up_id in dict.fromkeys(follow_up_ids):  # each once, in the order given
            record: FollowUp = load(session, FollowUp, follow_up_id)
            if record.done_on is None:
                writer.update(record, cleaned)
                records.append(record)
        session.flush()
        return [Saved(record.id, record.version, writer.batch_id) for record in records]


def reopen_follow_up(desk: Desk, *, follow_up_id: str) -> Saved:
    return update_follow_up(desk, follow_up_id=follow_up_id, changes={"done_on": None})


def archive_follow_up(desk: Desk, *, follow_up_id: str) -> Saved:
    """Archive a follow-up (never delete)."""
    return set_archived(desk, FollowUp, follow_up_id, archived=True)


def restore_follow_up(desk: Desk, *, follow_up_id: str) -> Saved:
    """Bring an archived follow-up back (the command line's ``followups restore``)."""
    return set_archived(desk, FollowUp, follow_up_id, archived=False)


def get_follow_up(desk: Desk, *, follow_up_id: str) -> FollowUpRow:
    """One follow-up (archived ones too), for its editor."""
    with desk.database.session() as session:
        record: FollowUp = load(session, FollowUp, follow_up_id, live=False)
        return follow_up_row(record, name_of(session, Initiative, record.initiative_id),
                             name_of(session, Officer, record.owner_id))


def list_follow_ups(desk: Desk, *, query: ListQuery, count: bool = True) -> Page[FollowUpRow]:
    """One page of the follow-ups list as filtered, searched and sorted by *query*."""
    return list_page(desk, FOLLOW_UPS, query,
                     lambda row: follow_up_row(row[0], row[1], row[2], FOLLOW_UPS.computed_values(row)), count=count)
