"""Benchmark of field sync (issue 5): how long officers wait for packages, and how much memory
making and opening a first package takes.

- a first package of 50,000 initiatives with their contacts, requests and follow-ups
  (demonstration data): made at the office, then checked out into a new copy. Each runs in a
  child process of its own, so its peak memory (``ru_maxrss``) is measured alone, beside the
  peak of a child that only opens the desk and reads one list page (the baseline);
- a package of 10,000 changes: made on the field copy, then applied at the office (target: at
  most 5 s each), and applied a second time (a no-op); the backup copy an apply takes first on
  a SQLite office is timed on its own.

The office register is the one ``bench/run.py`` caches in ``bench/results/cache`` (copied into a
temporary folder; a cache of an older schema is migrated in the copy), seeded only when there is
none of that size (and then not cached: seeding is ``bench/run.py``'s job).

Usage: ``python bench/sync_bench.py [--initiatives 50000] [--changes 10000]``. Prints a table
and writes ``bench/results/sync.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seeding  # noqa: E402  (bench/seeding.py: the cached register)
from figures import in_child  # noqa: E402  (bench/figures.py: what the benchmarks share)
from figures import peak_mb  # noqa: E402
from figures import timed_step  # noqa: E402

from fourthpillar.services import backups  # noqa: E402
from fourthpillar.services import officers  # noqa: E402
from fourthpillar.services import sync  # noqa: E402
from fourthpillar.services.changes import ChangeWriter  # noqa: E402
from fourthpillar.services.desk import Desk  # noqa: E402
from fourthpillar.services.desk import open_desk  # noqa: E402
from fourthpillar.store.models import Initiative  # noqa: E402

FIELDS = ("notes", "street", "municipality", "tags", "founded_year")


def office_register(initiatives: int, work: Path) -> Path:
    """A data folder holding the seeded register: bench/run.py's cached copy when there is one."""
    exact = seeding.CACHE / f"{initiatives}-{seeding.generator_version()}"
    # The current generator's copy first, else the newest of an older one.
    cached = sorted((path.parent for path in seeding.CACHE.glob(f"{initiatives}-*/seed.json")),
                    key=lambda folder: (folder == exact, (folder / "seed.json").stat().st_mtime))
    if cached:
        folder = cached[-1]
        print(f"office register: copy of {folder.relative_to(ROOT)}", flush=True)
        return seeding.copy_cached(folder, work / "office")
    data_dir, _info = seeding.prepare_register(initiatives, work, use_cache=False)
    return data_dir


def child(step: str, arguments: list[str]) -> None:
    """One measured step; prints {"seconds", "peak_mb", ...} as the last line."""
    from fourthpillar.services import initiatives
    from fourthpillar.store.queries import ListQuery

    start = time.perf_counter()
    report: dict[str, Any] = {}
    if step == "baseline":
        desk = open_desk(data_dir=arguments[0])
        initiatives.list_initiatives(desk, query=ListQuery(limit=200))
        desk.close()
    elif step == "create":
        desk = open_desk(data_dir=arguments[0])
        made = sync.create_first_package(desk, path=arguments[1])
        desk.close()
        report["records"] = made.records
        report["code"] = made.code
    elif step == "checkout":
        checkout = sync.checkout_package(path=arguments[0], data_dir=arguments[1], code=arguments[2])
        report["records"] = checkout.records
    report.update(seconds=round(time.perf_counter() - start, 3), peak_mb=round(peak_mb()))
    print(json.dumps(report), flush=True)


def measured(results: dict[str, Any], name: str, *args: str) -> dict[str, Any]:
    report = in_child(__file__, *args)
    results[name] = report["seconds"]
    results[f"{name}: peak memory MB"] = report["peak_mb"]
    print(f"{name:<48} {report['seconds']:>8.2f} s   peak {report['peak_mb']:>6} MB", flush=True)
    return report


def edit_many(desk: Desk, changes: int) -> None:
    """*changes* field changes in one action, through ChangeWriter (each logged and stamped)."""
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        records = session.scalars(select(Initiative).order_by(Initiative.id).limit(changes // len(FIELDS) + 1)).all()
        done = 0
        for number, record in enumerate(records):
            values: dict[str, Any] = {"notes": f"bezocht {number}", "street": f"Veldstraat {number}",
                                      "municipality": f"Gemeente {number}", "tags": [f"veld-{number}"],
                                      "founded_year": 1950 + number % 70}
            take = min(len(FIELDS), changes - done)
            done += len(writer.update(record, {name: values[name] for name in FIELDS[:take]}))
            if done >= changes:
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--initiatives", type=int, default=50_000)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--first-only", action="store_true", help="only the first package (no changes package)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    results: dict[str, Any] = {"initiatives": args.initiatives, "changes": args.changes}
    with tempfile.TemporaryDirectory(prefix="fourthpillar-sync-bench-") as folder:
        root = Path(folder)
        office_dir = office_register(args.initiatives, root)
        office = open_desk(data_dir=office_dir)  # migrates an older cached copy, once
        office.close()
        measured(results, "open desk and read a page (baseline)", "baseline", str(office_dir))
        first = root / "first.fpsync"
        made = measured(results, "first package: create", "create", str(office_dir), str(first))
        results["first_package_records"] = made["records"]
        results["first_package_mb"] = round(first.stat().st_size / 1e6, 1)
        print(f"{'first package: records / size':<48} {made['records']:>8} / {results['first_package_mb']} MB")
        measured(results, "first package: checkout", "checkout", str(first), str(root / "laptop"), made["code"])
        if not args.first_only:
            office = open_desk(data_dir=office_dir)
            laptop = open_desk(data_dir=root / "laptop")
            officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
            timed_step(results, f"{args.changes} edits on the laptop (one action)",
                       lambda: edit_many(laptop, args.changes))
            package = root / "changes.fpsync"
            changes = timed_step(results, "changes package: create", lambda: sync.create_package(
                laptop, for_replica=office.replica_id, path=package))
            results["changes_package_changes"] = changes.changes
            results["changes_package_mb"] = round(package.stat().st_size / 1e6, 2)
            print(f"{'changes package: changes / size':<48} {changes.changes:>8} / {results['changes_package_mb']} MB")
            applied = timed_step(results, "changes package: apply",
                                 lambda: sync.apply_package(office, path=package, backup=False))
            assert applied.applied == changes.changes, applied
            again = timed_step(results, "changes package: apply again (no-op)",
                               lambda: sync.apply_package(office, path=package))
            assert again.applied == 0
            # Applying a package that brings anything new first backs the SQLite file up (reason "sync").
            timed_step(results, "backup taken before applying (SQLite office)",
                       lambda: backups.create_backup(office, reason="sync"))
            office.close()
            laptop.close()
    results["peak_memory_mb"] = round(peak_mb())
    print(f"{'peak memory of this process':<48} {results['peak_memory_mb']:>8} MB")
    seeding.write_results("sync.json", results)


if __name__ == "__main__":
    main()
