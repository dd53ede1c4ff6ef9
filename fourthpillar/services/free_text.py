"""Finding people's names, e-mails and phones ("needles") in free text, for an erasure.

A needle counts as a whole word, whatever its case: a contact called "Jan" must not turn
"januari" into "[…]uari". For one person's few needles the database picks the rows that may
hold one (an ``ILIKE`` per needle and column, in one statement) and :func:`pattern` decides.
A retention clean-up erases tens of thousands of walk-ins at once: one statement cannot hold
that many conditions (SQLite refuses an expression more than 1,000 deep) and one regular
expression of that many alternatives is slow. Above :data:`NEEDLES_PER_STATEMENT` each table
is read once instead, and :class:`Needles` tries on each text only the needles whose rarest
word it holds, with the same expression, so the result is the same. Either way each text is
searched once (the fields found come with their record) and each change row is read once, as
plain values, to be written back by id.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from typing import Any
from typing import Protocol
from typing import TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.store.models import Change
from fourthpillar.store.models import Record
from fourthpillar.store.tables import chunks

#: Needles searched with one statement (a condition per needle and column: 4 a needle for the
#: history's old and new values, as typed and JSON-escaped), well within SQLite's depth of 1,000.
NEEDLES_PER_STATEMENT = 100
#: Rows read at a time when a table is read whole.
ROWS_PER_READ = 2_000
_WORD = re.compile(r"\w+")
_Row = TypeVar("_Row")
#: Letters the ``upper().lower()`` fold below keeps apart while Python's ``re.IGNORECASE``
#: takes them for one another (checked against ``re`` in the tests).
_FOLDS = {"\u0130": "i", "\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ufb05": "\ufb06"}
#: Iota's case-insensitive forms include a combining mark, which is no word character: a needle
#: holding one is tried on every text (its words may not be the text's).
_IOTA = frozenset("\u0399\u03b9\u0345\u1fbe")


def like(value: str) -> str:
    """A LIKE pattern that finds *value* anywhere, its wildcards taken literally (escape ``\\``)."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def pattern(needles: Sequence[str]) -> re.Pattern[str]:
    """The needles as whole words: a contact called "Jan" must not turn "januari" into "[…]uari"."""
    alternatives = "|".join(re.escape(needle) for needle in needles)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


_pattern_of = functools.lru_cache(maxsize=256)(pattern)


@functools.cache
def _folded_letter(letter: str) -> str:
    if letter in _FOLDS:
        return _FOLDS[letter]
    upper = letter.upper() if len(letter.upper()) == 1 else letter
    return upper.lower() if len(upper.lower()) == 1 else upper


def folded(word: str) -> str:
    """*word* as the same key for every spelling ``re.IGNORECASE`` takes for it."""
    return word.lower() if word.isascii() else "".join(map(_folded_letter, word))


class Needles:
    """*needles* (longest first) matched as :func:`pattern` matches them, with its ``search`` and
    ``sub``; quick for tens of thousands of needles too.

    Every word of a needle is a whole word of the text where the needle is found (it starts and
    ends at word boundaries), so a text that lacks a needle's rarest word cannot hold the needle.
    """

    def __init__(self, needles: Sequence[str]) -> None:
        self.needles = list(needles)
        self.few = len(self.needles) <= NEEDLES_PER_STATEMENT
        self._all = pattern(self.needles) if self.few else None
        self._always: list[int] = []
        self._by_word: defaultdict[str, list[int]] = defaultdict(list)
        if self.few:
            return
        words = [{folded(word) for word in _WORD.findall(needle)} for needle in self.needles]
        counts = Counter(word for found in words for word in found)
        for index, (needle, found) in enumerate(zip(self.needles, words, strict=True)):
            if not found or not _IOTA.isdisjoint(needle):
                self._always.append(index)
            else:
                self._by_word[min(sorted(found), key=counts.__getitem__)].append(index)

    def _pattern(self, text: str) -> re.Pattern[str] | None:
        if self._all is not None:
            return self._all
        found = set(self._always)
        for word in set(_WORD.findall(text)):
            found.update(self._by_word.get(folded(word), ()))
        # In the needles' own order: where two start at one place the longest still wins.
        return _pattern_of(tuple(self.needles[index] for index in sorted(found))) if found else None

    def search(self, text: str) -> bool:
        found = self._pattern(text)
        return found is not None and found.search(text) is not None

    def sub(self, replacement: str, text: str) -> str:
        found = self._pattern(text)
        return text if found is None else found.sub(replacement, text)


def texts_in(value: Any) -> Iterable[str]:
    """The strings in a stored value (a JSON object, list or string)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_in(item)


def no_reading(count: int) -> None:
    """The default *read* of the searches below: nobody is watching."""


def _reported(rows: Iterable[_Row], read: Callable[[int], None]) -> Iterator[_Row]:
    """*rows*, telling *read* how many were read after each :data:`ROWS_PER_READ` (and the last few)."""
    count = 0
    for count, row in enumerate(rows, 1):
        yield row
        if count % ROWS_PER_READ == 0:
            read(ROWS_PER_READ)
    read(count % ROWS_PER_READ)


def records_holding(session: Session, model: type[Record], fields: Sequence[str], needles: Needles,
                    left_out: set[str], read: Callable[[int], None] = no_reading) -> list[tuple[Record, list[str]]]:
    """The records of *model* (by id) whose *fields* hold one of *needles*, with those fields,
    but those *left_out*; each text is searched once. A table read whole tells *read* how many
    rows it read as it goes (a long job's progress, and where it may be cancelled)."""
    columns = [getattr(model, field) for field in fields]
    if needles.few:
        condition = or_(*(column.ilike(like(needle), escape="\\") for column in columns for needle in needles.needles))
        found = ((record, _holding_fields(needles, fields, [getattr(record, field) for field in fields]))
                 for record in session.scalars(select(model).where(condition).order_by(model.id))
                 if record.id not in left_out)
        return [(record, holding) for record, holding in found if holding]
    holding_by_id = {row[0]: holding for row in _reported(session.execute(
        select(model.id, *columns).order_by(model.id).execution_options(yield_per=ROWS_PER_READ)), read)
        if row[0] not in left_out and (holding := _holding_fields(needles, fields, row[1:]))}
    loaded = {record.id: record for chunk in chunks(list(holding_by_id))
              for record in session.scalars(select(model).where(model.id.in_(chunk)))}
    return [(loaded[record_id], holding) for record_id, holding in holding_by_id.items()]


def _holding_fields(needles: Needles, fields: Sequence[str], values: Sequence[Any]) -> list[str]:
    return [field for field, value in zip(fields, values, strict=True) if needles.search(str(value or ""))]


class HistoryRow(Protocol):
    """What a history search reads of a change row: enough to redact it and write it back by id."""

    id: str
    entity: str
    field: str | None
    old_value: str | None
    new_value: str | None


def history_holding(session: Session, needles: Needles, condition: ColumnElement[bool],
                    read: Callable[[int], None] = no_reading) -> Iterator[HistoryRow]:
    """The change rows meeting *condition* whose old or new value may hold one of *needles*
    (each row read once, as plain values: write changes back by id); *read* as for
    :func:`records_holding`."""
    columns = select(Change.id, Change.entity, Change.field, Change.old_value, Change.new_value)
    if needles.few:
        # Values are JSON: a needle may appear as typed or JSON-escaped (quotes, non-ASCII letters).
        forms = {form for needle in needles.needles for form in (needle, json.dumps(needle)[1:-1])}
        yield from session.execute(columns.where(condition & or_(
            *(column.ilike(like(form), escape="\\") for column in (Change.old_value, Change.new_value)
              for form in forms))))
        return
    holds: Callable[[str | None], bool] = functools.partial(_holds, needles)
    yield from (row for row in _reported(session.execute(
        columns.where(condition).execution_options(yield_per=ROWS_PER_READ)), read)
        if holds(row.old_value) or holds(row.new_value))


def _holds(needles: Needles, encoded: str | None) -> bool:
    if encoded is None:
        return False
    try:
        value = json.loads(encoded)
    except ValueError:
        return needles.search(encoded)
    return any(needles.search(item) for item in texts_in(value))
