"""Demonstration data: what a new user sees after "load demonstration data"."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.domain.enterprise_number import is_valid_enterprise_number
from fourthpillar.domain.postcode import province_for_postcode
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.jobs import Cancelled
from fourthpillar.services import dashboard
from fourthpillar.services import demo
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.demo import load_demo_data
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import InitiativeRow
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery

TABLES = (Initiative, ContactPerson, AdviceRequest, FollowUp, Officer, Change, Event, Registration)


def table_counts(desk: Desk) -> dict[str, int]:
    with desk.database.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in TABLES}


def all_initiatives(desk: Desk) -> list[InitiativeRow]:
    return initiatives.list_initiatives(desk, query=ListQuery(limit=1000)).rows


def test_counts_are_proportional_and_match_the_register(desk: Desk) -> None:
    """"Load 60 initiatives" gives about four requests and follow-ups each, all in the lists."""
    before = table_counts(desk)
    summary = load_demo_data(desk, initiatives=60, seed=7)
    after = table_counts(desk)
    assert summary.initiatives == 60
    assert 60 <= summary.contacts <= 120
    assert 2.5 * 60 <= summary.requests <= 5.5 * 60
    assert 2.5 * 60 <= summary.follow_ups <= 5.5 * 60
    assert 6 <= summary.officers <= 8
    assert after["initiative"] - before["initiative"] == summary.initiatives
    assert after["contact_person"] - before["contact_person"] == summary.contacts
    assert after["advice_request"] - before["advice_request"] == summary.requests
    assert after["follow_up"] - before["follow_up"] == summary.follow_ups
    assert summary.events == 6 and 5 * 6 <= summary.registrations <= 35 * 6  # one event per ten initiatives
    assert after["event"] - before["event"] == summary.events
    assert after["registration"] - before["registration"] == summary.registrations
    created = (summary.initiatives + summary.contacts + summary.requests + summary.follow_ups + summary.officers
               + summary.events + summary.registrations)
    assert summary.changes == created == after["change"] - before["change"]
    assert requests.list_requests(desk, query=ListQuery(limit=1)).total == summary.requests


def test_every_province_and_brussels_present_with_real_postcodes(desk: Desk) -> None:
    """Filtering the list by any province finds demonstration initiatives."""
    load_demo_data(desk, initiatives=12, seed=1)
    rows = all_initiatives(desk)
    provinces = {row.province for row in rows}
    assert set(PROVINCES.codes) - {"outside"} <= provinces
    for row in rows:
        assert row.province == province_for_postcode(row.postcode)
        assert row.municipality and row.name and row.partner_countries and row.themes


def test_enterprise_numbers_are_valid_and_unique(desk: Desk) -> None:
    """Opening a demo initiative in the editor never shows an enterprise-number error."""
    load_demo_data(desk, initiatives=80, seed=3)
    numbers = [row.enterprise_number for row in all_initiatives(desk) if row.enterprise_number]
    assert len(numbers) >= 80 * 0.3
    assert all(is_valid_enterprise_number(number) for number in numbers)
    assert len(set(numbers)) == len(numbers)


def test_dashboard_shows_overdue_today_and_this_week(desk: Desk) -> None:
    """The signed-in officer's dashboard has follow-ups to act on right after the load."""
    load_demo_data(desk, initiatives=5, seed=2)
    board = dashboard.get_dashboard(desk)
    assert board.overdue and board.due_today and board.due_this_week
    assert all(row.owner_id == desk.officer_id for row in board.overdue)
    assert sum(board.open_requests_by_status.values()) > 0
    assert board.recent_activity


def test_search_finds_demo_municipality_and_question_words(desk: Desk) -> None:
    """Typing a municipality or a word of a question finds the demonstration records."""
    load_demo_data(desk, initiatives=30, seed=4)
    listed = all_initiatives(desk)
    prefix = listed[0].municipality[:4]
    found = initiatives.list_initiatives(desk, query=ListQuery(search=prefix, limit=1000))
    there = {row.id for row in listed if row.municipality.casefold().startswith(prefix.casefold())}
    assert there and there <= {hit.id for hit in found.rows}
    request = requests.list_requests(desk, query=ListQuery(limit=1)).rows[0]
    word = max(request.question.split(), key=len).strip("?.,()")
    hits = requests.list_requests(desk, query=ListQuery(search=word, limit=1000))
    assert request.id in {hit.id for hit in hits.rows}


def test_cancel_leaves_the_database_unchanged(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling halfway through keeps nothing: no half-loaded register."""
    monkeypatch.setattr(demo, "CHUNK_SIZE", 5)
    load_demo_data(desk, initiatives=3, seed=5)
    before = table_counts(desk)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        load_demo_data(desk, initiatives=40, seed=5, progress=lambda done, total: seen.append((done, total)),
                       is_cancelled=lambda: len(seen) >= 3)
    assert seen[:3] == [(0, 40), (5, 40), (10, 40)]
    assert table_counts(desk) == before


def test_progress_reaches_the_total(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress dialog fills up and closes at 100 %."""
    monkeypatch.setattr(demo, "CHUNK_SIZE", 4)
    seen: list[tuple[int, int]] = []
    load_demo_data(desk, initiatives=10, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 10), (4, 10), (8, 10), (10, 10)]


def test_second_load_adds_more_without_breaking(desk: Desk) -> None:
    """Loading twice (even with the same seed) doubles the register; officers are reused."""
    first = load_demo_data(desk, initiatives=20, seed=9)
    second = load_demo_data(desk, initiatives=20, seed=9)
    assert second.officers == 0
    counts = table_counts(desk)
    assert counts["initiative"] == 40
    assert counts["advice_request"] == first.requests + second.requests
    assert counts["officer"] == 1 + first.officers
    numbers = [row.enterprise_number for row in all_initiatives(desk) if row.enterprise_number]
    assert len(set(numbers)) == len(numbers)
    detail = initiatives.get_initiative(desk, initiative_id=all_initiatives(desk)[0].id)
    assert detail.contacts and detail.name


def test_undo_removes_the_whole_load(desk: Desk) -> None:
    """Ctrl+Z after loading demonstration data empties the lists again, and redo brings it back."""
    summary = load_demo_data(desk, initiatives=8, seed=6)
    redo_batch = history.undo_action(desk, batch_id=summary.batch_id)
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 0
    assert requests.list_requests(desk, query=ListQuery()).total == 0
    some = initiatives.list_initiatives(desk, query=ListQuery(include_archived=True, limit=1)).rows[0]
    assert [entry.operation for entry in history.record_history(desk, entity="initiative", record_id=some.id)
            ] == ["archive", "create"]
    assert initiatives.get_initiative(desk, initiative_id=some.id).version == 2
    history.undo_action(desk, batch_id=redo_batch)
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 8
    assert initiatives.get_initiative(desk, initiative_id=some.id).version == 3


def test_negative_count_is_refused(desk: Desk) -> None:
    with pytest.raises(ValueError):
        load_demo_data(desk, initiatives=-1)


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_officer_puts_unassigned_first_then_names(desk: Desk, descending: bool) -> None:
    """The Officer and Owner columns sort by name (unassigned as an empty name), ties by id."""
    load_demo_data(desk, initiatives=15, seed=8)
    for rows, name_of in (
        (requests.list_requests(desk, query=ListQuery(sort="officer_name", descending=descending, limit=1000)).rows,
         lambda row: row.officer_name),
        (followups.list_follow_ups(desk, query=ListQuery(sort="owner_name", descending=descending,
                                                         limit=1000)).rows,
         lambda row: row.owner_name),
    ):
        keys = [(name_of(row), row.id) for row in rows]
        assert keys == sorted(keys, reverse=descending)
        assert any(name for name, _ in keys)


def test_list_totals_match_the_rows_listed(desk: Desk) -> None:
    """The count under each list (scroll bar, "n requests") equals the rows it pages through."""
    load_demo_data(desk, initiatives=25, seed=10)
    officer_id = desk.officer_id
    for query in (ListQuery(limit=1000), ListQuery(officer_id=officer_id, limit=1000),
                  ListQuery(search="subsidie", limit=1000), ListQuery(status="open", limit=1000)):
        page = requests.list_requests(desk, query=query)
        assert page.total == len(page.rows) > 0
        follow_page = followups.list_follow_ups(desk, query=query)
        assert follow_page.total == len(follow_page.rows)


def test_demo_events_keep_the_waiting_list_rules(desk: Desk) -> None:
    """Demonstration events look real: past ones held with attendance, coming ones never over
    their capacity, and undo takes them back with the rest."""
    from fourthpillar.services import events
    from fourthpillar.services import history

    summary = load_demo_data(desk, initiatives=40, seed=3)
    page = events.list_events(desk, query=ListQuery(limit=100))
    assert page.total == summary.events == 4
    for row in page.rows:
        detail = events.get_event(desk, event_id=row.id)
        if detail.capacity is not None and detail.status in ("planned", "open", "full"):
            assert detail.taken <= detail.capacity
            assert detail.waiting == 0 or detail.status == "full"
    history.undo_action(desk, batch_id=summary.batch_id)
    assert events.list_events(desk, query=ListQuery()).total == 0

