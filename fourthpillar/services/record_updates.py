"""Changing some fields of one record: the transaction every "update" use case shares."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from fourthpillar.domain.fields import Field
from fourthpillar.domain.fields import clean
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.models import Record

#: Refuses the cleaned changes to a record (``ValidationFailed``) or completes them, in its session.
Check = Callable[[Session, Any, dict[str, Any]], None]


def update_record(desk: Desk, model: type[Record], record_id: str, fields: Mapping[str, Field],
                  changes: Mapping[str, Any], *, expected_version: int | None = None,
                  check: Check | None = None) -> Saved:
    """Change the given fields of one live record, as one undoable action.

    :class:`ValidationFailed` names every bad field, :class:`StaleRecord` says someone saved it
    since *expected_version*; *check* sees the record and the cleaned changes before they are written.
    """
    cleaned = clean(fields, changes, complete=False)
    with desk.database.session() as session:
        record = load(session, model, record_id, expected_version=expected_version)
        if check is not None:
            check(session, record, cleaned)
        writer = ChangeWriter(session, desk)
        writer.update(record, cleaned)
        return writer.saved(record)
