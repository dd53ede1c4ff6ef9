"""Dates as officers type them: the Belgian and ISO spellings, days counted from today, and a
clear word for a day that does not exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.domain.dates import ImpossibleDate
from fourthpillar.domain.dates import add_months
from fourthpillar.domain.dates import parse_date
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean


@pytest.fixture
def headless_reset() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


@pytest.mark.parametrize(("text", "days", "months"), [
    ("+3d", 3, 0), ("+1w", 7, 0), ("+2w", 14, 0), ("+1m", 0, 1), ("+3m", 0, 3), ("+ 2 W", 14, 0),
    ("+3j", 3, 0), ("+2s", 14, 0), ("today", 0, 0), ("Vandaag", 0, 0), ("aujourd'hui", 0, 0),
])
def test_days_counted_from_today_are_dates_everywhere(text: str, days: int, months: int) -> None:
    """The command line and the README accept +1m and +2w; the editors refused them."""
    expected = add_months(clock.today(), months) + dt.timedelta(days=days)
    assert parse_date(text) == expected
    assert clean(REQUEST_FIELDS, {"due_on": text}, complete=False) == {"due_on": expected}


@pytest.mark.parametrize(("text", "message"), [
    ("31/02/2026", "'31/02/2026' is not a date: February 2026 has 28 days"),
    ("2024-02-30", "'2024-02-30' is not a date: February 2024 has 29 days"),
    ("31.04.2026", "'31.04.2026' is not a date: April 2026 has 30 days"),
    ("12/13/2026", "'12/13/2026' is not a date: there is no month 13"),
])
def test_a_day_that_does_not_exist_is_named(text: str, message: str) -> None:
    """31/02/2026 was blamed on its format, which was right: the officer looked for a typing error."""
    with pytest.raises(ImpossibleDate) as raised:
        parse_date(text)
    assert str(raised.value) == message
    with pytest.raises(ValidationFailed) as failed:
        clean(REQUEST_FIELDS, {"due_on": text}, complete=False)
    assert failed.value.for_field("due_on") == message


def test_the_month_is_named_in_the_officers_language(headless_reset: None) -> None:
    """A Dutch officer reads "februari", not "February"."""
    i18n.use_language("nl")
    with pytest.raises(ImpossibleDate, match="februari 2026"):
        parse_date("31/02/2026")
    i18n.use_language("fr")
    with pytest.raises(ImpossibleDate, match="février 2026"):
        parse_date("31/02/2026")


@pytest.mark.parametrize("text", ["+1x", "+m", "1m", "morgen", "3102/2026", "+9999d"])
def test_other_text_is_still_not_a_date(text: str) -> None:
    with pytest.raises(ValidationFailed, match="is not a date"):
        clean(REQUEST_FIELDS, {"due_on": text}, complete=False)
