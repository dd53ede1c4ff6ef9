"""Values come back from the store exactly as they went in, on SQLite and on PostgreSQL.

Ids are UUID text, times are UTC and timezone-aware, code lists are lists, dates are dates and
yes/no fields are booleans: a register moved from one database to the other must read the same.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from store_helpers import add_all
from store_helpers import initiative

from fourthpillar.store.database import Database
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Replica
from fourthpillar.store.types import code_pattern

BRUSSELS_SUMMER = dt.timezone(dt.timedelta(hours=2))


def _read(database: Database, record_id: str) -> Initiative:
    with database.session() as session:
        record = session.get(Initiative, record_id)
        assert record is not None
        return record


def test_new_records_get_uuid_text_ids(database: Database) -> None:
    """Ids are the same kind of value everywhere (sync packages, links, the command line)."""
    [record_id] = add_all(database, initiative("Vzw Zonnebloem"))
    assert isinstance(record_id, str)
    assert str(uuid.UUID(record_id)) == record_id
    with database.session() as session:
        assert session.scalars(select(Initiative.id).where(Initiative.id == record_id)).one() == record_id


def test_times_are_read_back_as_the_same_utc_instant(database: Database) -> None:
    """A time saved in Belgian summer time (or with microseconds) must not move by two hours or
    lose precision: history and "last change" would show the wrong moment."""
    local = dt.datetime(2026, 7, 14, 16, 45, 12, 345678, tzinfo=BRUSSELS_SUMMER)
    [record_id] = add_all(database, initiative("Tijd", created_at=local, updated_at=local))
    stored = _read(database, record_id)
    assert stored.created_at == local
    assert stored.created_at.utcoffset() == dt.timedelta(0)
    assert stored.created_at.replace(tzinfo=None) == dt.datetime(2026, 7, 14, 14, 45, 12, 345678)


def test_comparing_times_in_sql_uses_the_instant_not_the_clock_reading(database: Database) -> None:
    """"Changed since" filters must agree on both databases whatever zone the times were given in."""
    early = dt.datetime(2026, 7, 14, 13, 0, tzinfo=dt.UTC)
    late_local = dt.datetime(2026, 7, 14, 14, 30, tzinfo=BRUSSELS_SUMMER)  # 12:30 UTC: before *early*
    first, second = add_all(database, initiative("Vroeg", updated_at=early),
                            initiative("Laat lokaal", updated_at=late_local))
    boundary = dt.datetime(2026, 7, 14, 14, 45, tzinfo=BRUSSELS_SUMMER)  # 12:45 UTC
    with database.session() as session:
        after = session.scalars(select(Initiative.id).where(Initiative.updated_at > boundary)).all()
        ordered = session.scalars(select(Initiative.id).order_by(Initiative.updated_at)).all()
    assert after == [first]
    assert ordered == [second, first]


def test_a_time_without_a_zone_is_refused_rather_than_guessed(database: Database) -> None:
    """A naive time could be local or UTC; storing it would shift it by an hour or two for someone."""
    with pytest.raises(StatementError, match="naive datetime"):
        add_all(database, initiative("Naief", created_at=dt.datetime(2026, 1, 1, 12, 0)))
    with database.session() as session:
        assert session.scalars(select(Initiative.id)).all() == []


def test_code_lists_keep_their_codes_and_order(database: Database) -> None:
    """Themes, partner countries and tags come back as the lists that were saved; empty is []."""
    [full, empty] = add_all(database,
                            initiative("Lijst", themes=["water", "education"], partner_countries=["BJ", "CD"],
                                       tags=["Zoë", "a_b"]),
                            initiative("Leeg"))
    stored = _read(database, full)
    assert (stored.themes, stored.partner_countries, stored.tags) == (["water", "education"], ["BJ", "CD"],
                                                                      ["Zoë", "a_b"])
    blank = _read(database, empty)
    assert (blank.themes, blank.partner_countries, blank.tags) == ([], [], [])


def test_a_code_filter_matches_whole_codes_only(database: Database) -> None:
    """Filtering on theme "water" must not also list "waterfront"; "_" and "%" in a code are
    literal characters, not wildcards."""
    water, front, underscore, percent = add_all(
        database,
        initiative("A", themes=["health", "water"]),
        initiative("B", themes=["waterfront"]),
        initiative("C", tags=["a_b"]),
        initiative("D", tags=["axb", "100%"]),
    )

    def having(column: object, code: str) -> set[str]:
        with database.session() as session:
            return set(session.scalars(select(Initiative.id).where(
                column.like(code_pattern(code), escape="\\"))))  # type: ignore[attr-defined]

    assert having(Initiative.themes, "water") == {water}
    assert having(Initiative.themes, "waterfront") == {front}
    assert having(Initiative.tags, "a_b") == {underscore}
    assert having(Initiative.tags, "100%") == {percent}
    assert having(Initiative.tags, "100") == set()


def test_dates_booleans_and_empty_numbers_round_trip(database: Database) -> None:
    """A request's received date stays a date (not a time at midnight in some zone), the panel
    flag a real yes/no, and a missing founding year stays missing rather than 0."""
    officer = Officer(name="An Peeters")
    panel = initiative("Panel", panel_member=True, founded_year=1998)
    other = initiative("Geen panel")
    add_all(database, officer, panel, other)
    [request_id] = add_all(database, AdviceRequest(
        initiative_id=panel.id, received_on=dt.date(2026, 2, 28), due_on=dt.date(2026, 3, 31),
        channel="email", question="Subsidie?", officer_id=officer.id, minutes_spent=None))
    with database.session() as session:
        request = session.get(AdviceRequest, request_id)
        assert request is not None
        assert type(request.received_on) is dt.date and request.received_on == dt.date(2026, 2, 28)
        assert request.minutes_spent is None
        flags = {name: flag for name, flag in session.execute(select(Initiative.name, Initiative.panel_member))}
        assert flags == {"Panel": True, "Geen panel": False}
        assert all(type(flag) is bool for flag in flags.values())
        years = {name: year for name, year in session.execute(select(Initiative.name, Initiative.founded_year))}
        assert years == {"Panel": 1998, "Geen panel": None}
        in_march = session.scalars(select(AdviceRequest.id).where(
            AdviceRequest.due_on.between(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))).all()
        assert in_march == [request_id]
        assert session.scalars(select(Initiative.name).where(Initiative.panel_member.is_(True))).all() == ["Panel"]


def test_server_defaults_give_the_same_values_on_both(database: Database) -> None:
    """Rows written without the ORM (sync, bulk imports) get the same defaults everywhere."""
    with database.engine.begin() as connection:
        connection.execute(insert(Replica).values(id="replica-1"))
        row = connection.execute(select(Replica.held, Replica.floor, Replica.known)
                                 .where(Replica.id == "replica-1")).one()
    assert tuple(row) == (0, 0, "{}")


def test_every_save_bumps_the_version(database: Database) -> None:
    """The version is what tells a save over someone else's newer save: it must move on each save."""
    [record_id] = add_all(database, initiative("Versie"))
    assert _read(database, record_id).version == 1
    for expected in (2, 3):
        with database.session() as session:
            record = session.get(Initiative, record_id)
            assert record is not None
            record.notes = f"save {expected}"
        assert _read(database, record_id).version == expected


def test_a_save_over_someone_elses_newer_save_is_refused(database: Database) -> None:
    """Two officers open the same initiative; the second to save must be told, not silently
    overwrite the first one's change (and not shown a driver traceback)."""
    [record_id] = add_all(database, initiative("Samen"))
    with pytest.raises(StaleRecord) as raised, database.session() as mine:
        record = mine.get(Initiative, record_id)
        assert record is not None
        with database.session() as theirs:
            their_copy = theirs.get(Initiative, record_id)
            assert their_copy is not None
            their_copy.notes = "their change"
        record.notes = "my change"
    assert (raised.value.entity, raised.value.record_id) == ("initiative", record_id)
    assert (raised.value.expected, raised.value.actual) == (1, 2)
    assert "changed by someone else" in str(raised.value)
    kept = _read(database, record_id)
    assert (kept.notes, kept.version) == ("their change", 2)
