"""The Conflicts count beside the navigation: as many as the Conflicts page lists, read without
writing (the window reads it beside the writer, also while the register cannot be written)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sync_helpers import checkout
from sync_helpers import exchange

from fourthpillar.services import initiatives
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk


def _register(desk: Desk, name: str) -> str:
    return initiatives.register_initiative(desk, values={
        "name": name, "postcode": "9000", "municipality": "Gent"}).id


def _conflicted(office: Desk, tmp_path: Path) -> tuple[str, str]:
    """Both copies renamed one initiative, and both registered Solidair Gent: a field conflict and
    a duplicate at the office. Returns the renamed initiative and the office's Solidair Gent."""
    shared = _register(office, "Kinderen & Toekomst vzw")
    laptop = checkout(office, tmp_path, name="Bert Claes")
    try:
        initiatives.update_initiative(laptop, initiative_id=shared, changes={"name": "K&T laptop"})
        initiatives.update_initiative(office, initiative_id=shared, changes={"name": "K&T office"})
        here = _register(office, "Solidair Gent")
        _register(laptop, "Solidair  GENT")
        exchange(laptop, office, tmp_path)
    finally:
        laptop.close()
    return shared, here


def test_the_count_is_what_the_page_lists(any_desk: Desk, tmp_path: Path) -> None:
    """Otherwise the side bar says "Conflicts (2)" over a page listing one: a duplicate settled
    here (one of the two archived) still counted."""
    _, here = _conflicted(any_desk, tmp_path)
    assert sync.count_conflicts(any_desk) == len(sync.list_conflicts(any_desk)) == 2
    initiatives.archive_initiative(any_desk, initiative_id=here)
    assert sync.count_conflicts(any_desk) == 1
    [left] = sync.list_conflicts(any_desk)
    assert left.kind == "field" and sync.count_conflicts(any_desk) == 1


def test_the_count_follows_an_edit_of_the_conflicting_field(any_desk: Desk, tmp_path: Path) -> None:
    """Otherwise, after an officer typed a name over a conflicting one, the side bar and the
    Conflicts page disagree (the count worked out from the change log's current values, the
    page from what it settles first): typing a third name still leaves the choice to make."""
    shared, _ = _conflicted(any_desk, tmp_path)
    initiatives.update_initiative(any_desk, initiative_id=shared, changes={"name": "Kinderen & Toekomst"})
    counted = sync.count_conflicts(any_desk)  # before the page has settled anything
    assert counted == len(sync.list_conflicts(any_desk)) == sync.count_conflicts(any_desk) == 2


@contextmanager
def _locked(desk: Desk) -> Iterator[None]:
    """Another program holds the register's write lock (an open transaction that writes)."""
    other = open_desk(data_dir=desk.data_dir)
    try:
        with other.database.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield
            connection.rollback()
    finally:
        other.close()


def test_the_count_is_read_while_the_register_is_locked(desk: Desk, tmp_path: Path) -> None:
    """Otherwise the count waits for the lock and fails ("database is locked") whenever a conflict
    was settled since it was found, the side bar showing no count at all."""
    _, here = _conflicted(desk, tmp_path)
    initiatives.archive_initiative(desk, initiative_id=here)
    with _locked(desk):
        assert sync.count_conflicts(desk) == 1


def test_the_count_is_read_from_a_register_only_read(desk: Desk, tmp_path: Path) -> None:
    """A damaged register is only read (``Database.block_writing``): the count still comes."""
    _, here = _conflicted(desk, tmp_path)
    initiatives.archive_initiative(desk, initiative_id=here)
    desk.database.block_writing("damaged")
    assert sync.count_conflicts(desk) == 1
