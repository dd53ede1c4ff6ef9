"""A first package's checkout into a brand-new register file, as a pipeline of three threads.

The rows of each table go into a private in-memory database of its own (plain, never on disk)
as the package is read and converted (this thread, as :func:`snapshot.import_snapshot` does);
a builder thread then builds that table's indexes, search index and statistics there while the
next table fills; a copier thread attaches the new (encrypted) partial file to that table's
connection and copies it in with ``INSERT INTO enc.t SELECT * FROM main.t``, which SQLite runs
as a transfer of whole records (the empty destination's indexes too) since that connection has
foreign keys off and the partial file's triggers are set aside meanwhile. The copier then
checks the table's foreign keys (its parents come before it in every package). Everything else
is as the one-connection checkout does it: the same checks of every value and of the history,
the same conflicts opened, the same replicas, triggers and statistics. 50,000 initiatives:
12.2 s on one connection, about 10 s here (docs/DEVELOPING.md).

Only for a partial file, thrown away whole on any failure (services.staging): it is committed
in three parts (identity and settings; the copies; replicas, triggers and conflicts).
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Callable
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from fourthpillar.store import cipher
from fourthpillar.store.models import Change
from fourthpillar.store.tables import table_of
from fourthpillar.sync import snapshot
from fourthpillar.sync.first_values import LogCheck
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.log import Vector

#: Finished tables waiting for the builder, and for the copier (each a whole in-memory
#: database). 50,000 initiatives: 1 made the reading wait for the builder 2 s (peak 630 MB),
#: 2 about 770 MB, no limit 850 MB for half a second less.
QUEUE_DEPTH = 2
#: The page cache (KiB) of each in-memory database while its indexes are built, and of the
#: partial file while a table is copied into it.
BUILD_CACHE_KIB = 262_144
COPY_CACHE_KIB = 65_536

Job = tuple[str, cipher.Connection]


class _Schema:
    """What the new register holds, read from the partial file the migrations made."""

    def __init__(self, rows: Iterable[Any]) -> None:
        rows = list(rows)
        self.tables = {name: sql for kind, name, _t, sql in rows
                       if kind == "table" and sql and not name.startswith("sqlite_")}
        self.statistics = [name for kind, name, _t, _sql in rows if kind == "table" and name.startswith("sqlite_stat")]
        self.views = {name: sql for kind, name, _t, sql in rows if kind == "view"}
        self.indexes: dict[str, list[str]] = {}
        self.triggers = [(name, sql) for kind, name, _t, sql in rows if kind == "trigger" and sql]
        for kind, _name, table, sql in rows:
            if kind == "index" and sql:
                self.indexes.setdefault(table, []).append(sql)
        self._borrowed = {table: joined for table in self.tables if (joined := self._read_borrowed(table))}

    def search_index(self, table: str) -> str | None:
        fts = f"{table}_fts"
        return fts if fts in self.tables else None

    def shadow_tables(self, fts: str) -> list[str]:
        return [name for name in self.tables if name.startswith(f"{fts}_")]

    def borrowed(self, table: str) -> tuple[str, list[str]] | None:
        """For a search index whose content is a view joining another table (migration 0018):
        that table and the columns the view reads of it (its id first)."""
        return self._borrowed.get(table)

    def _read_borrowed(self, table: str) -> tuple[str, list[str]] | None:
        view = self.views.get(f"{table}_search")
        if view is None:
            return None
        parent = re.search(r" JOIN (\w+) ON", view)
        if parent is None:
            return None
        columns = re.findall(rf"\b{parent[1]}\.(\w+) AS", view)
        return parent[1], ["id", *(column for column in columns if column != "id")]


def import_new_register(session: Session, partial: Path, lines: Iterable[tuple[str, Any, int]], *,
                        source: str, to_vector: Vector, scope: str | None) -> int:
    """Fill the new partial file *partial* (*session*'s, its identity taken) from a first
    package's *lines*; return the number of records. Refuses what
    :func:`snapshot.import_snapshot` refuses, with the same messages."""
    with snapshot.refused_when_unreadable():
        return _import(session, partial, lines, source=source, to_vector=to_vector, scope=scope)


def _import(session: Session, partial: Path, lines: Iterable[tuple[str, Any, int]], *,
            source: str, to_vector: Vector, scope: str | None) -> int:
    changes = LogCheck()
    # The session's connection is the caller's, without a journal (services.staging.filling).
    with snapshot.without_cycle_collection():
        session.execute(text(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}"))
        session.execute(text("ANALYZE meta"))  # makes the statistics tables to copy into
        schema = _Schema(session.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all())
        # Copied as a transfer only into a table without triggers: back at the end.
        for name, _sql in schema.triggers:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        session.commit()  # what the copier's connections write comes after
        count, candidates, copied = _Pipeline(schema, partial, cipher.key_of(partial)).run(session, lines, changes)
        for _name, sql in schema.triggers:
            session.execute(text(sql))
        snapshot.record_replicas(session, source=source, to_vector=to_vector, scope=scope)
        session.execute(text(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}"))
        for name, sql in schema.tables.items():
            if name not in copied and not sql.startswith("CREATE VIRTUAL"):
                session.execute(text(f'ANALYZE "{name}"'))
        session.execute(text("PRAGMA analysis_limit = 0"))
    changes.finish(session)  # history values held back, looked up in the whole log
    snapshot.open_conflicts(session, candidates)
    return count


class _Pipeline:
    """This thread fills each table's in-memory database; a builder and a copier thread finish
    and copy them, at most :data:`QUEUE_DEPTH` finished tables waiting for each."""

    def __init__(self, schema: _Schema, partial: Path, key: cipher.FileKey | None) -> None:
        self.schema = schema
        self.partial = partial
        self.key = key
        self.failures: list[BaseException] = []
        self.failed = threading.Event()
        self.candidates: set[RecordKey] = set()
        self.copied: set[str] = set()
        self.to_build: queue.Queue[Job | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self.to_copy: queue.Queue[Job | None] = queue.Queue(maxsize=QUEUE_DEPTH)

    def run(self, session: Session, lines: Iterable[tuple[str, Any, int]],
            changes: LogCheck) -> tuple[int, set[RecordKey], set[str]]:
        builder = threading.Thread(target=self._work, args=(self.to_build, self._build, self.to_copy),
                                   name="checkout builder")
        copier = threading.Thread(target=self._work, args=(self.to_copy, self._copy, None), name="checkout copier")
        builder.start()
        copier.start()
        count = 0
        connection: cipher.Connection | None = None  # the table being filled
        log_connection: cipher.Connection | None = None  # the change log's: handed on last
        current = ""
        # The columns the search indexes of other tables borrow from a table, kept as it passes.
        parents = dict(joined for joined in map(self.schema.borrowed, self.schema.tables) if joined is not None)
        borrowed: dict[str, list[tuple[Any, ...]]] = {}
        kept: tuple[int | None, ...] = ()
        try:
            log = snapshot.log_inserter(session)
            for inserter, rows, _size in snapshot.prepared_lines(session, lines, log, changes):
                if self.failed.is_set():  # refused by another thread: not the rest (the log) too
                    raise self.failures[0]
                if inserter is log:
                    if connection is not None:  # the table before the log is complete
                        handed, connection = connection, None
                        self._hand_on(current, handed)
                        current = ""
                    if log_connection is None:
                        log_connection = self._new_table(log.target.name, borrowed)
                    inserter.into = log_connection
                    inserter.write(rows)
                    continue
                table = inserter.target.name
                if table != current:
                    if connection is not None:
                        handed, connection = connection, None
                        self._hand_on(current, handed)
                    current = table
                    connection = self._new_table(table, borrowed)
                    kept = tuple(inserter.all_names.index(column) if column in inserter.all_names else None
                                 for column in parents.get(table, ()))
                    if kept:
                        borrowed[table] = []
                if not rows:
                    continue
                if kept:
                    borrowed[table].extend(tuple(None if index is None else row[index] for index in kept)
                                           for row in rows)
                inserter.into = connection
                inserter.write(rows)
                count += len(rows)
            last, connection = connection, None
            if last is not None:
                self._hand_on(current, last)
            last, log_connection = log_connection, None
            if last is not None:
                self._hand_on(log.target.name, last)
        except BaseException:
            # Only the tables not handed on yet: those handed on are the other threads' to close
            # (closing one the builder works in could crash the app).
            self.failed.set()
            for left in (connection, log_connection):
                if left is not None:
                    left.close()
            raise
        finally:
            # The builder passes the end on to the copier: both end even if this thread is
            # interrupted (Ctrl-C) while it waits for them, a copier waiting for work forever
            # would keep the program from exiting.
            stopped = False
            try:
                self.to_build.put(None)
                stopped = True
                builder.join()
                copier.join()
            except BaseException:
                self.failed.set()  # they only close what is left, then end
                if not stopped:
                    self.to_build.put(None)
                raise
        if self.failures:
            raise self.failures[0]
        return count, self.candidates, self.copied

    def _hand_on(self, table: str, connection: cipher.Connection) -> None:
        if self.failed.is_set():
            connection.close()
            raise self.failures[0]
        self.to_build.put((table, connection))

    def _work(self, jobs: queue.Queue[Job | None], work: Callable[[Job], None],
              then: queue.Queue[Job | None] | None) -> None:
        """Do *work* for each job until told to stop, then tell the thread after (*then*);
        after any failure (of any thread) only close the connections still handed on."""
        while (job := jobs.get()) is not None:
            if self.failed.is_set():
                job[1].close()
                continue
            try:
                work(job)
            except BaseException as error:  # raised again by the reading thread
                if isinstance(error, cipher.Error):  # as SQLAlchemy would have raised it
                    error = DBAPIError.instance(None, None, error, cipher.Error)
                self.failures.append(error)
                self.failed.set()
                job[1].close()
        if then is not None:
            then.put(None)

    def _new_table(self, table: str, borrowed: dict[str, list[tuple[Any, ...]]]) -> cipher.Connection:
        """A private in-memory database holding *table*, empty and without its indexes, and for a
        search index over a view, the view and the other table's columns it reads."""
        connection = cipher.driver.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
            connection.execute(self.schema.tables[table])
            fts = self.schema.search_index(table)
            if fts is not None:
                joined = self.schema.borrowed(table)
                if joined is not None:
                    parent, columns = joined
                    connection.execute(f'CREATE TABLE "{parent}" ({", ".join(columns)}, PRIMARY KEY (id))')
                    connection.executemany(f'INSERT INTO "{parent}" VALUES ({", ".join("?" for _ in columns)})',
                                           borrowed.get(parent, []))
                    connection.execute(self.schema.views[f"{table}_search"])
                connection.execute(self.schema.tables[fts])
            connection.execute("BEGIN")
        except BaseException:
            connection.close()
            raise
        return connection

    def _build(self, job: Job) -> None:
        """The table's indexes, search index and statistics, built in its own database; for the
        change log, the records that may have a conflict open (grouped as the app does)."""
        table, connection = job
        connection.execute("COMMIT")
        connection.execute("BEGIN")
        for sql in self.schema.indexes.get(table, []):
            connection.execute(sql)
        fts = self.schema.search_index(table)
        for statement in snapshot.search_index_rebuild(fts) if fts is not None else []:
            connection.execute(statement)
        connection.execute(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}")
        connection.execute(f'ANALYZE "{table}"')
        if fts is not None:
            for shadow in self.schema.shadow_tables(fts):
                connection.execute(f'ANALYZE "{shadow}"')
        if table == table_of(Change).name:
            for query in snapshot.conflict_candidate_queries():
                compiled = query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
                self.candidates |= {(entity, entity_id) for entity, entity_id in connection.execute(str(compiled))}
        connection.execute("COMMIT")
        self.to_copy.put(job)

    def _copy(self, job: Job) -> None:
        """The finished table copied into the partial file, then its foreign keys checked."""
        table, connection = job
        try:
            if self.key is None:
                connection.execute("ATTACH DATABASE ? AS enc", (str(self.partial),))
            else:
                connection.execute("ATTACH DATABASE ? AS enc KEY ?", (str(self.partial),
                                                                     self.key.pragma_value(with_salt=False)))
            try:
                connection.execute("PRAGMA enc.journal_mode = OFF")
                connection.execute("PRAGMA enc.synchronous = OFF")
                connection.execute(f"PRAGMA enc.cache_size = -{COPY_CACHE_KIB}")
                connection.execute("BEGIN")
                connection.execute(f'INSERT INTO enc."{table}" SELECT * FROM main."{table}"')
                copied = [table]
                fts = self.schema.search_index(table)
                if fts is not None:
                    for shadow in self.schema.shadow_tables(fts):
                        connection.execute(f'DELETE FROM enc."{shadow}"')  # what FTS5 wrote when made
                        connection.execute(f'INSERT INTO enc."{shadow}" SELECT * FROM main."{shadow}"')
                        copied.append(shadow)
                listed = ", ".join(f"'{name}'" for name in copied)
                present = {name for (name,) in connection.execute(
                    "SELECT name FROM main.sqlite_master WHERE name LIKE 'sqlite\\_stat%' ESCAPE '\\'")}
                for statistics in self.schema.statistics:
                    if statistics in present:
                        connection.execute(f"INSERT INTO enc.{statistics} SELECT * FROM main.{statistics} "
                                           f"WHERE tbl IN ({listed})")
                connection.execute("COMMIT")
                self.copied.update(copied)
                _check_foreign_keys(connection, table)
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                connection.execute("DETACH DATABASE enc")
        finally:
            connection.close()


def _check_foreign_keys(connection: cipher.Connection, table: str) -> None:
    """Refuse a row of *table* naming a record its parent table lacks (as SQLite's own check
    refuses it on insert, naming the reference)."""
    broken = connection.execute(f'PRAGMA enc.foreign_key_check("{table}")').fetchone()
    if broken is None:
        return
    references = {row[0]: (row[3], row[2]) for row in connection.execute(f'PRAGMA enc.foreign_key_list("{table}")')}
    column, parent = references.get(broken[3], ("?", broken[2]))
    raise cipher.driver.IntegrityError(f"FOREIGN KEY constraint failed ({table}.{column} names no {parent})")
