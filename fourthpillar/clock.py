"""'Today' and 'now' for the whole desk, from one place that the test suite can pin.

Every rule that depends on the calendar (overdue, due today, the default received date, the
founding year's upper bound, the retention cut-off, a file name's date stamp) asks :func:`today`;
every recorded moment asks :func:`now`. Nothing else calls ``date.today()``, ``datetime.now()``
or ``QDate.currentDate()``, so that a test suite started at 23:59 on 28 February sees one
calendar day from its first test to its last (``tests/conftest.py`` pins it).

"Today" is the officer's local calendar day, never the UTC one: at 00:30 in Brussels a
follow-up due yesterday is overdue, although it is still yesterday in UTC.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

#: A day (yyyy-mm-dd) that :func:`today` answers in this process and the commands it starts: the
#: test suite sets it so that a command-line test run in a subprocess agrees with the test.
TODAY_VARIABLE = "FOURTHPILLAR_TODAY"

_pinned_today: dt.date | None = None


def today() -> dt.date:
    """The officer's calendar day (local time), or the pinned day."""
    if _pinned_today is not None:
        return _pinned_today
    pinned = os.environ.get(TODAY_VARIABLE)
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            pass  # not a day: the machine's clock, as if it were unset
    return dt.date.today()


def now() -> dt.datetime:
    """The current moment, time-zone aware, in UTC (what the register stores)."""
    return dt.datetime.now(dt.UTC)


def local_now() -> dt.datetime:
    """The current moment in the machine's time zone (what an officer reads on screen)."""
    return now().astimezone()


def pin_today(day: dt.date | None) -> None:
    """Make :func:`today` answer *day* (None: follow the machine's clock again)."""
    global _pinned_today
    _pinned_today = day


@contextmanager
def today_is(day: dt.date) -> Iterator[dt.date]:
    """Within the block :func:`today` answers *day*; the earlier pin comes back after it."""
    before = _pinned_today
    pin_today(day)
    try:
        yield day
    finally:
        pin_today(before)
