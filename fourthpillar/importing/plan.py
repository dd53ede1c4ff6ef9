"""The preview: what an import would do, computed without writing anything.

From a read :class:`~fourthpillar.importing.reading.Table`: find the header row, map the
columns, understand every row, find duplicates, and decide per row: create, update (fill empty
fields of an existing initiative), skip, or not importable (with the reason).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain import likeness
from fourthpillar.i18n import translator
from fourthpillar.importing.cell_values import as_text
from fourthpillar.importing.duplicates import POLICIES
from fourthpillar.importing.duplicates import DuplicateFinder
from fourthpillar.importing.duplicates import Known
from fourthpillar.importing.duplicates import Match
from fourthpillar.importing.header import SEARCH_ROWS
from fourthpillar.importing.header import find_header
from fourthpillar.importing.mapping import IMPORT_FIELDS
from fourthpillar.importing.mapping import header_key
from fourthpillar.importing.mapping import propose
from fourthpillar.importing.normalise import ERROR
from fourthpillar.importing.normalise import WARNING
from fourthpillar.importing.normalise import Cell
from fourthpillar.importing.normalise import NormalisedRow
from fourthpillar.importing.normalise import Problem
from fourthpillar.importing.normalise import normalise_row
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.importing.reading import Table
from fourthpillar.importing.reading import import_cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.search import fold
from fourthpillar.store.tables import chunks

CREATE, UPDATE, SKIP, NOT_IMPORTED = "create", "update", "skip", "not-imported"

#: Fields "fill" may set on an existing initiative (never its name or identity).
FILLABLE = tuple(name for name in Initiative.FIELDS if name != "name")


_tr = translator("Import")


@dataclass(frozen=True)
class ColumnPlan:
    """One column: its header, the field it feeds (None: ignored) and where that choice came from."""

    index: int
    header: str
    field: str | None
    source: str  # "proposed" | "remembered" | "chosen"
    samples: tuple[str, ...] = ()


@dataclass(slots=True)
class PlannedRow:
    """What becomes of one row (a large file has tens of thousands: slots, no dict per row)."""

    row: int
    action: str
    values: dict[str, Any]
    contact: dict[str, Any] | None
    duplicate: Match | None = None
    #: A register initiative this new row looks like (not the same key: a near match), and how
    #: much (``domain.likeness``); the officer decides per row whether it is created.
    near: Match | None = None
    near_score: int = 0
    #: For "update": the existing initiative and the empty fields this row fills (None: not an update).
    target_id: str | None = None
    fill: dict[str, Any] | None = None
    add_contact: bool = False


@dataclass
class ImportPlan:
    file_name: str
    sheet: str
    sheets: list[str]
    header_row: int
    columns: list[ColumnPlan]
    on_duplicate: str
    rows: list[PlannedRow]
    problems: list[Problem]
    #: The header cells as in the file (blank ones None): the key a mapping is remembered under.
    raw_headers: list[Any] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def duplicate_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.duplicate is not None]

    @property
    def near_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.near is not None]

    @property
    def rows_with_problems(self) -> int:
        return len({problem.row for problem in self.problems if problem.row is not None})

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


def column_label(index: int, header: Any) -> str:
    text = as_text(header)
    if text:
        return text
    letters, number = "", index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return _tr("column {letter}").format(letter=letters)


Recall = Callable[[list[Any]], "list[str | None] | None"]


def resolve_columns(table: Table, *, chosen: Mapping[str, str | None] | None,
                    recall: Recall | None) -> tuple[int, list[ColumnPlan], list[Any]]:
    """The header row's position in ``table.rows`` and every column's field."""
    position = find_header(table.rows)
    if position is None:
        raise ImportRefused(f"{table.file_name}: " + _tr(
            "no recognisable column headers in the first {count} rows of sheet '{sheet}' (expected "
            "headers such as Naam, Gemeente, Postcode, Provincie, KBO, Landen)").format(
                count=SEARCH_ROWS, sheet=table.sheet))
    header_cells = table.rows[position][1]
    width = max(len(values) for _number, values in table.rows[position:])
    headers = [column_label(index, header_cells[index] if index < len(header_cells) else None)
               for index in range(width)]
    raw_headers = [header_cells[index] if index < len(header_cells) else None for index in range(width)]
    remembered = recall(raw_headers) if recall is not None else None
    if remembered is not None and len(remembered) == width:
        fields, source = list(remembered), "remembered"
    else:
        fields, source = propose(raw_headers), "proposed"
    sources = [source] * width
    if chosen:
        keys = [header_key(header) for header in headers]
        wanted = {header_key(name): target for name, target in chosen.items()}
        for name, target in chosen.items():
            if header_key(name) not in keys:
                raise ImportRefused(f"{table.file_name}: " + _tr(
                    "there is no column '{header}' (columns: {headers})").format(
                        header=name, headers=", ".join(headers)))
            if target and target not in IMPORT_FIELDS:
                raise ImportRefused(_tr("'{field}' is not a field to import into (fields: {fields})")
                                    .format(field=target, fields=", ".join(IMPORT_FIELDS)))
        for index, key in enumerate(keys):
            if key in wanted:
                fields[index] = wanted[key] or None
                sources[index] = "chosen"
    samples = [
        tuple(as_text(values[index])[:60] for _number, values in table.rows[position + 1:position + 4]
              if index < len(values) and values[index] not in (None, ""))
        for index in range(width)
    ]
    columns = [ColumnPlan(index, headers[index], fields[index], sources[index], samples[index])
               for index in range(width)]
    return position, columns, raw_headers


def load_known(session: Session) -> list[Known]:
    rows = session.execute(
        select(Initiative.id, Initiative.name, Initiative.municipality, Initiative.enterprise_number)
        .where(Initiative.archived_at.is_(None))
    ).all()
    return [Known(id, name, municipality, number) for id, name, municipality, number in rows]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def build_plan(session: Session, table: Table, *, on_duplicate: str = "skip",
               chosen: Mapping[str, str | None] | None = None,
               recall: Recall | None = None,
               today: dt.date | None = None, progress: Progress = no_progress,
               is_cancelled: IsCancelled = never_cancelled,
               near_score: int | None = None) -> ImportPlan:
    """Everything the import would do; reads *session*, never writes. With *near_score*, rows to
    be created that look like an initiative in the register (scoring at least that) are marked.

    The plan takes *table*'s rows over: the table is left empty."""
    if on_duplicate not in POLICIES:
        raise ImportRefused(_tr("'{policy}' is not a duplicate policy (skip, fill, create)").format(
            policy=on_duplicate))
    if not table.rows:
        raise ImportRefused(f"{table.file_name}: " + _tr("sheet '{sheet}' is empty").format(sheet=table.sheet))
    position, columns, raw_headers = resolve_columns(table, chosen=chosen, recall=recall)
    header_number = table.rows[position][0]
    mapped = [(column, column.field) for column in columns if column.field is not None]
    if not any(name == "name" for _column, name in mapped):
        raise ImportRefused(f"{table.file_name}: " + _tr(
            "no column holds the initiatives' names; map one of the columns ({headers}) to 'name'").format(
                headers=", ".join(column.header for column in columns)))
    header_values = table.rows[position][1]
    # The plan takes the rows over: each raw row is let go once planned, so a large sheet is
    # not held twice (as read and as planned) at the preview's peak.
    data = deque((number, values) for number, values in table.rows[position + 1:] if values != header_values)
    table.rows.clear()
    if not data:
        raise ImportRefused(f"{table.file_name}: " + _tr(
            "there are no data rows below the header (row {row})").format(row=header_number))

    finder = DuplicateFinder(load_known(session))
    today = today or clock.today()  # once, not for every row's dates
    plan = ImportPlan(table.file_name, table.sheet, table.sheets, header_number, columns, on_duplicate,
                      rows=[], problems=[], raw_headers=raw_headers)
    planned_by_row: dict[int, PlannedRow] = {}
    total = len(data)
    for done in range(1, total + 1):
        number, values = data.popleft()
        if done % 1000 == 0:
            if is_cancelled():
                raise import_cancelled()
            progress(done, total)
        cells = [Cell(column.header, name, values[column.index])
                 for column, name in mapped if column.index < len(values)]
        if all(cell.value is None or as_text(cell.value) == "" for cell in cells):
            continue  # only ignored columns hold something: not an initiative
        normalised = normalise_row(number, cells, today=today)
        plan.problems.extend(normalised.problems)
        if not normalised.importable:
            plan.rows.append(PlannedRow(number, NOT_IMPORTED, normalised.initiative, normalised.contact))
            continue
        planned = _decide(plan, finder, planned_by_row, normalised)
        plan.rows.append(planned)
        if planned.action == CREATE:
            planned_by_row[number] = planned
            finder.add_row(number, planned.values)
    _prepare_fills(session, plan)
    if near_score is not None:
        _mark_near(session, plan, near_score)
    return plan


def _mark_near(session: Session, plan: ImportPlan, min_score: int) -> None:
    """Mark rows to be created that look like a register initiative (spelling variants the
    exact key misses); they are still created unless the officer says otherwise."""
    creates = [row for row in plan.rows if row.action == CREATE and row.duplicate is None]
    if not creates:
        return
    known = [likeness.Candidate(id=row.id, name=row.name, name_key=row.name_key, postcode=row.postcode or "",
                                municipality=row.municipality or "", enterprise_number=row.enterprise_number,
                                partner_countries=row.partner_countries or [])
             for row in session.execute(select(
                 Initiative.id, Initiative.name, Initiative.name_key, Initiative.postcode, Initiative.municipality,
                 Initiative.enterprise_number, Initiative.partner_countries).where(
                 Initiative.archived_at.is_(None)).execution_options(yield_per=5000))]
    if not known:
        return
    names = {candidate.id: candidate for candidate in known}
    new = [likeness.Candidate(id=f"row:{row.row}", name=str(row.values.get("name") or ""),
                              postcode=str(row.values.get("postcode") or ""),
                              municipality=str(row.values.get("municipality") or ""),
                              enterprise_number=row.values.get("enterprise_number"),
                              partner_countries=list(row.values.get("partner_countries") or []))
           for row in creates]
    found = likeness.alike_across(new, known, min_score=min_score)
    for row in creates:
        match = found.get(f"row:{row.row}")
        if match is not None:
            other = names[match.second]
            row.near = Match("similar", other.name, other.municipality, id=other.id)
            row.near_score = match.score


def _decide(plan: ImportPlan, finder: DuplicateFinder, planned_by_row: dict[int, PlannedRow],
            row: NormalisedRow) -> PlannedRow:
    match = finder.find(row.initiative)
    planned = PlannedRow(row.row, CREATE, row.initiative, row.contact, duplicate=match)
    if match is None:
        return planned
    if plan.on_duplicate == "skip":
        planned.action = SKIP
    elif plan.on_duplicate == "fill":
        if match.in_register:
            planned.action, planned.target_id = UPDATE, match.id  # fields decided in _prepare_fills
        else:
            earlier = planned_by_row[match.row or 0]
            filled = {name: value for name, value in row.initiative.items()
                      if name in FILLABLE and _empty(earlier.values.get(name)) and not _empty(value)}
            earlier.values.update(filled)
            if earlier.contact is None and row.contact is not None:
                earlier.contact = row.contact
            planned.action = SKIP
    number = row.initiative.get("enterprise_number")
    if planned.action == CREATE and number:
        # "Create anyway" must not register one enterprise number twice: it goes to the notes.
        planned.values = dict(row.initiative)
        planned.values["enterprise_number"] = None
        note = _tr("Enterprise number {number} (already registered for '{name}')").format(
            number=number, name=match.name)
        planned.values["notes"] = (planned.values.get("notes", "") + "\n" + note).strip()[:20000]
        plan.problems.append(Problem(row.row, "", _tr(
            "enterprise number {number} is already registered for '{name}'; kept in the notes").format(
                number=number, name=match.name), WARNING, "enterprise_number"))
    return planned


def _prepare_fills(session: Session, plan: ImportPlan) -> None:
    """For every "fill" row: the existing initiative's empty fields it fills (maybe none: skip)."""
    updates = [row for row in plan.rows if row.action == UPDATE]
    if not updates:
        return
    ids = sorted({row.target_id for row in updates if row.target_id})
    current: dict[str, dict[str, Any]] = {}
    contacts: dict[str, set[str]] = {}
    for chunk in chunks(ids):
        for record in session.scalars(select(Initiative).where(Initiative.id.in_(chunk))):
            current[record.id] = record.field_values()
        for initiative_id, name in session.execute(
            select(ContactPerson.initiative_id, ContactPerson.name)
            .where(ContactPerson.initiative_id.in_(chunk), ContactPerson.archived_at.is_(None))
        ):
            contacts.setdefault(initiative_id, set()).add(fold(name))
    pending: dict[str, dict[str, Any]] = {}
    for row in updates:
        target = row.target_id or ""
        existing = current.get(target, {})
        already = pending.setdefault(target, {})
        row.fill = {name: value for name, value in row.values.items()
                    if name in FILLABLE and not _empty(value) and _empty(existing.get(name))
                    and name not in already}
        already.update(row.fill)
        if row.contact is not None and fold(row.contact["name"]) not in contacts.get(target, set()):
            row.add_contact = True
            contacts.setdefault(target, set()).add(fold(row.contact["name"]))
        if not row.fill and not row.add_contact:
            row.action = SKIP


def problem_rows(problems: Sequence[Problem]) -> int:
    return len({problem.row for problem in problems if problem.row is not None})


__all__ = [
    "CREATE", "ERROR", "NOT_IMPORTED", "SKIP", "UPDATE", "WARNING", "ColumnPlan", "ImportPlan",
    "PlannedRow", "build_plan", "column_label", "load_known", "resolve_columns",
]
