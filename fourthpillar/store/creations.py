"""A record's creation in the change log: one ``create`` row that carries the record.

Since migration 0014 the ``create`` row of a record (field None) holds, as its new value, one
JSON object of the fields filled in when it was created; before, every filled-in field had a
row of its own (17 rows per imported initiative, most of an import's time and of the change
log's size). A ``create`` row that arrived in a sync package holds the whole record as its
sender had it (``sync.log.record_payload``): the same object with more keys, read the same way.
Field changes made afterwards stay one ``update`` row per field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

#: Values a creation does not record: a field left empty (as the per-field rows did).
EMPTY: tuple[Any, ...] = (None, "", [], False)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def creation_text(fields: tuple[str, ...], values: Mapping[str, Any]) -> str:
    """The ``create`` row's new value: the filled-in *fields* of *values*, in their order."""
    return json.dumps({name: _plain(values[name]) for name in fields
                       if name in values and values[name] not in EMPTY}, ensure_ascii=False)


def created_fields(fields: tuple[str, ...], encoded: str | None) -> dict[str, str]:
    """Field -> its value as a per-field change row would hold it (JSON text), for the filled-in
    *fields* a ``create`` row's new value records; {} for a row without one (an older creation,
    demonstration data) or one that is not a JSON object."""
    if not encoded:
        return {}
    try:
        payload = json.loads(encoded)
    except ValueError:
        return {}
    if not isinstance(payload, dict):
        return {}
    return {name: json.dumps(payload[name], ensure_ascii=False) for name in fields
            if name in payload and payload[name] not in EMPTY}
