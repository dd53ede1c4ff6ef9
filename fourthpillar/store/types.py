"""Column types that keep the same meaning on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlalchemy.types import TypeEngine


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no zone; without this, values would come back naive and compare wrongly.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class CodeList(TypeDecorator[list[str]]):
    """A short list of codes stored as ``|a|b|`` in one text column.

    One column (rather than a link table) keeps a record's field a single value, which is what
    field-by-field merging in sync needs, and ``LIKE '%|code|%'`` filters it in SQL.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return stored_code_list(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        if not value:
            return []
        return [item for item in value.split("|") if item]

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        # Comparing with a plain string (LIKE patterns) must not go through the list conversion.
        if isinstance(value, str):
            return String()
        return self


def stored_code_list(value: list[str] | None) -> str:
    """What a :class:`CodeList` column stores for *value*."""
    return "|" + "|".join(value) + "|" if value else ""


def stored_code_lists(values: list[list[str] | None]) -> list[str]:
    """:func:`stored_code_list` of each of *values*, a whole column at once (a first package's
    checkout stores half a million: a call per value was a third of the time)."""
    return ["|" + "|".join(value) + "|" if value else "" for value in values]


def code_pattern(code: str) -> str:
    """The LIKE pattern that finds *code* in a :class:`CodeList` column."""
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%|{escaped}|%"
