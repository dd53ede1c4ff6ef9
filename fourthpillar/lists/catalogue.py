"""The three lists and their columns: the one place a list column is defined.

To add a column, add one :class:`ListColumn` here, at the end of its list (a remembered column
layout knows columns by position), and, if it sorts, its sort index in a migration
(``store.models.sort_indexes``: ``(column)`` on SQLite, ``(column, id)`` on PostgreSQL): the
list query's sort keys and computed values (``store.queries``), the window's table
(``ui.lists``), the spreadsheet export (``services.exports``) and the command line
(``cli.record_lists``) all take it from here (docs/DEVELOPING.md, "Adding a list column").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy import Integer
from sqlalchemy import Text
from sqlalchemy import and_
from sqlalchemy import case
from sqlalchemy import cast
from sqlalchemy import func
from sqlalchemy import literal
from sqlalchemy import select
from sqlalchemy import type_coerce

from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import EVENT_STATUSES
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PLACE_TAKING_STATUSES
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REGISTRATION_STATUSES
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.lists.columns import ListColumn
from fourthpillar.lists.columns import Reading
from fourthpillar.lists.columns import RecordList
from fourthpillar.lists.columns import Shows
from fourthpillar.lists.columns import same_name
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import OwnerOfficer
from fourthpillar.store.models import Registration
from fourthpillar.store.open_follow_ups import still_open
from fourthpillar.store.sorting import NameSort
from fourthpillar.store.sorting import SplitSort


def _stored(column: Any) -> Any:
    """A code list's stored text (``|a|b|``), not the type's list: an export converts each
    distinct value once."""
    return type_coerce(column, Text)


def _days_late(reading: Reading) -> Any:
    """How many days an open follow-up is past its due date; empty when it is done or not late.

    No index can hold it (it grows every day): see :func:`_by_days_late` for how it sorts.
    """
    today = literal(reading.today, Date)
    if reading.dialect == "sqlite":
        days: Any = cast(func.julianday(today) - func.julianday(FollowUp.due_on), Integer)
    else:
        days = type_coerce(today - FollowUp.due_on, Integer)  # date - date: whole days
    return case((and_(FollowUp.done_on.is_(None), FollowUp.due_on < today), days))


def _by_days_late(reading: Reading) -> Any:
    """Days late sorts as the due date backwards among the late follow-ups (the same number of
    days is the same due date), so on SQLite the page is read from the open follow-ups' due
    date index (``store.sorting.SplitSort``: 1 ms instead of sorting 200,000 follow-ups in 100;
    ``store.open_follow_ups``)."""
    days = _days_late(reading)
    if reading.dialect != "sqlite":
        return days
    late = and_(still_open(FollowUp.done_on, "sqlite"), FollowUp.due_on < literal(reading.today, Date))
    return SplitSort(days, present=late, by=FollowUp.due_on, reversed=True)


def _last_change(model: Any) -> ListColumn:
    return ListColumn("updated_at", QT_TRANSLATE_NOOP("Columns", "Last change"), Shows.MOMENT, model.updated_at,
                      descending_first=True, shown_by_default=False)


def _initiative_name() -> ListColumn:
    """The initiative a request or follow-up is for, sorted as the initiatives list sorts names."""
    return ListColumn("initiative_name", QT_TRANSLATE_NOOP("Columns", "Initiative"), Shows.NAME, Initiative.name,
                      sort=Initiative.name_key, width=220)


def _officer_name(officer_id: Any) -> ListColumn:
    """The officer in charge (*officer_id*), sorted by name, the records without one first."""
    return ListColumn("officer_name", QT_TRANSLATE_NOOP("Columns", "Officer"), Shows.TEXT, Officer.name,
                      sort=NameSort(func.coalesce(Officer.name, ""), officer_id))


def _status(model: Any, statuses: Vocabulary) -> ListColumn:
    return ListColumn("status", QT_TRANSLATE_NOOP("Columns", "Status"), Shows.CODE, model.status, vocabulary=statuses)


def _topics(model: Any) -> ListColumn:
    return ListColumn("topics", QT_TRANSLATE_NOOP("Columns", "Topics"), Shows.CODES, _stored(model.topics),
                      sort=None, vocabulary=TOPICS, width=200)


INITIATIVES = RecordList(
    name="initiatives",
    kind="initiative",
    source_title=QT_TRANSLATE_NOOP("Lists", "Initiatives"),
    id_column=Initiative.id,
    default_sort="name",
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("Columns", "Name"), Shows.NAME, Initiative.name,
                   sort=Initiative.name_key, width=260),
        ListColumn("legal_form", QT_TRANSLATE_NOOP("Columns", "Legal form"), Shows.CODE, Initiative.legal_form,
                   vocabulary=LEGAL_FORMS, width=200, sheet="text"),
        ListColumn("enterprise_number", QT_TRANSLATE_NOOP("Columns", "Enterprise number"), Shows.SHORT,
                   Initiative.enterprise_number, shown_by_default=False),
        ListColumn("postcode", QT_TRANSLATE_NOOP("Columns", "Postcode"), Shows.SHORT, Initiative.postcode,
                   shown_by_default=False),
        ListColumn("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality"), Shows.TEXT, Initiative.municipality),
        ListColumn("province", QT_TRANSLATE_NOOP("Columns", "Province"), Shows.CODE, Initiative.province,
                   vocabulary=PROVINCES),
        ListColumn("partner_countries", QT_TRANSLATE_NOOP("Columns", "Partner countries"), Shows.COUNTRIES,
                   _stored(Initiative.partner_countries), sort=None, width=180),
        ListColumn("themes", QT_TRANSLATE_NOOP("Columns", "Themes"), Shows.CODES, _stored(Initiative.themes),
                   sort=None, vocabulary=THEMES, width=200),
        ListColumn("founded_year", QT_TRANSLATE_NOOP("Columns", "Founded"), Shows.NUMBER, Initiative.founded_year,
                   descending_first=True, shown_by_default=False),
        ListColumn("panel_member", QT_TRANSLATE_NOOP("Columns", "Panel"), Shows.YES_NO, Initiative.panel_member,
                   shown_by_default=False),
        _status(Initiative, INITIATIVE_STATUSES),
        ListColumn("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), Shows.WORDS, _stored(Initiative.tags), sort=None,
                   shown_by_default=False),
        _last_change(Initiative),
    ),
)

REQUESTS = RecordList(
    name="requests",
    kind="request",
    source_title=QT_TRANSLATE_NOOP("Lists", "Advice requests"),
    id_column=AdviceRequest.id,
    default_sort="received_on",
    default_descending=True,
    columns=(
        ListColumn("received_on", QT_TRANSLATE_NOOP("Columns", "Received"), Shows.DATE, AdviceRequest.received_on,
                   descending_first=True),
        _initiative_name(),
        ListColumn("question", QT_TRANSLATE_NOOP("Columns", "Question"), Shows.FIRST_LINE, AdviceRequest.question,
                   sort=None, width=340),
        _topics(AdviceRequest),
        ListColumn("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), Shows.CODE, AdviceRequest.channel,
                   vocabulary=CHANNELS),
        _status(AdviceRequest, REQUEST_STATUSES),
        _officer_name(AdviceRequest.officer_id),
        ListColumn("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), Shows.DATE, AdviceRequest.due_on),
        ListColumn("answered_on", QT_TRANSLATE_NOOP("Columns", "Answered"), Shows.DATE, AdviceRequest.answered_on,
                   descending_first=True, shown_by_default=False),
        ListColumn("minutes_spent", QT_TRANSLATE_NOOP("Columns", "Minutes"), Shows.NUMBER,
                   AdviceRequest.minutes_spent, descending_first=True, shown_by_default=False),
        _last_change(AdviceRequest),
    ),
)

FOLLOW_UPS = RecordList(
    name="follow_ups",
    kind="follow_up",
    source_title=QT_TRANSLATE_NOOP("Lists", "Follow-ups"),
    id_column=FollowUp.id,
    default_sort="due_on",
    columns=(
        ListColumn("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), Shows.DATE, FollowUp.due_on),
        _initiative_name(),
        ListColumn("action", QT_TRANSLATE_NOOP("Columns", "What to do"), Shows.FIRST_LINE, FollowUp.action,
                   width=300),
        ListColumn("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner"), Shows.TEXT, OwnerOfficer.name,
                   sort=NameSort(func.coalesce(OwnerOfficer.name, ""), FollowUp.owner_id)),
        ListColumn("done_on", QT_TRANSLATE_NOOP("Columns", "Done"), Shows.DATE, FollowUp.done_on),
        ListColumn("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), Shows.FIRST_LINE, FollowUp.outcome,
                   sort=None, width=240, shown_by_default=False),
        _last_change(FollowUp),
        ListColumn("days_late", QT_TRANSLATE_NOOP("Columns", "Days late"), Shows.NUMBER, compute=_days_late,
                   sort=_by_days_late, descending_first=True, may_be_empty=True, width=90, shown_by_default=False),
    ),
)

def _registrations_in(statuses: tuple[str, ...]) -> Any:
    """How many live registrations of the listed event are in *statuses*: read for the page's
    rows only (from the ``(event_id, status, ...)`` index), so it does not sort (it changes with
    every registration; no index of the events can hold it)."""
    def count(reading: Reading) -> Any:
        return (select(func.count()).select_from(Registration)
                .where(Registration.event_id == Event.id, Registration.status.in_(statuses),
                       Registration.archived_at.is_(None))
                .scalar_subquery())
    return count


EVENTS = RecordList(
    name="events",
    kind="event",
    source_title=QT_TRANSLATE_NOOP("Lists", "Events"),
    id_column=Event.id,
    default_sort="starts_on",
    default_descending=True,
    columns=(
        ListColumn("starts_on", QT_TRANSLATE_NOOP("Columns", "Date"), Shows.DATE, Event.starts_on,
                   descending_first=True),
        ListColumn("start_time", QT_TRANSLATE_NOOP("Columns", "Time"), Shows.SHORT, Event.start_time, sort=None,
                   width=60),
        ListColumn("title", QT_TRANSLATE_NOOP("Columns", "Title"), Shows.NAME, Event.title, width=280),
        ListColumn("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Shows.CODE, Event.kind, vocabulary=EVENT_KINDS),
        _topics(Event),
        ListColumn("place", QT_TRANSLATE_NOOP("Columns", "Place"), Shows.FIRST_LINE, Event.place, sort=None,
                   width=220),
        _status(Event, EVENT_STATUSES),
        ListColumn("capacity", QT_TRANSLATE_NOOP("Columns", "Places"), Shows.NUMBER, Event.capacity, width=70),
        ListColumn("registered", QT_TRANSLATE_NOOP("Columns", "Registered"), Shows.NUMBER,
                   compute=_registrations_in(PLACE_TAKING_STATUSES), sort=None, width=90),
        ListColumn("waiting", QT_TRANSLATE_NOOP("Columns", "Waiting"), Shows.NUMBER,
                   compute=_registrations_in(("waiting",)), sort=None, width=80, shown_by_default=False),
        _officer_name(Event.officer_id),
        ListColumn("trainers", QT_TRANSLATE_NOOP("Columns", "Trainers"), Shows.TEXT, Event.trainers, sort=None,
                   shown_by_default=False),
        ListColumn("ends_on", QT_TRANSLATE_NOOP("Columns", "Until"), Shows.DATE, Event.ends_on, sort=None,
                   shown_by_default=False),
        _last_change(Event),
    ),
)

REGISTRATIONS = RecordList(
    name="registrations",
    kind="registration",
    source_title=QT_TRANSLATE_NOOP("Lists", "Registrations"),
    id_column=Registration.id,
    default_sort="registered_on",
    default_descending=True,
    columns=(
        ListColumn("registered_on", QT_TRANSLATE_NOOP("Columns", "Registered on"), Shows.DATE,
                   Registration.registered_on, descending_first=True),
        ListColumn("person_name", QT_TRANSLATE_NOOP("Columns", "Name"), Shows.NAME,
                   case((Registration.contact_id.is_(None), Registration.name), else_=ContactPerson.name),
                   sort=None, width=220),
        ListColumn("initiative_name", QT_TRANSLATE_NOOP("Columns", "Initiative"), Shows.NAME, Initiative.name,
                   sort=None, width=220),
        ListColumn("event_title", QT_TRANSLATE_NOOP("Columns", "Event"), Shows.NAME, Event.title, sort=None,
                   width=240),
        ListColumn("event_starts_on", QT_TRANSLATE_NOOP("Columns", "Event date"), Shows.DATE, Event.starts_on,
                   sort=None),
        _status(Registration, REGISTRATION_STATUSES),
        ListColumn("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), Shows.TEXT,
                   case((Registration.contact_id.is_(None), Registration.email), else_=ContactPerson.email),
                   sort=None, width=200, shown_by_default=False),
        _last_change(Registration),
    ),
)

#: Every list, in the order the window shows them.
LISTS: tuple[RecordList, ...] = (INITIATIVES, REQUESTS, FOLLOW_UPS, EVENTS, REGISTRATIONS)


def list_named(name: str) -> RecordList | None:
    """The list called *name*, however its words are joined ("follow_ups", "follow-ups",
    "followups", as the command line has always written it); None for no list."""
    wanted = same_name(name)
    return next((listed for listed in LISTS if same_name(listed.name) == wanted), None)
