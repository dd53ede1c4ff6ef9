"""The period report's figures: counted by SQL, filtered by period, province and officer."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from fourthpillar import clock
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import exports
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports.report import _median
from fourthpillar.store.models import AdviceRequest


def _log(desk: Desk, initiative_id: str, received: str, answered: str | None, topics: str, **values: str) -> None:
    saved = requests.log_request(
        desk,
        initiative_id=initiative_id,
        values={
            "received_on": received,
            "channel": values.pop("channel", "email"),
            "topics": topics,
            "question": "Vraag",
            "minutes_spent": values.pop("minutes", "30"),
            **values,
        },
    )
    if answered:
        requests.update_request(desk, request_id=saved.id, changes={"status": "answered"})
        # The answer date is stamped with today; the report needs it in the past.
        with desk.database.session() as session:
            session.execute(
                update(AdviceRequest)
                .where(AdviceRequest.id == saved.id)
                .values(answered_on=dt.date.fromisoformat(answered))
            )


@pytest.fixture
def figures_register(any_desk: Desk) -> dict[str, str]:
    desk = any_desk
    antwerp = initiatives.register_initiative(desk, values={"name": "A", "postcode": "2000"}).id
    ghent = initiatives.register_initiative(desk, values={"name": "G", "postcode": "9000"}).id
    other = officers.register_officer(desk, values={"name": "Tom Claes"}).id
    _log(desk, antwerp, "2026-01-10", "2026-01-12", "fundraising, subsidies")  # 2 days
    _log(desk, antwerp, "2026-01-20", "2026-01-30", "fundraising")  # 10 days
    _log(desk, ghent, "2026-03-01", "2026-03-05", "governance", channel="phone", officer_id=other)  # 4 days
    _log(desk, ghent, "2026-03-02", None, "fundraising", minutes="90")
    _log(desk, ghent, "2025-12-31", "2026-01-01", "fundraising")  # before the period
    return {"antwerp": antwerp, "ghent": ghent, "other": other}


def test_figures_count_what_the_period_holds(any_desk: Desk, figures_register: dict[str, str]) -> None:
    """The same figures on SQLite and on a shared PostgreSQL database."""
    desk = any_desk
    figures = exports.get_period_figures(desk, period=exports.ReportPeriod(dt.date(2026, 1, 1), dt.date(2026, 4, 30)))
    assert figures.requests == 4
    assert figures.initiatives_helped == 2
    assert figures.answered == 3
    assert figures.median_days_to_answer == 4
    assert figures.minutes_spent == 30 * 3 + 90
    assert figures.new_initiatives == 0  # registered today, outside the period
    topics = {item.label: (item.requests, item.initiatives) for item in figures.by_topic}
    assert topics["fundraising"] == (3, 2) and topics["subsidies"] == (1, 1) and topics["governance"] == (1, 1)
    busiest = figures.busiest_topics()
    assert busiest[0].label == "fundraising" and {item.label for item in busiest[1:]} == {"subsidies", "governance"}
    assert dict((item.label, item.requests) for item in figures.by_channel)["phone"] == 1
    assert dict((item.label, item.requests) for item in figures.by_province) == {
        "Antwerp": 2,
        "Limburg": 0,
        "East Flanders": 2,
        "West Flanders": 0,
        "Flemish Brabant": 0,
        "Brussels": 0,
        "outside Flanders": 0,
    }
    assert figures.per_month == [
        (dt.date(2026, 1, 1), 2),
        (dt.date(2026, 2, 1), 0),
        (dt.date(2026, 3, 1), 2),
        (dt.date(2026, 4, 1), 0),
    ]


def test_figures_follow_the_province_and_officer_filters(any_desk: Desk, figures_register: dict[str, str]) -> None:
    desk = any_desk
    period = {"date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 12, 31)}
    ghent = exports.get_period_figures(desk, period=exports.ReportPeriod(province="oost-vlaanderen", **period))
    assert ghent.requests == 2 and ghent.province == "East Flanders"
    assert [item.label for item in ghent.by_province] == ["East Flanders"]
    tom = exports.get_period_figures(desk, period=exports.ReportPeriod(officer_id=figures_register["other"], **period))
    assert tom.requests == 1 and tom.officer_name == "Tom Claes" and tom.median_days_to_answer == 4
    # The day they were registered, on this machine's calendar: FOURTHPILLAR_TODAY pins today(),
    # not the moment a record is stamped with.
    registered = clock.local_now().date()
    new = exports.get_period_figures(desk, period=exports.ReportPeriod(registered, registered))
    assert new.new_initiatives == 2


def test_an_inverted_period_or_unknown_filter_is_refused(desk: Desk) -> None:
    with pytest.raises(ValidationFailed):
        exports.get_period_figures(desk, period=exports.ReportPeriod(dt.date(2026, 2, 1), dt.date(2026, 1, 1)))
    with pytest.raises(ValidationFailed):
        exports.get_period_figures(
            desk, period=exports.ReportPeriod(dt.date(2026, 1, 1), dt.date(2026, 2, 1), province="atlantis")
        )


def test_median_of_a_histogram() -> None:
    assert _median([]) is None
    assert _median([(5, 1)]) == 5
    assert _median([(1, 1), (3, 1)]) == 2
    assert _median([(1, 2), (10, 1)]) == 1
    assert _median([(2, 1), (4, 1), (6, 1), (100, 1)]) == 5
