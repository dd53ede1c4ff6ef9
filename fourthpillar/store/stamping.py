"""The change log's stamping triggers (migration 0004): on SQLite a change row inserted without
its seq is numbered, and the heads it replaces are updated, by ``AFTER INSERT`` triggers guarded
by ``WHEN NEW.seq IS NULL``. Bulk writers whose rows all carry their seq (an import's stamped
creations, a first package's history) set those triggers aside while inserting: SQLite enters
a trigger for every row even when its WHEN is false (about a microsecond each, and more)."""

from __future__ import annotations

import re

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
