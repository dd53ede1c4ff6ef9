"""A first package's rows inserted as they are stored (:class:`Inserter`), each value converted
to its stored form in one step, a whole column at a time where the package's usual form allows
(``sync.snapshot`` unpacks a package through it)."""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Column
from sqlalchemy import Date
from sqlalchemy import Table
from sqlalchemy import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from fourthpillar.domain.field_kinds import DAYS
from fourthpillar.domain.field_kinds import lines_of
from fourthpillar.domain.field_kinds import one_a_line
from fourthpillar.store import cipher
from fourthpillar.store.types import CodeList
from fourthpillar.store.types import UTCDateTime
from fourthpillar.store.types import stored_code_list
from fourthpillar.store.types import stored_code_lists
from fourthpillar.sync.log import decode_column


class Inserter:
    """Bulk inserts of rows given as lists in the order of *names* (then *computed*: values the
    checkout itself adds, already as stored); on SQLite straight through the driver, each value
    converted to its stored form in one step (SQLAlchemy's per-row bookkeeping and its
    processors were most of the time for half a million records)."""

    def __init__(self, session: Session, target: Table, names: Sequence[str], computed: Sequence[str] = ()) -> None:
        self.session = session
        self.target = target
        self.names = [*names, *computed]
        dialect = session.get_bind().dialect
        self.sqlite = dialect.name == "sqlite"
        # Columns left out get their scalar defaults (a record's version starts at 1).
        defaults = {column.name: column.default.arg for column in target.columns  # type: ignore[attr-defined]
                    if column.name not in self.names and column.default is not None and column.default.is_scalar}
        self.extra = list(defaults.values())
        self.conversions: list[tuple[int, Callable[[Any], Any]]] = []
        for index, name in enumerate(names):
            column = target.c[name]
            convert = _sqlite_conversion(column, dialect) if self.sqlite else _conversion(column)
            if convert is not None:
                self.conversions.append((index, convert))
        self.all_names = [*self.names, *defaults]
        quoted = ", ".join(f'"{name}"' for name in self.all_names)
        self.statement = f'INSERT INTO "{target.name}" ({quoted}) VALUES ({", ".join("?" for _ in self.all_names)})'
        #: Another SQLite connection to write to instead of the session's (sync.pipeline's).
        self.into: cipher.Connection | None = None

    def converted(self, rows: list[list[Any]]) -> list[list[Any]]:
        """*rows* (changed in place) as they are stored, then any defaults of columns left out."""
        for index, convert in self.conversions:
            try:
                _convert_column(rows, index, convert)
            except (ValueError, TypeError, OverflowError) as error:  # a moment beyond the year 9999 in UTC
                raise ValueError(f"{self.target.name} {self.names[index]}: {error}") from error
        if self.extra:
            extra = self.extra
            for row in rows:
                row.extend(extra)
        return rows

    def write(self, rows: list[list[Any]]) -> None:
        """Insert *rows* as :meth:`converted` made them."""
        if not rows:
            return
        if self.into is not None or self.sqlite:
            connection = self.into or self.session.connection().connection.dbapi_connection
            cursor = connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.executemany(self.statement, rows)
            except cipher.Error as error:  # as SQLAlchemy would have raised it (a refusal, a full disk)
                raise DBAPIError.instance(self.statement, None, error, cipher.Error) from error
            finally:
                cursor.close()
        else:
            self.session.execute(insert(self.target), [dict(zip(self.all_names, row, strict=True)) for row in rows])


def _convert_column(rows: list[list[Any]], index: int, convert: Callable[[Any], Any]) -> None:
    whole_column = _WHOLE_COLUMN.get(convert)
    if whole_column is not None:
        present = rows
        values = list(map(itemgetter(index), rows))
        if None in values:
            present = [row for row in rows if row[index] is not None]
            values = list(map(itemgetter(index), present))
        stored = whole_column(values)
        if stored is values:
            return
        if stored is not None:
            for row, value in zip(present, stored, strict=True):
                row[index] = value
            return
    for row in rows:
        value = row[index]
        if value is not None:
            row[index] = convert(value)


def _conversion(column: Column[Any]) -> Callable[[Any], Any] | None:
    """A package's JSON value as SQLAlchemy takes it for *column* (PostgreSQL), or None: as it is."""
    if not isinstance(column.type, UTCDateTime | Date | CodeList):
        return None

    def decode(value: Any) -> Any:
        return decode_column(column, value)

    return decode


def _sqlite_conversion(column: Column[Any], dialect: Any) -> Callable[[Any], Any] | None:
    """A package's JSON value as SQLite stores it in *column* (what SQLAlchemy's processors make
    of it, without them), or None: as it is."""
    if isinstance(column.type, UTCDateTime):
        return _sqlite_timestamp
    if type(column.type) is Date:
        return _sqlite_day
    if isinstance(column.type, CodeList):
        return _sqlite_codes
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _sqlite_timestamp(value: str) -> str:
    """A package's ISO timestamp as SQLite stores a :class:`UTCDateTime` (SQLAlchemy's text form
    of the moment in UTC), checked as decoding it does (an impossible date is refused). Columns
    in the form packages are written in go through :func:`_sqlite_timestamps` instead, a whole
    column at a time; this converts any other form (another offset, a shorter fraction)."""
    parsed = _parse_moment(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _sqlite_day(value: str) -> str:
    """A package's ISO day as SQLite stores a ``Date`` (checked, as decoding it does; columns of
    plain days go through :func:`_sqlite_days`)."""
    return _parse_day(value).isoformat()


_parse_moment = dt.datetime.fromisoformat
_parse_day = dt.date.fromisoformat
#: Moments of the form packages are written in, one a line (days: as stored, the same form).
_MOMENTS = lines_of(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?\+00:00", re.ASCII)


def _joined_if_of_form(values: list[Any], form: re.Pattern[str]) -> str | None:
    """*values* one a line when every one is text of the *form* (a :func:`lines_of` pattern),
    else None."""
    if set(map(type, values)) != {str}:
        return None
    joined = one_a_line(values)
    return joined if form.fullmatch(joined) is not None else None


def _sqlite_timestamps(values: list[Any]) -> list[str] | None:
    """What :func:`_sqlite_timestamp` makes of each of *values* (a column of a line), when all of
    them are in the forms packages are written in (UTC, with microseconds or a whole second);
    else None. Each is still decoded, so an impossible moment (30 February, 25 o'clock) is
    refused. Rearranged in C over the whole column: in that form a "T" and "+00:00" occur only
    where SQLite's text has a space and nothing."""
    if not values:
        return []
    joined = _joined_if_of_form(values, _MOMENTS)
    if joined is None:
        return None
    deque(map(_parse_moment, values), maxlen=0)
    stored = joined.replace("T", " ").replace("+00:00", "")
    if len(stored) == 27 * len(values) - 1:  # all with microseconds
        return stored.split("\n")
    if len(stored) == 20 * len(values) - 1:  # all on a whole second
        return (stored.replace("\n", ".000000\n") + ".000000").split("\n")
    return [value if len(value) == 26 else value + ".000000" for value in stored.split("\n")]


def _sqlite_days(values: list[Any]) -> list[Any] | None:
    """*values* themselves when all are days in the form SQLite stores (each decoded: 30 February
    is refused), else None (then :func:`_sqlite_day` converts each)."""
    if values and _joined_if_of_form(values, DAYS) is None:
        return None
    deque(map(_parse_day, values), maxlen=0)
    return values


def _sqlite_codes(value: Any) -> str:
    """A package's list of codes as SQLite stores a :class:`CodeList` (another iterable taken
    as the list of its items, as SQLAlchemy's processor takes it; columns of lists go through
    :func:`_sqlite_code_lists`)."""
    return stored_code_list(list(value))


def _sqlite_code_lists(values: list[Any]) -> list[str] | None:
    """What :func:`_sqlite_codes` makes of each of *values* when all are lists, else None."""
    if values and set(map(type, values)) != {list}:
        return None
    return stored_code_lists(values)


#: Conversions of a whole column of a line at once, for the values' usual form (a first
#: package holds two million moments, a million days and half a million lists of codes): None
#: when one is in another form.
_WHOLE_COLUMN: dict[Callable[[Any], Any], Callable[[list[Any]], list[Any] | None]] = {
    _sqlite_timestamp: _sqlite_timestamps, _sqlite_day: _sqlite_days, _sqlite_codes: _sqlite_code_lists}
