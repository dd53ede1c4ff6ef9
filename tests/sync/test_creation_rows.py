"""A record's creation is one change-log row carrying its fields (migration 0014).

If these fail, a new record's history loses the values it was created with, a record made on a
field copy arrives incomplete at the office, a field edited on both sides after its record was
created goes unnoticed, an erased person stays readable inside their creation, or a register
upgraded from before 0014 can no longer exchange packages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy import text
from sync_helpers import checkout
from sync_helpers import exchange
from sync_helpers import open_conflicts
from sync_helpers import register_state

from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import privacy
from fourthpillar.services.desk import Desk
from fourthpillar.store.migrate import SCHEMA_HEAD
from fourthpillar.store.migrate import migrate_to
from fourthpillar.store.models import Change
from fourthpillar.sync.log import changes_between
from fourthpillar.sync.log import held_vector
from fourthpillar.sync.log import known_vector
from fourthpillar.sync.merge import apply_changes
from fourthpillar.sync.package import PackageRefused

VALUES = {"name": "Wereldkeuken Gent", "postcode": "9000", "municipality": "Gent", "notes": "elke vrijdag",
          "themes": ["education"], "founded_year": 2019}


@pytest.fixture
def office(any_desk: Desk) -> Desk:
    return any_desk


@pytest.fixture
def laptop(office: Desk, tmp_path: Path) -> Iterator[Desk]:
    initiatives.register_initiative(office, values={"name": "Eerste", "postcode": "2000"})
    desk = checkout(office, tmp_path, name="Bert Claes")
    yield desk
    desk.close()


def _rows(desk: Desk, record_id: str) -> list[Change]:
    with desk.database.session() as session:
        rows = list(session.scalars(select(Change).where(Change.entity_id == record_id).order_by(Change.seq)))
        session.expunge_all()
        return rows


def _created_fields(desk: Desk, entity: str, record_id: str) -> dict[str, tuple[str | None, str | None]]:
    return {entry.field: (entry.old_value, entry.new_value) for entry in history.record_history(
        desk, entity=entity, record_id=record_id) if entry.operation == "create" and entry.field}


def test_a_new_record_is_one_change_row_and_its_history_lists_its_fields(office: Desk) -> None:
    """Registering an initiative writes one change row, yet the history still names every field it set."""
    saved = initiatives.register_initiative(office, values=VALUES)
    [row] = _rows(office, saved.id)
    assert (row.operation, row.field) == ("create", None)
    assert json.loads(row.new_value or "")["notes"] == "elke vrijdag"
    fields = _created_fields(office, "initiative", saved.id)
    assert fields["name"] == ("null", json.dumps("Wereldkeuken Gent"))
    assert fields["themes"] == ("null", json.dumps(["education"]))
    assert fields["founded_year"] == ("null", "2019")
    assert "street" not in fields  # left empty: not listed, as before


def test_a_record_made_on_a_copy_arrives_whole_with_its_history(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """An initiative and its contact made on a field copy arrive at the office with every value,
    and the office's history of them names the fields they were made with."""
    made = initiatives.register_initiative(laptop, values=VALUES)
    contact = initiatives.add_contact(laptop, initiative_id=made.id, values={"name": "Lies Maes", "email": "l@x.be"})
    exchange(laptop, office, tmp_path)
    state, there = register_state(office), register_state(laptop)
    for key in (f"initiative:{made.id}", f"contact:{contact.id}"):
        assert state[key] == there[key]
    assert _created_fields(office, "initiative", made.id)["notes"] == ("null", json.dumps("elke vrijdag"))
    assert _created_fields(office, "contact", contact.id)["email"] == ("null", json.dumps("l@x.be"))
    assert [row.operation for row in _rows(office, made.id)] == ["create"]


def test_a_field_edited_on_both_sides_after_its_creation_is_a_conflict(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The copy creates an initiative; the office and the copy then both change its notes: both
    list the conflict (with no per-field creation rows the two edits still replace nothing in common)."""
    made = initiatives.register_initiative(laptop, values=VALUES)
    exchange(laptop, office, tmp_path)
    initiatives.update_initiative(office, initiative_id=made.id, changes={"notes": "op zaterdag"})
    initiatives.update_initiative(laptop, initiative_id=made.id, changes={"notes": "op zondag"})
    exchange(laptop, office, tmp_path)
    exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        assert ("field", "initiative", made.id, "notes") in open_conflicts(desk)
    assert register_state(office)[f"initiative:{made.id}"] == register_state(laptop)[f"initiative:{made.id}"]


def test_an_erasure_blanks_the_person_inside_their_creation_everywhere(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A person added on the copy and erased at the office leaves no name or e-mail in either
    history, their creation row included."""
    made = initiatives.register_initiative(laptop, values=VALUES)
    contact = initiatives.add_contact(laptop, initiative_id=made.id,
                                      values={"name": "Lies Maesens", "email": "lies@example.org", "role": "kassier"})
    exchange(laptop, office, tmp_path)
    privacy.erase_person(office, contact_id=contact.id)
    exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        stored = " ".join(f"{row.old_value} {row.new_value}" for row in _rows(desk, contact.id))
        assert "Maesens" not in stored and "lies@" not in stored and "kassier" not in stored
        assert _created_fields(desk, "contact", contact.id)["name"] == ("null", json.dumps("[erased]"))


def test_changes_out_of_their_origin_order_are_refused(office: Desk, laptop: Desk) -> None:
    """With gaps allowed in a copy's numbering (0014), a package whose changes are not in their
    origin's order is refused instead of having its earlier changes taken for already held."""
    made = initiatives.register_initiative(office, values=VALUES)
    initiatives.update_initiative(office, initiative_id=made.id, changes={"notes": "later"})
    with office.database.session() as session:
        rows = changes_between(session, known_vector(session, laptop.replica_id), held_vector(session))
    with laptop.database.session() as session, pytest.raises(PackageRefused, match="out of order"):
        apply_changes(session, list(reversed(rows)), own_replica=laptop.replica_id)


def _upgrade(desk: Desk, revision: str, *, down: bool = False) -> None:
    with desk.database.engine.begin() as connection:
        migrate_to(connection, revision, down=down)


def test_older_creations_are_folded_into_one_row_and_still_travel(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A register upgraded from 0013 (one row per created field) keeps each creation's values in
    its one create row, shows the same history, and its packages, with the numbers the folded
    rows had left unused, still reach the copy."""
    made = initiatives.register_initiative(office, values={"name": "Oude club", "notes": "sinds 1990"})
    [created] = _rows(office, made.id)
    batch = created.batch_id
    _upgrade(office, "0013", down=True)
    with office.database.engine.begin() as connection:
        # As the app at 0013 wrote a creation: the record's row without values, a row per filled-in field.
        connection.execute(text("UPDATE change SET new_value = NULL WHERE id = :id"), {"id": created.id})
        for number, (field, value) in enumerate([("name", '"Oude club"'), ("notes", '"sinds 1990"')]):
            connection.execute(text(
                "INSERT INTO change (id, batch_id, entity, entity_id, operation, field, old_value, new_value,"
                " officer_id, replica_id, changed_at) VALUES (:id, :batch, 'initiative', :record, 'create', :field,"
                " 'null', :new, NULL, :replica, :at)"),
                {"id": f"old-{number}", "batch": batch, "record": made.id, "field": field, "new": value,
                 "replica": office.replica_id, "at": created.changed_at})
    _upgrade(office, SCHEMA_HEAD)
    creations = [row for row in _rows(office, made.id) if row.batch_id == batch]
    assert [(row.id, row.field) for row in creations] == [(created.id, None)]
    assert json.loads(creations[0].new_value or "") == {"name": "Oude club", "notes": "sinds 1990"}
    with office.database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM change WHERE operation = 'create' AND field IS NOT NULL"
                                       )).scalar_one() == 0
    shown = [(entry.field, entry.new_value) for entry in history.record_history(
        office, entity="initiative", record_id=made.id) if entry.batch_id == batch]
    assert shown == [(None, None), ("name", '"Oude club"'), ("notes", '"sinds 1990"')]
    initiatives.update_initiative(office, initiative_id=made.id, changes={"street": "Meir 1"})
    exchange(office, laptop, tmp_path)
    assert initiatives.get_initiative(laptop, initiative_id=made.id).street == "Meir 1"
