"""'Today' has one home (fourthpillar.clock) that the suite pins and the calendar rules follow."""

from __future__ import annotations

import datetime as dt

import pytest

from fourthpillar import clock
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.services import followups
from fourthpillar.services import privacy


def test_the_suite_runs_on_one_day_however_long_it_takes(one_today_for_the_whole_suite: dt.date) -> None:
    """A suite started at 23:59 must not see 'today' change halfway, nor the commands it starts:
    a test's expected due date and the code's would then differ by a day."""
    import os

    assert clock.today() == one_today_for_the_whole_suite
    assert os.environ[clock.TODAY_VARIABLE] == one_today_for_the_whole_suite.isoformat()


def test_a_pinned_day_comes_back_after_the_block() -> None:
    """Pinning 29 February for one test must not leak into the next one."""
    before = clock.today()
    with clock.today_is(dt.date(2028, 2, 29)):
        assert clock.today() == dt.date(2028, 2, 29)
    assert clock.today() == before


def test_the_variable_pins_today_and_nonsense_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command started by a test agrees with it on today's date; a malformed value is the
    machine's clock, never a crash at start-up."""
    monkeypatch.setattr(clock, "_pinned_today", None)
    monkeypatch.setenv(clock.TODAY_VARIABLE, "2027-03-31")
    assert clock.today() == dt.date(2027, 3, 31)
    monkeypatch.setenv(clock.TODAY_VARIABLE, "31/03/2027")
    assert clock.today() == dt.date.today()


def test_this_years_founding_is_accepted_after_new_year_without_a_restart() -> None:
    """An app left open over New Year refused an initiative founded this year, because the
    founding year's upper bound was read once, when the app started."""
    with clock.today_is(dt.date(2030, 12, 31)), pytest.raises(ValidationFailed):
        clean(INITIATIVE_FIELDS, {"founded_year": "2031"}, complete=False)
    with clock.today_is(dt.date(2031, 1, 1)):
        assert clean(INITIATIVE_FIELDS, {"founded_year": "2031"}, complete=False)["founded_year"] == 2031


@pytest.mark.parametrize(("today", "preset", "due"), [
    (dt.date(2027, 1, 31), "+1m", dt.date(2027, 2, 28)),
    (dt.date(2028, 1, 31), "+1m", dt.date(2028, 2, 29)),
    (dt.date(2027, 3, 31), "+1m", dt.date(2027, 4, 30)),
    (dt.date(2026, 12, 31), "+1w", dt.date(2027, 1, 7)),
    (dt.date(2028, 2, 29), "+3m", dt.date(2028, 5, 29)),
])
def test_quick_due_dates_count_from_the_pinned_day(today: dt.date, preset: str, due: dt.date) -> None:
    """'+1m' on 31 March is 30 April (not an error, not 1 May), counted from the desk's today."""
    with clock.today_is(today):
        assert followups.quick_due_date(preset) == due


def test_retention_counts_activity_on_the_officers_calendar_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change stored at 23:30 UTC on 31 December is 1 January in Brussels: the retention review
    must date it by the officer's day, as every screen does."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    import time

    time.tzset()
    try:
        stored = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)
        assert privacy._as_date(stored) == dt.date(2027, 1, 1)
        assert privacy._as_date(stored.replace(tzinfo=None)) == dt.date(2027, 1, 1)
    finally:
        monkeypatch.undo()
        time.tzset()
