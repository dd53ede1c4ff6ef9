"""Benchmark of importing a large spreadsheet: target preview + apply <= 15 s for 50,000 rows (issue 17).

In one run, on the same generated file:

- generating the .xlsx (openpyxl write-only; not part of any figure);
- bare reads: ``openpyxl.load_workbook(read_only=True, data_only=True)`` iterating every value,
  and calamine's (which the import uses, after its guards) taking every value;
- the import: ``preview_import`` (read, checks, mapping, normalising, duplicates) and
  ``apply_import`` (one transaction: bulk inserts of initiatives, contacts and their change log);
- bare bulk inserts of the same rows (prepared beforehand, not timed) with plain SQLAlchemy Core
  ``insert(table)`` into a fresh register, in one transaction: the initiatives alone, and the
  initiatives, contacts and change-log rows exactly as the import writes them.

Each bare read and the import run in a child process of their own (as ``bench/sync_bench.py``
does), so each peak memory (``ru_maxrss``) is that step's alone: the import's peak (after
preview + apply, before the bare inserts that run in the same child) beside the bare reads'
peaks as its baselines. Generating the file happens in this process and counts in none.

Usage: ``python bench/import_bench.py [--rows N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import openpyxl  # noqa: E402
import seeding  # noqa: E402  (bench/seeding.py: the bench's passphrase, where results go)
from figures import in_child  # noqa: E402  (bench/figures.py: what the benchmarks share)
from figures import peak_mb  # noqa: E402
from figures import timed_step  # noqa: E402

# The app's modules are imported where used: a bare read's process loads none of them.

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


def bare_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return cells


def bare_calamine_read(path: Path) -> int:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = sum(len(row) for row in workbook.get_sheet_by_name(workbook.sheet_names[0]).to_python())
    workbook.close()
    return cells


def _prepared(folder: Path, plan: Any, name: str) -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    """A fresh register and the rows the import writes: initiatives, contacts, their change log."""
    from fourthpillar.importing import apply
    from fourthpillar.services import officers
    from fourthpillar.services.changes import ChangeWriter
    from fourthpillar.services.desk import open_desk
    from fourthpillar.store.models import ContactPerson
    from fourthpillar.store.models import Initiative

    desk = open_desk(data_dir=folder / name)
    officers.sign_in(desk, name="Bench", region="antwerpen")
    initiatives: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    ids = apply._ids()
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        for planned in plan.rows:
            if planned.action != "create":
                continue
            row = apply._row_for(Initiative, dict(planned.values), writer, ids)
            initiatives.append(row)
            changes.extend(apply._changes_for(Initiative, row, writer, ids))
            if planned.contact is not None:
                contact = apply._row_for(ContactPerson, {**planned.contact, "initiative_id": row["id"]}, writer, ids)
                contacts.append(contact)
                changes.extend(apply._changes_for(ContactPerson, contact, writer, ids))
        apply.stamp_creations(session, desk.replica_id, changes)
    return desk, initiatives, contacts, changes


def _core_insert(desk: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import insert

    with desk.database.session() as session:
        for start in range(0, len(rows), 1000):
            session.execute(insert(table), rows[start:start + 1000])


def bare_initiatives(folder: Path, plan: Any, results: dict[str, float]) -> None:
    from fourthpillar.store.models import Initiative

    desk, initiatives, _contacts, _changes = _prepared(folder, plan, "bare-initiatives")
    timed_step(results, f"bare Core insert: {len(initiatives):,} initiatives",
               lambda: _core_insert(desk, Initiative.__table__, initiatives))
    desk.close()


def bare_everything(folder: Path, plan: Any, results: dict[str, float]) -> None:
    """The very rows apply_import writes (change log with its sync stamps), with plain Core inserts."""
    from sqlalchemy import insert

    from fourthpillar.store.models import Change
    from fourthpillar.store.models import ContactPerson
    from fourthpillar.store.models import Initiative

    desk, initiatives, contacts, changes = _prepared(folder, plan, "bare-everything")

    def write() -> None:
        with desk.database.session() as session:
            for table, rows in ((Initiative.__table__, initiatives), (ContactPerson.__table__, contacts),
                                (Change.__table__, changes)):
                for start in range(0, len(rows), 1000):
                    session.execute(insert(table), rows[start:start + 1000])

    timed_step(results, f"bare Core insert: + contacts, {len(changes):,} changes", write)
    desk.close()


def child_step(step: str, path: Path, folder: Path) -> None:
    """One measured step in this (child) process; prints its results as JSON on the last line."""
    results: dict[str, Any] = {}
    if step == "openpyxl":
        timed_step(results, "bare openpyxl read (read_only, data_only)", lambda: bare_read(path))
        results["openpyxl_peak_mb"] = peak_mb()
    elif step == "calamine":
        timed_step(results, "bare calamine read (what the import uses)", lambda: bare_calamine_read(path))
        results["calamine_peak_mb"] = peak_mb()
    elif step == "import":
        results.update(import_step(path, folder))
    print(json.dumps(results), flush=True)


def import_step(path: Path, folder: Path) -> dict[str, Any]:
    """Preview + apply (the peak memory right after), undo, then the bare inserts of the same rows."""
    from fourthpillar.services import importing
    from fourthpillar.services import officers
    from fourthpillar.services.desk import open_desk

    results: dict[str, Any] = {}
    desk = open_desk(data_dir=folder / "import-register")
    officers.sign_in(desk, name="Bench", region="antwerpen")
    preview = timed_step(results, "preview_import", lambda: importing.preview_import(desk, path=path))
    result = timed_step(results, "apply_import (one transaction)",
                        lambda: importing.apply_import(desk, preview=preview))
    total = results["preview_import"] + results["apply_import (one transaction)"]
    cpu = results["preview_import (cpu)"] + results["apply_import (one transaction) (cpu)"]
    print(f"  {'preview + apply':<42} {total:7.2f} s wall {cpu:7.2f} s cpu  (target <= 15 s)")
    print(f"  created {result.created:,}, updated {result.updated}, duplicates skipped "
          f"{result.duplicates_skipped}, rows with problems {result.rows_with_problems}")
    results["peak_mb"] = peak_mb()
    print(f"  peak memory of the import's own process: {results['peak_mb']:.0f} MB", flush=True)
    undone = timed_step(results, "undo_import", lambda: importing.undo_import(desk, run_id=result.run_id))
    print(f"  archived {undone.archived:,}")
    desk.close()

    assert preview.plan is not None
    bare_initiatives(folder, preview.plan, results)
    bare_everything(folder, preview.plan, results)
    print(f"  peak memory of the import's process at the end: {peak_mb():.0f} MB "
          "(the bare inserts hold all rows prepared)")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the file and registers in DIR")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        step, path, folder = args.child
        child_step(step, Path(path), Path(folder))
        return 0
    if args.keep is not None:
        return measure(args, args.keep)
    # The registers of a 50,000-row run take more than a gigabyte: gone when it ends.
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-{args.rows}.xlsx"
    results: dict[str, Any] = {}
    print(f"import benchmark: {args.rows:,} rows, in {folder}")
    timed_step(results, "generate the .xlsx (not measured)", lambda: generate(path, args.rows))
    print(f"  file size: {path.stat().st_size / 1e6:.1f} MB")
    for step in ("openpyxl", "calamine", "import"):
        results.update(in_child(__file__, step, str(path), str(folder)))
    print(f"  peak memory: import {results['peak_mb']:.0f} MB; bare reads, each in its own process: "
          f"openpyxl {results['openpyxl_peak_mb']:.0f} MB, calamine {results['calamine_peak_mb']:.0f} MB")
    total = results["preview_import"] + results["apply_import (one transaction)"]
    seeding.write_results("import.json", {**results, "rows": args.rows})
    return 0 if total <= 15 else 1


if __name__ == "__main__":
    raise SystemExit(main())
