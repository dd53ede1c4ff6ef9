"""Every value the field rules accept fits its column on PostgreSQL.

SQLite stores a text of any length in a ``VARCHAR(n)`` column; PostgreSQL refuses one longer
than n with a DataError: a save, an import or a sync that works on an office's own SQLite
register would fail with a traceback on the shared PostgreSQL database.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import String

from fourthpillar.domain import fields
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import NAME_KEY_LENGTH
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Record
from fourthpillar.store.search import fold
from fourthpillar.store.search import name_key

RULES: list[tuple[Mapping[str, fields.Field], type[Record]]] = [
    (fields.INITIATIVE_FIELDS, Initiative),
    (fields.CONTACT_FIELDS, ContactPerson),
    (fields.REQUEST_FIELDS, AdviceRequest),
    (fields.FOLLOW_UP_FIELDS, FollowUp),
    (fields.OFFICER_FIELDS, Officer),
]


def _mismatches() -> list[str]:
    found = []
    for rules, model in RULES:
        columns = model.__table__.columns
        for name, rule in rules.items():
            column = columns[name]
            length = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or length is None:
                continue  # not text, or text of any length (Text, code lists)
            if isinstance(rule, fields.Reference):
                # An id is looked up before it is stored: an unknown (or too long) one is refused.
                if not column.foreign_keys:
                    found.append(f"{model.__tablename__}.{name}: a reference without a foreign key")
                continue
            if rule.max_length is None or rule.max_length > length:
                found.append(f"{model.__tablename__}.{name}: the field rule accepts "
                             f"{rule.max_length or 'any number of'} characters, the column holds {length}")
    return found


def test_every_value_a_field_rule_accepts_fits_its_column() -> None:
    """A value the editor accepts but the shared database refuses would fail the save with a
    traceback on PostgreSQL only; the message names the field and both lengths."""
    assert _mismatches() == []


def test_the_field_rules_cover_every_column_a_person_edits() -> None:
    """A field edited through the services but without a rule would escape the length check
    above (and validation)."""
    for rules, model in RULES:
        assert set(model.FIELDS) <= set(rules), model.__tablename__


def test_the_test_notices_a_field_rule_longer_than_its_column() -> None:
    """The check above would pass vacuously if it never compared a limit; widen one rule and it
    must name the field."""
    rule = fields.INITIATIVE_FIELDS["municipality"]
    assert isinstance(rule, fields.Text)
    original = rule.max_length
    rule.max_length = original + 1
    try:
        assert _mismatches() == [
            f"initiative.municipality: the field rule accepts {original + 1} characters, the column holds {original}"
        ]
    finally:
        rule.max_length = original


def test_a_longest_name_folds_to_a_key_that_fits_its_column() -> None:
    """Folding lengthens some letters ("ß" -> "ss", "ﬁ" -> "fi"): a 200-character name must still
    give a sort key the name_key column holds, or registering it fails on PostgreSQL."""
    limit = fields.INITIATIVE_FIELDS["name"].max_length
    assert limit is not None
    for name in ("ß" * limit, "ﬁ" * limit, ("Straße" * limit)[:limit], "a" * limit):
        assert len(fold(name)) > NAME_KEY_LENGTH or name == "a" * limit
        key = name_key(name)
        assert len(key) <= NAME_KEY_LENGTH
        assert key == fold(name)[:len(key)]
    assert name_key("Vzw De Straße") == "vzw de strasse"


def test_a_nul_character_in_typed_or_imported_text_is_dropped(any_desk: Desk) -> None:
    """A NUL (from a damaged file or a paste) is invisible; PostgreSQL cannot store one at all
    and failed the save with a traceback, where SQLite kept it. The field rules drop it."""
    saved = initiatives.register_initiative(any_desk, values={
        "name": "Water\x00 voor Bukavu", "notes": "eerste\x00 contact", "tags": ["vrij\x00willigers"]})
    initiatives.add_contact(any_desk, initiative_id=saved.id, values={
        "name": "An\x00 Peeters", "email": "an\x00@example.org"})
    initiatives.update_initiative(any_desk, initiative_id=saved.id, changes={"street": "Meir\x00 2"})
    detail = initiatives.get_initiative(any_desk, initiative_id=saved.id)
    assert (detail.name, detail.notes, detail.tags, detail.street) == (
        "Water voor Bukavu", "eerste contact", ["vrijwilligers"], "Meir 2")
    assert [(contact.name, contact.email) for contact in detail.contacts] == [("An Peeters", "an@example.org")]
