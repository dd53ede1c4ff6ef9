"""Field rules of the domain: turn raw input (form text, command-line text, imported cells)
into typed values, or say exactly which field is wrong and why.

Each entity has a table of :class:`Field` objects (the kinds of field are in
:mod:`fourthpillar.domain.field_kinds`). :func:`clean` applies them to a mapping
of raw values and either returns the typed values or raises :class:`ValidationFailed`
listing every problem, so an editor can mark all bad fields at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fourthpillar.domain.field_kinds import Boolean
from fourthpillar.domain.field_kinds import Choice
from fourthpillar.domain.field_kinds import Countries
from fourthpillar.domain.field_kinds import Date
from fourthpillar.domain.field_kinds import Email
from fourthpillar.domain.field_kinds import EnterpriseNumber
from fourthpillar.domain.field_kinds import Field
from fourthpillar.domain.field_kinds import Integer
from fourthpillar.domain.field_kinds import Invalid
from fourthpillar.domain.field_kinds import MultiChoice
from fourthpillar.domain.field_kinds import Postcode
from fourthpillar.domain.field_kinds import Reference
from fourthpillar.domain.field_kinds import Tags
from fourthpillar.domain.field_kinds import Text
from fourthpillar.domain.field_kinds import Time
from fourthpillar.domain.field_kinds import Year
from fourthpillar.domain.postcode import province_for_postcode
from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import EVENT_STATUSES
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LANGUAGES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REGISTRATION_STATUSES
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate

# The kinds of field stay importable from here: callers name them with the tables they fill.
__all__ = [
    "CONTACT_FIELDS",
    "EVENT_FIELDS",
    "FIELD_RULES",
    "FOLLOW_UP_FIELDS",
    "INITIATIVE_FIELDS",
    "OFFICER_FIELDS",
    "REGISTRATION_FIELDS",
    "REQUEST_FIELDS",
    "Boolean",
    "Choice",
    "Countries",
    "Date",
    "Email",
    "EnterpriseNumber",
    "Field",
    "FieldError",
    "Integer",
    "MultiChoice",
    "Postcode",
    "Reference",
    "Tags",
    "Text",
    "Time",
    "ValidationFailed",
    "Year",
    "clean",
    "derive_province",
    "field_label",
]


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: *field* is the stored field name."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(ValueError):
    """Raised with every :class:`FieldError` found; nothing has been written."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(error) for error in self.errors))

    def for_field(self, field: str) -> str | None:
        for error in self.errors:
            if error.field == field:
                return error.message
        return None


INITIATIVE_FIELDS: dict[str, Field] = {
    "name": Text(QT_TRANSLATE_NOOP("Field", "name"), required=True, max_length=200),
    "legal_form": Choice(QT_TRANSLATE_NOOP("Field", "legal form"), LEGAL_FORMS),
    "enterprise_number": EnterpriseNumber(QT_TRANSLATE_NOOP("Field", "enterprise number")),
    "street": Text(QT_TRANSLATE_NOOP("Field", "address"), max_length=200),
    "postcode": Postcode(QT_TRANSLATE_NOOP("Field", "postcode")),
    "municipality": Text(QT_TRANSLATE_NOOP("Field", "municipality"), max_length=100),
    "province": Choice(QT_TRANSLATE_NOOP("Field", "province"), PROVINCES),
    "partner_countries": Countries(QT_TRANSLATE_NOOP("Field", "partner countries")),
    "themes": MultiChoice(QT_TRANSLATE_NOOP("Field", "themes"), THEMES),
    "founded_year": Year(QT_TRANSLATE_NOOP("Field", "founding year")),
    "panel_member": Boolean(QT_TRANSLATE_NOOP("Field", "4de Pijlerpanel member")),
    "status": Choice(QT_TRANSLATE_NOOP("Field", "status"), INITIATIVE_STATUSES, default="active"),
    "tags": Tags(QT_TRANSLATE_NOOP("Field", "tags")),
    "notes": Text(QT_TRANSLATE_NOOP("Field", "notes"), max_length=20000),
}

CONTACT_FIELDS: dict[str, Field] = {
    "name": Text(QT_TRANSLATE_NOOP("Field", "name"), required=True, max_length=200),
    "role": Text(QT_TRANSLATE_NOOP("Field", "role"), max_length=100),
    "email": Email(QT_TRANSLATE_NOOP("Field", "e-mail")),
    "phone": Text(QT_TRANSLATE_NOOP("Field", "phone"), max_length=40),
    "language": Choice(QT_TRANSLATE_NOOP("Field", "preferred language"), LANGUAGES, default="nl"),
    "consent_date": Date(QT_TRANSLATE_NOOP("Field", "consent date")),
}

REQUEST_FIELDS: dict[str, Field] = {
    "received_on": Date(QT_TRANSLATE_NOOP("Field", "date received"), required=True),
    "channel": Choice(QT_TRANSLATE_NOOP("Field", "channel"), CHANNELS, required=True),
    "topics": MultiChoice(QT_TRANSLATE_NOOP("Field", "topics"), TOPICS),
    "question": Text(QT_TRANSLATE_NOOP("Field", "question"), required=True, max_length=20000),
    "status": Choice(QT_TRANSLATE_NOOP("Field", "status"), REQUEST_STATUSES, default="new"),
    "officer_id": Reference(QT_TRANSLATE_NOOP("Field", "assigned officer")),
    "contact_id": Reference(QT_TRANSLATE_NOOP("Field", "contact person")),
    "due_on": Date(QT_TRANSLATE_NOOP("Field", "due date")),
    "advice": Text(QT_TRANSLATE_NOOP("Field", "advice given"), max_length=50000),
    "minutes_spent": Integer(QT_TRANSLATE_NOOP("Field", "time spent (minutes)"), minimum=0, maximum=100_000),
    "internal_note": Text(QT_TRANSLATE_NOOP("Field", "internal note"), max_length=20000),
}

FOLLOW_UP_FIELDS: dict[str, Field] = {
    "action": Text(QT_TRANSLATE_NOOP("Field", "what to do"), required=True, max_length=2000),
    "due_on": Date(QT_TRANSLATE_NOOP("Field", "due date"), required=True),
    "owner_id": Reference(QT_TRANSLATE_NOOP("Field", "owner")),
    "done_on": Date(QT_TRANSLATE_NOOP("Field", "done date")),
    "outcome": Text(QT_TRANSLATE_NOOP("Field", "outcome"), max_length=20000),
}

EVENT_FIELDS: dict[str, Field] = {
    "title": Text(QT_TRANSLATE_NOOP("Field", "title"), required=True, max_length=200),
    "kind": Choice(QT_TRANSLATE_NOOP("Field", "kind of event"), EVENT_KINDS, required=True),
    "topics": MultiChoice(QT_TRANSLATE_NOOP("Field", "topics"), TOPICS),
    "starts_on": Date(QT_TRANSLATE_NOOP("Field", "start date"), required=True),
    "start_time": Time(QT_TRANSLATE_NOOP("Field", "start time")),
    "ends_on": Date(QT_TRANSLATE_NOOP("Field", "end date")),
    "end_time": Time(QT_TRANSLATE_NOOP("Field", "end time")),
    "place": Text(QT_TRANSLATE_NOOP("Field", "place (address or online link)"), max_length=500),
    "capacity": Integer(QT_TRANSLATE_NOOP("Field", "capacity"), minimum=1, maximum=100_000),
    "trainers": Text(QT_TRANSLATE_NOOP("Field", "trainers"), max_length=500),
    "officer_id": Reference(QT_TRANSLATE_NOOP("Field", "officer in charge")),
    "status": Choice(QT_TRANSLATE_NOOP("Field", "status"), EVENT_STATUSES, default="planned"),
    "notes": Text(QT_TRANSLATE_NOOP("Field", "notes"), max_length=20000),
}

REGISTRATION_FIELDS: dict[str, Field] = {
    "contact_id": Reference(QT_TRANSLATE_NOOP("Field", "contact person")),
    "name": Text(QT_TRANSLATE_NOOP("Field", "name"), max_length=200),
    "email": Email(QT_TRANSLATE_NOOP("Field", "e-mail")),
    "status": Choice(QT_TRANSLATE_NOOP("Field", "status"), REGISTRATION_STATUSES, default="registered"),
    "registered_on": Date(QT_TRANSLATE_NOOP("Field", "registration date")),
}

OFFICER_FIELDS: dict[str, Field] = {
    "name": Text(QT_TRANSLATE_NOOP("Field", "name"), required=True, max_length=120),
    "region": Choice(QT_TRANSLATE_NOOP("Field", "region"), PROVINCES),
    "email": Email(QT_TRANSLATE_NOOP("Field", "e-mail")),
}

#: The field rules of each kind of record, by its name in the change log (``store.models.ENTITIES``):
#: the one table that editors, history, merging, sync and exports look a record's fields up in.
FIELD_RULES: dict[str, dict[str, Field]] = {
    "initiative": INITIATIVE_FIELDS,
    "contact": CONTACT_FIELDS,
    "request": REQUEST_FIELDS,
    "follow_up": FOLLOW_UP_FIELDS,
    "officer": OFFICER_FIELDS,
    "event": EVENT_FIELDS,
    "registration": REGISTRATION_FIELDS,
}


def field_label(fields: Mapping[str, Field], name: str) -> str:
    field = fields.get(name)
    return translate("Field", field.label) if field else name


def clean(fields: Mapping[str, Field], raw: Mapping[str, Any], *, complete: bool) -> dict[str, Any]:
    """Typed values for *raw*, or :class:`ValidationFailed` naming every bad field.

    With *complete* (a new record) every field is cleaned, so required ones are enforced and
    missing ones get their empty value; otherwise only the given fields are (a partial change).
    """
    errors: list[FieldError] = []
    for name in raw:
        if name not in fields:
            errors.append(FieldError(name, translate("Validation", "is not a field that can be set")))
    values: dict[str, Any] = {}
    names = list(fields) if complete else [name for name in raw if name in fields]
    for name in names:
        try:
            values[name] = fields[name].clean(raw.get(name))
        except Invalid as problem:
            errors.append(FieldError(name, str(problem)))
    if errors:
        raise ValidationFailed(errors)
    return values


def derive_province(values: dict[str, Any], current_postcode: str = "") -> None:
    """Set the province from a Belgian postcode; it wins over a typed province."""
    postcode = values.get("postcode", current_postcode) or ""
    province = province_for_postcode(postcode)
    if province is not None:
        values["province"] = province
