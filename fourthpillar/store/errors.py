"""Errors the store reports to the user (as opposed to bugs, which surface as they are)."""

from __future__ import annotations


class KnownError(Exception):
    """A problem a person can understand and act on: locked, unreadable, not a database, full disk."""


class DatabaseUnavailable(KnownError):
    """The database cannot be opened or used; the message says why and where."""


class StaleRecord(KnownError):
    """Someone else saved this record after it was opened; nothing was overwritten."""

    def __init__(self, entity: str, record_id: str, expected: int, actual: int) -> None:
        self.entity = entity
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"this {entity} was changed by someone else since it was opened "
            f"(version {actual}, opened at {expected})"
        )


class NotFound(KnownError):
    """No record with that id (or it is archived where a live one is needed)."""

    def __init__(self, entity: str, record_id: str) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(f"no {entity} with id {record_id}")
