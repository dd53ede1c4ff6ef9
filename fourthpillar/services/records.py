"""Plain data the use cases hand out: no Session, no live ORM object ever leaves a service.

Also :func:`is_live`, the one use case about any record: whether an id names a live one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import TypeVar

from sqlalchemy import select

from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import ENTITIES

if TYPE_CHECKING:
    from fourthpillar.services.desk import Desk


@dataclass(frozen=True)
class Saved:
    """What a change returns: the record's id, its new version and the batch to undo it."""

    id: str
    version: int
    batch_id: str


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its rows, the number of rows in the whole list, where the page starts.

    ``total`` is -1 when the caller did not ask for a count. When the query's ``count_limit``
    stopped the count, ``total`` is that limit and ``total_is_exact`` False: the list holds
    more rows than that ("1,000+").
    """

    rows: list[T]
    total: int
    offset: int = 0
    total_is_exact: bool = True


@dataclass(frozen=True)
class ListRow:
    """What a row of a list (``fourthpillar.lists``) carries besides its record's own fields."""

    #: The values its list computes in SQL (a column with ``compute``), by column key. Keyword-only:
    #: a row's own fields follow it (``plain_row`` puts these values after them).
    computed: Mapping[str, Any] = field(default_factory=dict, kw_only=True)


@dataclass(frozen=True)
class OfficerView:
    id: str
    name: str
    region: str | None
    email: str
    #: On the shared database: their own login, what it may do and a coordinator's provinces.
    login: str | None = None
    role: str = "officer"
    provinces: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficerChoice:
    """An officer a form offers to choose (assigned officer, owner, in charge)."""

    id: str
    name: str
    #: Archived: offered only because the record names them now (the form keeps them).
    archived: bool = False


@dataclass(frozen=True)
class InitiativeRow(ListRow):
    id: str
    name: str
    legal_form: str | None
    enterprise_number: str | None
    municipality: str
    postcode: str
    province: str | None
    partner_countries: list[str]
    themes: list[str]
    founded_year: int | None
    panel_member: bool
    status: str
    tags: list[str]
    updated_at: dt.datetime
    archived: bool


@dataclass(frozen=True)
class ContactView:
    id: str
    initiative_id: str
    name: str
    role: str
    email: str
    phone: str
    language: str
    consent_date: dt.date | None
    version: int
    archived: bool


@dataclass(frozen=True)
class TimelineEntry:
    """One line of an initiative's timeline: a request, a follow-up or an event one of its
    people attended (``id`` is then the event's), newest first."""

    kind: str  # "request" | "follow_up" | "event"
    id: str
    date: dt.date
    title: str
    status: str
    done: bool = False


@dataclass(frozen=True)
class InitiativeDetail(InitiativeRow):
    """An initiative's page: its list row's fields (``computed`` empty) and the rest, with its live
    contacts and its timeline."""

    version: int
    street: str
    notes: str
    created_at: dt.datetime
    contacts: list[ContactView] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


@dataclass(frozen=True)
class RequestRow(ListRow):
    id: str
    initiative_id: str
    initiative_name: str
    received_on: dt.date
    channel: str
    topics: list[str]
    question: str
    status: str
    officer_id: str | None
    officer_name: str
    due_on: dt.date | None
    answered_on: dt.date | None
    minutes_spent: int | None
    updated_at: dt.datetime
    archived: bool


@dataclass(frozen=True)
class FollowUpRow(ListRow):
    id: str
    initiative_id: str
    initiative_name: str
    request_id: str | None
    action: str
    due_on: dt.date
    owner_id: str | None
    owner_name: str
    done_on: dt.date | None
    outcome: str
    version: int
    archived: bool
    #: For the list's "Last change" column.
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class RequestDetail(RequestRow):
    """An advice request's page: its list row's fields (``computed`` empty; the question in full)
    and the rest, with its live follow-ups."""

    version: int
    contact_id: str | None
    contact_name: str
    advice: str
    internal_note: str
    created_at: dt.datetime
    follow_ups: list[FollowUpRow] = field(default_factory=list)


@dataclass(frozen=True)
class EventRow(ListRow):
    """One event in the events list (and in an initiative's or a person's events); its list
    computes ``registered`` and ``waiting``."""

    id: str
    title: str
    kind: str
    topics: list[str]
    starts_on: dt.date
    start_time: str | None
    ends_on: dt.date | None
    end_time: str | None
    place: str
    capacity: int | None
    trainers: str
    officer_id: str | None
    officer_name: str
    status: str
    version: int
    updated_at: dt.datetime
    archived: bool

@dataclass(frozen=True)
class RegistrationRow(ListRow):
    """One registration: a contact person's (``contact_id``, their initiative) or a walk-in's
    (``walk_in``: the name and e-mail are the registration's own)."""

    id: str
    event_id: str
    event_title: str
    event_starts_on: dt.date
    contact_id: str | None
    initiative_id: str | None
    initiative_name: str
    #: The contact person's name, or the walk-in's.
    person_name: str
    email: str
    status: str
    registered_on: dt.date
    walk_in: bool
    version: int
    updated_at: dt.datetime
    archived: bool


@dataclass(frozen=True)
class EventDetail(EventRow):
    """An event's page: its list row's fields (``computed`` empty), its live registrations (by
    name) and how full it is."""

    notes: str
    created_at: dt.datetime
    registrations: list[RegistrationRow] = field(default_factory=list)
    #: Registrations taking a place (registered, attended, no-show), waiting, attended.
    taken: int = 0
    waiting: int = 0
    attended: int = 0

    @property
    def places_left(self) -> int | None:
        """Free places (never below 0); None when the event has no capacity."""
        return None if self.capacity is None else max(0, self.capacity - self.taken)


@dataclass(frozen=True)
class EventFill:
    """A coming event on the dashboard, with how full it is."""

    id: str
    title: str
    kind: str
    starts_on: dt.date
    start_time: str | None
    place: str
    status: str
    capacity: int | None
    taken: int
    waiting: int

    @property
    def fill(self) -> float | None:
        """Share of the places taken (0.0 to 1.0); None without a capacity."""
        return None if not self.capacity else min(1.0, self.taken / self.capacity)


@dataclass(frozen=True)
class ActivityEntry:
    changed_at: dt.datetime
    entity: str
    entity_id: str
    #: create, update, archive, restore; for a follow-up also complete and reopen.
    operation: str
    title: str
    officer_name: str


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    overdue: list[FollowUpRow]
    due_today: list[FollowUpRow]
    due_this_week: list[FollowUpRow]
    open_requests_by_status: dict[str, int]
    initiatives_per_province: dict[str, int]
    recent_activity: list[ActivityEntry]
    #: The next events (today on, not cancelled), soonest first, with how full they are.
    next_events: list[EventFill] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "initiative" | "contact" | "request" | "follow_up"
    id: str
    title: str
    subtitle: str
    #: The initiative the hit belongs to, to open its page.
    initiative_id: str


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: dt.datetime
    operation: str
    field: str | None
    old_value: str | None
    new_value: str | None
    officer_name: str
    replica_id: str
    batch_id: str
    #: The field's name, and the old and new values, in words (labels, names), for display.
    field_label: str = ""
    old_text: str = ""
    new_text: str = ""
    from_this_replica: bool = True


def is_live(desk: Desk, *, entity: str, record_id: str) -> bool:
    """True when *record_id* is a live *entity* ("initiative", "request", "follow_up", "contact",
    "officer", "event", "registration"), False when it is archived; :class:`NotFound` when there is none.

    Reads the record's tombstone only: a check before a change, without the contacts, timeline
    or follow-ups that ``get_initiative`` and friends load for a page.
    """
    model = ENTITIES[entity]
    with desk.database.session() as session:
        found = session.execute(select(model.archived_at).where(model.id == record_id)).first()
    if found is None:
        raise NotFound(entity, record_id)
    return found.archived_at is None
