"""The register's tables as typed SQLAlchemy models.

Every record has a UUID key, UTC created/updated timestamps, an ``archived_at`` tombstone
instead of a hard delete (so replicas can merge), and a ``version`` counter that makes a save
over someone else's newer save fail instead of overwriting it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from typing import ClassVar

from sqlalchemy import Boolean
from sqlalchemy import Date
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import Integer
from sqlalchemy import MetaData
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import text
from sqlalchemy import true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import aliased
from sqlalchemy.orm import declared_attr
from sqlalchemy.orm import mapped_column
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from fourthpillar import clock
from fourthpillar.store.open_follow_ups import open_index
from fourthpillar.store.types import CodeList
from fourthpillar.store.types import UTCDateTime

# Stable constraint names, so Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class EmptyFirstKey(ColumnElement[Any]):
    """An index key ordered as the lists sort a column that may be empty: empty (NULL) first.

    SQLite sorts NULL first anyway (and an index there cannot say ``NULLS FIRST``): the key is
    the plain column. PostgreSQL sorts NULL last unless told, and the lists tell it
    (``store.queries.EmptyFirst``): there the key is ``column NULLS FIRST``, so that a page can be
    read from the index in order, forwards (ascending) or backwards (descending, empty last).
    Migration 0006 made these indexes.
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(EmptyFirstKey)
def _empty_first_key(element: EmptyFirstKey, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} NULLS FIRST"


@compiles(EmptyFirstKey, "sqlite")
def _empty_first_key_sqlite(element: EmptyFirstKey, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


def only_on(dialect: str, *indexes: Index) -> tuple[Index, ...]:
    """*indexes*, made on *dialect*'s databases only (``Index.ddl_if``; :func:`made_on` tells)."""
    for index in indexes:
        index.ddl_if(dialect=dialect)
        index.info["dialect"] = dialect
    return indexes


def made_on(index: Index, dialect: str) -> bool:
    """True when a database of *dialect* has *index* (all but those of :func:`only_on` another)."""
    return bool(index.info.get("dialect", dialect) == dialect)


def sort_indexes(table: str, *columns: str, postgresql: bool = True) -> tuple[Index, ...]:
    """The indexes a list reads its pages sorted by each of *columns* from, in the order
    ``ORDER BY column, tiebreak`` (``store.sorting.tiebreak``; migrations 0002 and 0017).

    SQLite: ``ix_<table>_<column>`` on ``(column)``, which holds ``(column, rowid)`` in order,
    the rowid being the tiebreak there. PostgreSQL (no rowid): ``ix_<table>_<column>_id`` on
    ``(column, id)``. *postgresql* False leaves that side out: a column that may be empty has
    its PostgreSQL index in :data:`EMPTY_FIRST_INDEXES`.
    """
    return (
        *only_on("sqlite", *(Index(f"ix_{table}_{column}", column, info={"sorts": True})
                             for column in columns)),
        *only_on("postgresql", *(Index(f"ix_{table}_{column}_id", column, "id") for column in columns if postgresql)),
    )


def live_index(table: str, *columns: str, parent_first: bool = False) -> tuple[Index, ...]:
    """``ix_<table>_live``: the tombstone and the columns a list joins or filters on, from which
    a list is counted without reading its rows (migration 0002). PostgreSQL's ends with the id
    (an index-only count or join there needs it); SQLite's holds the rowid instead, which is all
    a count or a page in rowid order needs (migration 0017).

    *parent_first*: on SQLite the first of *columns* (the initiative) comes before the
    tombstone. The lists give both, so the order does not matter to them, and the index also
    finds all of one initiative's rows, archived ones too: no ``(initiative_id)`` index is
    needed beside it there (migration 0019)."""
    sqlite_columns = (columns[0], "archived_at", *columns[1:]) if parent_first else ("archived_at", *columns)
    return (*only_on("sqlite", Index(f"ix_{table}_live", *sqlite_columns)),
            *only_on("postgresql", Index(f"ix_{table}_live", "archived_at", *columns, "id")))


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return clock.now()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """Columns every synchronisable record carries."""

    __abstract__ = True

    #: Fields a person edits, in display order; history and sync work on these.
    FIELDS: ClassVar[tuple[str, ...]] = ()
    #: Columns computed from others (never logged; sync recomputes them).
    DERIVED: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    @classmethod
    def __mapper_args__(cls) -> dict[str, Any]:
        # The ORM adds "AND version = :old" to every UPDATE: a concurrent save fails loudly.
        return {"version_id_col": cls.__table__.c.version}

    def field_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}


class Officer(Record):
    __tablename__ = "officer"
    FIELDS = ("name", "region", "email")

    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(30), default=None)
    email: Mapped[str] = mapped_column(String(254), default="")
    # Migration 0007, for the shared PostgreSQL database (services.logins): the officer's own
    # PostgreSQL login, what they may do (officer | coordinator | admin) and a coordinator's
    # provinces. The database reads them from session_user; on SQLite they are only stored.
    login: Mapped[str | None] = mapped_column(String(63), default=None)
    role: Mapped[str] = mapped_column(String(12), default="officer", server_default="officer")
    provinces: Mapped[list[str]] = mapped_column(CodeList(), default=list, server_default=text("''"))

    __table_args__ = (Index("uq_officer_login", "login", unique=True),)


#: The length of ``initiative.name_key``; ``store.search.name_key`` makes every key fit.
NAME_KEY_LENGTH = 200


class Initiative(Record):
    __tablename__ = "initiative"
    FIELDS = (
        "name", "legal_form", "enterprise_number", "street", "postcode", "municipality",
        "province", "partner_countries", "themes", "founded_year", "panel_member", "status",
        "tags", "notes",
    )
    DERIVED = ("name_key",)

    name: Mapped[str] = mapped_column(String(200))
    #: Casefolded name without accents: sorting and duplicate detection.
    name_key: Mapped[str] = mapped_column(String(NAME_KEY_LENGTH), index=True)
    legal_form: Mapped[str | None] = mapped_column(String(20), default=None)
    enterprise_number: Mapped[str | None] = mapped_column(String(12), default=None)  # indexed below
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(12), default="", index=True)
    municipality: Mapped[str] = mapped_column(String(100), default="", index=True)
    province: Mapped[str | None] = mapped_column(String(20), default=None)  # indexed below
    partner_countries: Mapped[list[str]] = mapped_column(CodeList(), default=list)
    themes: Mapped[list[str]] = mapped_column(CodeList(), default=list)
    founded_year: Mapped[int | None] = mapped_column(Integer, default=None)  # indexed below
    panel_member: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    tags: Mapped[list[str]] = mapped_column(CodeList(), default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Migration 0008 (services.duplicates, services.merge): the initiative this one was merged
    #: into (it is then archived), those merged into this one, and those a person said this one
    #: is not ("Not a duplicate").
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)
    merged_from: Mapped[list[str]] = mapped_column(CodeList(), default=list, server_default=text("''"))
    distinct_from: Mapped[list[str]] = mapped_column(CodeList(), default=list, server_default=text("''"))

    __table_args__ = (
        *sort_indexes("initiative", "enterprise_number", postgresql=False),  # PostgreSQL's: EMPTY_FIRST_INDEXES
        Index("ix_initiative_archived_name", "archived_at", "name_key"),
        # Migration 0002: joins and counts check the tombstone from the index alone.
        Index("ix_initiative_archived_id", "archived_at", "id"),
    )


class ContactPerson(Record):
    __tablename__ = "contact_person"
    FIELDS = ("name", "role", "email", "phone", "language", "consent_date")

    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiative.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    consent_date: Mapped[dt.date | None] = mapped_column(Date, default=None)


class AdviceRequest(Record):
    __tablename__ = "advice_request"
    FIELDS = (
        "received_on", "channel", "topics", "question", "status", "officer_id", "contact_id",
        "due_on", "advice", "minutes_spent", "internal_note",
    )

    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiative.id"))  # indexed below
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact_person.id"), default=None)
    # Migration 0015: no one-column indexes where a sort index below serves the same.
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    topics: Mapped[list[str]] = mapped_column(CodeList(), default=list)
    question: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="new")
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)
    due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)  # sort indexes below
    #: Set when the status first becomes "answered": the period report's response times.
    answered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    advice: Mapped[str] = mapped_column(Text, default="")
    minutes_spent: Mapped[int | None] = mapped_column(Integer, default=None)
    internal_note: Mapped[str] = mapped_column(Text, default="")

    # Migration 0002 (0017 on SQLite): a list page is ORDER BY <column>, <tiebreak> LIMIT n, read
    # in index order; the live index lets the list count and join without reading the rows.
    # (Columns that may be empty: see EMPTY_FIRST_INDEXES.)
    __table_args__ = (
        *sort_indexes("advice_request", "received_on", "channel", "status", "updated_at"),
        # (The due date's (due_on) index is 0001's, on PostgreSQL dropped by 0017: see there.)
        *sort_indexes("advice_request", "due_on", "answered_on", "minutes_spent", postgresql=False),
        *live_index("advice_request", "initiative_id", "officer_id", parent_first=True),
        # On SQLite the live index leads with the initiative (migration 0019).
        *only_on("postgresql", Index("ix_advice_request_initiative_id", "initiative_id")),
        # Migration 0005: sorted by officer name, one officer's rows at a time in tiebreak order.
        *sort_indexes("advice_request", "officer_id"),
    )


class FollowUp(Record):
    __tablename__ = "follow_up"
    FIELDS = ("action", "due_on", "owner_id", "done_on", "outcome")

    #: Always set (also for follow-ups on a request) so an initiative's timeline is one query.
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiative.id"))  # indexed below
    request_id: Mapped[str | None] = mapped_column(ForeignKey("advice_request.id"), default=None,
                                                   index=True)
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date)  # its sort indexes only: migration 0015
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)
    done_on: Mapped[dt.date | None] = mapped_column(Date, default=None)  # sort indexes below
    outcome: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # Migration 0020: the open ones by due date (the list as it opens), and each owner's (the
        # dashboard, the start-up reminder); PostgreSQL's end with its tiebreak, the id.
        *only_on("sqlite", open_index("ix_follow_up_open", "due_on"),
                 open_index("ix_follow_up_owner_open", "owner_id", "due_on")),
        *only_on("postgresql", open_index("ix_follow_up_open", "due_on", "id"),
                 open_index("ix_follow_up_owner_open", "owner_id", "due_on", "id")),
        # Migration 0002 (0017 on SQLite), as for advice requests.
        *sort_indexes("follow_up", "due_on", "updated_at", "action"),
        *sort_indexes("follow_up", "done_on", postgresql=False),  # 0001's, as the requests' due date
        # With the done date (0020): the open ones are counted from it too, without their rows.
        *live_index("follow_up", "initiative_id", "owner_id", "done_on", parent_first=True),
        *only_on("postgresql", Index("ix_follow_up_initiative_id", "initiative_id")),  # as for requests
        # Migration 0005, as for advice requests (sorted by owner name). On SQLite not the start
        # of ix_follow_up_owner_open: an owner's rows in rowid order are read from this one.
        *sort_indexes("follow_up", "owner_id"),
    )


class Event(Record):
    """A training, info session, network day or webinar the office runs (migration 0012).

    Dates and times are the event's own wall-clock ones (Belgian time), not moments: a training
    at 19:00 stays at 19:00 whatever the computer's zone; times are ``HH:MM`` text, which sorts.
    """

    __tablename__ = "event"
    FIELDS = ("title", "kind", "topics", "starts_on", "start_time", "ends_on", "end_time", "place", "capacity",
              "trainers", "officer_id", "status", "notes")

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="training")
    topics: Mapped[list[str]] = mapped_column(CodeList(), default=list)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5), default=None)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_time: Mapped[str | None] = mapped_column(String(5), default=None)
    place: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    trainers: Mapped[str] = mapped_column(String(500), default="")
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")

    # A list page is ORDER BY <column>, <tiebreak> LIMIT n, read in index order (as migration
    # 0002 did for requests; 0017 on SQLite); capacity may be empty: see EMPTY_FIRST_INDEXES.
    __table_args__ = (
        *sort_indexes("event", "starts_on", "title", "kind", "status", "updated_at", "officer_id"),
        *sort_indexes("event", "capacity", postgresql=False),
        Index("ix_event_live", "archived_at", "id"),
    )


class Registration(Record):
    """One person's place at an event: a contact person (and so their initiative), or a walk-in
    known only by the name and e-mail given here (migration 0012).

    ``initiative_id`` is the contact's initiative, copied when the registration is made (as a
    follow-up carries its request's): the initiative's timeline, the period report's provinces
    and a field copy's province read it without joining the contacts. None for a walk-in.
    """

    __tablename__ = "registration"
    FIELDS = ("contact_id", "name", "email", "status", "registered_on")

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact_person.id"), default=None, index=True)
    initiative_id: Mapped[str | None] = mapped_column(ForeignKey("initiative.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(20), default="registered")
    registered_on: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (
        # An event's registrations by status: its page, its fill, its waiting list.
        # (Ordered as the waiting list's turn: created_at, then id, alike on every copy.)
        Index("ix_registration_event_status", "event_id", "status", "created_at", "id"),
        *sort_indexes("registration", "registered_on", "status", "updated_at"),
        *live_index("registration", "event_id"),
    )


#: The sort indexes of columns that may be empty, with the column's key in the order the lists
#: sort it (:class:`EmptyFirstKey`, migration 0006): on PostgreSQL the ``(column, id)`` indexes
#: of requests and follow-ups (migration 0002), of the initiatives' enterprise number (0009) and
#: of the events' capacity (SQLite's are ``(column)``: :func:`sort_indexes`, 0017), and on both
#: the initiatives' single-column ones (migration 0001), from which PostgreSQL reads a page in
#: order and sorts only the ties by id (SQLite's hold the rowid, its tiebreak).
EMPTY_FIRST_INDEXES: tuple[Index, ...] = (
    *only_on("postgresql", *(
        Index(f"ix_{model.__tablename__}_{column}_id", EmptyFirstKey(model.__table__.c[column]), model.__table__.c.id)
        for model, column in ((AdviceRequest, "due_on"), (AdviceRequest, "answered_on"),
                              (AdviceRequest, "minutes_spent"), (FollowUp, "done_on"),
                              (Initiative, "enterprise_number"), (Event, "capacity")))),
    *(Index(f"ix_initiative_{column}", EmptyFirstKey(Initiative.__table__.c[column]))
      for column in ("province", "founded_year")),
)


class Change(Base):
    """One field's change, or a record's creation (all its fields in one row), archive or restore.

    The one record of changes that serves history, undo, "recent activity" and field sync.
    """

    __tablename__ = "change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Changes made by one user action share a batch, so the action can be undone as one.
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36))
    #: create | update | archive | restore
    operation: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(40), default=None)
    #: JSON text; None for archive/restore rows; a create row's new value is the record's
    #: filled-in fields as one JSON object (store.creations, migration 0014).
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    officer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    replica_id: Mapped[str] = mapped_column(String(36))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    # Sync (migration 0004). A change's global identity is (replica_id, seq), written "replica:seq".
    # A database trigger fills seq, parents and context for every row inserted without a seq (so
    # bulk inserts that bypass ChangeWriter are covered too); rows arriving in a sync package
    # bring their own. See fourthpillar/sync/merge.py.
    #: Per-origin sequence number, allocated under a lock on the origin's ``replica`` row.
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    #: The versions of the same field (or, for field None, of the record's archived state) this
    #: change replaced: the heads its writer saw, space-separated keys; "" for none.
    parents: Mapped[str | None] = mapped_column(Text, default=None)
    #: For a field change: the archived-state heads its writer saw; for an archive: the field
    #: heads it saw. Tells an archive from an edit made concurrently (a conflict).
    context: Mapped[str | None] = mapped_column(Text, default=None)
    #: True while no known change has replaced this version: the field's current value(s).
    is_head: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (
        # One record's changes (migration 0019: without changed_at, which no query reads a range of).
        Index("ix_change_entity", "entity", "entity_id"),
        Index("uq_change_replica_id_seq", "replica_id", "seq", unique=True),
    )


class Meta(Base):
    """Key/value facts about this database (its replica id, for one)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Replica(Base):
    """A copy of the register this database knows of (itself included), for sync.

    ``held`` is the highest sequence number of that replica's changes held here (this database
    holds all of them from 1 to held, except at or below ``floor``, which a first package
    summarised as a snapshot). ``known`` is what that replica is known to hold, learnt from its
    packages: a JSON object replica id -> seq. Packages for it contain what lies above that.
    """

    __tablename__ = "replica"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    held: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    floor: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    known: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    exchanged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)


class Conflict(Base):
    """Something a merge could not decide for a person: shown in the Conflicts view.

    kind ``field``: one field (or, with field None, the archived state) has several concurrent
    values; ``archived``: archived on one side while edited on the other; ``duplicate``: two
    initiatives that look like the same one (``other_id``). Open while ``resolved_at`` is None.
    """

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(40), default=None)
    other_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None, index=True)

    __table_args__ = (Index("ix_conflict_record", "entity", "entity_id"),)


#: A follow-up's owner: the officer table joined a second time in the follow-ups list.
OwnerOfficer = aliased(Officer, name="owner_officer")


#: Entity names as they appear in the change log.
ENTITIES: dict[str, type[Record]] = {
    "officer": Officer,
    "initiative": Initiative,
    "contact": ContactPerson,
    "request": AdviceRequest,
    "follow_up": FollowUp,
    "event": Event,
    "registration": Registration,
}
#: The other way round: a model's name in the change log.
ENTITY_NAMES: dict[type[Record], str] = {model: name for name, model in ENTITIES.items()}
