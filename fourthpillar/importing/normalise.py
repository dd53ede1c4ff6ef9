"""Turning the cells of one spreadsheet row into an initiative (and its contact person).

Offices spell things every way: "W-Vl", "BHG", "prov. Antwerpen"; "Nicaragua en Brasil",
"Congo (DRC)"; "v.z.w.", "fv"; "J", "x", "nee"; dates as Excel dates or text; enterprise
numbers with or without BE, dots and spaces. Each value is understood where possible. A value
that cannot be understood is never dropped: it is kept in the notes, and a warning says so.
The cells are read by :mod:`fourthpillar.importing.cell_values`; the final values pass through
:func:`fourthpillar.domain.fields.clean`, the same rules as a form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.postcode import province_for_postcode
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import translator
from fourthpillar.importing.cell_values import IN_FORMATION_TAG
from fourthpillar.importing.cell_values import NotUnderstood
from fourthpillar.importing.cell_values import as_text
from fourthpillar.importing.cell_values import emails
from fourthpillar.importing.cell_values import enterprise_number
from fourthpillar.importing.cell_values import founded_year
from fourthpillar.importing.cell_values import is_placeholder
from fourthpillar.importing.cell_values import language_code
from fourthpillar.importing.cell_values import legal_form_code
from fourthpillar.importing.cell_values import province_code
from fourthpillar.importing.cell_values import single_line
from fourthpillar.importing.cell_values import split_countries
from fourthpillar.importing.cell_values import split_themes
from fourthpillar.importing.cell_values import status_code
from fourthpillar.importing.cell_values import yes_no
from fourthpillar.importing.mapping import IMPORT_FIELDS
from fourthpillar.importing.mapping import MULTI_COLUMN
from fourthpillar.store.search import name_key

ERROR = "error"
WARNING = "warning"


_tr = translator("Import")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something about one cell (or row, or the file) the person should know.

    ``severity`` is ``error`` when the row is not imported, ``warning`` when it is imported and
    the value was corrected or kept in the notes. ``row`` is None for the file as a whole.
    """

    row: int | None
    column: str
    reason: str
    severity: str = WARNING
    field: str | None = None


@dataclass(slots=True)
class Cell:
    """One mapped cell of a row."""

    header: str
    field: str
    value: Any


@dataclass
class NormalisedRow:
    row: int
    initiative: dict[str, Any]
    contact: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return not any(problem.severity == ERROR for problem in self.problems)


# --- one row ----------------------------------------------------------------------------------

class _Row:
    """Collects one row's values, its problems and what goes to the notes."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.values: dict[str, Any] = {}
        self.contact: dict[str, Any] = {}
        self.tags: list[str] = []
        self.kept: list[str] = []
        self.problems: list[Problem] = []

    def warn(self, header: str, field_name: str | None, reason: str) -> None:
        self.problems.append(Problem(self.number, header, reason, WARNING, field_name))

    def keep(self, header: str, field_name: str | None, text: str, reason: str) -> None:
        """Keep a value that could not be used in the notes, with a warning."""
        self.kept.append(f"{header}: {text}")
        self.warn(header, field_name, reason + _tr("; kept in the notes"))


def _gather(cells: Sequence[Cell]) -> dict[str, tuple[str, Any]]:
    """field -> (header(s), value); several columns of a multi-column field are joined."""
    gathered: dict[str, tuple[str, Any]] = {}
    for cell in cells:
        if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
            continue
        if cell.field in gathered and cell.field in MULTI_COLUMN:
            header, value = gathered[cell.field]
            joined = as_text(value) + MULTI_COLUMN[cell.field] + as_text(cell.value)
            gathered[cell.field] = (f"{header} + {cell.header}", joined)
        elif cell.field not in gathered:
            gathered[cell.field] = (cell.header, cell.value)
    return gathered


def normalise_row(number: int, cells: Sequence[Cell], *, today: dt.date | None = None) -> NormalisedRow:
    """The initiative and contact of one row, cleaned by the domain rules, with every problem."""
    row = _Row(number)
    gathered = _gather(cells)
    headers = {name: header for name, (header, _value) in gathered.items()}
    notes = as_text(gathered["notes"][1]) if "notes" in gathered else ""

    for name, (header, value) in gathered.items():
        if name == "notes":
            continue
        text = as_text(value) if name in ("street", "contact_phone") else single_line(value)
        if name != "name" and is_placeholder(text):
            continue
        try:
            _understand(row, name, header, value, text, today)
        except NotUnderstood as problem:
            row.keep(header, name, text, str(problem))

    given_province = row.values.get("province")
    postcode_province = province_for_postcode(str(row.values.get("postcode", "")))
    if postcode_province is not None:
        if given_province is not None and given_province != postcode_province:
            row.warn(headers.get("province", ""), "province", _tr(
                "province '{given}' does not match postcode {postcode} ({derived}); the postcode's "
                "province is used").format(given=as_text(gathered["province"][1]),
                                           postcode=row.values["postcode"],
                                           derived=PROVINCES.label(postcode_province)))
        row.values["province"] = postcode_province

    if row.tags:
        row.values["tags"] = list(dict.fromkeys([*row.values.get("tags", []), *row.tags]))
    initiative = _clean_initiative(row, headers, notes)
    contact = _clean_contact(row, headers)
    if row.kept:
        initiative["notes"] = _with_kept(initiative.get("notes", ""), row.kept)
    return NormalisedRow(number, initiative, contact, row.problems)


def _understand(row: _Row, name: str, header: str, value: Any, text: str, today: dt.date | None) -> None:
    """Set *name* from one cell, or raise :class:`NotUnderstood`."""
    if name == "name":
        row.values["name"] = text
    elif name == "legal_form":
        code, in_formation = legal_form_code(text)
        row.values["legal_form"] = code
        if in_formation:
            row.tags.append(IN_FORMATION_TAG)
    elif name == "enterprise_number":
        row.values["enterprise_number"] = enterprise_number(value)
    elif name == "postcode":
        row.values["postcode"] = text.upper().removeprefix("B-").removeprefix("B ").strip()
    elif name == "province":
        row.values["province"] = province_code(text)
    elif name == "partner_countries":
        codes, unknown = split_countries(text)
        row.values["partner_countries"] = codes
        if unknown:
            row.keep(header, name, ", ".join(unknown), _tr("'{value}' is not a country").format(
                value=", ".join(unknown)))
    elif name == "themes":
        codes, rest = split_themes(text)
        row.values["themes"] = codes
        row.tags.extend(rest)
    elif name == "founded_year":
        row.values["founded_year"] = founded_year(value, today)
    elif name == "panel_member":
        row.values["panel_member"] = yes_no(value)
    elif name == "status":
        row.values["status"] = status_code(text)
    elif name == "tags":
        row.values["tags"] = [tag for tag in re.split(r"\s*[,;|\n]\s*", text) if tag]
    elif name == "contact_email":
        found = emails(text)
        if found:
            row.contact["email"] = found[0]
        if len(found) > 1:
            row.keep(header, name, ", ".join(found[1:]),
                     _tr("several e-mail addresses; the first is the contact's"))
    elif name == "contact_language":
        row.contact["language"] = language_code(text)
    elif name.startswith("contact_"):
        row.contact[name.removeprefix("contact_")] = text
    else:  # street, municipality
        row.values[name] = text


def _clean_initiative(row: _Row, headers: dict[str, str], notes: str) -> dict[str, Any]:
    values = dict(row.values)
    if notes:
        values["notes"] = notes
    if not values.get("name"):
        if values or row.contact:
            row.problems.append(Problem(row.number, headers.get("name", ""), _tr(
                "the row has no name; it is not imported"), ERROR, "name"))
        values["name"] = ""
        return values
    for _attempt in range(len(INITIATIVE_FIELDS)):
        try:
            cleaned = clean(INITIATIVE_FIELDS, values, complete=True)
        except ValidationFailed as failed:
            for error in failed.errors:
                header = headers.get(error.field, IMPORT_FIELDS.get(error.field, error.field))
                raw = values.pop(error.field, "")
                if error.field == "name":
                    values["name"] = str(raw)[:200]
                    row.keep(header, "name", str(raw), _tr("the name is longer than 200 characters; cut"))
                elif error.field == "notes":
                    values["notes"] = str(raw)[:20000]
                    row.warn(header, "notes", _tr("the notes are longer than 20,000 characters; cut"))
                else:
                    shown = ", ".join(raw) if isinstance(raw, list) else as_text(raw)
                    row.keep(header, error.field, shown, f"'{shown}': {error.message}")
            continue
        cleaned["name_key"] = name_key(cleaned["name"])
        return cleaned
    raise AssertionError("cleaning did not settle")  # pragma: no cover - each pass drops a field


def _clean_contact(row: _Row, headers: dict[str, str]) -> dict[str, Any] | None:
    values = {key: value for key, value in row.contact.items() if value not in ("", None)}
    if not values:
        return None
    if not values.get("name"):
        for key, value in values.items():
            header = headers.get(f"contact_{key}", key)
            row.keep(header, f"contact_{key}", str(value), _tr("there is no contact person's name"))
        return None
    for _attempt in range(len(CONTACT_FIELDS)):
        try:
            return clean(CONTACT_FIELDS, values, complete=True)
        except ValidationFailed as failed:
            for error in failed.errors:
                raw = values.pop(error.field, "")
                header = headers.get(f"contact_{error.field}", error.field)
                if error.field == "name":
                    values["name"] = str(raw)[:200]
                    row.keep(header, "contact_name", str(raw), _tr("the name is longer than 200 characters; cut"))
                else:
                    row.keep(header, f"contact_{error.field}", as_text(raw), f"'{as_text(raw)}': {error.message}")
    return None  # pragma: no cover


def _with_kept(notes: str, kept: list[str]) -> str:
    block = _tr("Not understood during import:") + "\n" + "\n".join(kept)
    combined = f"{notes}\n\n{block}" if notes else block
    return combined[:20000]
