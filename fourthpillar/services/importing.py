"""Use cases for importing the office's spreadsheets of initiatives.

``preview_import`` reads the file and says what an import would do, writing nothing;
``apply_import`` writes it all in one transaction (or nothing) and records the run;
``undo_import`` undoes a whole run in one step. Plain dataclasses go out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.importing import mapping as mappings
from fourthpillar.importing.apply import apply_plan
from fourthpillar.importing.duplicates import POLICIES
from fourthpillar.importing.normalise import Problem
from fourthpillar.importing.plan import CREATE
from fourthpillar.importing.plan import NOT_IMPORTED
from fourthpillar.importing.plan import SKIP
from fourthpillar.importing.plan import UPDATE
from fourthpillar.importing.plan import ColumnPlan
from fourthpillar.importing.plan import ImportPlan
from fourthpillar.importing.plan import build_plan
from fourthpillar.importing.plan import resolve_columns
from fourthpillar.importing.reading import DEFAULT_LIMITS
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.importing.reading import ReadLimits
from fourthpillar.importing.reading import file_digest
from fourthpillar.importing.reading import read_table
from fourthpillar.importing.reading import sheet_names
from fourthpillar.importing.undoing import archive_created
from fourthpillar.importing.undoing import revert_fills
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.services import backups
from fourthpillar.services import duplicates
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import write_atomically
from fourthpillar.store.errors import NotFound
from fourthpillar.store.import_models import ImportRun
from fourthpillar.store.models import Officer

__all__ = [
    "POLICIES",
    "ColumnChoice",
    "ColumnsView",
    "DuplicateRow",
    "ImportPreview",
    "ImportProblem",
    "ImportRefused",
    "ImportResult",
    "ImportRunView",
    "UndoneImport",
    "apply_import",
    "describe_columns",
    "import_fields",
    "list_import_runs",
    "list_sheets",
    "preview_import",
    "undo_import",
]


_tr = translator("Import")


#: One problem (the spreadsheet row, None: the whole file; the column; the reason; its severity)
#: and one column of the file (its header, the field it feeds and where that came from), as
#: planning found them: the screens and the command line know them by these names.
ImportProblem = Problem
ColumnChoice = ColumnPlan


@dataclass(frozen=True)
class DuplicateRow:
    row: int
    name: str
    #: "enterprise_number" | "name_municipality"
    reason: str
    #: The existing initiative (in_register) or the earlier row it repeats.
    matched_name: str
    matched_municipality: str
    matched_id: str | None
    matched_row: int | None
    action: str  # "skip" | "update" | "create"
    #: For a near match (reason "similar"): the likeness score; the officer decides the row.
    score: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    file_name: str
    sheet: str
    sheets: list[str]
    header_row: int
    columns: list[ColumnChoice]
    on_duplicate: str
    to_create: int
    to_update: int
    duplicates: list[DuplicateRow]
    duplicates_skipped: int
    not_imported: int
    rows_with_problems: int
    problems: list[ImportProblem]
    #: The file's digest at preview time: applying refuses a file changed since.
    digest: str = ""
    plan: ImportPlan | None = field(default=None, repr=False, compare=False)

    @property
    def mapping(self) -> dict[str, str | None]:
        return {column.header: column.field for column in self.columns}


@dataclass(frozen=True)
class ImportResult:
    run_id: str
    batch_id: str
    file_name: str
    sheet: str
    created: int
    updated: int
    duplicates_skipped: int
    not_imported: int
    rows_with_problems: int
    problems: list[ImportProblem]


@dataclass(frozen=True)
class ImportRunView:
    id: str
    file_name: str
    sheet: str
    batch_id: str
    created: int
    updated: int
    skipped: int
    problem_rows: int
    on_duplicate: str
    officer_name: str
    created_at: dt.datetime
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoneImport:
    run_id: str
    archived: int
    #: Undoing this batch (services.history.undo_action) redoes the import.
    undo_batch_id: str


def import_fields() -> list[tuple[str, str]]:
    """(field, translated label) pairs a column can be mapped to, for the mapping dialog."""
    return [(name, translate("Field", label)) for name, label in mappings.IMPORT_FIELDS.items()]


@dataclass(frozen=True)
class ColumnsView:
    """The columns of a file as found (header row) and proposed, for the mapping step."""

    file_name: str
    sheet: str
    sheets: list[str]
    header_row: int
    columns: list[ColumnChoice]


def describe_columns(desk: Desk, *, path: str | Path, sheet: str | None = None,
                     limits: ReadLimits = DEFAULT_LIMITS, progress: Progress = no_progress,
                     is_cancelled: IsCancelled = never_cancelled) -> ColumnsView:
    """The header row and a field for every column (remembered or proposed); writes nothing.

    Unlike :func:`preview_import` it does not insist on a name column: the person may map one.
    """
    table = read_table(Path(path), sheet, limits=limits, progress=progress, is_cancelled=is_cancelled)
    if not table.rows:
        raise ImportRefused(f"{table.file_name}: " + _tr("sheet '{sheet}' is empty").format(sheet=table.sheet))
    data_dir = desk.data_dir
    position, columns, _raw = resolve_columns(
        table, chosen=None, recall=lambda headers: mappings.recall(data_dir, headers))
    return ColumnsView(table.file_name, table.sheet, table.sheets, table.rows[position][0], columns)


def list_sheets(*, path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The sheets of a workbook (a .csv has one)."""
    return sheet_names(Path(path), limits)


def _digest(path: Path, limits: ReadLimits) -> str:
    return file_digest(path, limits)


def _problems(problems: list[Problem]) -> list[ImportProblem]:
    return sorted(problems, key=lambda problem: (problem.row or 0, problem.column))


def _duplicates(plan: ImportPlan) -> list[DuplicateRow]:
    rows = []
    for row in plan.duplicate_rows:
        match = row.duplicate
        assert match is not None
        rows.append(DuplicateRow(row.row, row.values.get("name", ""), match.reason, match.name,
                                 match.municipality, match.id, match.row, row.action))
    for row in plan.near_rows:
        near = row.near
        assert near is not None
        rows.append(DuplicateRow(row.row, row.values.get("name", ""), near.reason, near.name, near.municipality,
                                 near.id, None, row.action, score=row.near_score))
    return sorted(rows, key=lambda item: item.row)


def decide_rows(preview: ImportPreview, *, decisions: Mapping[int, str]) -> ImportPreview:
    """The preview with the officer's choice for rows marked as possible duplicates: row number ->
    ``create`` or ``skip``. :class:`ImportRefused` names a row that was not marked."""
    plan = preview.plan
    assert plan is not None, "a preview made by preview_import carries its plan"
    by_row = {row.row: row for row in plan.near_rows}
    for number, action in decisions.items():
        if number not in by_row or action not in (CREATE, SKIP):
            raise ImportRefused(f"{plan.file_name}: " + _tr(
                "row {row} is not a possible duplicate to decide (create or skip)").format(row=number))
        by_row[number].action = action
    return replace(preview, to_create=plan.count(CREATE), duplicates=_duplicates(plan),
                   duplicates_skipped=sum(1 for row in plan.rows if row.action == SKIP and
                                          (row.duplicate is not None or row.near is not None)))


def preview_import(desk: Desk, *, path: str | Path, sheet: str | None = None,
                   mapping: Mapping[str, str | None] | None = None, on_duplicate: str = "skip",
                   limits: ReadLimits = DEFAULT_LIMITS, today: dt.date | None = None,
                   progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> ImportPreview:
    """What importing *path* would do; writes nothing. :class:`ImportRefused` if it cannot be imported.

    *mapping* chooses fields for some columns by header (``None`` or ``""`` ignores a column);
    the rest come from the mapping remembered for files with the same headers, or are proposed.
    """
    source = Path(path)
    digest = _digest(source, limits)
    table = read_table(source, sheet, limits=limits, progress=progress, is_cancelled=is_cancelled)
    data_dir = desk.data_dir

    def recall(headers: list[Any]) -> list[str | None] | None:
        return mappings.recall(data_dir, headers)

    with desk.database.session() as session:
        plan = build_plan(session, table, on_duplicate=on_duplicate, chosen=mapping, recall=recall,
                          today=today, progress=progress, is_cancelled=is_cancelled,
                          near_score=duplicates.thresholds(desk.config)[1])
    return ImportPreview(
        path=source, file_name=plan.file_name, sheet=plan.sheet, sheets=plan.sheets,
        header_row=plan.header_row,
        columns=list(plan.columns),
        on_duplicate=plan.on_duplicate, to_create=plan.count(CREATE), to_update=plan.count(UPDATE),
        duplicates=_duplicates(plan),
        duplicates_skipped=sum(1 for row in plan.duplicate_rows if row.action == SKIP),
        not_imported=plan.count(NOT_IMPORTED), rows_with_problems=plan.rows_with_problems,
        problems=_problems(plan.problems), digest=digest, plan=plan,
    )


def apply_import(desk: Desk, *, preview: ImportPreview | None = None, path: str | Path | None = None,
                 sheet: str | None = None, mapping: Mapping[str, str | None] | None = None,
                 on_duplicate: str = "skip", remember_mapping: bool = True,
                 limits: ReadLimits = DEFAULT_LIMITS, today: dt.date | None = None,
                 progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> ImportResult:
    """Import the whole file in one transaction, record the run, and remember the mapping.

    A backup copy of the register is made first (``reason="import"``); if it cannot be written,
    nothing is imported.

    Give the *preview* the person confirmed, or a *path* with options (previewed here). Nothing is
    written when it is refused, cancelled or fails.
    """
    if preview is None:
        if path is None:
            raise ValueError("apply_import needs a preview or a path")
        preview = preview_import(desk, path=path, sheet=sheet, mapping=mapping, on_duplicate=on_duplicate,
                                 limits=limits, today=today, progress=progress, is_cancelled=is_cancelled)
    elif _digest(preview.path, limits) != preview.digest:
        raise ImportRefused(f"{preview.file_name}: " + _tr(
            "the file changed since the preview; preview it again"))
    plan = preview.plan
    assert plan is not None, "a preview made by preview_import carries its plan"
    if plan.count(CREATE) + plan.count(UPDATE) == 0 and plan.count(NOT_IMPORTED) and not plan.count(SKIP):
        raise ImportRefused(f"{plan.file_name}: " + _tr("no row can be imported; see the problems"))
    # A copy of the register first (SQLite; a shared database's server keeps its own backups).
    backups.backup_before(desk, reason="import")
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        applied = apply_plan(session, writer, plan, progress=progress, is_cancelled=is_cancelled)
        problems = [*plan.problems, *applied.problems]
        # The log keeps the names' first 255 characters (its columns' length; PostgreSQL refuses
        # more): a file from elsewhere may carry a sheet name longer than Excel's 31.
        run = ImportRun(
            file_name=plan.file_name[:255], sheet=plan.sheet[:255], batch_id=writer.batch_id,
            created_count=applied.created, updated_count=applied.updated,
            skipped_count=applied.skipped, problem_rows=len({p.row for p in problems if p.row is not None}),
            on_duplicate=plan.on_duplicate, officer_id=desk.officer_id, created_at=writer.now,
        )
        session.add(run)
        session.flush()
        run_id, batch_id = run.id, writer.batch_id
    if remember_mapping and desk.data_dir is not None:
        fields = [column.field for column in plan.columns]
        target, payload = mappings.remembered_payload(desk.data_dir, plan.raw_headers, fields)
        write_atomically(target, payload)
    return ImportResult(
        run_id=run_id, batch_id=batch_id, file_name=plan.file_name, sheet=plan.sheet,
        created=applied.created, updated=applied.updated, duplicates_skipped=applied.skipped,
        not_imported=plan.count(NOT_IMPORTED),
        rows_with_problems=len({p.row for p in problems if p.row is not None}),
        problems=_problems(problems),
    )


def list_import_runs(desk: Desk, *, limit: int = 200) -> list[ImportRunView]:
    """The imports applied on this register, newest first."""
    with desk.database.session() as session:
        rows = session.execute(
            select(ImportRun, Officer.name).outerjoin(Officer, ImportRun.officer_id == Officer.id)
            .order_by(ImportRun.created_at.desc()).limit(limit)
        ).all()
        return [ImportRunView(run.id, run.file_name, run.sheet, run.batch_id, run.created_count,
                              run.updated_count, run.skipped_count, run.problem_rows, run.on_duplicate,
                              officer_name or "", run.created_at, run.undone_at)
                for run, officer_name in rows]


def undo_import(desk: Desk, *, run_id: str) -> UndoneImport:
    """Undo a whole import: archive what it created, put back what it filled. One step."""
    with desk.database.session() as session:
        run = session.get(ImportRun, run_id)
        if run is None:
            raise NotFound("import", run_id)
        if run.undone_at is not None:
            raise ImportRefused(_tr("the import of {file} was already undone on {when}").format(
                file=run.file_name, when=run.undone_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        writer = ChangeWriter(session, desk)
        archived = archive_created(session, writer, run.batch_id)
        revert_fills(session, writer, run.batch_id)
        run.undone_at = writer.now
        run.undo_batch_id = writer.batch_id
        return UndoneImport(run_id=run_id, archived=archived, undo_batch_id=writer.batch_id)
