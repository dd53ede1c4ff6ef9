"""A value as the change log stores it: JSON text, dates as ISO days. One home for writing and
reading it, low enough that every writer reaches it (``services.changes.ChangeWriter``, the
import's bulk path in ``importing/apply.py``, sync and erasure)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date

from fourthpillar.store.models import Record


def encode_value(value: Any) -> str:
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def stored_value(encoded: str | None) -> Any:
    """A change row's stored value as it was written (text that is not JSON, as it is)."""
    if encoded is None:
        return None
    try:
        return json.loads(encoded)
    except ValueError:
        return encoded


def decode_value(model: type[Record], field: str, encoded: str | None) -> Any:
    if encoded is None:
        return None
    value = json.loads(encoded)
    column = model.__table__.c[field]
    if value is not None and isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    return value
