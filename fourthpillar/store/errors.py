"""Errors the store reports to the user (as opposed to bugs, which surface as they are)."""

from __future__ import annotations

from fourthpillar.i18n import QT_TRANSLATE_NOOP, translate

#: What the user reads for each kind of record named in an error.
_ENTITY_LABELS = {
    "initiative": QT_TRANSLATE_NOOP("Errors", "initiative"),
    "contact": QT_TRANSLATE_NOOP("Errors", "contact person"),
    "request": QT_TRANSLATE_NOOP("Errors", "advice request"),
    "follow_up": QT_TRANSLATE_NOOP("Errors", "follow-up"),
    "officer": QT_TRANSLATE_NOOP("Errors", "officer"),
    "conflict": QT_TRANSLATE_NOOP("Errors", "conflict"),
    "field": QT_TRANSLATE_NOOP("Errors", "field"),
    "import": QT_TRANSLATE_NOOP("Errors", "import"),
}


def entity_label(entity: str) -> str:
    """"advice request" (translated) for "request"; unknown kinds as they are."""
    return translate("Errors", _ENTITY_LABELS.get(entity, entity))


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
            translate("Errors", "{entity}: changed by someone else since it was opened (version {actual}, "
                                "opened at {expected})").format(entity=entity_label(entity), actual=actual,
                                                                 expected=expected)
        )


class NotFound(KnownError):
    """No record with that id (or it is archived where a live one is needed)."""

    def __init__(self, entity: str, record_id: str) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(translate("Errors", "no {entity} with id {id}").format(entity=entity_label(entity),
                                                                                id=record_id))
