"""Open follow-ups as an iCalendar file (RFC 5545), so that reminders show up in the calendar an
officer already reads (Outlook, Google Calendar, Thunderbird).

Each follow-up is one all-day ``VEVENT`` (``DTSTART;VALUE=DATE``), not a ``VTODO``: Google
Calendar ignores to-dos in an imported file and Outlook imports them as nothing at all, while
all three import all-day events the same way. The ``UID`` is the follow-up's id, so that
importing a newer file updates the entries instead of adding them twice; ``SEQUENCE`` is the
follow-up's version, so that calendars that compare it (Outlook) take the newer due date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: The domain part of every entry's UID: ids are UUIDs, the domain says whose they are.
UID_DOMAIN = "fourthpillar.11.be"
PRODUCT_ID = "-//11.11.11//Fourth Pillar desk//NL"
#: RFC 5545 section 3.1: content lines are folded at 75 octets, continued after CRLF and a space.
LINE_OCTETS = 75

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Reminder:
    """One open follow-up as the calendar shows it (texts already in the officer's language)."""

    follow_up_id: str
    version: int
    due_on: dt.date
    summary: str
    description: str
    updated_at: dt.datetime | None = None


def uid(follow_up_id: str) -> str:
    return f"{follow_up_id}@{UID_DOMAIN}"


def escape_text(text: str) -> str:
    r"""A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma escaped, line ends as ``\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line: str) -> str:
    """*line* folded into pieces of at most 75 octets (never inside a UTF-8 character), CRLF-ended."""
    pieces: list[str] = []
    current, size = "", 0
    limit = LINE_OCTETS
    for character in line:
        length = len(character.encode("utf-8"))
        if size + length > limit:
            pieces.append(current)
            # A continuation line starts with a space, which counts towards its 75 octets.
            current, size, limit = character, length, LINE_OCTETS - 1
        else:
            current += character
            size += length
    pieces.append(current)
    return "\r\n ".join(pieces) + "\r\n"


def _moment(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(value: dt.date) -> str:
    # Not strftime: it writes the year 0001 as "1" on Linux, a date no calendar reads.
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _day_end(last: dt.date) -> list[str]:
    """An all-day entry's DTEND, the day after *last* (exclusive); none after 31/12/9999, which
    has no next day: without DTEND an all-day entry lasts its one day (RFC 5545 3.6.1)."""
    return [] if last == dt.date.max else [f"DTEND;VALUE=DATE:{_day(last + dt.timedelta(days=1))}"]


def calendar_text(reminders: Iterable[Reminder], *, stamp: dt.datetime, name: str) -> str:
    """The whole calendar; *stamp* is the export's moment (DTSTAMP), *name* the calendar's title."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for item in reminders:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(item.follow_up_id)}",
            f"DTSTAMP:{_moment(stamp)}",
            f"DTSTART;VALUE=DATE:{_day(item.due_on)}",
            # All-day events end the next day (DTEND is exclusive).
            *_day_end(item.due_on),
            f"SEQUENCE:{max(0, item.version)}",
            f"SUMMARY:{escape_text(item.summary)}",
            f"DESCRIPTION:{escape_text(item.description)}",
            # A reminder, not a meeting: the day stays free in the officer's agenda.
            "TRANSP:TRANSPARENT",
            *([f"LAST-MODIFIED:{_moment(item.updated_at)}"] if item.updated_at else []),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


#: The office's zone: an event's times are Belgian wall-clock times (``store.models.Event``).
TIMEZONE = "Europe/Brussels"
#: Its definition (RFC 5545 3.6.5), so that every calendar places 19:00 at 19:00 Brussels time,
#: summer or winter, wherever the person opening the file is.
_VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TIMEZONE}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """One event of the office (a training, a network day) as a calendar entry."""

    event_id: str
    version: int
    starts_on: dt.date
    #: "HH:MM" wall-clock times in :data:`TIMEZONE`; without a start time the entry is all-day.
    start_time: str | None
    ends_on: dt.date | None
    end_time: str | None
    summary: str
    description: str
    place: str
    cancelled: bool = False
    updated_at: dt.datetime | None = None


def _local(day: dt.date, time: str) -> str:
    return f"{_day(day)}T{time.replace(':', '')}00"


def _event_times(item: CalendarEvent) -> list[str]:
    last = item.ends_on or item.starts_on
    if not item.start_time:
        return [f"DTSTART;VALUE=DATE:{_day(item.starts_on)}", *_day_end(last)]
    lines = [f"DTSTART;TZID={TIMEZONE}:{_local(item.starts_on, item.start_time)}"]
    if item.end_time:
        lines.append(f"DTEND;TZID={TIMEZONE}:{_local(last, item.end_time)}")
    return lines


def event_calendar_text(item: CalendarEvent, *, stamp: dt.datetime) -> str:
    """A calendar file holding one event; its ``UID`` is the event's id and ``SEQUENCE`` its
    version, so that importing it again after a change moves the entry instead of adding one."""
    online = item.place.strip().lower().startswith(("https://", "http://"))
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        *(_VTIMEZONE if item.start_time else ()),
        "BEGIN:VEVENT",
        f"UID:{uid(item.event_id)}",
        f"DTSTAMP:{_moment(stamp)}",
        *_event_times(item),
        f"SEQUENCE:{max(0, item.version)}",
        f"SUMMARY:{escape_text(item.summary)}",
        f"DESCRIPTION:{escape_text(item.description)}",
        *([f"LOCATION:{escape_text(item.place)}"] if item.place.strip() else []),
        # A link is given as the entry's URL too (calendars offer to open it); never folded into the text.
        *([f"URL:{_CONTROL.sub('', item.place.split()[0])}"] if online else []),
        f"STATUS:{'CANCELLED' if item.cancelled else 'CONFIRMED'}",
        *([f"LAST-MODIFIED:{_moment(item.updated_at)}"] if item.updated_at else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) for line in lines)
