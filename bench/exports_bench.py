"""Benchmark of the exports on a large register (issue 3).

Uses the register of ``bench/run.py`` (50,000 demonstration initiatives, about 200,000 advice
requests; seeded with ``services.demo.load_demo_data`` and cached in ``bench/results/cache``) and
measures, each in a fresh child process so time and peak memory (``ru_maxrss``) are its own:

- the requests list exported to xlsx (``services.exports.export_list``) with a filter that
  leaves about 100,000 requests, beside bare openpyxl write-only mode writing the same cells
  (the same values, read beforehand, untimed) in the same run: target at most the bare
  time (issue 17) and at most 200 MB peak memory. Ours includes reading the rows from SQL; the two run
  alternately ``--repeat`` times and the best of each counts (a busy machine slows single runs);
- the period report PDF over every request in the register: target at most 10 s (and the
  statistics workbook, for information);
- one advice summary PDF: target at most 300 ms (the first, with font loading, and the median of
  the following ones).

Usage: ``python bench/exports_bench.py [--initiatives N] [--rows N]``. Results are printed and
written to ``bench/results/exports.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import seeding  # noqa: E402  (bench/seeding.py: the cached register)
from figures import ADVICE_TARGET_MS  # noqa: E402  (bench/figures.py: the targets, what the benchmarks share)
from figures import REPORT_TARGET_S  # noqa: E402
from figures import XLSX_MEMORY_TARGET_MB  # noqa: E402
from figures import XLSX_RATIO_TARGET  # noqa: E402
from figures import in_child  # noqa: E402
from figures import peak_mb  # noqa: E402


def _due_limit(database: Path, rows: int) -> str:
    """The due date up to which about *rows* live requests fall: the list filter of the run."""
    from fourthpillar.store import cipher

    live = ("FROM advice_request r JOIN initiative i ON i.id = r.initiative_id "
            "WHERE r.archived_at IS NULL AND i.archived_at IS NULL AND r.due_on IS NOT NULL")
    with cipher.connect(database) as connection:
        found = connection.execute(f"SELECT r.due_on {live} ORDER BY r.due_on LIMIT 1 OFFSET ?", (rows - 1,)).fetchone()
        if found is None:  # a smaller register: all of its requests
            found = connection.execute(f"SELECT max(r.due_on) {live}").fetchone()
    return str(found[0])


def _query(due_to: str) -> Any:
    from fourthpillar.store.queries import ListQuery

    return ListQuery(due_to=dt.date.fromisoformat(due_to), sort="received_on")


# -- children --------------------------------------------------------------------------------------


def child_xlsx_ours(data_dir: Path, due_to: str, out: Path) -> dict[str, Any]:
    from fourthpillar import lists
    from fourthpillar.services import exports
    from fourthpillar.services.desk import open_desk

    desk = open_desk(data_dir=data_dir)
    columns = lists.REQUESTS.default_columns()
    started, cpu = time.perf_counter(), time.process_time()
    result = exports.export_list(desk, what="requests", query=_query(due_to), columns=columns, path=out)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    desk.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": result.records, "columns": len(columns),
            "maxrss_mb": peak_mb(),
            "bytes": out.stat().st_size}


def child_xlsx_bare(data_dir: Path, due_to: str, out: Path) -> dict[str, Any]:
    """The same cells, read and converted beforehand (untimed), written by bare openpyxl."""
    from openpyxl import Workbook

    from fourthpillar import lists
    from fourthpillar.services.desk import open_desk
    from fourthpillar.store import queries

    desk = open_desk(data_dir=data_dir)
    columns = lists.REQUESTS.default_columns()
    kind = lists.REQUESTS
    chosen = [kind.column(key) for key in columns]
    converters = [column.converter() for column in chosen]
    built = queries.requests(_query(due_to), "sqlite")
    statement, sorts = built.statement, built.sorts
    ordered = statement.with_only_columns(*(column.value for column in chosen)).order_by(
        sorts["received_on"], kind.id_column)
    with desk.database.session() as session:
        rows = [[value if convert is None else convert(value)
                 for value, convert in zip(row, converters, strict=True)]
                for row in session.execute(ordered)]
    desk.close()
    headers = [column.label for column in chosen]
    started, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Advice requests")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(str(out))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": len(rows), "maxrss_mb": peak_mb(),
            "bytes": out.stat().st_size}


def child_report(data_dir: Path, out: Path) -> dict[str, Any]:
    from fourthpillar.services import exports
    from fourthpillar.services.desk import open_desk
    from fourthpillar.store import cipher

    desk = open_desk(data_dir=data_dir)
    with cipher.connect(data_dir / seeding.DATABASE_FILE) as connection:
        first, last = connection.execute("SELECT min(received_on), max(received_on) FROM advice_request").fetchone()
    period = exports.ReportPeriod(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    started = time.perf_counter()
    result = exports.export_period_report(desk, period=period, path=out)
    report_seconds = time.perf_counter() - started
    started = time.perf_counter()
    exports.export_statistics(desk, period=period, path=out.with_suffix(".xlsx"))
    stats_seconds = time.perf_counter() - started
    desk.close()
    return {"seconds": report_seconds, "requests": result.records, "stats_seconds": stats_seconds,
            "period": [first, last], "maxrss_mb": peak_mb()}


def child_advice(data_dir: Path, out: Path, repeat: int = 15) -> dict[str, Any]:
    from fourthpillar.services import exports
    from fourthpillar.services.desk import open_desk
    from fourthpillar.store import cipher

    desk = open_desk(data_dir=data_dir)
    with cipher.connect(data_dir / seeding.DATABASE_FILE) as connection:
        ids = [row[0] for row in connection.execute(
            "SELECT r.id FROM advice_request r JOIN follow_up f ON f.request_id = r.id "
            "WHERE r.advice != '' GROUP BY r.id LIMIT ?", (repeat,))]
    times = []
    for number, request_id in enumerate(ids):
        started = time.perf_counter()
        exports.export_advice_summary(desk, request_id=request_id, path=out.with_name(f"advice-{number}.pdf"))
        times.append(time.perf_counter() - started)
    desk.close()
    return {"first_ms": times[0] * 1000, "median_ms": statistics.median(times[1:]) * 1000,
            "max_ms": max(times[1:]) * 1000, "count": len(times)}


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--initiatives", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=100_000, help="requests in the xlsx export")
    parser.add_argument("--repeat", type=int, default=3, help="xlsx runs of each kind (best counts)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        name, data_dir, *rest = args.child
        children = {"xlsx-ours": child_xlsx_ours, "xlsx-bare": child_xlsx_bare, "report": child_report,
                    "advice": child_advice}
        call: Any = children[name]
        values = [Path(data_dir), *[Path(item) if item.endswith((".xlsx", ".pdf")) else item for item in rest]]
        print(json.dumps(call(*values)), flush=True)
        return 0

    with tempfile.TemporaryDirectory(prefix="fp-exports-bench-") as folder:
        work = Path(folder)
        data_dir, seed = seeding.prepare_register(args.initiatives, work, use_cache=True)
        database = data_dir / seeding.DATABASE_FILE
        due_to = _due_limit(database, args.rows)
        print(f"register: {seed.get('requests', '?'):,} requests; xlsx filter: due on or before {due_to}", flush=True)
        # Alternating runs, best of each: a busy machine slows one run, not the comparison.
        bare_runs, our_runs = [], []
        for attempt in range(args.repeat):
            bare_runs.append(in_child(__file__, "xlsx-bare", str(data_dir), due_to, str(work / f"bare{attempt}.xlsx")))
            our_runs.append(in_child(__file__, "xlsx-ours", str(data_dir), due_to, str(work / f"ours{attempt}.xlsx")))
        bare = min(bare_runs, key=lambda run: run["seconds"])
        ours = min(our_runs, key=lambda run: run["seconds"])
        ours["all_seconds"] = [round(run["seconds"], 2) for run in our_runs]
        bare["all_seconds"] = [round(run["seconds"], 2) for run in bare_runs]
        ours["maxrss_mb"] = max(run["maxrss_mb"] for run in our_runs)
        ours["best_cpu_seconds"] = min(run["cpu_seconds"] for run in our_runs)
        bare["best_cpu_seconds"] = min(run["cpu_seconds"] for run in bare_runs)
        report = in_child(__file__, "report", str(data_dir), str(work / "report.pdf"))
        advice = in_child(__file__, "advice", str(data_dir), str(work / "advice.pdf"))

    ratio = ours["seconds"] / bare["seconds"]
    cpu_ratio = ours["best_cpu_seconds"] / bare["best_cpu_seconds"]
    results = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "register": seed,
        "xlsx": {"ours": ours, "bare": bare, "ratio": ratio, "cpu_ratio": cpu_ratio,
                 "passed": ratio <= XLSX_RATIO_TARGET and ours["maxrss_mb"] <= XLSX_MEMORY_TARGET_MB},
        "report": {**report, "passed": report["seconds"] <= REPORT_TARGET_S},
        "advice": {**advice, "passed": advice["median_ms"] <= ADVICE_TARGET_MS},
    }
    lines = [
        f"xlsx list, {ours['rows']:,} requests x {ours['columns']} columns: best {ours['seconds']:.2f} s "
        f"of {ours['all_seconds']} (bare openpyxl best {bare['seconds']:.2f} s of {bare['all_seconds']}; "
        f"ratio {ratio:.2f}, target <= {XLSX_RATIO_TARGET}; CPU time {ours['best_cpu_seconds']:.2f} s vs "
        f"{bare['best_cpu_seconds']:.2f} s, ratio {cpu_ratio:.2f}); "
        f"peak memory {ours['maxrss_mb']:.0f} MB (target <= {XLSX_MEMORY_TARGET_MB:.0f}; "
        f"bare process {bare['maxrss_mb']:.0f} MB)",
        f"period report, {report['requests']:,} requests {report['period'][0]}..{report['period'][1]}: "
        f"{report['seconds']:.2f} s (target <= {REPORT_TARGET_S:.0f}); "
        f"statistics workbook {report['stats_seconds']:.2f} s",
        f"advice PDF: first {advice['first_ms']:.0f} ms (fonts loaded), then median {advice['median_ms']:.0f} ms, "
        f"max {advice['max_ms']:.0f} ms over {advice['count'] - 1} (target <= {ADVICE_TARGET_MS:.0f})",
    ]
    print("\n".join(lines))
    seeding.write_results("exports.json", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
