"""Values no form would produce (10**30, infinity, the year 99999, 31 February, bytes that are not
text): each is one named field problem, never a crash or a value the database cannot store.

If these failed, a command-line argument, an imported cell or a field package's value would end
in a traceback (or, on PostgreSQL, in a refused transaction) instead of a message naming the field.
"""

from __future__ import annotations

import os

import pytest

from fourthpillar.domain.field_kinds import incoming_problem
from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import FOLLOW_UP_FIELDS
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean

#: What Python makes of an argument with a byte that is not UTF-8 (a Latin-1 "ÿ" on a UTF-8 system).
NOT_TEXT = os.fsdecode(b"Jo\xffke") if os.name == "posix" else "Jo\udcffke"


@pytest.mark.parametrize(("fields", "raw", "field"), [
    (REQUEST_FIELDS, {"minutes_spent": 10**30}, "minutes_spent"),
    (REQUEST_FIELDS, {"minutes_spent": str(10**30)}, "minutes_spent"),
    (REQUEST_FIELDS, {"minutes_spent": float("inf")}, "minutes_spent"),
    (REQUEST_FIELDS, {"received_on": "99999-01-01"}, "received_on"),
    (REQUEST_FIELDS, {"received_on": "31/02/2025"}, "received_on"),
    (INITIATIVE_FIELDS, {"founded_year": 10**30}, "founded_year"),
    (INITIATIVE_FIELDS, {"postcode": float("inf")}, "postcode"),
    (INITIATIVE_FIELDS, {"postcode": float("nan")}, "postcode"),
    (INITIATIVE_FIELDS, {"name": NOT_TEXT}, "name"),
    (INITIATIVE_FIELDS, {"tags": ["ok", NOT_TEXT]}, "tags"),
    (CONTACT_FIELDS, {"email": f"{NOT_TEXT}@example.org"}, "email"),
    (FOLLOW_UP_FIELDS, {"action": NOT_TEXT}, "action"),
])
def test_a_hostile_value_is_one_named_problem(fields: dict, raw: dict, field: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationFailed) as failure:
        clean(fields, raw, complete=False)
    assert [problem.field for problem in failure.value.errors] == [field]


def test_text_with_bytes_that_are_not_text_says_so() -> None:
    with pytest.raises(ValidationFailed) as failure:
        clean(INITIATIVE_FIELDS, {"name": NOT_TEXT}, complete=False)
    assert "not text" in failure.value.errors[0].message


@pytest.mark.parametrize(("fields", "field", "value"), [
    (REQUEST_FIELDS, "minutes_spent", 10**30),
    (REQUEST_FIELDS, "minutes_spent", "12"),
    (REQUEST_FIELDS, "minutes_spent", True),
    (REQUEST_FIELDS, "received_on", "99999-01-01"),
    (REQUEST_FIELDS, "received_on", "2025-02-31"),
    (REQUEST_FIELDS, "received_on", 20250101),
    (INITIATIVE_FIELDS, "notes", "x" * 20_001),
    (INITIATIVE_FIELDS, "name", NOT_TEXT),
    (INITIATIVE_FIELDS, "tags", ["ok", NOT_TEXT]),
])
def test_a_package_value_that_cannot_be_stored_is_named(fields: dict, field: str, value: object) -> None:  # type: ignore[type-arg]
    """What a sync package brings is checked before it reaches the database."""
    assert incoming_problem(fields[field], value) is not None


@pytest.mark.parametrize(("fields", "field", "value"), [
    (REQUEST_FIELDS, "minutes_spent", 90),
    (REQUEST_FIELDS, "received_on", "2025-02-28"),
    (INITIATIVE_FIELDS, "notes", "Bel Griet [\u2026]"),
    (INITIATIVE_FIELDS, "tags", ["water", "Kisangani"]),
    (INITIATIVE_FIELDS, "panel_member", True),
    (REQUEST_FIELDS, "contact_id", None),
])
def test_ordinary_package_values_pass(fields: dict, field: str, value: object) -> None:  # type: ignore[type-arg]
    assert incoming_problem(fields[field], value) is None
