"""Attacks on the history exemption (sync/history_values.py): a package that tries to bring a
value breaking a field rule into a record's current state (what the lists, editors and exports
show) by calling it history, or by making the merge show a value the full rules never checked.

If one of these failed, a forged (or buggy) package could leave an e-mail address no form
accepts, a province that does not exist or an officer's access the office never gave in a copy's
register, which the editors would then refuse to save again, or which would let that officer in.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy import text
from sync_helpers import checkout
from sync_helpers import dump
from sync_helpers import exchange
from sync_helpers import first_lines
from sync_helpers import forge_first
from sync_helpers import opened_package
from sync_helpers import register_state
from sync_helpers import sealed
from sync_helpers import send

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import CHANGED_AT
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import ID
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OLD_VALUE
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import PackageRefused

#: An address a stricter rule now refuses (no end to its domain), and a valid one.
BAD, GOOD = "amina@example", "amina.diallo@example.be"
Rows = list[list[Any]]


def _sql(desk: Desk, statement: str, **values: object) -> None:
    """Write as an older version of the app (or a looser rule) left it."""
    with desk.database.session() as session:
        session.execute(text(statement), values)
        session.commit()


def _email(desk: Desk, contact_id: str) -> str | None:
    with desk.database.session() as session:
        return session.scalar(select(ContactPerson.email).where(ContactPerson.id == contact_id))


@pytest.fixture
def office(desk: Desk) -> Desk:
    return desk


@pytest.fixture
def laptop(office: Desk, tmp_path: Path) -> Iterator[Desk]:
    desk = checkout(office, tmp_path, name="Bert Claes")
    yield desk
    desk.close()


@pytest.fixture
def contact(office: Desk, laptop: Desk, tmp_path: Path) -> str:
    """A contact person both hold, with a valid e-mail address."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani"})
    added = initiatives.add_contact(office, initiative_id=made.id, values={"name": "Amina Diallo", "email": GOOD})
    exchange(office, laptop, tmp_path)
    return added.id


def _edit(desk: Desk, contact_id: str, email: str) -> None:
    initiatives.update_contact(desk, contact_id=contact_id, changes={"email": email})


def _forged(office: Desk, laptop: Desk, folder: Path, change: Callable[[Rows], Rows]) -> Path:
    """The office's package for the laptop with its rows passed through *change*, signed and
    sealed again with the office's keys (what the office's app, or its keys, could make)."""
    path = send(office, laptop, folder)
    package = opened_package(path, office, laptop)
    rows = change([list(row) for row in package.changes])
    path.write_bytes(sealed(office, package, laptop, changes=rows))
    return path


def _refused(desk: Desk, path: Path, match: str) -> None:
    """Applying *path* is refused with one line matching *match* and changes nothing at all."""
    before = dump(desk)
    with pytest.raises(PackageRefused, match=match) as refused:
        sync.apply_package(desk, path=path)
    assert "\n" not in str(refused.value)
    assert dump(desk) == before


def _emails(rows: Rows, contact_id: str) -> Rows:
    return [row for row in rows if row[ENTITY_ID] == contact_id and row[FIELD] == "email"]


def _row_after(rows: Rows, template: list[Any], **values: Any) -> list[Any]:
    """A new change of the template's origin, numbered after every change of *rows*."""
    row = list(template)
    row[ID] = f"forged-{len(rows)}"
    row[SEQ] = max(other[SEQ] for other in rows if other[REPLICA_ID] == template[REPLICA_ID]) + 1
    for name, value in values.items():
        row[CHANGE_COLUMNS.index(name)] = value
    return row


# -- packages of changes ----------------------------------------------------------------------


def test_a_replaced_value_with_the_latest_time_does_not_become_the_current_one(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path) -> None:
    """The history judgment and the merge's agree: a change named as a parent by a later one is
    no head, whatever its time (the latest time wins only among heads)."""
    _edit(office, contact, "amina@oud.example.be")
    _edit(office, contact, "a.diallo@example.be")

    def bad_and_latest(rows: Rows) -> Rows:
        first, _second = _emails(rows, contact)
        first[NEW_VALUE], first[CHANGED_AT] = json.dumps(BAD), "2999-01-01T00:00:00+00:00"
        return rows

    sync.apply_package(laptop, path=_forged(office, laptop, tmp_path, bad_and_latest))
    assert _email(laptop, contact) == "a.diallo@example.be"
    with laptop.database.session() as session:
        heads = session.scalars(select(Change.new_value).where(
            Change.entity_id == contact, Change.field == "email", Change.is_head.is_(True))).all()
    assert heads == [json.dumps("a.diallo@example.be")]


@pytest.mark.parametrize("where", ["field", "record", "entity"])
def test_a_replacer_of_another_field_or_record_does_not_make_a_value_history(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path, where: str) -> None:
    _edit(office, contact, "amina@oud.example.be")
    _edit(office, contact, GOOD)

    def elsewhere(rows: Rows) -> Rows:
        first, second = _emails(rows, contact)
        first[NEW_VALUE] = json.dumps(BAD)
        if where == "field":
            second[FIELD], second[NEW_VALUE] = "phone", json.dumps("0470 12 34 56")
        elif where == "record":
            second[ENTITY_ID] = "another-contact"
        else:
            second[ENTITY] = "officer"
        return rows

    _refused(laptop, _forged(office, laptop, tmp_path, elsewhere), rf"break the rules.*contact {contact}: email")


def test_a_replacer_replaced_in_turn_by_the_bad_value_is_refused(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path) -> None:
    """bad -> good -> bad again: the last is the current value, checked by every rule."""
    _edit(office, contact, "amina@oud.example.be")
    _edit(office, contact, GOOD.replace("amina", "a"))
    _edit(office, contact, GOOD)

    def back_to_bad(rows: Rows) -> Rows:
        first, _second, third = _emails(rows, contact)
        first[NEW_VALUE] = third[NEW_VALUE] = json.dumps(BAD)
        return rows

    _refused(laptop, _forged(office, laptop, tmp_path, back_to_bad), rf"break the rules.*contact {contact}: email")


def test_a_replacer_that_is_an_archive_row_does_not_make_a_value_history(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path) -> None:
    """Only a version of the field (an update or a creation) replaces a value of it."""
    _edit(office, contact, "amina@oud.example.be")
    _edit(office, contact, GOOD)

    def archived(rows: Rows) -> Rows:
        first, second = _emails(rows, contact)
        first[NEW_VALUE] = json.dumps(BAD)
        second[OPERATION] = "archive"
        return rows

    _refused(laptop, _forged(office, laptop, tmp_path, archived), rf"contact {contact}: email")


def test_a_creation_changed_by_a_row_of_the_same_bad_value_is_refused(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The change that makes the creation's value history is itself the current value."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani"})
    added = initiatives.add_contact(office, initiative_id=made.id, values={"name": "Amina Diallo", "email": GOOD})
    _edit(office, added.id, GOOD.replace("amina", "a"))

    def both_bad(rows: Rows) -> Rows:
        created = next(row for row in rows if row[ENTITY_ID] == added.id and row[OPERATION] == "create")
        created[NEW_VALUE] = json.dumps({**json.loads(created[NEW_VALUE]), "email": BAD})
        _emails(rows, added.id)[0][NEW_VALUE] = json.dumps(BAD)
        return rows

    _refused(laptop, _forged(office, laptop, tmp_path, both_bad), rf"contact {added.id}: email")


def test_a_creation_whose_bad_value_another_change_replaces_arrives_with_the_replacement(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The record is made from its creation, then takes every changed field's winning version."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani"})
    added = initiatives.add_contact(office, initiative_id=made.id, values={"name": "Amina Diallo", "email": GOOD})
    _edit(office, added.id, GOOD.replace("amina", "a"))

    def created_bad(rows: Rows) -> Rows:
        created = next(row for row in rows if row[ENTITY_ID] == added.id and row[OPERATION] == "create")
        created[NEW_VALUE] = json.dumps({**json.loads(created[NEW_VALUE]), "email": BAD})
        return rows

    sync.apply_package(laptop, path=_forged(office, laptop, tmp_path, created_bad))
    assert _email(laptop, added.id) == GOOD.replace("amina", "a")


@pytest.mark.parametrize("origin", [5, None, ["copy"]])
def test_a_change_whose_copy_is_not_named_by_text_is_refused_not_skipped(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path, origin: Any) -> None:
    """Such a change is none this copy holds: left out of the checks, it was merged all the same
    (SQLite stores 5 as '5'), its value checked by no rule."""
    _edit(office, contact, GOOD.replace("amina", "a"))

    def unnamed(rows: Rows) -> Rows:
        (edit,) = _emails(rows, contact)
        edit[REPLICA_ID], edit[NEW_VALUE], edit[SEQ] = origin, json.dumps(BAD), 1
        return rows

    _refused(laptop, _forged(office, laptop, tmp_path, unnamed), rf"contact {contact}")
    assert _email(laptop, contact) == GOOD


def test_a_copy_cannot_give_an_officer_access_under_a_change_not_named_by_text(
        any_desk: Desk, tmp_path: Path) -> None:
    """A field copy's changes that claim no copy by name are checked as its own are: it cannot
    make one of its officers an admin of the shared database that way."""
    laptop = checkout(any_desk, tmp_path, name="Bert Claes")
    try:
        officer_id = officers.current_officer(laptop).id  # type: ignore[union-attr]
        path = send(laptop, any_desk, tmp_path)
        package = opened_package(path, laptop, any_desk)
        rows = [list(row) for row in package.changes]
        grant = _row_after(rows, rows[-1], entity="officer", entity_id=officer_id, operation="update",
                           field="role", old_value=json.dumps("officer"), new_value=json.dumps("admin"),
                           parents="", batch_id="forged")
        grant[REPLICA_ID] = 7
        path.write_bytes(sealed(laptop, package, any_desk, changes=[*rows, grant]))
        with pytest.raises(PackageRefused):
            sync.apply_package(any_desk, path=path)
        with any_desk.database.session() as session:
            assert session.scalar(select(Officer.role).where(Officer.id == officer_id)) in (None, "officer")
    finally:
        laptop.close()


# -- undoing what arrived -----------------------------------------------------------------------


def test_undoing_a_correction_that_arrived_does_not_put_back_a_value_the_rules_refuse(
        office: Desk, laptop: Desk, contact: str, tmp_path: Path) -> None:
    """The correction's old value is history (it arrives unchecked by today's rules); undoing
    the correction on the laptop would make it the current value again."""
    _edit(office, contact, "amina@oud.example.be")
    _sql(office, "UPDATE change SET new_value = :value WHERE entity_id = :id AND field = 'email'",
         value=json.dumps(BAD), id=contact)
    _sql(office, "UPDATE contact_person SET email = :value WHERE id = :id", value=BAD, id=contact)
    _edit(office, contact, GOOD.replace("amina", "a"))  # its old value: BAD
    exchange(office, laptop, tmp_path)
    correction = next(entry for entry in history.record_history(laptop, entity="contact", record_id=contact)
                      if entry.field == "email" and entry.new_text == GOOD.replace("amina", "a"))
    before = register_state(laptop)
    with pytest.raises(ValidationFailed, match="email"):
        history.undo_action(laptop, batch_id=correction.batch_id)
    assert register_state(laptop) == before
    assert _email(laptop, contact) == GOOD.replace("amina", "a")


def test_undoing_a_change_whose_forged_old_value_is_out_of_range_is_refused(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A package's old value is checked only for being storable (a founding year of 1700 is);
    undoing the change must not make it the initiative's founding year."""
    made = initiatives.register_initiative(office, values={"name": "Water voor Kisangani", "founded_year": 1990})
    exchange(office, laptop, tmp_path)
    initiatives.update_initiative(office, initiative_id=made.id, changes={"founded_year": 1995})

    def old_1700(rows: Rows) -> Rows:
        (edit,) = [row for row in rows if row[ENTITY_ID] == made.id and row[FIELD] == "founded_year"]
        edit[OLD_VALUE] = json.dumps(1700)
        return rows

    sync.apply_package(laptop, path=_forged(office, laptop, tmp_path, old_1700))
    batch = next(entry.batch_id for entry in history.record_history(laptop, entity="initiative", record_id=made.id)
                 if entry.field == "founded_year")
    with pytest.raises(ValidationFailed, match="founded_year"):
        history.undo_action(laptop, batch_id=batch)
    with laptop.database.session() as session:
        assert session.scalar(select(Initiative.founded_year).where(Initiative.id == made.id)) == 1995


# -- first packages -----------------------------------------------------------------------------


class FirstPackage:
    """A first package of a register whose contact was created with a value a stricter rule
    refuses and corrected since, opened with its code to be changed and sealed again."""

    def __init__(self, desk: Desk, folder: Path) -> None:
        made = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
        self.contact = initiatives.add_contact(desk, initiative_id=made.id,
                                               values={"name": "Amina Diallo", "email": GOOD}).id
        with desk.database.session() as session:
            payload = json.loads(session.scalar(select(Change.new_value).where(
                Change.entity_id == self.contact, Change.operation == "create")) or "{}")
        _sql(desk, "UPDATE change SET new_value = :value WHERE entity_id = :id AND operation = 'create'",
             value=json.dumps({**payload, "email": BAD}), id=self.contact)
        _edit(desk, self.contact, GOOD.replace("amina", "a"))
        made_package = sync.create_first_package(desk, path=folder / "first.fpsync")
        self.code, self.folder = made_package.code, folder
        self.head, self.lines = first_lines(made_package.path, made_package.code)

    def log(self, lines: list[Any]) -> Rows:
        return [row for line in lines if line[0] == "log" for row in line[1]]

    def of_contact(self, lines: list[Any], operation: str) -> list[Any]:
        return next(row for row in self.log(lines) if row[ENTITY_ID] == self.contact and row[OPERATION] == operation)

    def checkout(self, lines: list[Any], folder: Path) -> Desk:
        path = forge_first(self.folder / "forged.fpsync", self.head, lines, self.code)
        return open_desk(data_dir=sync.checkout_package(path=path, data_dir=folder, code=self.code).data_dir)

    def refused(self, lines: list[Any], folder: Path) -> str:
        path = forge_first(self.folder / "forged.fpsync", self.head, lines, self.code)
        with pytest.raises(PackageRefused) as refused:
            sync.checkout_package(path=path, data_dir=folder, code=self.code)
        return str(refused.value)


@pytest.fixture
def first(any_desk: Desk, tmp_path: Path) -> FirstPackage:
    return FirstPackage(any_desk, tmp_path)


def test_a_first_package_whose_other_version_is_another_creation_is_refused(
        first: FirstPackage, tmp_path: Path) -> None:
    """A creation is no version of a field: two creations of the record prove nothing replaced."""
    lines = copy.deepcopy(first.lines)
    update = first.of_contact(lines, "update")
    created = first.of_contact(lines, "create")
    update[OPERATION], update[FIELD], update[NEW_VALUE] = "create", None, created[NEW_VALUE]
    assert first.contact in (message := first.refused(lines, tmp_path / "laptop")) and "email" in message


def test_a_first_package_refused_for_a_held_back_value_leaves_the_folder_as_it_was(
        first: FirstPackage, tmp_path: Path) -> None:
    """The refusal comes once the whole log is in and its indexes are rebuilt: the partial
    register is thrown away, and a folder that held other files keeps just those."""
    lines = copy.deepcopy(first.lines)
    update = first.of_contact(lines, "update")
    update[FIELD], update[NEW_VALUE] = "phone", json.dumps("0470 12 34 56")  # no version of the e-mail left
    folder = tmp_path / "laptop"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    assert first.contact in first.refused(lines, folder)
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt"]
    assert first.checkout(first.lines, tmp_path / "good").data_dir is not None


def test_a_first_package_cannot_prove_a_value_history_with_the_record_row_holding_it(
        first: FirstPackage, tmp_path: Path) -> None:
    """The log holds a version of the e-mail, but the record's row (its current value) is the
    bad one: refused, the row checked by every rule."""
    lines = copy.deepcopy(first.lines)
    start = next(index for index, line in enumerate(lines) if line[:2] == ["table", "contact"])
    names = lines[start][2]
    row = next(row for row in lines[start + 1][1] if row[names.index("id")] == first.contact)
    row[names.index("email")] = BAD
    assert first.contact in (message := first.refused(lines, tmp_path / "laptop")) and "email" in message


def test_a_first_package_proven_by_an_older_per_field_creation_keeps_the_rows_value(
        first: FirstPackage, tmp_path: Path) -> None:
    """An older database's per-field creation row is a version of the field: the creation's
    value is history, and the record shows its row's (checked) value."""
    lines = copy.deepcopy(first.lines)
    update = first.of_contact(lines, "update")
    update[OPERATION], update[OLD_VALUE] = "create", None
    laptop = first.checkout(lines, tmp_path / "laptop")
    try:
        assert _email(laptop, first.contact) == GOOD.replace("amina", "a")
    finally:
        laptop.close()
