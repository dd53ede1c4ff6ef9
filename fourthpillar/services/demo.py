"""Demonstration data: a realistic register of Flemish 4th-pillar initiatives, fast.

:func:`load_demo_data` writes initiatives with their contact persons, about four advice requests
and four follow-ups each, and a handful of support officers. It bypasses the one-record-at-a-time
use cases on purpose: 50,000 initiatives through the ORM would take many minutes, so rows are
generated as dicts and written with bulk ``INSERT`` statements, chunk by chunk, inside one
transaction (all or nothing; cancelling rolls it back). The FTS5 triggers fire on those inserts,
so search works at once.

Each created record gets one ``create`` row in the change log (not one per field as the editors
write), all under one batch id: recent activity shows the load, and
``services.history.undo_action(batch_id=...)`` archives everything it created, set-wise (seconds
for a few thousand initiatives; the sync stamp trigger on the change log makes a 50,000-initiative
undo take a minute or more). The records carry realistic dates (registered years ago, requests
over the last four years); their change-log rows carry the moment of the load, when they entered
this register. After a load the planner statistics are refreshed (SQLite ``ANALYZE``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.jobs import stop_if_cancelled
from fourthpillar.services import demo_data as data
from fourthpillar.services.demo_events import EventMaker
from fourthpillar.services.demo_events import event_count
from fourthpillar.services.demo_records import RecordMaker
from fourthpillar.services.demo_records import ascii_only
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration
from fourthpillar.store.models import new_id
from fourthpillar.store.models import utc_now
from fourthpillar.store.tables import table_of

#: Initiatives generated and written per chunk: progress is reported and cancelling is checked
#: between chunks. About 9,000 rows (with their change-log rows) per chunk.
CHUNK_SIZE = 500

#: A bigger page cache for the load's connection: the UUID indexes take random inserts.
LOAD_CACHE_KIB = 128 * 1024


@dataclass(frozen=True)
class DemoSummary:
    """What one load created, and the batch that undoes it as one action."""

    officers: int
    initiatives: int
    contacts: int
    requests: int
    follow_ups: int
    changes: int
    batch_id: str
    #: Trainings and other events (one per ten initiatives) and their registrations.
    events: int = 0
    registrations: int = 0


class _Writer:
    """Bulk-inserts rows and their ``create`` change-log rows within one session."""

    def __init__(self, session: Session, desk: Desk, batch_id: str, now: dt.datetime,
                 generator: RecordMaker) -> None:
        self.session = session
        self.desk = desk
        self.batch_id = batch_id
        self.now = now
        self.generator = generator
        #: Records written, by entity (each with its one change-log row).
        self.written: Counter[str] = Counter()

    def write(self, model: type[Record], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        entity = ENTITY_NAMES[model]
        # Core executemany INSERTs of plain dicts: no ORM objects, no unit-of-work flush.
        self.session.execute(insert(table_of(model)), rows)
        officer_id, replica_id, batch_id, now, new = (
            self.desk.officer_id, self.desk.replica_id, self.batch_id, self.now, self.generator.new_id)
        changes = [
            {"id": new(), "batch_id": batch_id, "entity": entity, "entity_id": row["id"], "operation": "create",
             "field": None, "old_value": None, "new_value": None, "officer_id": officer_id,
             "replica_id": replica_id, "changed_at": now}
            for row in rows
        ]
        self.session.execute(insert(table_of(Change)), changes)
        self.written[entity] += len(rows)


def _ensure_officers(session: Session, writer: _Writer) -> list[tuple[str, str | None]]:
    """The demonstration's officers (reusing those already there by name), plus all others."""
    existing = session.execute(
        select(Officer.id, Officer.name, Officer.region).where(Officer.archived_at.is_(None))
    ).all()
    known = {name.casefold() for _, name, _ in existing}
    rows: list[dict[str, Any]] = [
        {"id": writer.generator.new_id(), "name": name, "region": region,
         "email": ascii_only(name.lower().replace(" ", ".").replace("..", ".")) + "@11.be",
         "created_at": writer.now, "updated_at": writer.now, "archived_at": None, "version": 1}
        for name, region in data.OFFICERS if name.casefold() not in known
    ]
    writer.write(Officer, rows)
    officers: list[tuple[str, str | None]] = [(officer_id, region) for officer_id, _, region in existing]
    return officers + [(row["id"], row["region"]) for row in rows]


def _write_events(writer: _Writer, maker: EventMaker, total: int, people: list[tuple[str, str]],
                  is_cancelled: IsCancelled) -> None:
    """The load's events and their registrations, a chunk of events at a time."""
    for start in range(0, total, CHUNK_SIZE):
        stop_if_cancelled(is_cancelled)
        events = [maker.event(index, total) for index in range(start, min(total, start + CHUNK_SIZE))]
        registrations = [row for event in events for row in maker.registrations(event, people)]
        writer.write(Event, events)
        writer.write(Registration, registrations)


def load_demo_data(
    desk: Desk,
    *,
    initiatives: int,
    progress: Progress = no_progress,
    is_cancelled: IsCancelled = never_cancelled,
    seed: int | None = None,
) -> DemoSummary:
    """Add *initiatives* demonstration initiatives with contacts, requests and follow-ups.

    Everything is written in one transaction: on an error or when *is_cancelled* returns true
    (checked between chunks) nothing is kept and :class:`~fourthpillar.jobs.Cancelled` is raised.
    *progress(done, total)* counts initiatives. The same *seed* gives the same content (with
    fresh ids). Loading again adds more; existing demonstration officers are reused.
    """
    if initiatives < 0:
        raise ValueError("the number of initiatives cannot be negative")
    rng = random.Random(seed)
    now = utc_now()
    today = clock.today()
    batch_id = new_id()
    with desk.database.session() as session:
        # The pragma goes to the driver's connection directly: resetting it must work even
        # after a failed statement has left the session's transaction unusable.
        driver = session.connection().connection.driver_connection if desk.database.is_sqlite else None
        if driver is not None:
            driver.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        try:
            taken = set(session.scalars(
                select(Initiative.enterprise_number).where(Initiative.enterprise_number.is_not(None))
            ).all())
            generator = RecordMaker(rng, today=today, now=now, desk_officer_id=desk.officer_id,
                                   taken_numbers={number for number in taken if number})
            writer = _Writer(session, desk, batch_id, now, generator)
            generator.use_officers(_ensure_officers(session, writer))
            people: list[tuple[str, str]] = []  # (contact, initiative): who registers for events
            done = 0
            progress(0, initiatives)
            while done < initiatives:
                stop_if_cancelled(is_cancelled)
                size = min(CHUNK_SIZE, initiatives - done)
                chunk = generator.chunk(size)
                writer.write(Initiative, chunk.initiatives)
                writer.write(ContactPerson, chunk.contacts)
                writer.write(AdviceRequest, chunk.requests)
                writer.write(FollowUp, chunk.follow_ups)
                people += [(contact["id"], contact["initiative_id"]) for contact in chunk.contacts]
                done += size
                progress(done, initiatives)
            stop_if_cancelled(is_cancelled)
            _write_events(writer, EventMaker(rng, today=today, now=now, new_id=generator.new_id,
                                             moment=generator.moment, officer_ids=generator.officer_ids),
                          event_count(initiatives), people, is_cancelled)
            if driver is not None:
                # The tables grew by orders of magnitude: refresh the planner's statistics, or
                # SQLite keeps planning the lists as if they were nearly empty.
                session.execute(text("ANALYZE"))
        finally:
            if driver is not None:
                driver.execute("PRAGMA cache_size = -2000")
    written = writer.written
    return DemoSummary(officers=written["officer"], initiatives=written["initiative"], contacts=written["contact"],
                       requests=written["request"], follow_ups=written["follow_up"], changes=written.total(),
                       batch_id=batch_id, events=written["event"], registrations=written["registration"])
