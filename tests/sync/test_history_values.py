"""A value in a record's history that a rule tightened since refuses is no reason to refuse a
package, once a later change replaced it; a record's current values keep every rule.

If these failed, an office whose register holds an address or an enterprise number typed under an
older, looser rule and corrected since could make no first package (and no copy could take a
package carrying that history) although nothing in the register can be edited to help; or the
other way round, a package could slip a value that breaks a rule into a record's current state,
or carry garbage, by calling it history.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sync_helpers import checkout
from sync_helpers import exchange
from sync_helpers import first_lines
from sync_helpers import forge_first
from sync_helpers import opened_package
from sync_helpers import register_state
from sync_helpers import sealed
from sync_helpers import send

from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import ContactPerson
from fourthpillar.sync.history_values import history_problem
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import PackageRefused

COLUMN = {name: index for index, name in enumerate(CHANGE_COLUMNS)}
#: What a rule tightened since refuses: an address without its domain's end, check digits that do not match.
OLD_EMAIL, OLD_NUMBER = "amina@example", "0123.456.789"


def _sql(desk: Desk, statement: str, **values: object) -> None:
    """Write as an older version of the app (or a looser rule) left it."""
    with desk.database.session() as session:
        session.execute(text(statement), values)
        session.commit()


def _created_with(desk: Desk, entity: str, record_id: str, **fields: object) -> None:
    """The record's creation in the change log holding *fields* instead of what was typed."""
    with desk.database.session() as session:
        payload = json.loads(session.execute(text(
            "SELECT new_value FROM change WHERE entity = :entity AND entity_id = :id AND operation = 'create'"),
            {"entity": entity, "id": record_id}).scalar_one())
    _sql(desk, "UPDATE change SET new_value = :value WHERE entity = :entity AND entity_id = :id "
         "AND operation = 'create'", value=json.dumps({**payload, **fields}), entity=entity, id=record_id)


def _history(desk: Desk, entity: str, record_id: str, field: str) -> list[str]:
    return [entry.new_text for entry in history.record_history(desk, entity=entity, record_id=record_id)
            if entry.field == field]


@pytest.fixture
def corrected(any_desk: Desk) -> dict[str, str]:
    """An initiative and its contact person created with what a stricter rule now refuses (as an
    older version wrote them), corrected since."""
    made = initiatives.register_initiative(any_desk, values={"name": "Water voor Kisangani",
                                                             "enterprise_number": "0403.170.701"})
    contact = initiatives.add_contact(any_desk, initiative_id=made.id,
                                      values={"name": "Amina Diallo", "email": "amina@example.be"})
    _created_with(any_desk, "contact", contact.id, email=OLD_EMAIL)
    _created_with(any_desk, "initiative", made.id, enterprise_number=OLD_NUMBER)
    initiatives.update_contact(any_desk, contact_id=contact.id, changes={"email": "amina.diallo@example.be"})
    initiatives.update_initiative(any_desk, initiative_id=made.id, changes={"enterprise_number": "0202.239.951"})
    return {"initiative": made.id, "contact": contact.id}


def test_a_replaced_value_a_stricter_rule_refuses_makes_a_first_package_and_a_copy(
        any_desk: Desk, corrected: dict[str, str], tmp_path: Path) -> None:
    made = sync.create_first_package(any_desk, path=tmp_path / "first.fpsync")
    checked_out = sync.checkout_package(path=made.path, data_dir=tmp_path / "laptop", code=made.code)
    laptop = open_desk(data_dir=checked_out.data_dir)
    try:
        assert initiatives.get_initiative(laptop, initiative_id=corrected["initiative"]).enterprise_number == \
            "0202.239.951"
        assert OLD_EMAIL in _history(laptop, "contact", corrected["contact"], "email")
        assert "amina.diallo@example.be" in _history(laptop, "contact", corrected["contact"], "email")
        assert OLD_NUMBER in _history(laptop, "initiative", corrected["initiative"], "enterprise_number")
    finally:
        laptop.close()


def test_a_record_whose_current_value_breaks_the_rule_is_still_named_at_the_office(
        any_desk: Desk, corrected: dict[str, str], tmp_path: Path) -> None:
    _sql(any_desk, "UPDATE contact_person SET email = :email WHERE id = :id", email=OLD_EMAIL, id=corrected["contact"])
    refusal = rf"^contact person {corrected['contact']} holds a value.*email"
    with pytest.raises(PackageRefused, match=refusal) as refused:
        sync.create_first_package(any_desk, path=tmp_path / "first.fpsync")
    assert "correct it in the register" in str(refused.value)
    assert not (tmp_path / "first.fpsync").exists()


@pytest.mark.parametrize("value", ["amina\x00@example", "amina\udcff@example", "a" * 300 + "@example"])
def test_a_replaced_value_that_is_not_plain_text_or_too_long_is_still_refused_at_the_office(
        desk: Desk, tmp_path: Path, value: str) -> None:
    """Kept as history, it would still be a value no copy can store or show: the office is told
    it is in the history (editing does not help), not sent to edit the record."""
    made = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    contact = initiatives.add_contact(desk, initiative_id=made.id, values={"name": "Amina Diallo"})
    _created_with(desk, "contact", contact.id, email=value)
    initiatives.update_contact(desk, contact_id=contact.id, changes={"email": "amina.diallo@example.be"})
    with pytest.raises(PackageRefused, match=rf"change of contact person {contact.id}.*email") as refused:
        sync.create_first_package(desk, path=tmp_path / "first.fpsync")
    assert "history" in str(refused.value) and "correct it in the register" not in str(refused.value)
    assert "a" * 300 not in str(refused.value)


class Forger:
    """The first package of a register holding a corrected value, opened with its code: its
    lines can be changed and sealed again (someone holding the code can do as much)."""

    def __init__(self, desk: Desk, corrected: dict[str, str], folder: Path) -> None:
        made = sync.create_first_package(desk, path=folder / "first.fpsync")
        self.code, self.folder, self.contact = made.code, folder, corrected["contact"]
        self.head, self.lines = first_lines(made.path, made.code)

    def log(self, lines: list[Any], operation: str) -> list[Any]:
        """The change rows of the contact's e-mail of *operation* (its creation: the create row)."""
        return [row for line in lines if line[0] == "log" for row in line[1]
                if row[COLUMN["entity_id"]] == self.contact and row[COLUMN["operation"]] == operation
                and row[COLUMN["field"]] in ((None, "email") if operation == "create" else ("email",))]

    def checkout(self, lines: list[Any], folder: str = "laptop") -> Path:
        """The copy made from *lines* in a new data folder, or the refusal."""
        path = forge_first(self.folder / "forged.fpsync", self.head, lines, self.code)
        return sync.checkout_package(path=path, data_dir=self.folder / folder, code=self.code).data_dir

    def refusal(self, lines: list[Any]) -> str:
        """The one line a checkout of *lines* is refused with; no data folder is left behind."""
        with pytest.raises(PackageRefused) as refused:
            self.checkout(lines, "refused")
        assert not (self.folder / "refused").exists()
        assert "\n" not in str(refused.value)
        return str(refused.value)


@pytest.fixture
def forger(desk: Desk, tmp_path: Path) -> Iterator[Forger]:
    made = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    contact = initiatives.add_contact(desk, initiative_id=made.id,
                                      values={"name": "Amina Diallo", "email": "amina@example.be"})
    _created_with(desk, "contact", contact.id, email=OLD_EMAIL)
    initiatives.update_contact(desk, contact_id=contact.id, changes={"email": "amina.diallo@example.be"})
    yield Forger(desk, {"contact": contact.id}, tmp_path)


def test_a_first_package_cannot_call_a_current_value_history(forger: Forger) -> None:
    """The record's row is its current value; the log's version of the field (a head) stays
    the current value of the field; a creation's value is history only when the log holds a
    later version of the field: each, broken, is refused, naming the record and field."""
    assert forger.checkout(forger.lines).exists()  # as made: the history value is no reason to refuse it
    record = copy.deepcopy(forger.lines)
    start = next(index for index, line in enumerate(record) if line[:2] == ["table", "contact"])
    names, rows = record[start][2], record[start + 1][1]
    next(row for row in rows if row[names.index("id")] == forger.contact)[names.index("email")] = OLD_EMAIL
    assert forger.contact in (message := forger.refusal(record)) and "email:" in message

    head = copy.deepcopy(forger.lines)
    forger.log(head, "update")[0][COLUMN["new_value"]] = json.dumps(OLD_EMAIL)
    assert forger.contact in (message := forger.refusal(head)) and "email:" in message

    unproven = copy.deepcopy(forger.lines)  # no later version of the e-mail: one of the phone instead
    replaced = forger.log(unproven, "update")[0]
    replaced[COLUMN["field"]], replaced[COLUMN["new_value"]] = "phone", json.dumps("0470 12 34 56")
    assert forger.contact in (message := forger.refusal(unproven)) and "email:" in message


@pytest.mark.parametrize("value", ["amina\x00@example", "a" * 300 + "@example", ["amina@example"]])
def test_a_first_package_history_value_that_is_garbage_is_refused(forger: Forger, value: Any) -> None:
    lines = copy.deepcopy(forger.lines)
    created = forger.log(lines, "create")[0]
    created[COLUMN["new_value"]] = json.dumps({**json.loads(created[COLUMN["new_value"]]), "email": value})
    message = forger.refusal(lines)
    assert forger.contact in message and "email:" in message and "a" * 300 not in message


@pytest.fixture
def office(desk: Desk) -> Desk:
    return desk


@pytest.fixture
def laptop(office: Desk, tmp_path: Path) -> Iterator[Desk]:
    desk = checkout(office, tmp_path, name="Bert Claes")
    yield desk
    desk.close()


def _edited_twice(office: Desk, laptop: Desk, folder: Path, *, first: Any) -> str:
    """A contact the laptop holds, whose e-mail the office changed to *first* (written as an
    older version would have) and then to a valid address; the contact's id."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani"})
    contact = initiatives.add_contact(office, initiative_id=made.id,
                                      values={"name": "Amina Diallo", "email": "amina@example.be"})
    exchange(office, laptop, folder)
    initiatives.update_contact(office, contact_id=contact.id, changes={"email": "amina@oud.example.be"})
    _sql(office, "UPDATE change SET new_value = :value WHERE entity_id = :id AND field = 'email'",
         value=json.dumps(first), id=contact.id)
    initiatives.update_contact(office, contact_id=contact.id, changes={"email": "amina.diallo@example.be"})
    return contact.id


def test_a_package_carrying_a_replaced_value_a_stricter_rule_refuses_applies(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    contact_id = _edited_twice(office, laptop, tmp_path, first=OLD_EMAIL)
    exchange(office, laptop, tmp_path)
    with laptop.database.session() as session:
        assert session.get(ContactPerson, contact_id).email == "amina.diallo@example.be"  # type: ignore[union-attr]
    assert OLD_EMAIL in _history(laptop, "contact", contact_id, "email")


def _founded_twice(office: Desk, laptop: Desk, folder: Path, *, first: Any, stored: bool = True) -> str:
    """An initiative the laptop holds, whose founding year the office changed to *first* (as an
    older version, under a looser range, would have; *stored*: in the record too, so that the
    correction's old value is *first*) and then corrected; the initiative's id."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani", "founded_year": 1990})
    exchange(office, laptop, folder)
    initiatives.update_initiative(office, initiative_id=made.id, changes={"founded_year": 1991})
    _sql(office, "UPDATE change SET new_value = :value WHERE entity_id = :id AND field = 'founded_year'",
         value=json.dumps(first), id=made.id)
    if stored:
        _sql(office, "UPDATE initiative SET founded_year = :value WHERE id = :id", value=first, id=made.id)
    initiatives.update_initiative(office, initiative_id=made.id, changes={"founded_year": 1995})
    return made.id


def test_a_package_carrying_a_replaced_number_out_of_todays_range_applies(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The replaced change and the correction's old value are history: a range tightened since
    does not refuse them (before, a founding year of 1700 did, as a value that cannot be stored)."""
    made = _founded_twice(office, laptop, tmp_path, first=1700)
    exchange(office, laptop, tmp_path)
    assert initiatives.get_initiative(laptop, initiative_id=made).founded_year == 1995
    assert "1700" in _history(laptop, "initiative", made, "founded_year")


def test_a_package_history_number_no_database_holds_is_refused(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    _founded_twice(office, laptop, tmp_path, first=10**30, stored=False)
    before = register_state(laptop)
    with pytest.raises(PackageRefused, match=r"founded_year"):
        exchange(office, laptop, tmp_path)
    assert register_state(laptop) == before


def _forged(office: Desk, laptop: Desk, tmp_path: Path, contact_id: str, change: Any) -> Path:
    """The office's package for the laptop with its e-mail changes passed through *change*,
    signed and sealed again with the office's keys."""
    path = send(office, laptop, tmp_path)
    package = opened_package(path, office, laptop)
    rows = [list(row) for row in package.changes]
    emails = [row for row in rows if row[COLUMN["entity_id"]] == contact_id and row[COLUMN["field"]] == "email"]
    assert len(emails) == 2
    rows = change(rows, *emails)
    path.write_bytes(sealed(office, package, laptop, changes=rows))
    return path


def _concurrent(rows: list[list[Any]], first: list[Any], second: list[Any]) -> list[list[Any]]:
    second[COLUMN["parents"]] = ""  # no longer replaces the first: two heads, the later shows
    first[COLUMN["changed_at"]] = "2999-01-01T00:00:00+00:00"
    return rows


def _after(rows: list[list[Any]], first: list[Any], second: list[Any]) -> list[list[Any]]:
    rows.remove(first)  # the replaced change after the one replacing it: it would stay a head
    return [*rows, first]


@pytest.mark.parametrize("change", [_concurrent, _after])
def test_a_package_cannot_call_a_value_it_does_not_replace_history(
        office: Desk, laptop: Desk, tmp_path: Path, change: Any) -> None:
    contact_id = _edited_twice(office, laptop, tmp_path, first=OLD_EMAIL)
    path = _forged(office, laptop, tmp_path, contact_id, change)
    before = register_state(laptop)
    with pytest.raises(PackageRefused, match=rf"break the rules.*contact {contact_id}: email"):
        sync.apply_package(laptop, path=path)
    assert register_state(laptop) == before


@pytest.mark.parametrize("value", ["amina\x00@example", "a" * 300 + "@example", {"address": "amina@example"}])
def test_a_package_history_value_that_is_garbage_is_refused(
        office: Desk, laptop: Desk, tmp_path: Path, value: Any) -> None:
    _edited_twice(office, laptop, tmp_path, first=value)
    before = register_state(laptop)
    with pytest.raises(PackageRefused, match=r"email") as refused:
        exchange(office, laptop, tmp_path)
    assert "a" * 300 not in str(refused.value)
    assert register_state(laptop) == before


@pytest.mark.parametrize(("entity", "name", "value", "kept"), [
    ("initiative", "province", "mars", True),  # a code gone from the vocabulary
    ("initiative", "themes", ["no-such-theme"], True),
    ("initiative", "founded_year", 1700, True),  # below today's range
    ("contact", "email", "amina@example", True),
    ("contact", "consent_date", "1850-01-01", True),
    ("initiative", "province", "mars" * 6, False),  # longer than its column
    ("initiative", "themes", "advice", False),  # not a list
    ("initiative", "tags", ["a|b"], False),
    ("initiative", "founded_year", "1700", False),
    ("initiative", "panel_member", "yes", False),
    ("contact", "consent_date", "2025-02-31", False),
    ("contact", "phone", "0470\x00", False),
    ("initiative", "id", "x", False),  # no field: never history
])
def test_what_a_history_value_may_be(entity: str, name: str, value: Any, kept: bool) -> None:
    """Its kind, plain text and length bound; not its format, vocabulary or range."""
    assert (history_problem(entity, name, value) is None) is kept
