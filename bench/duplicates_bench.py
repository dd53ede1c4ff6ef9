"""Benchmark of the duplicate scan (issue 16): target a whole register of 50,000 initiatives in
at most 10 s on the 2-core machine, and the new-initiative editor's look-up well under the
typing pause (it runs off the GUI thread, debounced).

- ``find_duplicates`` over the whole register (read from SQL in blocks, compared by blocking
  keys), beside a bare baseline: the same columns read with plain ``sqlite3`` and nothing compared;
- ``similar_initiatives`` for 50 names typed into the editor (prefixes of demonstration names
  with a letter changed), median and slowest;
- the number of pairs found and how many candidate rows were read.

The register is ``bench/run.py``'s cached demonstration register (copied into a temporary folder;
seeded, and cached, when there is none of that size).

Usage: ``python bench/duplicates_bench.py [--initiatives 50000]``. Prints a table and writes
``bench/results/duplicates.json``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import seeding  # noqa: E402  (bench/seeding.py: the cached register)

from fourthpillar.services import duplicates  # noqa: E402
from fourthpillar.services.desk import open_desk  # noqa: E402

SCAN_TARGET_S = 10.0
TYPED_TARGET_MS = 150.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--initiatives", type=int, default=50_000)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"initiatives": args.initiatives}
    with tempfile.TemporaryDirectory() as work:
        data_dir, _info = seeding.prepare_register(args.initiatives, Path(work), use_cache=True)
        desk = open_desk(data_dir=data_dir)
        try:
            started = time.perf_counter()
            connection = sqlite3.connect(data_dir / seeding.DATABASE_FILE)
            rows = connection.execute(
                "SELECT id, name, postcode, municipality, enterprise_number, partner_countries, distinct_from "
                "FROM initiative WHERE archived_at IS NULL").fetchall()
            connection.execute("SELECT initiative_id, email, phone FROM contact_person "
                               "WHERE archived_at IS NULL AND (email != '' OR phone != '')").fetchall()
            connection.close()
            results["bare_read_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            pairs = duplicates.find_duplicates(desk)
            results["scan_s"] = round(time.perf_counter() - started, 3)
            results["pairs"] = len(pairs)
            rng = random.Random(16)
            names = [row[1] for row in rng.sample(rows, 50)]
            timings = []
            for name in names:
                typed = list(name)
                spot = rng.randrange(len(typed))
                typed[spot] = "k" if typed[spot] != "k" else "c"
                started = time.perf_counter()
                duplicates.similar_initiatives(desk, values={"name": "".join(typed), "postcode": "2000"})
                timings.append((time.perf_counter() - started) * 1000)
            results["typed_median_ms"] = round(statistics.median(timings), 1)
            results["typed_max_ms"] = round(max(timings), 1)
        finally:
            desk.close()
    lines = [
        f"{'duplicate scan of the whole register':<44}{results['scan_s']:>9.2f} s  (target <= {SCAN_TARGET_S} s; "
        f"bare read {results['bare_read_s']:.2f} s; {results['pairs']} pairs)",
        f"{'editor look-up while typing, median':<44}{results['typed_median_ms']:>9.1f} ms (slowest "
        f"{results['typed_max_ms']:.1f} ms; target <= {TYPED_TARGET_MS} ms)",
    ]
    print("\n".join(lines))
    seeding.write_results("duplicates.json", results)
    return 0 if results["scan_s"] <= SCAN_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
