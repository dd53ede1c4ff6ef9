"""Dates as officers type them: ISO or Belgian day/month/year, or counted from today (``+2w``,
``vandaag``); a day that does not exist is named (31/02/2026: February has 28 days)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.i18n import translate

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
# The same spellings, read as numbers to say what is wrong with an impossible date.
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# ``+3d``, ``+2w``, ``+1m`` (and the French ``+3j``, ``+2s``): that long after today.
_RELATIVE = re.compile(r"^\+\s*(\d{1,3})\s*([dwmjs])$", re.IGNORECASE)
# "Today" in the languages the desk speaks, so each officer can type it in their own.
_TODAY_WORDS = frozenset({"today", "vandaag", "aujourd'hui", "aujourd\u2019hui", "auj"})
#: The months' names, for messages (translated under "Month").
MONTH_NAMES = i18n.MONTH_NAMES


class ImpossibleDate(ValueError):
    """A date spelt right that does not exist (31/02/2026); the message says what is wrong."""


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day *months* later, clipped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def relative_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """``today`` (or ``vandaag``, ``aujourd'hui``), ``+3d``, ``+2w``, ``+1m`` counted from
    *today* (default :func:`fourthpillar.clock.today`); None when *text* is none of those."""
    text = text.strip().lower()
    today = today or clock.today()
    if text in _TODAY_WORDS:
        return today
    relative = _RELATIVE.match(text)
    if relative is None:
        return None
    amount, unit = int(relative.group(1)), relative.group(2)
    try:  # far beyond the year 9999 (+99999999m, +10**30d): not a date at all
        if unit == "m":
            return add_months(today, amount)
        return today + dt.timedelta(days=amount * (7 if unit in "ws" else 1))
    except (OverflowError, ValueError):
        return None


def _impossible(text: str) -> ImpossibleDate | None:
    """Why *text*, spelt as a date, is not one (no month 13, no 31 February); None otherwise."""
    if parts := _DAY_FIRST.match(text):
        day, month, year = (int(part) for part in parts.groups())
    elif parts := _YEAR_FIRST.match(text):
        year, month, day = (int(part) for part in parts.groups())
    else:
        return None
    if not 1 <= month <= 12:
        return ImpossibleDate(translate("Validation", "'{value}' is not a date: there is no month {month}").format(
            value=text, month=month))
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days:
        return ImpossibleDate(translate("Validation", "'{value}' is not a date: {month} {year} has {days} days").format(
            value=text, month=translate("Month", MONTH_NAMES[month - 1]), year=year, days=days))
    return None


def parse_date(value: Any) -> dt.date:
    """A date from a date, ISO text, the Belgian dd/mm/yyyy spelling or a day counted from today
    (:func:`relative_date`); :class:`ImpossibleDate` for a day that does not exist, ValueError
    for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if (relative := relative_date(text)) is not None:
        return relative
    raise _impossible(text) or ValueError(text)
