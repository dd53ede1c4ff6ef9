"""The shared office database (PostgreSQL) and field copies syncing with it directly."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import checkout
from sync_helpers import register_state

from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.models import Change


def _register(desk: Desk, name: str) -> str:
    return initiatives.register_initiative(desk, values={
        "name": name, "postcode": "2000", "municipality": "Antwerpen"}).id


def test_field_copy_syncs_directly_with_the_office_database(any_desk: Desk, tmp_path: Path) -> None:
    """"Sync now" on a laptop that is online: both sides' edits meet, on SQLite and PostgreSQL."""
    initiative_id = _register(any_desk, "Kinderen & Toekomst vzw")
    laptop = checkout(any_desk, tmp_path, name="Bert Claes")
    try:
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "bezocht"})
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"street": "Meir 2"})
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"name": "K&T (veld)"})
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"name": "K&T (kantoor)"})
        new_id = _register(laptop, "Nieuw in het veld")
        result = sync.sync_with(laptop, database_url=any_desk.database.url)
        assert result.other_replica == any_desk.replica_id
        assert result.sent.applied > 0 and result.received.applied > 0
        assert register_state(laptop) == register_state(any_desk)
        assert initiatives.get_initiative(any_desk, initiative_id=new_id).name == "Nieuw in het veld"
        [here] = sync.list_conflicts(laptop)
        [there] = sync.list_conflicts(any_desk)
        assert here.field == there.field == "name"
        sync.resolve_conflict(any_desk, conflict_id=there.id, take="theirs")
        again = sync.sync_with(laptop, database_url=any_desk.database.url)
        assert again.sent.applied == 0 and again.received.applied == 1
        assert sync.list_conflicts(laptop) == []
        assert initiatives.get_initiative(laptop, initiative_id=initiative_id).name == "K&T (veld)"
    finally:
        laptop.close()


@pytest.mark.parametrize("any_desk", ["postgresql"], indirect=True)
def test_two_officers_saving_the_same_record(any_desk: Desk, tmp_path: Path) -> None:
    """Two officers at the office open the same initiative; the second save is refused, not lost."""
    initiative_id = _register(any_desk, "Gedeeld")
    colleague = open_desk(data_dir=tmp_path / "colleague", database_url=any_desk.database.url)
    try:
        officers.sign_in(colleague, name="Chris Dua", region="antwerpen")
        mine = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
        theirs = initiatives.get_initiative(colleague, initiative_id=initiative_id)
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"notes": "eerst"},
                                      expected_version=mine.version)
        with pytest.raises(StaleRecord):
            initiatives.update_initiative(colleague, initiative_id=initiative_id, changes={"notes": "tweede"},
                                          expected_version=theirs.version)
        assert initiatives.get_initiative(colleague, initiative_id=initiative_id).notes == "eerst"
    finally:
        colleague.close()


@pytest.mark.parametrize("any_desk", ["postgresql"], indirect=True)
def test_concurrent_writers_get_distinct_sequence_numbers(any_desk: Desk, tmp_path: Path) -> None:
    """Officers saving at the same moment: every change gets its own number, none skipped, so
    packages made from the shared database never miss one."""
    ids = [_register(any_desk, f"Initiatief {number}") for number in range(4)]
    desks = [open_desk(data_dir=tmp_path / f"officer-{number}", database_url=any_desk.database.url)
             for number in range(4)]
    errors: list[BaseException] = []

    def work(desk: Desk, initiative_id: str) -> None:
        try:
            for round_ in range(15):
                initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"notes": f"{round_}"})
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(desk, initiative_id)) for desk, initiative_id in zip(desks, ids,
                                                                                                     strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.close()
    assert not errors
    with any_desk.database.session() as session:
        seqs = sorted(session.scalars(select(Change.seq).where(Change.replica_id == any_desk.replica_id)))
    assert seqs == list(range(1, len(seqs) + 1))
