"""First packages: the register (or one province of it) as a snapshot, and unpacking it into a
new replica.

The snapshot holds every record with its current values and, from the change log, only the
heads (the versions later changes will name as parents) and erasure markers. The new replica
starts holding everything its source held (``floor``: those changes exist here only as this
snapshot), so later packages continue from there.

Both directions stream: :func:`export_snapshot` reads rows from the database in chunks and
writes them to the package as it goes, :func:`import_snapshot` inserts the package's lines as
they are read, so neither holds the register in memory.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, and_, func, insert, or_, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from fourthpillar.i18n import translator
from fourthpillar.store import cipher
from fourthpillar.store.models import ENTITIES, Change, ContactPerson, Initiative, Meta, Record, Replica, utc_now
from fourthpillar.store.stamping import idle_for_stamped_rows
from fourthpillar.store.types import CodeList, UTCDateTime, stored_code_lists
from fourthpillar.sync import conflicts
from fourthpillar.sync.ahead import TakenAhead
from fourthpillar.sync.first import FirstPackageWriter
from fourthpillar.sync.heads import RecordHeads, RecordKey, load_erased, load_heads
from fourthpillar.sync.log import CHUNK, Vector, decode_column, table
from fourthpillar.sync.merge import ENTITY_ORDER
from fourthpillar.sync.package import CHANGE_COLUMNS, ROWS_PER_LINE, PackageRefused

SCOPE_KEY = "sync_scope"
#: Rows of each index ANALYZE reads on a new copy (SQLite's advice for PRAGMA optimize is 400).
ANALYSIS_LIMIT = 1000
_SKIPPED_COLUMNS = ("version",)
_CHANGE_CHANGED_AT = CHANGE_COLUMNS.index("changed_at")
_CHANGE_OPERATION = CHANGE_COLUMNS.index("operation")
_CHANGE_PARENTS = CHANGE_COLUMNS.index("parents")
_CHANGE_SEQ = CHANGE_COLUMNS.index("seq")
#: The page cache (KiB) while a checkout fills the new copy: the table being filled stays in
#: memory while its indexes are built (see _indexes_built_after).
CHECKOUT_CACHE_KIB = 262_144
#: The bytes of terms FTS5 gathers in memory before it writes them out as a segment, while a
#: checkout rebuilds a search index (its default, 1 MiB, is kept for everyday writes): with the
#: default, rebuilding the requests' index wrote hundreds of small segments and merged them
#: again, a third of its time. 64 MiB was no faster and raised the checkout's peak memory.
REBUILD_HASH_BYTES = 32 << 20
_FTS_DEFAULT_HASH_BYTES = 1 << 20
#: Rows a checkout parses and converts ahead while a table's indexes are built, held in memory
#: meanwhile as Python lists (about 0.9 KB each). 50,000 initiatives: 200,000 took 0.9 s off
#: the checkout's critical path (peak memory 413 -> 580 MB), 400,000 took 1.2 s (757 MB): the
#: smaller limit, because a field laptop may have little memory to spare for 0.3 s.
TAKEN_AHEAD_ROWS = 200_000


tr = translator("Sync")


def _scoped_ids(model: type[Record], province: str | None) -> Any:
    """A subquery of the ids of *model* in the province (None: no filter)."""
    if province is None:
        return None
    in_province = select(Initiative.id).where(Initiative.province == province)
    if model is Initiative:
        return in_province
    if hasattr(model, "initiative_id"):
        return select(model.id).where(model.initiative_id.in_(in_province))
    return None  # officers: always all of them


def _is_temporal(column: Column[Any]) -> bool:
    return isinstance(column.type, DateTime | Date) or isinstance(getattr(column.type, "impl", None), DateTime | Date)


def _streamed(session: Session, statement: Any, temporal: Sequence[int]) -> Iterator[list[list[Any]]]:
    """The rows of *statement* in chunks (a server-side cursor on PostgreSQL), dates as ISO text."""
    result = session.execute(statement, execution_options={"yield_per": ROWS_PER_LINE})
    for partition in result.partitions():
        rows = [list(row) for row in partition]
        for index in temporal:
            for row in rows:
                value = row[index]
                if value is not None:
                    row[index] = value.isoformat()
        yield rows


def export_snapshot(session: Session, writer: FirstPackageWriter, *, province: str | None) -> None:
    """Write every record of the register (or of *province*) and the change log's heads and
    erasure markers through *writer*, reading the database a chunk at a time."""
    log_conditions = []
    for entity in ENTITY_ORDER:
        model = ENTITIES[entity]
        columns = [column for column in table(model).columns if column.name not in _SKIPPED_COLUMNS]
        statement = select(*columns)
        scoped = _scoped_ids(model, province)
        if scoped is not None:
            statement = statement.where(table(model).c.id.in_(scoped))
        writer.table(entity, [column.name for column in columns])
        temporal = [index for index, column in enumerate(columns) if _is_temporal(column)]
        for rows in _streamed(session, statement, temporal):
            writer.rows(rows)
        condition = Change.entity == entity
        if scoped is not None:
            condition = and_(condition, Change.entity_id.in_(scoped))
        log_conditions.append(condition)
    change_columns = [table(Change).c[name] for name in CHANGE_COLUMNS]
    log = select(*change_columns).where(
        or_(*log_conditions), or_(Change.is_head.is_(True), Change.operation == "erase"))
    for rows in _streamed(session, log, [_CHANGE_CHANGED_AT]):
        writer.log(rows)


def import_snapshot(session: Session, lines: Iterable[tuple[str, Any]], *, source: str, to_vector: Vector,
                    scope: str | None) -> int:
    """Fill an empty database from a first package's lines; return the number of records.

    A malformed line, or rows the database refuses (a forged package), raise
    :class:`PackageRefused`; the caller's transaction then rolls everything back.
    """
    try:
        with _without_cycle_collection(), _indexes_built_after(session) as table_done:
            count = _import(session, lines, source=source, to_vector=to_vector, scope=scope, table_done=table_done)
            # Grouping the log is fastest now: its pages are in memory, and no index tempts the
            # planner into reading it in index order.
            candidates = _conflict_candidates(session)
        _open_conflicts(session, candidates)
        return count
    except IntegrityError as error:
        raise PackageRefused(tr("this sync package cannot be read (its rows contradict each other: {problem})").format(
            problem=str(error.orig).splitlines()[0])) from error
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise PackageRefused(tr("this sync package cannot be read ({reason})").format(reason=error)) from error


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's collector of reference cycles paused while a checkout fills the new copy: the
    million rows it parses form no cycles (each is freed once inserted), yet every collection
    walked them, a third of a second at 50,000 initiatives. On again afterwards, if it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _indexes_built_after(session: Session) -> Iterator[Callable[[str], None]]:
    """On SQLite, build the secondary indexes and fill the full-text indexes once the rows are in
    instead of row by row: sorting each index once is several times faster than keeping a dozen
    of them up to date through half a million inserts. The change log's stamping triggers are
    set aside too (every row of a first package carries its seq, so they would do nothing, yet
    SQLite would enter them for every row).

    Gives the function to call with a table's name once its last row is in: its indexes are
    built then, while the table's pages are still in the page cache (made larger meanwhile):
    each index build reads the whole table, and every page read from the file is decrypted
    and checked anew. All of it happens inside the caller's transaction, so the indexes and
    triggers are back before it commits (or never gone)."""
    if session.get_bind().dialect.name != "sqlite":
        yield lambda _table: None
        return
    tables = [table(model).name for model in ENTITIES.values()] + [table(Change).name]
    listed = ", ".join(f"'{name}'" for name in tables)
    found = session.execute(text(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        f"AND sql IS NOT NULL AND tbl_name IN ({listed})")).all()
    searched = {table_name for kind, name, table_name, _sql in found if kind == "trigger" and "_fts_" in name}
    pending: dict[str, list[str]] = {}
    for kind, name, table_name, sql in found:
        if kind == "index" or "_fts_" in name or idle_for_stamped_rows(sql):
            session.execute(text(f'DROP {kind.upper()} "{name}"'))
            pending.setdefault(table_name, []).append(sql)
    cache = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{CHECKOUT_CACHE_KIB}"))

    # The new copy's lists are planned from statistics (see bench/run.py); a fresh database has
    # none. Sampled, as PRAGMA optimize does: the plans need the shape of each index, not exact
    # counts, and reading every index of a 50,000-initiative register took a third of the time.
    # Each table is analysed once its indexes are built, while they are still in memory:
    # ANALYZE counts every entry of each index (and the pages read back cost a decryption each).
    session.execute(text(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}"))
    analysed = []

    def build(table_name: str) -> None:
        for sql in pending.pop(table_name, []):  # indexes first, then triggers (as found)
            session.execute(text(sql))
        if table_name in searched:
            _rebuild_search_index(session, f"{table_name}_fts")
        session.execute(text(f'ANALYZE "{table_name}"'))
        analysed.append(table_name)

    yield build
    for table_name in sorted(pending):
        build(table_name)
    for (table_name,) in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND sql NOT LIKE 'CREATE VIRTUAL %'")).all():
        if table_name not in analysed:  # the others (the search indexes' own tables among them), as ANALYZE does
            session.execute(text(f'ANALYZE "{table_name}"'))
    session.execute(text("PRAGMA analysis_limit = 0"))
    session.execute(text(f"PRAGMA cache_size = {int(cache)}"))


def _rebuild_search_index(session: Session, fts: str) -> None:
    """Fill the FTS5 index *fts* from its table with a larger in-memory buffer, then leave its
    configuration as a new register has it: the setting back to its default (so this
    connection's FTS5 uses the default again), then its row gone from the table FTS5 reads its
    settings from (as in a register that never changed it)."""
    session.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {REBUILD_HASH_BYTES})"))
    session.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
    session.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {_FTS_DEFAULT_HASH_BYTES})"))
    session.execute(text(f"DELETE FROM {fts}_config WHERE k = 'hashsize'"))


class _Inserter:
    """Bulk inserts of rows given as lists in the order of *names* (then *computed*: values the
    checkout itself adds, already as stored); on SQLite straight through the driver, each value
    converted to its stored form in one step (SQLAlchemy's per-row bookkeeping and its
    processors were most of the time for half a million records)."""

    def __init__(self, session: Session, target: Table, names: Sequence[str], computed: Sequence[str] = ()) -> None:
        self.session = session
        self.target = target
        self.names = [*names, *computed]
        dialect = session.get_bind().dialect
        self.sqlite = dialect.name == "sqlite"
        # Columns left out get their scalar defaults (a record's version starts at 1).
        defaults = {column.name: column.default.arg for column in target.columns  # type: ignore[attr-defined]
                    if column.name not in self.names and column.default is not None and column.default.is_scalar}
        self.extra = list(defaults.values())
        self.conversions: list[tuple[int, Callable[[Any], Any]]] = []
        for index, name in enumerate(names):
            column = target.c[name]
            convert = _sqlite_conversion(column, dialect) if self.sqlite else _conversion(column)
            if convert is not None:
                self.conversions.append((index, convert))
        self.all_names = [*self.names, *defaults]
        quoted = ", ".join(f'"{name}"' for name in self.all_names)
        self.statement = f'INSERT INTO "{target.name}" ({quoted}) VALUES ({", ".join("?" for _ in self.all_names)})'

    def converted(self, rows: list[list[Any]]) -> list[list[Any]]:
        """*rows* (changed in place) as they are stored, then any defaults of columns left out."""
        for index, convert in self.conversions:
            whole_column = _WHOLE_COLUMN.get(convert)
            if whole_column is not None:
                present = rows
                values = list(map(itemgetter(index), rows))
                if None in values:
                    present = [row for row in rows if row[index] is not None]
                    values = list(map(itemgetter(index), present))
                stored = whole_column(values)
                if stored is values:
                    continue
                if stored is not None:
                    for row, value in zip(present, stored, strict=True):
                        row[index] = value
                    continue
            for row in rows:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
        if self.extra:
            extra = self.extra
            for row in rows:
                row.extend(extra)
        return rows

    def write(self, rows: list[list[Any]]) -> None:
        """Insert *rows* as :meth:`converted` made them."""
        if not rows:
            return
        if self.sqlite:
            cursor = self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.executemany(self.statement, rows)
            except cipher.Error as error:  # as SQLAlchemy would have raised it (a refusal, a full disk)
                raise DBAPIError.instance(self.statement, None, error, cipher.Error) from error
            finally:
                cursor.close()
        else:
            self.session.execute(insert(self.target), [dict(zip(self.all_names, row, strict=True)) for row in rows])


def _conversion(column: Column[Any]) -> Callable[[Any], Any] | None:
    """A package's JSON value as SQLAlchemy takes it for *column* (PostgreSQL), or None: as it is."""
    if not isinstance(column.type, UTCDateTime | Date | CodeList):
        return None

    def decode(value: Any) -> Any:
        return decode_column(column, value)

    return decode


def _sqlite_conversion(column: Column[Any], dialect: Any) -> Callable[[Any], Any] | None:
    """A package's JSON value as SQLite stores it in *column* (what SQLAlchemy's processors make
    of it, without them), or None: as it is."""
    if isinstance(column.type, UTCDateTime):
        return _sqlite_timestamp
    if type(column.type) is Date:
        return _sqlite_day
    if isinstance(column.type, CodeList):
        return _sqlite_codes
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _sqlite_timestamp(value: str) -> str:
    """A package's ISO timestamp as SQLite stores a :class:`UTCDateTime` (SQLAlchemy's text form
    of the moment in UTC), checked as decoding it does (an impossible date is refused). Columns
    in the form packages are written in go through :func:`_sqlite_timestamps` instead, a whole
    column at a time; this converts any other form (another offset, a shorter fraction)."""
    parsed = _parse_moment(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _sqlite_day(value: str) -> str:
    """A package's ISO day as SQLite stores a ``Date`` (checked, as decoding it does; columns of
    plain days go through :func:`_sqlite_days`)."""
    return _parse_day(value).isoformat()


_parse_moment = dt.datetime.fromisoformat
_parse_day = dt.date.fromisoformat
_MOMENT = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?\+00:00"
_DAY = r"\d{4}-\d\d-\d\d"
#: Moments or days of the forms packages are written in, one a line. The repetition is
#: possessive (``*+``): giving back lines could never make a whole column match, and not keeping
#: the points to go back to halves the time of the check (2 million moments: 0.31 s, now 0.16).
_MOMENTS = re.compile(rf"{_MOMENT}(?:\n{_MOMENT})*+", re.ASCII)
_DAYS = re.compile(rf"{_DAY}(?:\n{_DAY})*+", re.ASCII)


def _joined_if_of_form(values: list[Any], form: re.Pattern[str]) -> str | None:
    """*values* one a line when every one is text of the *form* (checked in C over the whole
    column at once: a line break matches no part of a form), else None."""
    if set(map(type, values)) != {str}:
        return None
    joined = "\n".join(values)
    return joined if form.fullmatch(joined) is not None else None


def _sqlite_timestamps(values: list[Any]) -> list[str] | None:
    """What :func:`_sqlite_timestamp` makes of each of *values* (a column of a line), when all of
    them are in the forms packages are written in (UTC, with microseconds or a whole second);
    else None. Each is still decoded, so an impossible moment (30 February, 25 o'clock) is
    refused. Rearranged in C over the whole column: in that form a "T" and "+00:00" occur only
    where SQLite's text has a space and nothing."""
    if not values:
        return []
    joined = _joined_if_of_form(values, _MOMENTS)
    if joined is None:
        return None
    deque(map(_parse_moment, values), maxlen=0)
    stored = joined.replace("T", " ").replace("+00:00", "")
    if len(stored) == 27 * len(values) - 1:  # all with microseconds
        return stored.split("\n")
    if len(stored) == 20 * len(values) - 1:  # all on a whole second
        return (stored.replace("\n", ".000000\n") + ".000000").split("\n")
    return [value if len(value) == 26 else value + ".000000" for value in stored.split("\n")]


def _sqlite_days(values: list[Any]) -> list[Any] | None:
    """*values* themselves when all are days in the form SQLite stores (each decoded: 30 February
    is refused), else None (then :func:`_sqlite_day` converts each)."""
    if values and _joined_if_of_form(values, _DAYS) is None:
        return None
    deque(map(_parse_day, values), maxlen=0)
    return values


def _sqlite_codes(value: Any) -> str:
    """A package's list of codes as SQLite stores a :class:`CodeList` (another iterable taken
    as the list of its items, as SQLAlchemy's processor takes it; columns of lists go through
    :func:`_sqlite_code_lists`)."""
    return stored_code_lists([list(value)])[0]


def _sqlite_code_lists(values: list[Any]) -> list[str] | None:
    """What :func:`_sqlite_codes` makes of each of *values* when all are lists, else None."""
    if values and set(map(type, values)) != {list}:
        return None
    return stored_code_lists(values)


#: Conversions of a whole column of a line at once, for the values' usual form (a first
#: package holds two million moments, a million days and half a million lists of codes): None
#: when one is in another form.
_WHOLE_COLUMN: dict[Callable[[Any], Any], Callable[[list[Any]], list[Any] | None]] = {
    _sqlite_timestamp: _sqlite_timestamps, _sqlite_day: _sqlite_days, _sqlite_codes: _sqlite_code_lists}


def _change_row(row: list[Any]) -> list[Any]:
    """A package's change row as stored: every row but an erasure is a head. Each carries its
    seq (the stamping triggers are set aside meanwhile: a row without would stay unnumbered)."""
    if row[_CHANGE_SEQ] is None:
        raise ValueError(tr("a change without its number"))
    row[_CHANGE_PARENTS] = row[_CHANGE_PARENTS] or ""
    row.append(row[_CHANGE_OPERATION] != "erase")
    return row


def _import(session: Session, lines: Iterable[tuple[str, Any]], *, source: str, to_vector: Vector,
            scope: str | None, table_done: Callable[[str], None]) -> int:
    count = 0
    current: _Inserter | None = None
    log = _Inserter(session, table(Change), CHANGE_COLUMNS, computed=("is_head",))
    # While a table's indexes are built (SQLite, without Python's lock), the next rows are
    # parsed and converted by a thread, on the second core.
    prepared = TakenAhead(_prepared(session, lines, log), weight=_rows_in, limit=TAKEN_AHEAD_ROWS)
    for inserter, rows in prepared:
        if inserter is not current:
            if current is not None and current is not log:
                with prepared.meanwhile():
                    table_done(current.target.name)
            current = inserter
        inserter.write(rows)
        if inserter is not log:
            count += len(rows)
    known = json.dumps(to_vector, sort_keys=True)
    for replica_id, seq in to_vector.items():
        session.add(Replica(id=replica_id, held=seq, floor=seq, known=known if replica_id == source else "{}"))
    if source not in to_vector:
        session.add(Replica(id=source, held=0, floor=0, known=known))
    if scope is not None:
        session.merge(Meta(key=SCOPE_KEY, value=scope))
    session.flush()
    return count


def _rows_in(item: tuple[_Inserter, list[list[Any]]]) -> int:
    return len(item[1])


def _prepared(session: Session, lines: Iterable[tuple[str, Any]],
              log: _Inserter) -> Iterator[tuple[_Inserter, list[list[Any]]]]:
    """The package's lines, checked, as the inserter of their table and their rows converted to
    their stored form (none for the line that starts a table)."""
    inserter: _Inserter | None = None
    seen: list[str] = []
    for kind, value in lines:
        if kind == "table":
            entity, names = value
            if entity not in ENTITIES or entity in seen:
                raise ValueError(tr("unexpected table '{table}'").format(table=entity))
            seen.append(entity)
            target = table(ENTITIES[entity])
            unknown = [name for name in names if name not in target.c]
            if unknown or "id" not in names or len(set(names)) != len(names):
                raise ValueError(tr("unknown columns of {table}: {columns}").format(
                    table=entity, columns=", ".join(unknown) or tr("no id")))
            inserter = _Inserter(session, target, names)
            yield inserter, []
        elif kind == "rows" and inserter is not None:
            yield inserter, inserter.converted(value)
        elif kind == "log":
            inserter = None
            yield log, log.converted([_change_row(row) for row in value])
        else:
            raise ValueError(tr("unexpected line '{kind}'").format(kind=kind))


def _conflict_candidates(session: Session) -> set[RecordKey]:
    """The records that may have a conflict open, from the log just stored (every row of it came
    with the package): those with two heads for a field, or archived."""
    heads_twice = (select(Change.entity, Change.entity_id).where(Change.operation != "erase")
                   .group_by(Change.entity, Change.entity_id, Change.field).having(func.count() > 1))
    archived = select(Change.entity, Change.entity_id).where(Change.operation == "archive")
    candidates: set[RecordKey] = {(entity, entity_id) for entity, entity_id in session.execute(heads_twice)}
    candidates |= {(entity, entity_id) for entity, entity_id in session.execute(archived)}
    return candidates


def _open_conflicts(session: Session, candidates: set[RecordKey]) -> None:
    """Conflicts open at the source are open here too: those of the *candidates* whose heads
    conflict (two for one field, or archived)."""
    now = utc_now()
    ordered = sorted(candidates)
    for start in range(0, len(ordered), CHUNK):
        heads = load_heads(session, set(ordered[start:start + CHUNK]))
        suspicious: dict[RecordKey, RecordHeads] = {
            record: record_heads for record, record_heads in heads.items()
            if any(len(versions) > 1 for versions in record_heads.values())
            or any(head.archived for head in record_heads.get(None, {}).values())}
        if not suspicious:
            continue
        erased = load_erased(session, [entity_id for entity, entity_id in suspicious if entity == "contact"])
        conflicts.refresh(session, suspicious, erased=erased, now=now)


def scope_of(session: Session) -> str | None:
    meta = session.get(Meta, SCOPE_KEY)
    return meta.value if meta is not None else None


def has_records(session: Session) -> bool:
    return any(session.scalar(select(model.id).limit(1)) is not None
               for model in (Initiative, ContactPerson))
