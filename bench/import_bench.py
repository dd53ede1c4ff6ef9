"""Benchmark of importing a large spreadsheet (issue 4): target preview + apply <= 30 s for 50,000 rows.

In one run, on the same generated file:

- generating the .xlsx (openpyxl write-only; not part of any figure);
- a bare read: ``openpyxl.load_workbook(read_only=True, data_only=True)`` iterating every value;
- the import: ``preview_import`` (read, checks, mapping, normalising, duplicates) and
  ``apply_import`` (one transaction: bulk inserts of initiatives, contacts and their change log);
- a bare bulk insert of the same initiative rows (already typed) with SQLAlchemy Core into a fresh
  register, in one transaction: what writing alone costs, change log excluded.

Peak memory (``ru_maxrss``) of the process is printed at the end.

Usage: ``python bench/import_bench.py [--rows N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from fourthpillar.services import importing, officers  # noqa: E402
from fourthpillar.services.desk import open_desk  # noqa: E402
from fourthpillar.store.models import Initiative, new_id, utc_now  # noqa: E402

HEADERS = ["Naam", "Vorm", "KBO-nummer", "Adres", "PC", "Woonplaats", "Prov.", "Landen", "Sector",
           "Contact", "Mail", "Telefoon", "Opgericht in", "Panel", "Notities"]
PLACES = [("2000", "Antwerpen", "prov. Antwerpen"), ("8800", "Roeselare", "W-Vl"), ("9000", "Gent", "O.-Vl."),
          ("3500", "Hasselt", "Limb."), ("3000", "Leuven", "VL-Br"), ("1030", "Schaarbeek", "BHG"),
          ("2300", "Turnhout", "Antw."), ("8400", "Oostende", "West Vlaanderen")]
COUNTRIES = ["Nicaragua en Brasil", "Congo (DRC)", "Sénégal", "Filipijnen; Bénin", "Rwanda / Oeganda",
             "Marokko", "Peru, Ghana", "DR Congo", "Burkina Faso", "India"]
THEMES = ["water en sanitatie, beroepsopleiding", "vrouwenrechten, klimaat", "landbouw", "onderwijs",
          "gezondheidszorg, voedselzekerheid", "kinderen en jongeren, microkrediet", "duurzame energie"]
FORMS = ["vzw", "VZW", "v.z.w.", "fv", "feitelijke vereniging", "stichting", "ivzw", "vzw (in oprichting)", None]
PANEL = ["J", "ja", "x", "N", "nee", None]


def enterprise_number(rng: random.Random) -> str:
    first = rng.randrange(2_000_000, 19_999_999)
    digits = f"{first:08d}{97 - first % 97:02d}"
    return rng.choice([digits, f"{digits[:4]} {digits[4:7]} {digits[7:]}", f"BE{digits}",
                       f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"])


def generate(path: Path, rows: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Blad1")
    sheet.append(["Lijst 4de Pijlers - bijgewerkt door het Steunpunt"])
    sheet.append([])
    sheet.append(HEADERS)
    for number in range(rows):
        postcode, municipality, province = rng.choice(PLACES)
        founded: Any = rng.choice([dt.datetime(rng.randrange(1970, 2024), rng.randrange(1, 13), 1),
                                   str(rng.randrange(1970, 2024)), f"{rng.randrange(1, 28):02d}/03/1999"])
        sheet.append([
            f"Initiatief {number} voor {rng.choice(['Bukavu', 'Goma', 'Thiès', 'Cusco', 'Hue'])}",
            rng.choice(FORMS), enterprise_number(rng) if rng.random() < 0.6 else None,
            f"Kerkstraat {number % 300}", rng.choice([postcode, int(postcode)]), municipality, province,
            rng.choice(COUNTRIES), rng.choice(THEMES), f"Contact {number}", f"contact{number}@example.org",
            "+32 470 12 34 56", founded, rng.choice(PANEL), "Opmerking" if number % 7 == 0 else None,
        ])
    workbook.save(path)
    _add_dimension(path, f"A1:O{rows + 3}")


def _add_dimension(path: Path, ref: str) -> None:
    """Excel writes <dimension> first in every sheet; openpyxl's write-only mode does not, and
    without it openpyxl parses the whole sheet once more just to size it when opening."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<sheetData>", f'<dimension ref="{ref}"/><sheetData>'.encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def timed(label: str, results: dict[str, float], func: Any) -> Any:
    """Run *func*; print wall-clock seconds and this process's CPU seconds (steadier on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func()
    results[label] = time.perf_counter() - start
    results[label + " (cpu)"] = time.process_time() - cpu
    print(f"  {label:<42} {results[label]:7.2f} s wall {results[label + ' (cpu)']:7.2f} s cpu", flush=True)
    return value


def bare_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return cells


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the file and registers in DIR")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-{args.rows}.xlsx"
    results: dict[str, float] = {}
    print(f"import benchmark: {args.rows:,} rows, in {folder}")
    timed("generate the .xlsx (not measured)", results, lambda: generate(path, args.rows))
    print(f"  file size: {path.stat().st_size / 1e6:.1f} MB")
    timed("bare openpyxl read (read_only, data_only)", results, lambda: bare_read(path))

    desk = open_desk(data_dir=folder / "import-register")
    officers.sign_in(desk, name="Bench", region="antwerpen")
    preview = timed("preview_import", results, lambda: importing.preview_import(desk, path=path))
    result = timed("apply_import (one transaction)", results, lambda: importing.apply_import(desk, preview=preview))
    total = results["preview_import"] + results["apply_import (one transaction)"]
    cpu = results["preview_import (cpu)"] + results["apply_import (one transaction) (cpu)"]
    print(f"  {'preview + apply':<42} {total:7.2f} s wall {cpu:7.2f} s cpu  (target <= 30 s)")
    print(f"  created {result.created:,}, updated {result.updated}, duplicates skipped "
          f"{result.duplicates_skipped}, rows with problems {result.rows_with_problems}")
    undone = timed("undo_import", results, lambda: importing.undo_import(desk, run_id=result.run_id))
    print(f"  archived {undone.archived:,}")
    desk.close()

    assert preview.plan is not None
    rows = [planned.values for planned in preview.plan.rows if planned.action == "create"]
    bare = open_desk(data_dir=folder / "bare-register")
    now = utc_now()
    prepared = [{**values, "id": new_id(), "created_at": now, "updated_at": now, "archived_at": None,
                 "version": 1} for values in rows]

    def bulk_insert() -> None:
        with bare.database.session() as session:
            for start in range(0, len(prepared), 1000):
                session.execute(insert(Initiative.__table__), prepared[start:start + 1000])  # type: ignore[arg-type]

    timed(f"bare bulk insert of {len(prepared):,} initiative rows", results, bulk_insert)
    bare.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:.0f} MB")
    return 0 if total <= 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
