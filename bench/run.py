"""Benchmark of the working desk on a large register (``make bench``).

Seeds 50,000 demonstration initiatives (about 200,000 advice requests and 200,000 follow-ups)
into a temporary data folder, then measures what a support officer waits for, each figure beside
a bare baseline measured in the same run:

- start-up until the main window is painted (a fresh process each time, so imports count),
  beside a bare PySide6 ``QMainWindow`` shown and painted;
- search-as-you-type over 100 keystrokes (prefixes of names, municipalities and question words)
  through ``list_initiatives`` / ``list_requests`` (a page of 200 plus the count), beside the same
  SQL run in raw SQLCipher (``store.cipher.connect``: the encrypted file, key derived);
- sorting the requests list by each sortable column (first page plus the count), beside the same
  SQL in raw SQLCipher;
- opening an initiative's page (``get_initiative``), beside its queries in raw SQLCipher;
- peak memory (``ru_maxrss``) of the app's start-up process and of this measuring process.

Seeded registers are cached in ``bench/results/cache`` (git-ignored) per size and version of the
demonstration generator; a run copies the cached file into a fresh temporary folder. Results are
printed as a table and written to ``bench/results/latest.json``.

Usage: ``python bench/run.py [--initiatives N] [--explain]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CACHE = RESULTS / "cache"
DATABASE_FILE = "fourthpillar.sqlite3"
SEED = 2024
#: The registers are encrypted (SQLCipher): the bench's passphrase, unless one is set already.
PASSPHRASE = os.environ.setdefault("FOURTHPILLAR_KEY", "bench passphrase, not a secret")

#: Targets on a 2-core machine (issue 2).
STARTUP_TARGET_S = 1.5
SEARCH_P95_TARGET_MS = 50.0
SORT_TARGET_MS = 100.0
MEMORY_TARGET_MB = 300.0

#: Words typed into the search box, one keystroke at a time (prefixes of 2 to 6 letters).
TYPED_WORDS = (
    "Vrienden", "Solidariteit", "Kigali", "Cotonou", "Bukavu", "Ouagadougou", "Leuven", "Mechelen",
    "Kortrijk", "Hasselt", "Sint-Niklaas", "Brugge", "subsidie", "statuten", "crowdfunding",
    "vrijwilligers", "jaarrekening", "partnerschapsovereenkomst", "benefietavond", "verzekering",
)

#: Child process for the start-up measurement: prints "painted <ru_maxrss KiB>" once the main
#: window (the app's or a bare one) has been painted, then quits.
STARTUP_CHILD = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])

def painted():
    print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()

class Watch(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            # After this paint pass has finished (the window's children paint in the same pass).
            QTimer.singleShot(0, painted)
        return False

watch = Watch()
app.installEventFilter(watch)
if sys.argv[1] == "app":
    from fourthpillar.ui.app import run_app
    sys.exit(run_app(data_dir=sys.argv[2]))
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Figure:
    """One line of the report."""

    name: str
    value: float
    unit: str
    baseline: float | None
    target: float | None
    detail: str = ""

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value <= self.target


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- seeding -------------------------------------------------------------------------------------

def generator_version() -> str:
    """Changes when the demonstration data or the schema does: a cached register is then stale."""
    digest = hashlib.sha256(f"encrypted with {PASSPHRASE}".encode())  # a cache of before encryption is not used
    sources = [ROOT / "fourthpillar/services/demo.py", ROOT / "fourthpillar/services/demo_data.py",
               ROOT / "fourthpillar/services/demo_events.py",
               *sorted((ROOT / "fourthpillar/store/migrations/versions").glob("*.py"))]
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def seed_register(data_dir: Path, initiatives: int) -> None:
    """Runs in a child process, so seeding does not count towards this process's memory."""
    from fourthpillar.services import demo, officers
    from fourthpillar.services.desk import open_desk

    desk = open_desk(data_dir=data_dir)
    try:
        officers.sign_in(desk, name="An Peeters", region="antwerpen")
        summary = demo.load_demo_data(desk, initiatives=initiatives, seed=SEED)
        print(json.dumps(asdict(summary)), flush=True)
    finally:
        desk.close()


def prepare_register(initiatives: int, work: Path, use_cache: bool) -> tuple[Path, dict[str, Any]]:
    """A data folder holding a seeded register: from the cache, or seeded now (and cached)."""
    cached = CACHE / f"{initiatives}-{generator_version()}"
    data_dir = work / "data"
    info: dict[str, Any] = {"initiatives": initiatives}
    if use_cache and (cached / "seed.json").exists():
        shutil.copytree(cached, data_dir, ignore=shutil.ignore_patterns("seed.json"))
        info.update(json.loads((cached / "seed.json").read_text()), cached=True)
        return data_dir, info
    data_dir.mkdir(parents=True)
    print(f"seeding {initiatives:,} initiatives ...", flush=True)
    started = time.perf_counter()
    output = subprocess.run([sys.executable, __file__, "--seed-into", str(data_dir), "--initiatives",
                             str(initiatives)], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    seconds = time.perf_counter() - started
    info.update(json.loads(output.strip().splitlines()[-1]), seeding_seconds=round(seconds, 1), cached=False,
                seeded_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    print(f"seeded in {seconds:.1f} s", flush=True)
    if use_cache:
        shutil.rmtree(CACHE, ignore_errors=True)  # one cached register at a time: they are large
        staging = cached.with_name(cached.name + ".partial")
        shutil.copytree(data_dir, staging)
        (staging / "seed.json").write_text(json.dumps(info))
        staging.replace(cached)
    return data_dir, info


# -- start-up ------------------------------------------------------------------------------------

def time_startup(mode: str, data_dir: Path, config_home: Path) -> tuple[float, float]:
    """Seconds from spawning a Python process until its main window is painted; its peak MB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config_home)}
    # An installed app starts from compiled bytecode (pip and PyInstaller write it); a shell that
    # forbids writing it would make every start compile our modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", STARTUP_CHILD, mode, str(data_dir)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    try:
        _, errors = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        _, errors = child.communicate()
    if not line.startswith("painted"):
        raise RuntimeError(f"the {mode} window never painted:\n{errors}")
    return elapsed, int(line.split()[1]) / 1024


def measure_startup(data_dir: Path, work: Path, repeat: int) -> list[Figure]:
    config_home = work / "config"
    config_home.mkdir(exist_ok=True)
    app: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        bare.append(time_startup("bare", data_dir, config_home))
        app.append(time_startup("app", data_dir, config_home))
    app_s = statistics.median(seconds for seconds, _ in app)
    bare_s = statistics.median(seconds for seconds, _ in bare)
    return [
        Figure("start-up to main window painted", app_s, "s", bare_s, STARTUP_TARGET_S,
               f"median of {repeat}; runs {', '.join(f'{s:.2f}' for s, _ in app)}"),
        Figure("peak memory, app start-up process", max(mb for _, mb in app), "MB", max(mb for _, mb in bare),
               MEMORY_TARGET_MB, "ru_maxrss; baseline: bare PySide6 window process"),
    ]


# -- queries through the services and in raw sqlite3 ---------------------------------------------

def typed_queries() -> list[str]:
    return [word[:length] for word in TYPED_WORDS for length in range(2, 7)]


def timed(call: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    """Milliseconds that ``call(*args, **kwargs)`` takes."""
    started = time.perf_counter()
    call(*args, **kwargs)
    return (time.perf_counter() - started) * 1000


def compiled_sql(statement: Any, dialect: Any) -> tuple[str, list[Any]]:
    compiled = statement.compile(dialect=dialect)
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

    def page_sql(self, kind: str, query: Any) -> list[tuple[str, list[Any]]]:
        """The page and count statements a list runs for *query*, as the services build them."""
        from fourthpillar.services.listing import count_statement
        from fourthpillar.store import queries
        from fourthpillar.store.models import AdviceRequest, Initiative

        build = queries.initiatives if kind == "initiatives" else queries.requests
        default, id_column = (("name", Initiative.id) if kind == "initiatives"
                              else ("received_on", AdviceRequest.id))
        statement, sorts = build(query, "sqlite")
        order = sorts[query.sort if query.sort in sorts else default]
        page = statement.order_by(order.desc() if query.descending else order.asc(),
                                  id_column.desc() if query.descending else id_column.asc()).limit(query.limit)
        count = count_statement(statement)
        return [compiled_sql(page, self.dialect), compiled_sql(count, self.dialect)]

    def run_raw(self, statements: list[tuple[str, list[Any]]]) -> None:
        for sql, params in statements:
            self.raw.execute(sql, params).fetchall()

    def explain(self, statements: list[tuple[str, list[Any]]]) -> str:
        lines = []
        for sql, params in statements:
            plan = self.raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            lines += [f"    {row[-1]}" for row in plan] + ["    --"]
        return "\n".join(lines)


def measure_search(register: Register, explain: bool) -> list[Figure]:
    from fourthpillar.services import initiatives, requests
    from fourthpillar.services.listing import SEARCH_COUNT_LIMIT
    from fourthpillar.store.queries import ListQuery

    figures = []
    typed = typed_queries()
    for kind, call in (("initiatives", initiatives.list_initiatives), ("requests", requests.list_requests)):
        call(register.desk, query=ListQuery(search="wa"))  # warm the page cache once
        # As the list on screen asks: the count stops at SEARCH_COUNT_LIMIT ("1,000+"). The
        # baseline is the plain statement (ORDER BY column, id; exact count) in raw sqlite3.
        service = [timed(call, register.desk, query=ListQuery(search=text, count_limit=SEARCH_COUNT_LIMIT))
                   for text in typed]
        raw_statements = [register.page_sql(kind, ListQuery(search=text)) for text in typed]
        raw = [timed(register.run_raw, statements) for statements in raw_statements]
        slowest = max(range(len(typed)), key=service.__getitem__)
        figures.append(Figure(f"search-as-you-type {kind} p50", statistics.median(service), "ms",
                              statistics.median(raw), None,
                              f"{len(typed)} keystrokes, page 200 + count up to {SEARCH_COUNT_LIMIT:,}"))
        longer = [ms for text, ms in zip(typed, service, strict=True) if len(text) >= 3]
        figures.append(Figure(f"search-as-you-type {kind} p95", percentile(service, 0.95), "ms",
                              percentile(raw, 0.95), SEARCH_P95_TARGET_MS,
                              f"slowest '{typed[slowest]}' {service[slowest]:.0f} ms; "
                              f"p95 from the third letter on {percentile(longer, 0.95):.0f} ms"))
        if explain:
            print(f"\n{kind}, search '{typed[slowest]}':\n{register.explain(raw_statements[slowest])}")
    return figures


def measure_sorts(register: Register, explain: bool, repeat: int = 3) -> list[Figure]:
    from fourthpillar.lists import REQUESTS
    from fourthpillar.services import requests
    from fourthpillar.store.queries import ListQuery

    figures = []
    for column in (spec for spec in REQUESTS.columns if spec.sortable):
        for descending in (False, True):
            query = ListQuery(sort=column.key, descending=descending)
            service = statistics.median(timed(requests.list_requests, register.desk, query=query)
                                        for _ in range(repeat))
            statements = register.page_sql("requests", query)
            raw = statistics.median(timed(register.run_raw, statements) for _ in range(repeat))
            arrow = "desc" if descending else "asc"
            figures.append(Figure(f"sort requests by {column.key} {arrow}", service, "ms", raw, SORT_TARGET_MS,
                                  f"first page of 200 + count, median of {repeat}"))
            if explain:
                print(f"\nsort requests by {column.key} {arrow}:\n{register.explain(statements)}")
    return figures


def measure_other_lists(register: Register) -> list[Figure]:
    """The slowest sort of the initiatives and follow-ups lists (not in the issue's targets)."""
    from fourthpillar.lists import FOLLOW_UPS, INITIATIVES
    from fourthpillar.services import followups, initiatives
    from fourthpillar.store.queries import ListQuery

    figures = []
    for name, call, columns in (("initiatives", initiatives.list_initiatives, INITIATIVES.columns),
                                ("follow-ups", followups.list_follow_ups, FOLLOW_UPS.columns)):
        timings = {(spec.key, descending): timed(call, register.desk, query=ListQuery(sort=spec.key,
                                                                                       descending=descending))
                   for spec in columns if spec.sortable for descending in (False, True)}
        (key, descending), worst = max(timings.items(), key=lambda item: item[1])
        figures.append(Figure(f"slowest sort of the {name} list", worst, "ms", None, SORT_TARGET_MS,
                              f"by {key} {'desc' if descending else 'asc'}; median of all "
                              f"{statistics.median(timings.values()):.0f} ms"))
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

def format_table(figures: list[Figure]) -> str:
    def number(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value:.2f} {unit}" if unit == "s" or value < 1 else f"{value:.1f} {unit}"

    rows = [("figure", "measured", "baseline", "target", "result")]
    for figure in figures:
        verdict = {None: "", True: "pass", False: "FAIL"}[figure.passed]
        target = "-" if figure.target is None else f"<= {number(figure.target, figure.unit)}"
        rows.append((figure.name, number(figure.value, figure.unit), number(figure.baseline, figure.unit),
                     target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--initiatives", type=int, default=50_000, help="register size (default 50,000)")
    parser.add_argument("--no-cache", action="store_true", help="seed afresh, ignoring a cached register")
    parser.add_argument("--startup-runs", type=int, default=5, help="start-ups of each kind (default 5)")
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN of searches and sorts")
    parser.add_argument("--seed-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.seed_into is not None:
        seed_register(args.seed_into, args.initiatives)
        return 0

    with tempfile.TemporaryDirectory(prefix="fourthpillar-bench-") as temporary:
        work = Path(temporary)
        data_dir, seed_info = prepare_register(args.initiatives, work, use_cache=not args.no_cache)
        figures = measure_startup(data_dir, work, args.startup_runs)
        register = Register(data_dir)
        try:
            figures += measure_search(register, args.explain)
            figures += measure_sorts(register, args.explain)
            figures += measure_other_lists(register)
            figures += measure_initiative_page(register)
        finally:
            register.close()
        figures.append(Figure("peak memory, measuring process", maxrss_mb(), "MB", None, MEMORY_TARGET_MB,
                              "services searches, sorts and pages on the seeded register"))

    print()
    seeding = (f"seeded in {seed_info['seeding_seconds']} s"
               + (" (cached copy reused)" if seed_info.get("cached") else ""))
    print(f"register: {seed_info.get('initiatives'):,} initiatives, {seed_info.get('requests', 0):,} requests, "
          f"{seed_info.get('follow_ups', 0):,} follow-ups; {seeding}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (other work slows every figure, baselines too)")
    print(format_table(figures))
    failed = [figure.name for figure in figures if figure.passed is False]
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version, "platform": platform.platform()},
        "register": seed_info,
        "figures": [{**asdict(figure), "passed": figure.passed} for figure in figures],
        "failed": failed,
    }
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten to {(RESULTS / 'latest.json').relative_to(ROOT)}; "
          + (f"{len(failed)} target(s) missed" if failed else "all targets met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
