"""Use cases for importing an event's registrations from a spreadsheet (issue 18).

``preview_registration_import`` reads the file, maps its columns and matches each row against
the contact persons (writing nothing); ``apply_registration_import`` registers the rows as one
action (one batch: ``services.history.undo_action`` takes the whole import back), the capacity
rule included (past it, people go on the waiting list). The reading, limits and header mapping
are the import engine's (:mod:`fourthpillar.importing`); the matching is in
:mod:`fourthpillar.importing.registrations`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from fourthpillar import clock
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.i18n import translate
from fourthpillar.importing.reading import DEFAULT_LIMITS
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.importing.reading import ReadLimits
from fourthpillar.importing.reading import file_digest
from fourthpillar.importing.reading import read_table
from fourthpillar.importing.registrations import CONTACT
from fourthpillar.importing.registrations import SKIP
from fourthpillar.importing.registrations import WALK_IN
from fourthpillar.importing.registrations import PlannedRegistration
from fourthpillar.importing.registrations import plan_registrations
from fourthpillar.services import backups
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.services.registrations import add_registration
from fourthpillar.services.registrations import bookable_event
from fourthpillar.services.registrations import rebalance
from fourthpillar.store.models import Event

__all__ = ["CONTACT", "SKIP", "WALK_IN", "ImportRefused", "ImportedRegistrations", "RegistrationImportPreview",
           "RegistrationImportRow", "apply_registration_import", "preview_registration_import"]


@dataclass(frozen=True)
class RegistrationImportRow:
    """One row of the file and what importing it does: register a ``contact`` person (found by
    ``email`` or ``name``), a ``walk-in``, or ``skip`` it (``registered`` already)."""

    row: int
    name: str
    email: str
    initiative: str
    action: str
    contact_id: str | None
    contact_name: str
    initiative_name: str
    reason: str
    #: The file's status and registration date, when it has them (else registered, today).
    status: str | None = None
    registered_on: dt.date | None = None


@dataclass(frozen=True)
class RowIssue:
    """A row that is not imported: its number, the column and why."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class RegistrationImportPreview:
    path: Path
    event_id: str
    file_name: str
    sheet: str
    header_row: int
    #: (header, field or None) of every column, in the file's order.
    columns: list[tuple[str, str | None]]
    rows: list[RegistrationImportRow]
    problems: list[RowIssue]
    #: The file's digest at preview time: applying refuses a file changed since.
    digest: str = ""

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def mapping(self) -> dict[str, str | None]:
        return dict(self.columns)


@dataclass(frozen=True)
class ImportedRegistrations:
    batch_id: str
    registered: int
    waiting: int
    skipped: int
    not_imported: int
    registration_ids: list[str] = field(default_factory=list)


def _row(planned: PlannedRegistration) -> RegistrationImportRow:
    return RegistrationImportRow(planned.row, planned.name, planned.email, planned.initiative, planned.action,
                                 planned.contact_id, planned.contact_name, planned.initiative_name, planned.reason,
                                 planned.values.get("status"), planned.values.get("registered_on"))


def preview_registration_import(desk: Desk, *, event_id: str, path: str | Path, sheet: str | None = None,
                                mapping: Mapping[str, str | None] | None = None,
                                limits: ReadLimits = DEFAULT_LIMITS) -> RegistrationImportPreview:
    """What importing the file's rows as registrations for the event would do; writes nothing.

    *mapping* (header -> field, or None to leave a column out) overrides the proposed columns.
    :class:`ImportRefused` names what is wrong with the file; ``NotFound`` an unknown event.
    """
    source = Path(path)
    table = read_table(source, sheet, limits=limits)
    digest = file_digest(source, limits)
    with desk.database.session() as session:
        load(session, Event, event_id)
        plan = plan_registrations(session, table, event_id=event_id, chosen=mapping)
    return RegistrationImportPreview(
        source, event_id, plan.file_name, plan.sheet, plan.header_row,
        [(column.header, column.field) for column in plan.columns], [_row(row) for row in plan.rows],
        [RowIssue(problem.row, problem.column, problem.reason) for problem in plan.problems], digest)


def apply_registration_import(desk: Desk, *, preview: RegistrationImportPreview,
                              limits: ReadLimits = DEFAULT_LIMITS) -> ImportedRegistrations:
    """Register the previewed rows as one action; rows registered meanwhile are skipped.

    Refused (nothing written) when the file changed since the preview or no row can be imported.
    """
    if file_digest(preview.path, limits) != preview.digest:
        raise ImportRefused(f"{preview.file_name}: " + translate(
            "Import", "the file changed since the preview; preview it again"))
    wanted = [row for row in preview.rows if row.action in (CONTACT, WALK_IN)]
    if not wanted:
        raise ImportRefused(f"{preview.file_name}: " + translate(
            "Import", "no row can be imported; see the problems"))
    backups.backup_before(desk, reason="import")
    skipped = preview.count(SKIP)
    ids: list[str] = []
    waiting = 0
    with desk.database.session() as session:
        event = bookable_event(session, preview.event_id)
        writer = ChangeWriter(session, desk)
        for row in wanted:
            values = {"contact_id": row.contact_id, "name": "" if row.contact_id else row.name,
                      "email": "" if row.contact_id else row.email, "status": row.status or "registered",
                      "registered_on": row.registered_on or clock.today()}
            try:  # refused before anything is written for it
                record = add_registration(session, writer, event, values)
            except ValidationFailed:
                skipped += 1  # registered meanwhile
                continue
            ids.append(record.id)
            waiting += record.status == "waiting"
        rebalance(session, writer, event)
        session.flush()
        batch_id = writer.batch_id
    return ImportedRegistrations(batch_id, len(ids) - waiting, waiting, skipped, len(preview.problems), ids)
