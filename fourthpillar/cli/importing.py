"""Importing the office's spreadsheets from the command line.

    fourthpillar import initiatives FILE [--sheet NAME] [--dry-run] [--on-duplicate skip|fill|create]
                                         [--map "Header=field" ...] [--json]
    fourthpillar import runs [--json]
    fourthpillar import undo RUN_ID

Exit status 0 when the import was applied (or the dry run succeeded), 2 when it was refused;
then nothing was written and one line on stderr says why.
"""

from __future__ import annotations

import argparse
from typing import Any

from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import add_command
from fourthpillar.cli.common import parse_assignments
from fourthpillar.cli.common import print_found
from fourthpillar.cli.common import print_json
from fourthpillar.i18n import translator
from fourthpillar.importing.mapping import IMPORT_FIELDS
from fourthpillar.services import importing
from fourthpillar.services.desk import Desk
from fourthpillar.services.importing import ImportProblem
from fourthpillar.services.importing import ImportRunView

_IGNORE = {"", "-", "ignore", "none"}


tr = translator("Cli")


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("import", help=tr("import the office's spreadsheets"))
    commands = group.add_subparsers(dest="import_command", metavar="WHAT", required=True)

    run = add_command(
        commands, "initiatives", tr("import initiatives from an .xlsx, .ods, .xls or .csv file"),
        handler=import_initiatives,
        description=tr("Import initiatives from a spreadsheet. The header row is found, columns are mapped "
                       "(Dutch, French or English headers), values are normalised, duplicates are found; "
                       "everything is applied in one transaction or nothing is."),
    )
    run.add_argument("file", metavar="FILE", help=tr(".xlsx, .ods, .xls or .csv (comma or semicolon; UTF-8 or cp1252)"))
    run.add_argument("--sheet", metavar="NAME", help=tr("the sheet to read (default: the first)"))
    run.add_argument("--dry-run", action="store_true", help=tr("show what would happen; write nothing"))
    run.add_argument("--on-duplicate", choices=importing.POLICIES, default="skip",
                     help=tr("a row matching an existing initiative or an earlier row: skip it (default), "
                             "fill only the empty fields, or create it anyway"))
    run.add_argument("--map", metavar="HEADER=FIELD", action="append", default=[],
                     help=tr("map a column to a field ({fields}); HEADER= ignores it").format(
                         fields=", ".join(IMPORT_FIELDS)))
    run.add_argument("--json", action="store_true", help=tr("print the outcome as JSON"))

    runs = add_command(commands, "runs", tr("list the imports applied, newest first"), handler=list_runs)
    runs.add_argument("--json", action="store_true")

    undo = add_command(commands, "undo", tr("undo a whole import (its initiatives are archived)"), handler=undo_run)
    undo.add_argument("run_id", metavar="RUN_ID")


def _mapping(items: list[str]) -> dict[str, str | None]:
    chosen: dict[str, str | None] = {}
    for header, target in parse_assignments(items).items():
        target = target.strip()
        if target.casefold() in _IGNORE:
            chosen[header] = None
        elif target in IMPORT_FIELDS:
            chosen[header] = target
        else:
            raise CommandError(tr("'{target}' is not a field to import into (fields: {fields})").format(
                target=target, fields=", ".join(IMPORT_FIELDS)))
    return chosen


def _problem_line(problem: ImportProblem) -> str:
    where = tr("row {row}").format(row=problem.row) if problem.row is not None else tr("file")
    column = f", {problem.column}" if problem.column else ""
    marker = tr("not imported: ") if problem.severity == "error" else ""
    return f"  {where}{column}: {marker}{problem.reason}"


def import_initiatives(desk: Desk, args: argparse.Namespace) -> int:
    preview = importing.preview_import(desk, path=args.file, sheet=args.sheet, mapping=_mapping(args.map),
                                       on_duplicate=args.on_duplicate)
    if args.dry_run:
        outcome: importing.ImportPreview | importing.ImportResult = preview
        created, updated, run_id = preview.to_create, preview.to_update, None
    else:
        outcome = result = importing.apply_import(desk, preview=preview)
        created, updated, run_id = result.created, result.updated, result.run_id
    counts = {"created": created, "updated": updated, "duplicates_skipped": outcome.duplicates_skipped,
              "not_imported": outcome.not_imported, "rows_with_problems": outcome.rows_with_problems}
    problems = outcome.problems
    if args.json:
        print_json({
            "file": preview.file_name, "sheet": preview.sheet, "header_row": preview.header_row,
            "dry_run": args.dry_run, "run_id": run_id, "on_duplicate": preview.on_duplicate,
            "mapping": preview.mapping, **counts,
            "duplicates": preview.duplicates, "problems": problems,
        })
        return 0
    print(tr("{file}, sheet {sheet} (header on row {row})").format(
        file=preview.file_name, sheet=preview.sheet, row=preview.header_row))
    ignored = [column.header for column in preview.columns if column.field is None]
    if ignored:
        print(tr("columns not imported: {columns}").format(columns=", ".join(ignored)))
    if args.dry_run:
        print(tr("would be created: {count}").format(count=counts["created"]))
        print(tr("would be updated: {count}").format(count=counts["updated"]))
    else:
        print(tr("created: {count}").format(count=counts["created"]))
        print(tr("updated: {count}").format(count=counts["updated"]))
    print(tr("duplicates skipped: {count}").format(count=counts["duplicates_skipped"]))
    print(tr("rows with problems: {count}").format(count=counts["rows_with_problems"]))
    if counts["not_imported"]:
        print(tr("rows not imported: {count}").format(count=counts["not_imported"]))
    if problems:
        print(tr("problems:"))
        for problem in problems:
            print(_problem_line(problem))
    if args.dry_run:
        print(tr("dry run: nothing was written"))
    else:
        print(tr("import {id} applied; undo it with: fourthpillar import undo {id}").format(id=run_id))
    return 0


def _print_run(run: ImportRunView) -> None:
    state = (tr("undone {when}").format(when=f"{run.undone_at:%Y-%m-%d %H:%M}") if run.undone_at
             else tr("applied"))
    counts_text = tr("created {created}, updated {updated}, skipped {skipped}, "
                     "rows with problems {problems}").format(
        created=run.created, updated=run.updated, skipped=run.skipped, problems=run.problem_rows)
    print(f"{run.id}  {run.created_at:%Y-%m-%d %H:%M}  {run.file_name} [{run.sheet}]  "
          f"{counts_text}  {run.officer_name}  {state}")


def list_runs(desk: Desk, args: argparse.Namespace) -> int:
    return print_found(args, importing.list_import_runs(desk), _print_run, tr("no imports yet"))


def undo_run(desk: Desk, args: argparse.Namespace) -> int:
    undone = importing.undo_import(desk, run_id=args.run_id)
    print(tr("import {id} undone: {count} initiatives archived").format(id=undone.run_id, count=undone.archived))
    return 0
