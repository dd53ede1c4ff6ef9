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

import gc
import json
from collections.abc import Callable
from collections.abc import Generator
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import closing
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column
from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fourthpillar.i18n import translator
from fourthpillar.store.errors import entity_label
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Meta
from fourthpillar.store.models import Record
from fourthpillar.store.models import Replica
from fourthpillar.store.models import utc_now
from fourthpillar.store.stamping import set_aside_for_stamped_rows
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of
from fourthpillar.sync import conflicts
from fourthpillar.sync.ahead import TakenAhead
from fourthpillar.sync.first import FirstPackageWriter
from fourthpillar.sync.first_values import LogCheck
from fourthpillar.sync.first_values import RecordsCheck
from fourthpillar.sync.first_values import history_not_packed
from fourthpillar.sync.first_values import not_packed
from fourthpillar.sync.heads import RecordHeads
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.heads import load_erased
from fourthpillar.sync.heads import load_heads
from fourthpillar.sync.inserting import Inserter
from fourthpillar.sync.log import Vector
from fourthpillar.sync.merge import ENTITY_ORDER
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import CHANGED_AT
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import PARENTS
from fourthpillar.sync.package import ROWS_PER_LINE
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import PackageRefused

SCOPE_KEY = "sync_scope"
#: Rows of each index ANALYZE reads on a new copy (SQLite's advice for PRAGMA optimize is 400).
ANALYSIS_LIMIT = 1000
_SKIPPED_COLUMNS = ("version",)
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
#: A line weighs at least a row per this many of its bytes: a line of a few rows of long texts
#: (a line may be 256 MB) must not be held ahead as a few rows.
TAKEN_AHEAD_ROW_BYTES = 900


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


def _streamed(session: Session, statement: Any, temporal: Sequence[int]) -> Generator[list[list[Any]], None, None]:
    """The rows of *statement* in chunks (a server-side cursor on PostgreSQL, closed however the
    reading ends: a chunk refused half-way must not leave it open), dates as ISO text."""
    result = session.execute(statement, execution_options={"yield_per": ROWS_PER_LINE})
    with result:
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
    erasure markers through *writer*, reading the database a chunk at a time.

    Each chunk is checked as the checkout will check it (:mod:`~fourthpillar.sync.first_values`):
    a record that breaks a rule tightened since it was typed is named here, at the office,
    where it can be corrected, rather than refused by the new copy in the field."""
    log_conditions = []
    for entity in ENTITY_ORDER:
        model = ENTITIES[entity]
        columns = [column for column in table_of(model).columns if column.name not in _SKIPPED_COLUMNS]
        statement = select(*columns)
        scoped = _scoped_ids(model, province)
        if scoped is not None:
            statement = statement.where(table_of(model).c.id.in_(scoped))
        names = [column.name for column in columns]
        writer.table(entity, names)
        records = RecordsCheck(entity, names, refusal=not_packed, named=entity_label)
        temporal = [index for index, column in enumerate(columns) if _is_temporal(column)]
        with closing(_streamed(session, statement, temporal)) as chunks:
            for rows in chunks:
                records.check(rows)
                writer.rows(rows)
        condition = Change.entity == entity
        if scoped is not None:
            condition = and_(condition, Change.entity_id.in_(scoped))
        log_conditions.append(condition)
    change_columns = [table_of(Change).c[name] for name in CHANGE_COLUMNS]
    log = select(*change_columns).where(
        or_(*log_conditions), or_(Change.is_head.is_(True), Change.operation == "erase"))
    changes = LogCheck(refusal=history_not_packed, named=entity_label)
    with closing(_streamed(session, log, [CHANGED_AT])) as chunks:
        for rows in chunks:
            changes.check(rows)
            writer.log(rows)
    changes.finish(session)


def import_snapshot(session: Session, lines: Iterable[tuple[str, Any, int]], *, source: str, to_vector: Vector,
                    scope: str | None) -> int:
    """Fill an empty database from a first package's lines, in the session's one transaction;
    return the number of records.

    A malformed line, or rows the database refuses (a forged package), raise
    :class:`PackageRefused`; the caller's transaction then rolls everything back. (A new SQLite
    file may be filled by :func:`fourthpillar.sync.pipeline.import_new_register` instead.)
    """
    changes = LogCheck()
    with refused_when_unreadable():
        # Every change of a first package carries its seq (one without is refused): SQLite
        # would enter the numbering triggers for each all the same.
        with without_cycle_collection(), set_aside_for_stamped_rows(session), \
                _indexes_built_after(session) as table_done:
            count = _import(session, lines, changes, source=source, to_vector=to_vector, scope=scope,
                            table_done=table_done)
            # Grouping the log is fastest now: its pages are in memory, and no index tempts the
            # planner into reading it in index order.
            candidates = _conflict_candidates(session)
        changes.finish(session)  # its indexes built: history values held back are looked up
        open_conflicts(session, candidates)
        return count


@contextmanager
def refused_when_unreadable() -> Iterator[None]:
    """A first package's checkout that meets a malformed line, or rows the database refuses (a
    forged package), refuses the package with one line (:class:`PackageRefused`)."""
    try:
        yield
    except IntegrityError as error:
        raise PackageRefused(tr("this sync package cannot be read (its rows contradict each other: {problem})").format(
            problem=str(error.orig).splitlines()[0])) from error
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
        raise PackageRefused(tr("this sync package cannot be read ({reason})").format(reason=error)) from error


@contextmanager
def without_cycle_collection() -> Iterator[None]:
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
    of them up to date through half a million inserts.

    Gives the function to call with a table's name once its last row is in: its indexes are
    built then, while the table's pages are still in the page cache (made larger meanwhile):
    each index build reads the whole table, and every page read from the file is decrypted
    and checked anew. All of it happens inside the caller's transaction, so the indexes and
    triggers are back before it commits (or never gone)."""
    if session.get_bind().dialect.name != "sqlite":
        yield lambda _table: None
        return
    tables = [table_of(model).name for model in ENTITIES.values()] + [table_of(Change).name]
    listed = ", ".join(f"'{name}'" for name in tables)
    found = session.execute(text(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        f"AND sql IS NOT NULL AND tbl_name IN ({listed})")).all()
    searched = {table_name for kind, name, table_name, _sql in found if kind == "trigger" and "_fts_" in name}
    pending: dict[str, list[str]] = {}
    for kind, name, table_name, sql in found:
        if kind == "index" or "_fts_" in name:
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


def search_index_rebuild(fts: str) -> list[str]:
    """The statements that fill the FTS5 index *fts* from its table with a larger in-memory
    buffer, then leave its configuration as a new register has it: the setting back to its
    default (so this connection's FTS5 uses the default again), then its row gone from the table
    FTS5 reads its settings from (as in a register that never changed it)."""
    return [f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {REBUILD_HASH_BYTES})",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
            f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {_FTS_DEFAULT_HASH_BYTES})",
            f"DELETE FROM {fts}_config WHERE k = 'hashsize'"]


def _rebuild_search_index(session: Session, fts: str) -> None:
    for statement in search_index_rebuild(fts):
        session.execute(text(statement))


def _change_row(row: list[Any]) -> list[Any]:
    """A package's change row as stored: every row but an erasure is a head. Each carries its
    seq (the stamping triggers are set aside meanwhile: a row without would stay unnumbered)."""
    if row[SEQ] is None:
        raise ValueError(tr("a change without its number"))
    row[PARENTS] = row[PARENTS] or ""
    row.append(row[OPERATION] != "erase")
    return row


def _import(session: Session, lines: Iterable[tuple[str, Any, int]], changes: LogCheck, *, source: str,
            to_vector: Vector, scope: str | None, table_done: Callable[[str], None]) -> int:
    count = 0
    current: Inserter | None = None
    log = log_inserter(session)
    # While a table's indexes are built (SQLite, without Python's lock), the next rows are
    # parsed and converted by a thread, on the second core.
    prepared = TakenAhead(prepared_lines(session, lines, log, changes), weight=weight, limit=TAKEN_AHEAD_ROWS)
    for inserter, rows, _size in prepared:
        if inserter is not current:
            if current is not None and current is not log:
                with prepared.meanwhile():
                    table_done(current.target.name)
            current = inserter
        inserter.write(rows)
        if inserter is not log:
            count += len(rows)
    record_replicas(session, source=source, to_vector=to_vector, scope=scope)
    return count


def record_replicas(session: Session, *, source: str, to_vector: Vector, scope: str | None) -> None:
    """The new copy holds everything its source held (as this snapshot), and its scope."""
    known = json.dumps(to_vector, sort_keys=True)
    for replica_id, seq in to_vector.items():
        session.add(Replica(id=replica_id, held=seq, floor=seq, known=known if replica_id == source else "{}"))
    if source not in to_vector:
        session.add(Replica(id=source, held=0, floor=0, known=known))
    if scope is not None:
        session.merge(Meta(key=SCOPE_KEY, value=scope))
    session.flush()


def weight(item: tuple[Inserter, list[list[Any]], int]) -> int:
    """What a line taken ahead weighs against :data:`TAKEN_AHEAD_ROWS`: its rows, or its length
    in :data:`TAKEN_AHEAD_ROW_BYTES` if more."""
    return max(len(item[1]), item[2] // TAKEN_AHEAD_ROW_BYTES)


def log_inserter(session: Session) -> Inserter:
    """The change log's inserter: a package's rows, each a head but an erasure (:func:`_change_row`)."""
    return Inserter(session, table_of(Change), CHANGE_COLUMNS, computed=("is_head",))


def prepared_lines(session: Session, lines: Iterable[tuple[str, Any, int]], log: Inserter,
              changes: LogCheck) -> Iterator[tuple[Inserter, list[list[Any]], int]]:
    """The package's lines, checked, as the inserter of their table, their rows converted to
    their stored form (none for the line that starts a table) and the line's length."""
    inserter: Inserter | None = None
    records = None
    seen: list[str] = []
    for kind, value, size in lines:
        if kind == "table":
            entity, names = value
            if entity not in ENTITIES or entity in seen:
                raise ValueError(tr("unexpected table '{table}'").format(table=entity))
            seen.append(entity)
            target = table_of(ENTITIES[entity])
            unknown = [name for name in names if name not in target.c]
            if unknown or "id" not in names or len(set(names)) != len(names):
                raise ValueError(tr("unknown columns of {table}: {columns}").format(
                    table=entity, columns=", ".join(unknown) or tr("no id")))
            records = RecordsCheck(entity, names)
            inserter = Inserter(session, target, names)
            yield inserter, [], size
        elif kind == "rows" and inserter is not None and records is not None:
            records.check(value)
            yield inserter, inserter.converted(value), size
        elif kind == "log":
            inserter = None
            changes.check(value)
            yield log, log.converted([_change_row(row) for row in value]), size
        else:
            raise ValueError(tr("unexpected line '{kind}'").format(kind=kind))


def _conflict_candidates(session: Session) -> set[RecordKey]:
    """The records that may have a conflict open, from the log just stored (every row of it came
    with the package): those with two heads for a field, or archived."""
    candidates: set[RecordKey] = set()
    for query in conflict_candidate_queries():
        candidates |= {(entity, entity_id) for entity, entity_id in session.execute(query)}
    return candidates


def conflict_candidate_queries() -> tuple[Any, Any]:
    """The records with two heads for a field, and those archived (see _conflict_candidates)."""
    heads_twice = (select(Change.entity, Change.entity_id).where(Change.operation != "erase")
                   .group_by(Change.entity, Change.entity_id, Change.field).having(func.count() > 1))
    archived = select(Change.entity, Change.entity_id).where(Change.operation == "archive")
    return heads_twice, archived


def open_conflicts(session: Session, candidates: set[RecordKey]) -> None:
    """Conflicts open at the source are open here too: those of the *candidates* whose heads
    conflict (two for one field, or archived)."""
    now = utc_now()
    ordered = sorted(candidates)
    for chunk in chunks(ordered):
        heads = load_heads(session, set(chunk))
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
