"""Benchmark of the working desk on a large register (``make bench``: ``bench/run.py --all``).

Seeds 50,000 demonstration initiatives (about 200,000 advice requests and 200,000 follow-ups)
into a temporary data folder, then measures what a support officer waits for, each figure beside
a bare baseline measured in the same run and issue 17's target (``bench/figures.py``), with a
pass/miss mark:

- start-up until the main window is painted (``bench/startup_timing.py``: a fresh process each time, so imports count),
  beside a bare PySide6 ``QMainWindow`` shown and painted;
- search-as-you-type over 100 keystrokes (prefixes of names, municipalities and question words)
  on every list (``MEASURED_LISTS``: a page of 200 plus the count): p95 and the slowest keystroke,
  beside the same SQL run in raw SQLCipher (``store.cipher.connect``: the encrypted file, key derived);
- each list's slowest sort (every sortable column, both ways; the first page, as the window
  reads a new sort order without counting again), beside that sort's SQL in raw SQLCipher;
- each list's count (read when the list opens or a filter changes), beside its raw SQL;
- the same sorts and counts of the lists as the window filters them (``FILTERED_LISTS``): the
  follow-ups as the list opens (open only; its search too) and the requests and open follow-ups
  of the busiest officer;
- opening an initiative's page (``get_initiative``), beside its queries in raw SQLCipher;
- the register's size on disk and where its pages go (``bench/register_size.py``);
- peak memory (``ru_maxrss``) of the app's start-up process and of this measuring process.

With ``--all`` (or ``--parts``) it also runs, each in its own process, ``import_bench.py`` (50,000
rows, preview + apply beside bare openpyxl and calamine reads), ``exports_bench.py`` (the
100,000-request xlsx list export beside bare openpyxl write_only, the PDFs) and
``sync_bench.py --first-only`` (a first package made and checked out), and adds their figures.

Seeded registers are cached in ``bench/results/cache`` (git-ignored) per size and version of the
demonstration generator; a run copies the cached file into a fresh temporary folder. Results are
printed as a table and written to ``bench/results/latest.json`` (the other benchmarks write their
own JSON there too); no test reads them.

Usage: ``python bench/run.py [--all | --parts desk,import,exports,sync] [--initiatives N] [--explain]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import MEMORY_TARGET_MB  # noqa: E402  (bench/figures.py, beside this file)
from figures import SEARCH_P95_TARGET_MS  # noqa: E402  (bench/figures.py, beside this file)
from figures import SLOWEST_KEYSTROKE_TARGET_MS  # noqa: E402  (bench/figures.py, beside this file)
from figures import SORT_TARGET_MS  # noqa: E402  (bench/figures.py, beside this file)
from figures import Figure  # noqa: E402  (bench/figures.py, beside this file)
from figures import export_figures  # noqa: E402  (bench/figures.py, beside this file)
from figures import format_table  # noqa: E402  (bench/figures.py, beside this file)
from figures import import_figures  # noqa: E402  (bench/figures.py, beside this file)
from figures import peak_mb  # noqa: E402  (bench/figures.py, beside this file)
from figures import percentile  # noqa: E402  (bench/figures.py, beside this file)
from figures import sync_figures  # noqa: E402  (bench/figures.py, beside this file)
from figures import timed  # noqa: E402  (bench/figures.py, beside this file)
from register_size import measure_register_size  # noqa: E402
from seeding import DATABASE_FILE  # noqa: E402
from seeding import RESULTS  # noqa: E402
from seeding import SEED  # noqa: E402
from seeding import prepare_register  # noqa: E402
from seeding import write_results  # noqa: E402
from startup_timing import measure_startup  # noqa: E402

#: Words typed into the search box, one keystroke at a time (prefixes of 2 to 6 letters).
TYPED_WORDS = (
    "Vrienden", "Solidariteit", "Kigali", "Cotonou", "Bukavu", "Ouagadougou", "Leuven", "Mechelen",
    "Kortrijk", "Hasselt", "Sint-Niklaas", "Brugge", "subsidie", "statuten", "crowdfunding",
    "vrijwilligers", "jaarrekening", "partnerschapsovereenkomst", "benefietavond", "verzekering",
)

# -- queries through the services and in raw sqlite3 ---------------------------------------------

def typed_queries() -> list[str]:
    return [word[:length] for word in TYPED_WORDS for length in range(2, 7)]


def compiled_sql(statement: Any, dialect: Any) -> tuple[str, list[Any]]:
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})  # IN (...) lists
    names = compiled.positiontup or []
    return compiled.string, [compiled.params[name] for name in names]


class Register:
    """The seeded register, opened through the services and, for baselines, in raw SQLCipher."""

    def __init__(self, data_dir: Path) -> None:
        from fourthpillar.services.desk import open_desk

        self.desk = open_desk(data_dir=data_dir)
        from fourthpillar.store import cipher

        # The baseline is the bare encrypted file: SQLCipher with the key already derived.
        self.raw = cipher.connect(data_dir / DATABASE_FILE)
        self.dialect = self.desk.database.engine.dialect

    def close(self) -> None:
        self.raw.close()
        self.desk.close()

    def page_sql(self, name: str, query: Any) -> list[tuple[str, list[Any]]]:
        """The page and count statements list *name* runs for *query*, as the services build them
        (the plain form: ORDER BY column, tiebreak (the rowid on SQLite); an exact count)."""
        from fourthpillar import lists
        from fourthpillar.services.listing import count_statement
        from fourthpillar.store import queries
        from fourthpillar.store.sorting import tiebreak

        listed = lists.list_named(name)
        assert listed is not None
        built = queries.LIST_STATEMENTS[listed.name](query, "sqlite")
        statement, sorts = built.statement, built.sorts
        order = sorts[query.sort if query.sort in sorts else listed.default_sort]
        ties = tiebreak(listed.id_column, "sqlite")
        page = statement.order_by(order.desc() if query.descending else order.asc(),
                                  ties.desc() if query.descending else ties.asc()).limit(query.limit)
        count = count_statement(statement)
        return [compiled_sql(page, self.dialect), compiled_sql(count, self.dialect)]

    def busiest(self, name: str) -> str:
        """The officer with the most rows in list *name* (``OFFICER_COLUMNS``)."""
        from fourthpillar import lists

        listed = lists.list_named(name)
        assert listed is not None
        table, column = listed.id_column.table.name, OFFICER_COLUMNS[name]
        return str(self.raw.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "
                                    f"GROUP BY {column} ORDER BY count(*) DESC LIMIT 1").fetchone()[0])

    def run_raw(self, statements: list[tuple[str, list[Any]]]) -> None:
        for sql, params in statements:
            self.raw.execute(sql, params).fetchall()

    def explain(self, statements: list[tuple[str, list[Any]]]) -> str:
        lines = []
        for sql, params in statements:
            plan = self.raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            lines += [f"    {row[-1]}" for row in plan] + ["    --"]
        return "\n".join(lines)


#: The lists measured: name (``fourthpillar.lists``) -> the service reading a page of it. A list
#: whose module is not there yet (the events list, coming) is left out until it is.
MEASURED_LISTS = {
    "initiatives": "fourthpillar.services.initiatives:list_initiatives",
    "requests": "fourthpillar.services.requests:list_requests",
    "follow_ups": "fourthpillar.services.followups:list_follow_ups",
    "events": "fourthpillar.services.events:list_events",
}


def measured_lists() -> list[tuple[str, Callable[..., Any]]]:
    import importlib

    from fourthpillar import lists

    found = []
    for name, where in MEASURED_LISTS.items():
        module, function = where.split(":")
        try:
            call = getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError):
            continue
        if lists.list_named(name) is not None:
            found.append((name, call))
    return found


#: Stands, in FILTERED_LISTS, for the officer with the most rows in the list (the slowest to filter by).
BUSIEST = "busiest officer"
#: The column ``ListQuery.officer_id`` filters each list on (``store.queries``).
OFFICER_COLUMNS = {"requests": "officer_id", "follow_ups": "owner_id"}

#: The lists as the window also shows them, filtered: (list, its name in the figures, its filters as
#: ``ListQuery`` fields, search measured too). The follow-ups list opens with "open only" on
#: (``initial_filters`` of ``ui.lists.definitions.FOLLOW_UP_LIST``, not imported here: it loads
#: Qt), and keeps it when an officer is chosen.
FILTERED_LISTS: tuple[tuple[str, str, dict[str, Any], bool], ...] = (
    ("follow_ups", "follow_ups open only", {"open_only": True}, True),
    ("requests", "requests of one officer", {"officer_id": BUSIEST}, False),
    ("follow_ups", "follow_ups open only, one officer", {"open_only": True, "officer_id": BUSIEST}, False),
)


@dataclass(frozen=True)
class ListView:
    """One list as measured: *label* names its figures (the list's name when unfiltered)."""

    name: str
    label: str
    call: Callable[..., Any]
    filters: dict[str, Any]
    searched: bool = True

    def query(self, **fields: Any) -> Any:
        """The ``ListQuery`` of *fields* with this view's filters."""
        from fourthpillar.store.queries import ListQuery

        return ListQuery(**fields, **self.filters)


def measured_views(register: Register) -> list[ListView]:
    """Every measured list unfiltered, then FILTERED_LISTS (of the lists found)."""
    found = dict(measured_lists())
    views = [ListView(name, name, call, {}) for name, call in found.items()]
    for name, label, filters, searched in FILTERED_LISTS:
        if name in found:
            chosen = {key: register.busiest(name) if value == BUSIEST else value for key, value in filters.items()}
            views.append(ListView(name, label, found[name], chosen, searched))
    return views


def measure_search(register: Register, explain: bool) -> list[Figure]:
    """Search-as-you-type on each list (and the follow-ups as they open): p95 and the slowest
    keystroke, beside raw SQLCipher."""
    from fourthpillar.services.listing import SEARCH_COUNT_LIMIT

    figures = []
    typed = typed_queries()
    for view in measured_views(register):
        if not view.searched:
            continue
        name, call = view.label, view.call
        call(register.desk, query=view.query(search="wa"))  # warm the page cache once
        # As the list on screen asks: the count stops at SEARCH_COUNT_LIMIT ("1,000+"). The
        # baseline is the plain statement (ORDER BY column, tiebreak; exact count) in raw sqlite3.
        service = [timed(call, register.desk, query=view.query(search=text, count_limit=SEARCH_COUNT_LIMIT))
                   for text in typed]
        raw_statements = [register.page_sql(view.name, view.query(search=text)) for text in typed]
        raw = [timed(register.run_raw, statements) for statements in raw_statements]
        slowest = max(range(len(typed)), key=service.__getitem__)
        longer = [ms for text, ms in zip(typed, service, strict=True) if len(text) >= 3]
        figures.append(Figure(f"search-as-you-type {name} p95", percentile(service, 0.95), "ms",
                              percentile(raw, 0.95), SEARCH_P95_TARGET_MS,
                              f"{len(typed)} keystrokes, page 200 + count up to {SEARCH_COUNT_LIMIT:,}; "
                              f"p50 {statistics.median(service):.1f} ms (raw {statistics.median(raw):.1f}); "
                              f"p95 from the third letter on {percentile(longer, 0.95):.0f} ms"))
        figures.append(Figure(f"slowest keystroke, {name}", service[slowest], "ms", raw[slowest],
                              SLOWEST_KEYSTROKE_TARGET_MS, f"'{typed[slowest]}'; baseline: its raw statements"))
        if explain:
            print(f"\n{name}, search '{typed[slowest]}':\n{register.explain(raw_statements[slowest])}")
    return figures


def measure_sorts(register: Register, explain: bool, repeat: int = 3) -> list[Figure]:
    """Each list's slowest sort (every sortable column, both ways), beside that sort's page
    statement in raw SQLCipher, and the list's count on its own; the same for the lists as the
    window also filters them (FILTERED_LISTS).

    A sort is timed as the window reads it: the first page only, for a new sort order holds the
    same rows and the window does not count them again (``ui.lists.view``, ``count=not
    same_rows``). The count, which the window reads when the list opens or its filters change,
    is its own figure, beside the raw count statement."""
    from fourthpillar import lists

    figures = []
    for view in measured_views(register):
        name, call = view.label, view.call
        listed = lists.list_named(view.name)
        assert listed is not None
        timings = {}
        for key in listed.sortable_columns():
            for descending in (False, True):
                query = view.query(sort=key, descending=descending)
                timings[(key, descending)] = statistics.median(
                    timed(call, register.desk, query=query, count=False) for _ in range(repeat))
        (key, descending), worst = max(timings.items(), key=lambda item: item[1])
        page_statement, count_statement = register.page_sql(view.name, view.query(sort=key, descending=descending))
        raw = statistics.median(timed(register.run_raw, [page_statement]) for _ in range(repeat))
        arrow = "desc" if descending else "asc"
        figures.append(Figure(f"slowest sort, {name}", worst, "ms", raw, SORT_TARGET_MS,
                              f"by {key} {arrow}, first page as the window reads a new sort (no recount), "
                              f"median of {repeat}; median of all {len(timings)} sorts "
                              f"{statistics.median(timings.values()):.0f} ms"))
        counted = statistics.median(timed(call, register.desk, query=view.query(limit=0)) for _ in range(repeat))
        raw_count = statistics.median(timed(register.run_raw, [count_statement]) for _ in range(repeat))
        figures.append(Figure(f"count of {name}", counted, "ms", raw_count, SORT_TARGET_MS,
                              f"the whole list counted, as when it opens or a filter changes (not on a sort); "
                              f"median of {repeat}; target: the sort's"))
        if explain:
            print(f"\nsort {name} by {key} {arrow}:\n{register.explain([page_statement, count_statement])}")
    return figures


def measure_initiative_page(register: Register, count: int = 50) -> list[Figure]:
    from fourthpillar.services import initiatives

    ids = [row[0] for row in register.raw.execute("SELECT id FROM initiative WHERE archived_at IS NULL")]
    chosen = random.Random(SEED).sample(ids, min(count, len(ids)))
    service = [timed(initiatives.get_initiative, register.desk, initiative_id=initiative_id)
               for initiative_id in chosen]

    def raw_page(initiative_id: str) -> None:
        for sql in ("SELECT * FROM initiative WHERE id = ?",
                    "SELECT * FROM contact_person WHERE initiative_id = ? AND archived_at IS NULL ORDER BY name",
                    "SELECT * FROM advice_request WHERE initiative_id = ? AND archived_at IS NULL",
                    "SELECT * FROM follow_up WHERE initiative_id = ? AND archived_at IS NULL"):
            register.raw.execute(sql, (initiative_id,)).fetchall()

    raw = [timed(raw_page, initiative_id) for initiative_id in chosen]
    return [
        Figure("open initiative page p50", statistics.median(service), "ms", statistics.median(raw), None,
               f"get_initiative, {len(chosen)} initiatives"),
        Figure("open initiative page p95", percentile(service, 0.95), "ms", percentile(raw, 0.95), None,
               "no target in the issue"),
    ]


# -- report --------------------------------------------------------------------------------------

#: The other benchmarks ``--all`` runs (each in its own process; it prints as it goes and writes
#: its JSON), the file it writes and how its figures are read from it.
OTHER_BENCHES = {
    "import": ("import_bench.py", [], "import.json", import_figures),
    "exports": ("exports_bench.py", [], "exports.json", export_figures),
    "sync": ("sync_bench.py", ["--first-only"], "sync.json", sync_figures),
}


def run_other(part: str, initiatives: int) -> list[Figure]:
    script, extra, written, figures_of = OTHER_BENCHES[part]
    sized = ["--rows", str(initiatives)] if part == "import" else ["--initiatives", str(initiatives)]
    print(f"\n== {script} ==", flush=True)
    result = subprocess.run([sys.executable, str(ROOT / "bench" / script), *sized, *extra], cwd=ROOT, check=False)
    path = RESULTS / written
    if result.returncode not in (0, 1) or not path.exists() or path.stat().st_mtime < STARTED:
        print(f"{script} gave no results (exit {result.returncode})", file=sys.stderr)
        return []
    figures: list[Figure] = figures_of(json.loads(path.read_text()))
    return figures


def measure_desk(args: argparse.Namespace) -> tuple[list[Figure], dict[str, Any]]:
    """Start-up, searches, sorts and the initiative page on the seeded register."""
    with tempfile.TemporaryDirectory(prefix="fourthpillar-bench-") as temporary:
        work = Path(temporary)
        data_dir, seed_info = prepare_register(args.initiatives, work, use_cache=not args.no_cache)
        figures = measure_startup(data_dir, work, args.startup_runs)
        sizes, seed_info["packed_mb"] = measure_register_size(data_dir / DATABASE_FILE, args.initiatives)
        figures += sizes
        register = Register(data_dir)
        try:
            figures += measure_search(register, args.explain)
            figures += measure_sorts(register, args.explain)
            figures += measure_initiative_page(register)
        finally:
            register.close()
        figures.append(Figure("peak memory, measuring process", peak_mb(), "MB", None, MEMORY_TARGET_MB,
                              "services searches, sorts and pages on the seeded register"))
    seeding = (f"seeded in {seed_info['seeding_seconds']} s"
               + (" (cached copy reused)" if seed_info.get("cached") else ""))
    print(f"register: {seed_info.get('initiatives'):,} initiatives, {seed_info.get('requests', 0):,} requests, "
          f"{seed_info.get('follow_ups', 0):,} follow-ups; {seeding}")
    return figures, seed_info


STARTED = time.time()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--initiatives", type=int, default=50_000, help="register size (default 50,000)")
    parser.add_argument("--all", action="store_true",
                        help="also the import, the exports and the first package (bench/*_bench.py)")
    parser.add_argument("--parts", default=None,
                        help="comma-separated: desk, import, exports, sync (default: desk; --all: every one)")
    parser.add_argument("--no-cache", action="store_true", help="seed afresh, ignoring a cached register")
    parser.add_argument("--startup-runs", type=int, default=5, help="start-ups of each kind (default 5)")
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN of searches and sorts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    parts = (args.parts.split(",") if args.parts else ["desk", *OTHER_BENCHES] if args.all else ["desk"])
    unknown = [part for part in parts if part != "desk" and part not in OTHER_BENCHES]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)}")

    figures: list[Figure] = []
    seed_info: dict[str, Any] = {"initiatives": args.initiatives}
    if "desk" in parts:
        figures, seed_info = measure_desk(args)
    for part in parts:
        if part != "desk":
            figures += run_other(part, args.initiatives)

    print()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (other work slows every figure, baselines too)")
    print(format_table(figures))
    failed = [figure.name for figure in figures if figure.passed is False]
    report = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version, "platform": platform.platform()},
        "register": seed_info,
        "parts": parts,
        "figures": [{**asdict(figure), "limit": figure.limit, "passed": figure.passed} for figure in figures],
        "missed": failed,
    }
    written = write_results("latest.json", report)
    print(f"\nwritten to {written.relative_to(ROOT)}; "
          + (f"{len(failed)} target(s) missed" if failed else "all targets met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
