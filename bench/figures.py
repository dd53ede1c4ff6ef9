"""The benchmark's report: each figure beside its baseline and target, with a pass/miss mark,
and the measuring every benchmark shares (times, percentiles, peak memory, steps in a child).

:class:`Figure` is one line of the table ``bench/run.py`` prints (and writes to
``bench/results/latest.json``); the ``*_figures`` functions turn what the other benchmarks wrote
(``bench/results/import.json``, ``exports.json``, ``sync.json``) into such lines for
``bench/run.py --all``. The targets are issue 17's ("Speed at scale"), on the 2-core machine.
Imports nothing of the app: a bare baseline's child process loads none of it.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Issue 17's targets.
STARTUP_TARGET_S = 1.0
#: Start-up to a visible window under X: also at most this many times the bare window's.
STARTUP_X_RATIO = 4.0
SEARCH_P95_TARGET_MS = 20.0
SLOWEST_KEYSTROKE_TARGET_MS = 40.0
SORT_TARGET_MS = 50.0
MEMORY_TARGET_MB = 300.0
IMPORT_TARGET_S = 15.0
IMPORT_MEMORY_TARGET_MB = 300.0
XLSX_RATIO_TARGET = 1.0
XLSX_MEMORY_TARGET_MB = 200.0
CHECKOUT_TARGET_S = 10.0
#: 500 MB for the 50,000-initiative register.
REGISTER_TARGET_MB_PER_1000 = 10.0
#: Earlier issues' targets, still checked.
REPORT_TARGET_S = 10.0
ADVICE_TARGET_MS = 300.0


@dataclass
class Figure:
    """One line of the report: what was measured, the bare baseline measured in the same run,
    and the target (an absolute value, or *ratio* times the baseline)."""

    name: str
    value: float
    unit: str
    baseline: float | None
    target: float | None
    detail: str = ""
    #: The target as a multiple of the baseline (xlsx export: at most 1.0x bare openpyxl).
    ratio: float | None = None

    @property
    def limit(self) -> float | None:
        if self.ratio is not None and self.baseline is not None:
            return self.ratio * self.baseline if self.target is None else min(self.target, self.ratio * self.baseline)
        return self.target

    @property
    def passed(self) -> bool | None:
        limit = self.limit
        return None if limit is None else self.value <= limit


# -- measuring -------------------------------------------------------------------------------------

def timed(call: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    """Milliseconds that ``call(*args, **kwargs)`` takes."""
    started = time.perf_counter()
    call(*args, **kwargs)
    return (time.perf_counter() - started) * 1000


def timed_step(results: dict[str, Any], name: str, action: Callable[[], Any]) -> Any:
    """Run *action* and return what it gives; its wall-clock seconds go in *results* under
    *name*, this process's CPU seconds (steadier on a busy machine) under "*name* (cpu)", and
    both are printed."""
    start, cpu = time.perf_counter(), time.process_time()
    value = action()
    results[name] = round(time.perf_counter() - start, 3)
    results[name + " (cpu)"] = round(time.process_time() - cpu, 3)
    print(f"  {name:<48} {results[name]:7.2f} s wall {results[name + ' (cpu)']:7.2f} s cpu", flush=True)
    return value


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def peak_mb() -> float:
    """This process's peak memory so far (``ru_maxrss``), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(script: str, *args: str) -> dict[str, Any]:
    """Run ``script --child ARGS`` (a benchmark of bench/) in a fresh process (its peak memory its own) and return what
    it reports: its last line starting with "{", as JSON. Its other lines (progress) are
    printed as they come."""
    child = subprocess.Popen([sys.executable, script, "--child", *args], cwd=Path(script).resolve().parents[1],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    last = ""
    for line in child.stdout:
        if line.startswith("{"):
            last = line
        else:
            print(line, end="", flush=True)
    if child.wait() != 0 or not last:
        raise RuntimeError(f"the {args[0]} step of {script} failed (exit {child.returncode})")
    report: dict[str, Any] = json.loads(last)
    return report


# -- the report ------------------------------------------------------------------------------------

def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.2f} {unit}" if unit == "s" or value < 1 else f"{value:.1f} {unit}"


def format_table(figures: list[Figure]) -> str:
    """The figures as an aligned text table; details below it, numbered."""
    rows = [("figure", "measured", "baseline", "target", "result")]
    for figure in figures:
        verdict = {None: "", True: "pass", False: "MISS"}[figure.passed]
        targets = []
        if figure.target is not None:
            targets.append(f"<= {_number(figure.target, figure.unit)}")
        if figure.ratio is not None:
            targets.append(f"<= {figure.ratio:g}x baseline")
        rows.append((figure.name, _number(figure.value, figure.unit), _number(figure.baseline, figure.unit),
                     " and ".join(targets) or "-", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    details = [f"  {figure.name}: {figure.detail}" for figure in figures if figure.detail]
    return "\n".join([*lines, "", "details:", *details] if details else lines)


# -- the other benchmarks' results -----------------------------------------------------------------

def import_figures(results: dict[str, Any]) -> list[Figure]:
    """bench/import_bench.py: preview + apply beside the bare reads, and the peak memory."""
    total = results["preview_import"] + results["apply_import (one transaction)"]
    rows = results.get("rows", 0)
    return [
        Figure(f"import of {rows:,} rows, preview + apply", total, "s",
               results["bare openpyxl read (read_only, data_only)"], IMPORT_TARGET_S,
               f"preview {results['preview_import']:.1f} s + apply {results['apply_import (one transaction)']:.1f} s; "
               f"baseline bare openpyxl read; calamine reads it in "
               f"{results['bare calamine read (what the import uses)']:.1f} s"),
        Figure("peak memory of the import", results["peak_mb"], "MB", results.get("calamine_peak_mb"),
               IMPORT_MEMORY_TARGET_MB,
               "ru_maxrss of the import's own process after preview + apply; baseline: the bare calamine "
               f"read's process (openpyxl's: {results.get('openpyxl_peak_mb', 0):.0f} MB)"),
    ]


def export_figures(results: dict[str, Any]) -> list[Figure]:
    """bench/exports_bench.py: the list export beside bare openpyxl write_only, the PDFs."""
    xlsx, report, advice = results["xlsx"], results["report"], results["advice"]
    ours, bare = xlsx["ours"], xlsx["bare"]
    return [
        Figure(f"xlsx export, {ours['rows']:,} requests", ours["seconds"], "s", bare["seconds"], None,
               f"{xlsx['ratio']:.2f}x bare openpyxl write_only (CPU {xlsx['cpu_ratio']:.2f}x), reading from SQL "
               f"included; best of {ours['all_seconds']} vs {bare['all_seconds']}", ratio=XLSX_RATIO_TARGET),
        Figure("peak memory of the xlsx export", ours["maxrss_mb"], "MB", bare["maxrss_mb"], XLSX_MEMORY_TARGET_MB,
               "baseline: the bare writer's process (holds the rows read beforehand)"),
        Figure(f"period report PDF, {report['requests']:,} requests", report["seconds"], "s", None,
               REPORT_TARGET_S, f"statistics workbook {report['stats_seconds']:.2f} s"),
        Figure("advice summary PDF", advice["median_ms"], "ms", None, ADVICE_TARGET_MS,
               f"median of {advice['count'] - 1}; the first (fonts loaded) {advice['first_ms']:.0f} ms"),
    ]


def sync_figures(results: dict[str, Any]) -> list[Figure]:
    """bench/sync_bench.py --first-only: the first package made and checked out."""
    baseline = results.get("open desk and read a page (baseline)")
    records = results.get("first_package_records", 0)
    return [
        Figure(f"first package checkout, {records:,} records", results["first package: checkout"], "s", baseline,
               CHECKOUT_TARGET_S, f"package {results.get('first_package_mb', '?')} MB; peak "
               f"{results.get('first package: checkout: peak memory MB', '?')} MB; baseline: opening the office "
               "desk and reading a page"),
        Figure("first package made at the office", results["first package: create"], "s", baseline, None,
               f"peak {results.get('first package: create: peak memory MB', '?')} MB"),
    ]
