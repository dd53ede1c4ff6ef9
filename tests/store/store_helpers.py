"""Building records for the store tests as the services would store them."""

from __future__ import annotations

from fourthpillar.store.database import Database
from fourthpillar.store.models import Initiative, Record
from fourthpillar.store.search import fold


def initiative(name: str, **values: object) -> Initiative:
    """An initiative as the services would store it (name_key derived from the name)."""
    record = Initiative(name=name, name_key=fold(name), **values)
    return record


def add_all(database: Database, *records: Record) -> list[str]:
    """Store *records* in one transaction; their ids."""
    with database.session() as session:
        session.add_all(records)
        session.flush()
        return [record.id for record in records]
