"""Registrations from a spreadsheet (an event's sign-up form exported, a partner's list).

The file is read as any import is (:func:`fourthpillar.importing.reading.read_table`: size, zip
and cell limits, .xlsx or .csv), its header row found and its columns mapped to the fields of a
registration: the person's name and e-mail, their initiative (to tell people of the same name
apart), the status and the registration date. Each row is then matched against the register's
contact persons: by e-mail first, else by name (and initiative, when given) when exactly one
contact person fits. A matched row registers that contact person, any other row a walk-in. A
person registered already, or twice in the file, is skipped. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import REGISTRATION_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.importing.mapping import header_key
from fourthpillar.importing.mapping import match_header
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.importing.reading import Table
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.search import fold

#: Fields a column can be mapped to, with the label shown to the person.
REGISTRATION_IMPORT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "name"),
    "email": QT_TRANSLATE_NOOP("Field", "e-mail"),
    "initiative": QT_TRANSLATE_NOOP("Field", "initiative"),
    "status": QT_TRANSLATE_NOOP("Field", "status"),
    "registered_on": QT_TRANSLATE_NOOP("Field", "registration date"),
}

_EXACT: dict[str, str] = {alias: name for name, aliases in {
    "name": ("naam", "volledige naam", "naam deelnemer", "deelnemer", "voornaam en naam", "naam en voornaam",
             "nom", "nom complet", "participant", "nom et prenom", "prenom et nom", "name", "full name",
             "participant name"),
    "email": ("e mail", "email", "mail", "e mailadres", "emailadres", "mailadres", "courriel", "adresse e mail",
              "email address", "e mail address"),
    "initiative": ("organisatie", "initiatief", "vereniging", "4de pijler", "organisation", "association",
                   "initiative", "organization"),
    "status": ("status", "aanwezig", "aanwezigheid", "present", "presence", "statut", "attended", "attendance"),
    "registered_on": ("ingeschreven op", "datum inschrijving", "inschrijvingsdatum", "datum", "date",
                      "date d inscription", "registered on", "registration date"),
}.items() for alias in aliases}

_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("mail", "email", "courriel", "emailadres", "mailadres")),
    ("initiative", ("organisatie", "initiatief", "vereniging", "organisation", "association", "initiative")),
    ("registered_on", ("datum", "date", "ingeschreven", "inscription")),
    ("name", ("naam", "nom", "name", "deelnemer", "participant")),
)

#: Row outcomes.
CONTACT, WALK_IN, SKIP = "contact", "walk-in", "skip"
#: How many rows from the top may hold the header.
SEARCH_ROWS = 20


def guess(header: Any) -> str | None:
    return match_header(header_key(header), _EXACT, _WORDS)


@dataclass(frozen=True)
class MappedColumn:
    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    reason: str


@dataclass
class PlannedRegistration:
    """One data row and what importing it would do."""

    row: int
    name: str
    email: str
    initiative: str
    values: dict[str, Any]
    action: str = WALK_IN
    contact_id: str | None = None
    contact_name: str = ""
    initiative_name: str = ""
    #: How its contact was found ("email", "name"), or why it is skipped ("registered": already).
    reason: str = ""


@dataclass
class RegistrationPlan:
    file_name: str
    sheet: str
    header_row: int
    columns: list[MappedColumn]
    rows: list[PlannedRegistration] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _header_position(table: Table) -> int:
    for position, (_number, values) in enumerate(table.rows[:SEARCH_ROWS]):
        found = {guess(value) for value in values if isinstance(value, str)} - {None}
        if ("name" in found and len(found) >= 2) or (found == {"name"} and len(values) == 1):
            return position
    raise ImportRefused(f"{table.file_name}: " + translate(
        "Import", "no header row with a name column was found (name the columns, e.g. Naam, E-mail, Organisatie)"))


def map_columns(table: Table, chosen: Mapping[str, str | None] | None) -> tuple[int, list[MappedColumn]]:
    """The header row and a field for each column: *chosen* (header -> field or None) wins."""
    position = _header_position(table)
    headers = [str(value).strip() if value is not None else "" for value in table.rows[position][1]]
    columns: list[MappedColumn] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        wanted = chosen.get(header, guess(header)) if chosen is not None else guess(header)
        if wanted is not None and wanted not in REGISTRATION_IMPORT_FIELDS:
            raise ImportRefused(f"{table.file_name}: " + translate(
                "Import", "'{field}' is not a field of a registration ({choices})").format(
                field=wanted, choices=", ".join(REGISTRATION_IMPORT_FIELDS)))
        if wanted in taken:
            wanted = None  # one column per field: the first
        if wanted is not None:
            taken.add(wanted)
        columns.append(MappedColumn(index, header, wanted))
    if "name" not in taken:
        raise ImportRefused(f"{table.file_name}: " + translate("Import", "no column holds the person's name"))
    return position, columns


def _contacts(session: Session) -> tuple[dict[str, list[tuple[str, str, str]]], dict[str, list[tuple[str, str, str]]]]:
    """Live contact persons by folded e-mail and by folded name: (id, name, initiative name)."""
    by_email: dict[str, list[tuple[str, str, str]]] = {}
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    rows = session.execute(select(ContactPerson.id, ContactPerson.name, ContactPerson.email, Initiative.name)
                           .join(Initiative, ContactPerson.initiative_id == Initiative.id)
                           .where(ContactPerson.archived_at.is_(None), Initiative.archived_at.is_(None)))
    for contact_id, name, email, initiative in rows:
        entry = (contact_id, name, initiative)
        if email:
            by_email.setdefault(email.casefold(), []).append(entry)
        by_name.setdefault(fold(name), []).append(entry)
    return by_email, by_name


def plan_registrations(session: Session, table: Table, *, event_id: str,
                       chosen: Mapping[str, str | None] | None = None) -> RegistrationPlan:
    """What importing *table* into the event would do (see the module's text)."""
    position, columns = map_columns(table, chosen)
    plan = RegistrationPlan(table.file_name, table.sheet, table.rows[position][0], columns)
    by_email, by_name = _contacts(session)
    registered = session.execute(select(Registration.contact_id, Registration.email, Registration.name).where(
        Registration.event_id == event_id, Registration.archived_at.is_(None),
        Registration.status != "cancelled")).all()
    seen_contacts = {contact_id for contact_id, _email, _name in registered if contact_id}
    seen_emails = {email.casefold() for _contact, email, _name in registered if email}
    # A walk-in without an e-mail is known by name only: the same sheet imported again must not book them twice.
    seen_walk_ins = {fold(name) for contact_id, _email, name in registered if not contact_id and name}
    fields = {column.field: column for column in columns if column.field is not None}
    for number, values in table.rows[position + 1:]:
        def cell(name: str, cells: Sequence[Any] = values) -> Any:
            column = fields.get(name)
            return cells[column.index] if column is not None and column.index < len(cells) else None
        name = str(cell("name") or "").strip()
        if not name:
            continue  # a row without a name: a blank or a subtotal line
        raw = {"name": name, "email": cell("email"), "status": cell("status"),
               "registered_on": cell("registered_on")}
        try:
            cleaned = clean(REGISTRATION_FIELDS, {key: value for key, value in raw.items() if value not in (None, "")},
                            complete=False)
        except ValidationFailed as failed:
            plan.problems += [RowProblem(number, fields[error.field].header if error.field in fields else error.field,
                                         error.message) for error in failed.errors]
            continue
        initiative = str(cell("initiative") or "").strip()
        row = PlannedRegistration(number, cleaned["name"], cleaned.get("email", ""), initiative, cleaned)
        email_matches = by_email.get(row.email.casefold(), []) if row.email else []
        name_matches = [entry for entry in by_name.get(fold(row.name), [])
                        if not initiative or fold(entry[2]) == fold(initiative)]
        match, how = ((email_matches[0], "email") if len(email_matches) == 1
                      else (name_matches[0], "name") if len(name_matches) == 1 else (None, ""))
        if match is not None:
            row.action, row.contact_id, row.contact_name, row.initiative_name, row.reason = (
                CONTACT, match[0], match[1], match[2], how)
        if (row.contact_id and row.contact_id in seen_contacts) or (row.email and row.email.casefold() in seen_emails) \
                or (row.action == WALK_IN and not row.email and fold(row.name) in seen_walk_ins):
            row.action, row.reason = SKIP, "registered"
        if row.action == WALK_IN:
            seen_walk_ins.add(fold(row.name))
        if row.contact_id:
            seen_contacts.add(row.contact_id)
        if row.email:
            seen_emails.add(row.email.casefold())
        plan.rows.append(row)
    return plan
