"""The change log's stamping triggers (migration 0004): on SQLite a change row inserted without
its seq is numbered, and the heads it replaces are updated, by ``AFTER INSERT`` triggers guarded
by ``WHEN NEW.seq IS NULL``. Bulk writers whose rows all carry their seq (an import's stamped
creations, a first package's history) set those triggers aside while inserting
(:func:`set_aside_for_stamped_rows`): SQLite enters a trigger for every row even when its WHEN
is false (about a microsecond each, and more)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

_TRIGGER_WHEN = re.compile(r"^\s*CREATE\s+TRIGGER\s+\S+\s+(?:AFTER|BEFORE)\s+INSERT\s+ON\s+\"?change\"?\s+"
                           r"WHEN\s+(?P<when>.*?)\s+BEGIN\b", re.IGNORECASE | re.DOTALL)


def idle_for_stamped_rows(sql: str) -> bool:
    """True for a trigger that can only act on a change row inserted without a seq: its WHEN is
    ``NEW.seq IS NULL``, alone or AND-ed with other conditions."""
    match = _TRIGGER_WHEN.match(sql)
    if match is None:
        return False
    when = " ".join(match.group("when").split())
    return (re.match(r"NEW\.seq IS NULL( AND |$)", when, re.IGNORECASE) is not None
            and re.search(r"\bOR\b|\(", when, re.IGNORECASE) is None)


@contextmanager
def set_aside_for_stamped_rows(session: Session) -> Iterator[None]:
    """On SQLite, set aside the ``change`` triggers that cannot act on a row carrying its seq
    (:func:`idle_for_stamped_rows`) while the caller inserts only such rows, then put them back
    as they were found.

    Both steps are part of the caller's transaction (opened here if the driver has not yet: it
    opens one at the first data change, not at DDL), so a rollback, a crash or a cancel leaves
    the triggers exactly as they were, and they are back before anything after this block
    writes a change. Without a transaction to join, nothing is set aside. An error that ended
    the transaction (SQLite rolls back by itself on some, a full disk among them) brought them
    back already: re-creating them would hide that error behind "trigger already exists"."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.dbapi_connection
    if not getattr(driver, "in_transaction", False):
        connection.exec_driver_sql("UPDATE meta SET key = key WHERE 0")
    if not getattr(driver, "in_transaction", False):
        yield
        return
    triggers = [(name, sql) for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'change'")
        if idle_for_stamped_rows(sql or "")]
    quote = connection.dialect.identifier_preparer.quote
    for name, _sql in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {quote(name)}")
    rolled_back = False
    try:
        yield
    except BaseException:
        rolled_back = not getattr(driver, "in_transaction", False)
        raise
    finally:
        if not rolled_back:
            for _name, sql in triggers:
                connection.exec_driver_sql(sql)
