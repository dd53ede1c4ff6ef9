"""Experiment (issue 17): a first package's checkout as a pipeline over two kinds of connection,
measured against the one-connection checkout (``checkout_package(pipelined=False)``); the app
now does this for a new data folder (``fourthpillar/sync/pipeline.py``). Not part of the app.

Each table of the package is filled in a plain in-memory database of its own (its connection
private: nothing personal is written unencrypted to disk), by the main thread, which parses and
converts the lines as the app does (``sync.snapshot._prepared``). A builder thread then builds
its indexes, its search index (FTS5 'rebuild') and its statistics (ANALYZE) there, while the
main thread fills the next table; a copier thread then attaches the encrypted partial file to
that connection and copies the finished table into it with ``INSERT INTO enc.t SELECT * FROM
main.t``, which SQLite's transfer optimisation does record by record without decoding one (the
destination's indexes too, while they are empty), as long as the destination has no triggers
and foreign keys are off on that connection (they are: a new connection's default). The
triggers are set aside on the partial file meanwhile and put back at the end; the foreign keys
are checked with ``PRAGMA foreign_key_check`` instead: by the copier for each table once it is
copied (its parents come before it in the package), or once at the end (``--fk-check end``).
The result is checked against the app's own checkout by ``verify``: opened by the app, integrity
and foreign key checks, FTS5's own integrity check, the contents of every table.

Usage (each checkout of ``compare`` runs in a child process of its own, for its ``ru_maxrss``; a
run starts once the machine's other processes keep fewer than ``--quiet-below`` cores busy)::

    python bench/checkout_pipeline.py prepare WORK   # office copy (bench/results/cache) + first package
    python bench/checkout_pipeline.py compare WORK [--runs 3] [--depths 2,0]  # both, alternately
    python bench/checkout_pipeline.py verify WORK/normal-2 WORK/pipeline-2
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import queue
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seeding  # noqa: E402,F401  (sets the bench's passphrase)

from fourthpillar.services import staging  # noqa: E402
from fourthpillar.services import sync  # noqa: E402
from fourthpillar.services.desk import open_desk  # noqa: E402
from fourthpillar.services.sync_packages import _take_identity  # noqa: E402
from fourthpillar.services.sync_packages import known_schemas  # noqa: E402
from fourthpillar.store import cipher  # noqa: E402
from fourthpillar.store.models import Change  # noqa: E402
from fourthpillar.store.models import Meta  # noqa: E402
from fourthpillar.store.models import Replica  # noqa: E402
from fourthpillar.store.tables import table_of  # noqa: E402
from fourthpillar.sync import snapshot  # noqa: E402
from fourthpillar.sync import trust  # noqa: E402
from fourthpillar.sync.first import check_code  # noqa: E402
from fourthpillar.sync.first import first_package_lines  # noqa: E402
from fourthpillar.sync.first_values import LogCheck  # noqa: E402
from fourthpillar.sync.inserting import Inserter  # noqa: E402
from fourthpillar.sync.package import CHANGE_COLUMNS  # noqa: E402
from fourthpillar.sync.package import read_package  # noqa: E402

#: The search indexes whose content is a view joining another table: that table's columns the
#: view reads, kept from the rows as they pass (the builder's database holds only its own table).
REFERENCED = {"initiative": ("id", "name", "municipality"), "contact_person": ("id", "name", "email")}
#: Finished tables waiting for the builder / the copier (each a whole in-memory database; 0: no
#: limit). 50,000 initiatives: 1 made the main thread wait for the builder 2 s (peak 630 MB), 2
#: and no limit about 770 and 850 MB.
QUEUE_DEPTH = int(os.environ.get("PIPELINE_QUEUE_DEPTH", "2"))
COPY_CACHE_KIB = 65_536
#: The page cache (KiB) of each in-memory database: 8,000 or 262,144 made no measurable difference.
BUILD_CACHE_KIB = int(os.environ.get("PIPELINE_BUILD_CACHE_KIB", "262144"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """This process's CPU time so far, all threads (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Schema:
    """What the new register holds, read from the partial file the app's migrations made."""

    def __init__(self, rows: list[tuple[str, str, str, str | None]]) -> None:
        self.tables = {name: sql for kind, name, _t, sql in rows if kind == "table" and sql}
        self.indexes: dict[str, list[str]] = {}
        self.triggers: list[tuple[str, str]] = []
        self.views = {name: sql for kind, name, _t, sql in rows if kind == "view"}
        for kind, name, table, sql in rows:
            if kind == "index" and sql:
                self.indexes.setdefault(table, []).append(sql)
            elif kind == "trigger" and sql:
                self.triggers.append((name, sql))

    def search_index(self, table: str) -> str | None:
        fts = f"{table}_fts"
        return fts if fts in self.tables else None

    def shadow_tables(self, fts: str) -> list[str]:
        return [name for name in self.tables if name.startswith(f"{fts}_")]


class Timeline:
    """Per table: when each stage started and ended (seconds since the start), per thread the
    CPU seconds and the seconds spent waiting for work."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.tables: dict[str, dict[str, float]] = {}
        self.threads: dict[str, dict[str, float]] = {}
        self.lock = threading.Lock()

    def now(self) -> float:
        return time.perf_counter() - self.start

    def mark(self, table: str, what: str, value: float | None = None) -> None:
        with self.lock:
            self.tables.setdefault(table, {})[what] = round(self.now() if value is None else value, 3)

    def thread(self, name: str, **figures: float) -> None:
        with self.lock:
            self.threads[name] = {key: round(value, 3) for key, value in figures.items()}


def new_memory_table(schema: Schema, table: str, references: dict[str, list[tuple[Any, ...]]]) -> cipher.Connection:
    """A private in-memory database holding *table* (empty, without its secondary indexes) and,
    for a search index over a view, the view and the columns of the other table it reads."""
    connection = cipher.driver.connect(":memory:", isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode = OFF")
    # CREATE INDEX sorts in runs of the cache's size (8 MB by default): 256 MB measured no faster.
    connection.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    connection.execute(schema.tables[table])
    fts = schema.search_index(table)
    if fts is not None:
        view = f"{table}_search"
        if view in schema.views:
            for other, columns in REFERENCED.items():
                if other in schema.views[view].split(" JOIN ")[1]:
                    connection.execute(f'CREATE TABLE "{other}" ({", ".join(columns)}, PRIMARY KEY (id))')
                    connection.executemany(f'INSERT INTO "{other}" VALUES ({", ".join("?" for _ in columns)})',
                                           references[other])
            connection.execute(schema.views[view])
        connection.execute(schema.tables[fts])
    connection.execute("BEGIN")
    return connection


def build(connection: cipher.Connection, schema: Schema, table: str, steps: dict[str, float]) -> list[tuple[str, str]]:
    """The table's indexes, search index and statistics, built in its in-memory database; for
    the change log, the records that may have a conflict open (as the app groups them). The
    seconds of each step go in *steps*."""
    before = time.perf_counter()
    connection.execute("COMMIT")
    connection.execute("BEGIN")
    for sql in schema.indexes.get(table, []):
        connection.execute(sql)
    steps["indexes"] = time.perf_counter() - before
    fts = schema.search_index(table)
    if fts is not None:
        before = time.perf_counter()
        connection.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', {snapshot.REBUILD_HASH_BYTES})")
        connection.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        connection.execute(f"DELETE FROM {fts}_config WHERE k = 'hashsize'")
        steps["search index"] = time.perf_counter() - before
    before = time.perf_counter()
    connection.execute(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}")
    connection.execute(f'ANALYZE "{table}"')
    if fts is not None:
        for shadow in schema.shadow_tables(fts):
            connection.execute(f'ANALYZE "{shadow}"')
    candidates: list[tuple[str, str]] = []
    if table == "change":
        candidates = connection.execute(
            "SELECT entity, entity_id FROM change WHERE operation <> 'erase' GROUP BY entity, entity_id, field "
            "HAVING count(*) > 1 UNION SELECT entity, entity_id FROM change WHERE operation = 'archive'").fetchall()
    connection.execute("COMMIT")
    steps["analyse"] = time.perf_counter() - before
    steps["pages"] = connection.execute("PRAGMA page_count").fetchone()[0]
    return candidates


def copy(connection: cipher.Connection, schema: Schema, table: str, partial: Path, key: cipher.FileKey,
         steps: dict[str, float], *, check_keys: bool) -> None:
    """The finished table (rows, indexes, search index, statistics) copied into the encrypted
    partial file attached to its own connection. The seconds of each step go in *steps*."""
    before = time.perf_counter()
    connection.execute("ATTACH DATABASE ? AS enc KEY ?", (str(partial), key.pragma_value(with_salt=False)))
    try:
        connection.execute("PRAGMA enc.journal_mode = OFF")
        connection.execute("PRAGMA enc.synchronous = OFF")
        connection.execute(f"PRAGMA enc.cache_size = -{COPY_CACHE_KIB}")
        connection.execute("BEGIN")
        pages = connection.execute("PRAGMA enc.page_count").fetchone()[0]
        steps["attach"] = time.perf_counter() - before
        before = time.perf_counter()
        connection.execute(f'INSERT INTO enc."{table}" SELECT * FROM main."{table}"')
        steps["rows and indexes"] = time.perf_counter() - before
        before = time.perf_counter()
        copied = [table]
        fts = schema.search_index(table)
        if fts is not None:
            for shadow in schema.shadow_tables(fts):
                connection.execute(f'DELETE FROM enc."{shadow}"')  # what FTS5 wrote when it was created
                connection.execute(f'INSERT INTO enc."{shadow}" SELECT * FROM main."{shadow}"')
                copied.append(shadow)
        listed = ", ".join(f"'{name}'" for name in copied)
        for stat in ("sqlite_stat1", "sqlite_stat4"):
            connection.execute(f"INSERT INTO enc.{stat} SELECT * FROM main.{stat} WHERE tbl IN ({listed})")
        steps["search index and statistics"] = time.perf_counter() - before
        before = time.perf_counter()
        connection.execute("COMMIT")
        steps["commit"] = time.perf_counter() - before
        steps["pages written"] = connection.execute("PRAGMA enc.page_count").fetchone()[0] - pages
        if check_keys and connection.execute(f'PRAGMA enc.foreign_key_list("{table}")').fetchall():
            # Its parents were copied before it (the package's order): checked here, beside the
            # next tables' work, rather than all at the end.
            before = time.perf_counter()
            broken = connection.execute(f'PRAGMA enc.foreign_key_check("{table}")').fetchall()
            steps["foreign key check"] = time.perf_counter() - before
            if broken:
                raise ValueError(f"{len(broken)} rows of {table} break a foreign key")
    finally:
        connection.execute("DETACH DATABASE enc")


def transfer_is_used(schema: Schema, table: str, partial: Path, key: cipher.FileKey) -> bool:
    """Whether SQLite plans the copy of *table* as a transfer (its program copies whole records:
    OP_RowCell, or OP_RowData for a table without rowid), on a connection like the copier's."""
    connection = new_memory_table(schema, table, {name: [] for name in REFERENCED})
    try:
        connection.execute("COMMIT")
        for sql in schema.indexes.get(table, []):
            connection.execute(sql)
        connection.execute("ATTACH DATABASE ? AS enc KEY ?", (str(partial), key.pragma_value(with_salt=False)))
        program = connection.execute(f'EXPLAIN INSERT INTO enc."{table}" SELECT * FROM main."{table}"').fetchall()
        connection.execute("DETACH DATABASE enc")
        return any(row[1] in ("RowCell", "RowData") for row in program)
    finally:
        connection.close()


def worker(name: str, timeline: Timeline, jobs: queue.Queue[Any], work: Callable[[Any], None],
           failures: list[BaseException]) -> threading.Thread:
    def run() -> None:
        waited = 0.0
        cpu = time.thread_time()
        while True:
            before = time.perf_counter()
            job = jobs.get()
            waited += time.perf_counter() - before
            if job is None:
                break
            try:
                work(job)
            except BaseException as error:  # the main thread raises it
                failures.append(error)
        timeline.thread(name, cpu=time.thread_time() - cpu, waited=waited)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def pipeline_checkout(package_path: Path, data_dir: Path, code: str, *, fk_check: str) -> dict[str, Any]:
    started, cpu = time.perf_counter(), cpu_seconds()
    timeline = Timeline()
    package = read_package(package_path, known_schemas=known_schemas())
    key = trust.code_key(code, bytes.fromhex(package.salt))
    check_code(package, key)
    staged = staging.staged_register(data_dir)
    assert staged is not None
    desk = staged.desk
    file_key = cipher.key_of(staged.partial)
    assert file_key is not None
    report: dict[str, Any] = {}
    gc.disable()
    with staging.written_out_meanwhile(staged), closing(first_package_lines(package, key)) as lines:
        with desk.database.session() as session:
            staging.without_journal(session)
            _take_identity(session, next(lines, None), maker=package.source)
            schema = Schema(session.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all())
            # The copies need triggerless destinations (transfer optimisation); back at the end.
            for name, _sql in schema.triggers:
                session.execute(text(f'DROP TRIGGER "{name}"'))
            session.execute(text(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}"))
            session.execute(text("ANALYZE meta"))  # makes sqlite_stat1 and sqlite_stat4
        report["transfer_used"] = {table: transfer_is_used(schema, table, staged.partial, file_key)
                                   for table in ("initiative", "change", "initiative_fts_idx")}
        timeline.mark("(setup)", "done")
        failures: list[BaseException] = []
        to_build: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_DEPTH)
        to_copy: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_DEPTH)
        candidates: list[tuple[str, str]] = []

        def build_one(job: tuple[str, cipher.Connection]) -> None:
            table, connection = job
            timeline.mark(table, "build from")
            steps: dict[str, float] = {}
            found = build(connection, schema, table, steps)
            candidates.extend(found)
            for step, seconds in steps.items():
                timeline.mark(table, f"build: {step}", seconds)
            timeline.mark(table, "build to")
            before = time.perf_counter()
            to_copy.put(job)
            timeline.mark(table, "builder waited for copier", time.perf_counter() - before)

        def copy_one(job: tuple[str, cipher.Connection]) -> None:
            table, connection = job
            timeline.mark(table, "copy from")
            steps: dict[str, float] = {}
            try:
                copy(connection, schema, table, staged.partial, file_key, steps, check_keys=fk_check == "per-table")
            finally:
                connection.close()
            for step, seconds in steps.items():
                timeline.mark(table, f"copy: {step}", seconds)
            timeline.mark(table, "copy to")

        builder = worker("builder", timeline, to_build, build_one, failures)
        copier = worker("copier", timeline, to_copy, copy_one, failures)
        references: dict[str, list[tuple[Any, ...]]] = {name: [] for name in REFERENCED}
        count = 0
        inserting = 0.0
        main_cpu = time.thread_time()
        log = Inserter(session, table_of(Change), CHANGE_COLUMNS, computed=("is_head",))
        current: str | None = None
        connection: cipher.Connection | None = None
        kept: tuple[int, ...] = ()
        try:
            for inserter, rows, _size in snapshot._prepared(session, lines, log, LogCheck()):
                table = inserter.target.name
                if table != current:
                    if connection is not None and current is not None:
                        timeline.mark(current, "insert to")
                        before = time.perf_counter()
                        to_build.put((current, connection))
                        timeline.mark(current, "main waited for builder", time.perf_counter() - before)
                    current = table
                    timeline.mark(table, "insert from")
                    connection = new_memory_table(schema, table, references)
                    columns = REFERENCED.get(table, ())
                    kept = tuple(inserter.all_names.index(column) for column in columns)
                if not rows:
                    continue
                if kept:
                    references[table].extend(tuple(row[index] for index in kept) for row in rows)
                before = time.perf_counter()
                assert connection is not None
                connection.executemany(inserter.statement, rows)
                inserting += time.perf_counter() - before
                if inserter is not log:
                    count += len(rows)
            assert current is not None
            timeline.mark(current, "insert to")
            to_build.put((current, connection))
        finally:
            to_build.put(None)
            builder.join()
            to_copy.put(None)
            copier.join()
        timeline.thread("main (parse, convert, insert)", cpu=time.thread_time() - main_cpu,
                        inserting=inserting)
        if failures:
            raise failures[0]
        timeline.mark("(pipeline)", "done")
        with desk.database.session() as session:
            staging.without_journal(session)
            for _name, sql in schema.triggers:
                session.execute(text(sql))
            known = json.dumps(package.to_vector, sort_keys=True)
            for replica_id, seq in package.to_vector.items():
                session.add(Replica(id=replica_id, held=seq, floor=seq,
                                    known=known if replica_id == package.source else "{}"))
            if package.source not in package.to_vector:
                session.add(Replica(id=package.source, held=0, floor=0, known=known))
            if package.scope is not None:
                session.merge(Meta(key=snapshot.SCOPE_KEY, value=package.scope))
            session.flush()
            session.execute(text(f"PRAGMA analysis_limit = {snapshot.ANALYSIS_LIMIT}"))
            analysed = {row[0] for row in session.execute(text("SELECT DISTINCT tbl FROM sqlite_stat1"))}
            for name in schema.tables:
                if name not in analysed and not schema.tables[name].startswith("CREATE VIRTUAL"):
                    session.execute(text(f'ANALYZE "{name}"'))
            session.execute(text("PRAGMA analysis_limit = 0"))
            timeline.mark("(finish)", "triggers, replicas, analyse")
            snapshot._open_conflicts(session, set(candidates))
            timeline.mark("(finish)", "conflicts")
            if fk_check == "end":
                problems = session.execute(text("PRAGMA foreign_key_check")).fetchall()
                timeline.mark("(finish)", "foreign_key_check")
                if problems:
                    raise ValueError(f"{len(problems)} rows break a foreign key")
        timeline.mark("(finish)", "committed")
    gc.enable()
    staging.put_in_place(staged)
    desk.close()
    timeline.mark("(finish)", "in place")
    report.update(records=count, seconds=round(time.perf_counter() - started, 3), peak_mb=round(peak_mb()),
                  cpu=round(cpu_seconds() - cpu, 2),
                  tables=timeline.tables, threads=timeline.threads)
    return report


def normal_checkout(package_path: Path, data_dir: Path, code: str) -> dict[str, Any]:
    started, cpu = time.perf_counter(), cpu_seconds()
    # The one-transaction checkout (the app's before sync/pipeline.py; kept for existing registers).
    checkout = sync.checkout_package(path=package_path, data_dir=data_dir, code=code, pipelined=False)
    return {"records": checkout.records, "seconds": round(time.perf_counter() - started, 3),
            "peak_mb": round(peak_mb()), "cpu": round(cpu_seconds() - cpu, 2)}


def prepare(work: Path) -> None:
    """The bench's office register (copied from bench/results/cache) and its first package."""
    import sync_bench

    work.mkdir(parents=True, exist_ok=True)
    office = sync_bench.office_register(50_000, work)
    desk = open_desk(data_dir=office)
    made = sync.create_first_package(desk, path=work / "first.fpsync")
    desk.close()
    (work / "code").write_text(made.code)
    shutil.rmtree(office)
    print(f"first package: {made.records} records, {(work / 'first.fpsync').stat().st_size / 1e6:.0f} MB")


def verify(normal: Path, pipeline: Path) -> dict[str, Any]:
    """Open both registers with the app; integrity, foreign keys, search indexes, row counts."""
    found: dict[str, Any] = {}
    for label, folder in (("normal", normal), ("pipeline", pipeline)):
        desk = open_desk(data_dir=folder)
        with desk.database.session() as session:
            tables = [name for (name,) in session.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "ORDER BY name"))]
            counts = {name: session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() for name in tables}
            digests = {name: content_digest(session, name) for name in tables}
            ftses = [name for (name,) in session.execute(text(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'"))]
            for fts in ftses:
                session.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
            found[label] = {
                "integrity_check": session.execute(text("PRAGMA integrity_check")).scalars().all(),
                "foreign_key_check": len(session.execute(text("PRAGMA foreign_key_check")).all()),
                "foreign_keys": session.execute(text("PRAGMA foreign_keys")).scalar_one(),
                "journal_mode": session.execute(text("PRAGMA journal_mode")).scalar_one(),
                "triggers": session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
                .scalar_one(),
                "indexes": session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'index'"))
                .scalar_one(),
                "search": session.execute(text(
                    "SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH 'gent*'")).scalar_one(),
                "counts": counts, "digests": digests}
        desk.close()
    differing = {name: (found["normal"]["counts"].get(name), count)
                 for name, count in found["pipeline"]["counts"].items() if found["normal"]["counts"].get(name) != count}
    found["differing_counts"] = differing
    found["differing_contents"] = sorted(name for name, digest in found["pipeline"].pop("digests").items()
                                         if found["normal"]["digests"].get(name) != digest)
    found["normal"].pop("digests")
    return found


def content_digest(session: Any, table: str) -> str:
    """A digest of every row of *table* in the order of its key (rowid, or primary key)."""
    digest = hashlib.sha256()
    result = session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1, 2' if table.startswith("sqlite_stat")
                                  else f'SELECT * FROM "{table}" ORDER BY {order_of(session, table)}'))
    for row in result:
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def order_of(session: Any, table: str) -> str:
    keys = [row[1] for row in sorted(session.execute(text(f'PRAGMA table_info("{table}")')), key=lambda row: row[5])
            if row[5]]
    without_rowid = "WITHOUT ROWID" in (session.execute(text(
        "SELECT sql FROM sqlite_master WHERE name = :name"), {"name": table}).scalar_one() or "")
    return ", ".join(f'"{key}"' for key in keys) if without_rowid else "rowid"


def in_child(*arguments: str, depth: int | None = None) -> dict[str, Any]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    if depth is not None:
        environment["PIPELINE_QUEUE_DEPTH"] = str(depth)
    output = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True,
                            cwd=ROOT, env=environment).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def busy_seconds() -> float:
    """CPU seconds the whole machine spent busy so far (every process, /proc/stat)."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def quiet_start(below: float, longest: float) -> float:
    """Wait (at most *longest* seconds) until the other processes keep less than *below* cores
    busy over 5 s; return what they kept busy over the last 5 s."""
    waited_until = time.monotonic() + longest
    while True:
        before = busy_seconds()
        time.sleep(5)
        busy = (busy_seconds() - before) / 5
        if busy < below or time.monotonic() > waited_until:
            return busy


def compare(work: Path, runs: int, fk_check: str, below: float, depths: list[int]) -> None:
    """The app's checkout and the pipeline, alternately, each in a child: wall and CPU seconds,
    peak memory, the 1-minute load average before each, and the cores the machine's other
    processes kept busy before (5 s) and during each run."""
    package, code = work / "first.fpsync", (work / "code").read_text().strip()
    results: list[dict[str, Any]] = []
    for run in range(runs):
        for mode, depth in [("normal", None)] + [("pipeline", depth) for depth in depths]:
            target = work / f"{mode}-{run}"
            shutil.rmtree(target, ignore_errors=True)
            others_before = quiet_start(below, 300)
            load = os.getloadavg()[0]
            busy, child, started = busy_seconds(), children_cpu(), time.perf_counter()
            args = [mode, str(package), str(target), code, f"--fk-check={fk_check}"]
            report = in_child(*args, depth=depth)
            wall = time.perf_counter() - started
            others = (busy_seconds() - busy - (children_cpu() - child)) / wall
            report.update(mode=mode, depth=depth, run=run, load=round(load, 2), others_before=round(others_before, 2),
                          others_during=round(others, 2))
            results.append(report)
            label = f"{mode} {depth if depth is not None else ''}"
            print(f"{label:<11} run {run}: {report['seconds']:6.2f} s  cpu {report['cpu']:6.2f} s  "
                  f"peak {report['peak_mb']:5} MB  load {load:.2f}  others {others_before:.2f} before, "
                  f"{others:.2f} during (cores)", flush=True)
            if run < runs - 1:
                shutil.rmtree(target)
    (work / "compare.json").write_text(json.dumps(results, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "compare", "verify", "normal", "pipeline"))
    parser.add_argument("arguments", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--depths", default=str(QUEUE_DEPTH),
                        help="compare: the pipeline's queue depths to run (0: unbounded)")
    parser.add_argument("--fk-check", choices=("none", "end", "per-table"), default="per-table",
                        help="pipeline: where the foreign keys are checked")
    parser.add_argument("--quiet-below", type=float, default=0.3,
                        help="compare: start a run once other processes keep fewer cores busy (waits at most 5 min)")
    args = parser.parse_args()
    if args.step == "prepare":
        prepare(Path(args.arguments[0]))
    elif args.step == "compare":
        compare(Path(args.arguments[0]), args.runs, args.fk_check, args.quiet_below,
                [int(depth) for depth in args.depths.split(",")])
    elif args.step == "verify":
        print(json.dumps(verify(Path(args.arguments[0]), Path(args.arguments[1])), indent=1))
    elif args.step == "normal":
        print(json.dumps(normal_checkout(Path(args.arguments[0]), Path(args.arguments[1]), args.arguments[2])))
    else:
        print(json.dumps(pipeline_checkout(Path(args.arguments[0]), Path(args.arguments[1]), args.arguments[2],
                                           fk_check=args.fk_check)))


if __name__ == "__main__":
    main()
