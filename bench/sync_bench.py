"""Benchmark of field sync (issue 5): how long officers wait for packages.

- a package of 10,000 changes: made on a field copy, then applied at the office (target: at most
  5 s each), and applied a second time (a no-op); the backup copy an apply takes first on a
  SQLite office is timed on its own;
- a first package of 50,000 initiatives with their contacts, requests and follow-ups
  (demonstration data): made at the office, then checked out into a new copy.

Usage: ``python bench/sync_bench.py [--initiatives 50000] [--changes 10000]``. Prints a table
and writes ``bench/results/sync.json``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fourthpillar.services import backups, initiatives, officers, sync  # noqa: E402
from fourthpillar.services.changes import ChangeWriter  # noqa: E402
from fourthpillar.services.desk import Desk, open_desk  # noqa: E402
from fourthpillar.store.models import Initiative  # noqa: E402

FIELDS = ("notes", "street", "municipality", "tags", "founded_year")


def timed(results: dict[str, Any], name: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = action()
    results[name] = round(time.perf_counter() - start, 3)
    print(f"{name:<48} {results[name]:>8.2f} s", flush=True)
    return value


def seed(desk: Desk, count: int) -> None:
    try:
        from fourthpillar.services.demo import load_demo_data
    except ImportError:  # pragma: no cover - before the demonstration data existed
        for number in range(count):
            initiatives.register_initiative(desk, values={"name": f"Initiatief {number}", "postcode": "2000",
                                                          "municipality": "Antwerpen"})
        return
    load_demo_data(desk, initiatives=count, seed=2024)


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
    args = parser.parse_args()
    results: dict[str, Any] = {"initiatives": args.initiatives, "changes": args.changes}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        office = open_desk(data_dir=root / "office")
        officers.sign_in(office, name="An Peeters", region="antwerpen")
        timed(results, "seed office (demo data)", lambda: seed(office, args.initiatives))
        first = root / "first.fpsync"
        made = timed(results, "first package: create", lambda: sync.create_first_package(office, path=first))
        results["first_package_records"] = made.records
        results["first_package_mb"] = round(first.stat().st_size / 1e6, 1)
        print(f"{'first package: records / size':<48} {made.records:>8} / {results['first_package_mb']} MB")
        timed(results, "first package: checkout", lambda: sync.checkout_package(path=first, data_dir=root / "laptop"))
        laptop = open_desk(data_dir=root / "laptop")
        officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
        timed(results, f"{args.changes} edits on the laptop (one action)", lambda: edit_many(laptop, args.changes))
        package = root / "changes.fpsync"
        made = timed(results, "changes package: create", lambda: sync.create_package(
            laptop, for_replica=office.replica_id, path=package))
        results["changes_package_changes"] = made.changes
        results["changes_package_mb"] = round(package.stat().st_size / 1e6, 2)
        print(f"{'changes package: changes / size':<48} {made.changes:>8} / {results['changes_package_mb']} MB")
        applied = timed(results, "changes package: apply", lambda: sync.apply_package(office, path=package,
                                                                                      backup=False))
        assert applied.applied == made.changes, applied
        again = timed(results, "changes package: apply again (no-op)", lambda: sync.apply_package(office, path=package))
        assert again.applied == 0
        # Applying a package that brings anything new first backs the SQLite file up (reason "sync").
        timed(results, "backup taken before applying (SQLite office)",
              lambda: backups.create_backup(office, reason="sync"))
        office.close()
        laptop.close()
    results["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"{'peak memory of this process':<48} {results['peak_memory_mb']:>8} MB")
    out = ROOT / "bench" / "results" / "sync.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
