"""The first package's checkout two ways (issue 17): the app's pipeline for a new data folder
(``fourthpillar/sync/pipeline.py``) against the one transaction it keeps for existing registers
(``checkout_package(pipelined=False)``), alternately, each in a child process of its own (for
its ``ru_maxrss``), each run started once the machine's other processes are quiet; and ``verify``
checks two such registers against each other: opened by the app, integrity and foreign key
checks, FTS5's own integrity check, the contents of every table. Not part of the app.

Usage::

    python bench/checkout_pipeline.py prepare WORK   # office copy (bench/results/cache) + first package
    python bench/checkout_pipeline.py compare WORK [--runs 3] [--depths 2,0]  # both, alternately
    python bench/checkout_pipeline.py verify WORK/normal-2 WORK/pipeline-2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seeding  # noqa: E402,F401  (sets the bench's passphrase)
from figures import peak_mb  # noqa: E402

from fourthpillar.services import sync  # noqa: E402
from fourthpillar.services.desk import open_desk  # noqa: E402
from fourthpillar.sync import pipeline  # noqa: E402

#: The pipeline's queue depth for this run (0: no limit); the app's is sync.pipeline.QUEUE_DEPTH.
QUEUE_DEPTH = int(os.environ.get("PIPELINE_QUEUE_DEPTH", str(pipeline.QUEUE_DEPTH)))


def cpu_seconds() -> float:
    """This process's CPU time so far, all threads (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def checkout(package_path: Path, data_dir: Path, code: str, *, pipelined: bool) -> dict[str, Any]:
    """The app's checkout (``pipelined``: the pipeline of sync/pipeline.py, else the one
    transaction it keeps for existing registers): wall and CPU seconds, peak memory."""
    started, cpu = time.perf_counter(), cpu_seconds()
    made = sync.checkout_package(path=package_path, data_dir=data_dir, code=code, pipelined=pipelined)
    return {"records": made.records, "seconds": round(time.perf_counter() - started, 3),
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


def verify(normal: Path, piped: Path) -> dict[str, Any]:
    """Open both registers with the app; integrity, foreign keys, search indexes, row counts."""
    found: dict[str, Any] = {}
    for label, folder in (("normal", normal), ("pipeline", piped)):
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


def compare(work: Path, runs: int, below: float, depths: list[int]) -> None:
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
            args = [mode, str(package), str(target), code]
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
    parser.add_argument("--quiet-below", type=float, default=0.3,
                        help="compare: start a run once other processes keep fewer cores busy (waits at most 5 min)")
    args = parser.parse_args()
    if args.step == "prepare":
        prepare(Path(args.arguments[0]))
    elif args.step == "compare":
        compare(Path(args.arguments[0]), args.runs, args.quiet_below,
                [int(depth) for depth in args.depths.split(",")])
    elif args.step == "verify":
        print(json.dumps(verify(Path(args.arguments[0]), Path(args.arguments[1])), indent=1))
    else:
        pipeline.QUEUE_DEPTH = QUEUE_DEPTH
        print(json.dumps(checkout(Path(args.arguments[0]), Path(args.arguments[1]), args.arguments[2],
                                  pipelined=args.step == "pipeline")))

if __name__ == "__main__":
    main()
