"""Errors the store reports to the user (as opposed to bugs, which surface as they are)."""

from __future__ import annotations

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate

#: What the user reads for each kind of record named in an error.
_ENTITY_LABELS = {
    "initiative": QT_TRANSLATE_NOOP("Errors", "initiative"),
    "contact": QT_TRANSLATE_NOOP("Errors", "contact person"),
    "request": QT_TRANSLATE_NOOP("Errors", "advice request"),
    "follow_up": QT_TRANSLATE_NOOP("Errors", "follow-up"),
    "event": QT_TRANSLATE_NOOP("Errors", "event"),
    "registration": QT_TRANSLATE_NOOP("Errors", "registration"),
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


class WritingBlocked(DatabaseUnavailable):
    """The register was found damaged, so nothing more is written to it until it is recovered
    from a backup; the message says what was found."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(translate("Errors", "nothing more is saved in this register: {reason}; recover it from a "
                                             "backup (start the app again, or run 'fourthpillar backup recover')"
                                   ).format(reason=reason))


class LoginRefused(DatabaseUnavailable):
    """The database server did not accept the login name or password (or wants a password and
    was given none: :attr:`password_missing`). The app asks for them again (``services.office_password``)."""

    def __init__(self, message: str, *, password_missing: bool = False) -> None:
        super().__init__(message)
        self.password_missing = password_missing


class SessionEnded(DatabaseUnavailable):
    """The server ended this connection, or refuses to reconnect it: an admin disabled the login
    (or the server is stopping). Nothing of the action under way was written; the app says so
    once and closes (``ui/session_end.py``)."""


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


class NotAllowed(KnownError):
    """The shared database refused this login what it asked (its role, its provinces, the
    append-only history); nothing was written. The message names what the login may not do."""


#: What a login was refused, by the table PostgreSQL names or the reason our triggers give
#: (migration 0007), as "your database login may not ...".
REFUSED_ACTIONS = {
    "initiative": QT_TRANSLATE_NOOP("Errors", "change initiatives"),
    "initiative:rls": QT_TRANSLATE_NOOP("Errors", "change initiatives outside its provinces"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "change contact persons"),
    "advice_request": QT_TRANSLATE_NOOP("Errors", "change advice requests"),
    "follow_up": QT_TRANSLATE_NOOP("Errors", "change follow-ups"),
    "event": QT_TRANSLATE_NOOP("Errors", "change events"),
    "registration": QT_TRANSLATE_NOOP("Errors", "change registrations"),
    "officer": QT_TRANSLATE_NOOP("Errors", "manage officers"),
    "meta": QT_TRANSLATE_NOOP("Errors", "change the register's settings"),
    "change": QT_TRANSLATE_NOOP("Errors", "change or delete the history"),
    "import_run": QT_TRANSLATE_NOOP("Errors", "import spreadsheets"),
    "replica": QT_TRANSLATE_NOOP("Errors", "synchronise copies of the register"),
    "conflict": QT_TRANSLATE_NOOP("Errors", "settle sync conflicts"),
    "erase": QT_TRANSLATE_NOOP("Errors", "erase people (admins only)"),
    "history": QT_TRANSLATE_NOOP("Errors", "change or delete the history"),
    "sync": QT_TRANSLATE_NOOP("Errors", "apply sync packages (admins, and coordinators for the field copies of "
                                        "their provinces)"),
    "officers": QT_TRANSLATE_NOOP("Errors", "manage officers (admins only)"),
    "field-copy": QT_TRANSLATE_NOOP("Errors", "make field copies (coordinators for their provinces, and admins)"),
    "fourthpillar_manage_login": QT_TRANSLATE_NOOP("Errors", "manage officers (admins only)"),
    "no-officer": QT_TRANSLATE_NOOP("Errors", "work in this register: it belongs to no officer here (ask an admin)"),
    "owner": QT_TRANSLATE_NOOP("Errors", "upgrade the register: its owner must open it first"),
    "read-only": QT_TRANSLATE_NOOP("Errors", "change anything: it is read-only"),
    "sign-in": QT_TRANSLATE_NOOP("Errors", "sign in as another officer: on the shared database you work as "
                                           "your own login"),
    "alembic_version": QT_TRANSLATE_NOOP("Errors", "read this register (ask an admin for a login of your own)"),
    "": QT_TRANSLATE_NOOP("Errors", "do this"),
}


def not_allowed(reason: str) -> NotAllowed:
    """The :class:`NotAllowed` for one key of :data:`REFUSED_ACTIONS`."""
    action = translate("Errors", REFUSED_ACTIONS.get(reason, REFUSED_ACTIONS[""]))
    return NotAllowed(translate("Errors", "your database login may not {action}; nothing was written").format(
        action=action))
