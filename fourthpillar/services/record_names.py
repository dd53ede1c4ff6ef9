"""The names a record's page or editor shows for the records it refers to."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer

Named = TypeVar("Named", Initiative, Officer, ContactPerson)


def name_of(session: Session, model: type[Named], record_id: str | None) -> str:
    """The name of the initiative, officer or contact person *record_id* names, archived or
    not; "" without an id, or when there is no such record."""
    record = session.get(model, record_id) if record_id else None
    return record.name if record is not None else ""
