"""A merge at the office meets a field copy's work on the initiative merged away.

If these fail, a coordinator's notes or a request logged on a laptop vanish into an archived
initiative, the two copies end up different, or "Not a duplicate" has to be said on every copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import checkout
from sync_helpers import exchange
from sync_helpers import open_conflicts
from sync_helpers import register_state

from fourthpillar.services import duplicates
from fourthpillar.services import initiatives
from fourthpillar.services import merge
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.history import undo_action
from fourthpillar.store.models import Initiative
from fourthpillar.sync.package import PackageRefused


@pytest.fixture
def office(any_desk: Desk) -> Desk:
    return any_desk


@pytest.fixture
def pair(office: Desk) -> tuple[str, str]:
    keep = initiatives.register_initiative(office, values={
        "name": "Brug naar Cotonou", "postcode": "9000", "municipality": "Gent"}).id
    other = initiatives.register_initiative(office, values={
        "name": "Brug naar Kotonou vzw", "postcode": "9000", "municipality": "Gent"}).id
    return keep, other


@pytest.fixture
def laptop(office: Desk, pair: tuple[str, str], tmp_path: Path) -> Iterator[Desk]:
    desk = checkout(office, tmp_path, name="Bert Claes", province="oost-vlaanderen")
    yield desk
    desk.close()


def _settle(office: Desk, laptop: Desk, folder: Path) -> None:
    for _ in range(3):  # until nothing new travels either way
        exchange(laptop, office, folder)
        exchange(office, laptop, folder)


@pytest.mark.parametrize("office_first", [False, True], ids=["copy-sends-first", "office-sends-first"])
def test_a_copys_edits_to_the_merged_away_initiative_land_on_the_kept_one(
        office: Desk, laptop: Desk, pair: tuple[str, str], tmp_path: Path, office_first: bool) -> None:
    """The office merges while the laptop adds notes and a request to the one merged away: after
    syncing, both copies hold the notes and the request on the kept initiative, the same register,
    and the Conflicts page says where the laptop's work went."""
    keep, other = pair
    merge.merge_initiatives(office, keep_id=keep, other_id=other)
    initiatives.update_initiative(laptop, initiative_id=other, changes={"notes": "Bezocht op de braderie"})
    request = requests.log_request(laptop, initiative_id=other, values={
        "channel": "event", "question": "Hoe vragen we een subsidie aan?"}).id
    if office_first:
        exchange(office, laptop, tmp_path)
    _settle(office, laptop, tmp_path)
    for desk in (office, laptop):
        kept = initiatives.get_initiative(desk, initiative_id=keep)
        assert kept.notes == "Bezocht op de braderie"
        assert requests.get_request(desk, request_id=request).initiative_id == keep
        assert initiatives.get_initiative(desk, initiative_id=other).archived
        assert merge.merged_into(desk, initiative_id=other) == (keep, "Brug naar Cotonou")
        assert not {kind for kind, *_ in open_conflicts(desk)} - {"merged"}
    assert register_state(office) == register_state(laptop)
    # Whichever copy met the merge and the laptop's work says so (the office, or the laptop when
    # the merge reached it first and it moved its own request).
    said = [[view for view in sync.list_conflicts(desk) if view.kind == "merged"] for desk in (office, laptop)]
    assert {view.field for views in said for view in views} == {"notes", None}
    assert "notes" in {view.field for view in said[0]}
    for desk, views in zip((office, laptop), said, strict=True):
        assert all(view.entity_id == other and view.other_id == keep for view in views)
        for view in views:
            sync.resolve_conflict(desk, conflict_id=view.id, take="mine")
        assert not [view for view in sync.list_conflicts(desk) if view.kind == "merged"]


def test_a_merge_made_on_a_field_copy_reaches_the_office(office: Desk, laptop: Desk, pair: tuple[str, str],
                                                          tmp_path: Path) -> None:
    """A coordinator merges on the laptop: the office takes the whole merge (within the copy's
    province), and one undo at the office undoes it there and, after a sync, on the laptop."""
    keep, other = pair
    merged = merge.merge_initiatives(laptop, keep_id=keep, other_id=other, choices={"name": "other"})
    exchange(laptop, office, tmp_path)
    assert initiatives.get_initiative(office, initiative_id=keep).name == "Brug naar Kotonou vzw"
    assert initiatives.get_initiative(office, initiative_id=other).archived
    undo_action(office, batch_id=merged.batch_id)  # ordinary changes: the undo travels back like any edit
    _settle(office, laptop, tmp_path)
    for desk in (office, laptop):
        assert not initiatives.get_initiative(desk, initiative_id=other).archived
        assert initiatives.get_initiative(desk, initiative_id=keep).name == "Brug naar Cotonou"
    assert register_state(office) == register_state(laptop)


def test_not_a_duplicate_travels(office: Desk, laptop: Desk, pair: tuple[str, str], tmp_path: Path) -> None:
    """Said once at the office, 'Not a duplicate' keeps the pair off the laptop's list too."""
    keep, other = pair
    assert len(duplicates.find_duplicates(laptop)) == 1
    duplicates.mark_not_duplicate(office, first_id=keep, second_id=other)
    exchange(office, laptop, tmp_path)
    assert duplicates.find_duplicates(laptop) == []


def test_a_copy_cannot_merge_into_another_provinces_initiative(office: Desk, laptop: Desk, pair: tuple[str, str],
                                                               tmp_path: Path) -> None:
    """A field copy of Oost-Vlaanderen whose package merges one of its initiatives into an
    Antwerp one (which it was never given) is refused whole, naming the change."""
    _keep, other = pair
    antwerp = initiatives.register_initiative(office, values={
        "name": "Brug naar Cotonou", "postcode": "2000", "municipality": "Antwerpen"}).id
    with laptop.database.session() as session:  # as a tampered or buggy copy would write it
        record = session.get(Initiative, other)
        ChangeWriter(session, laptop).update(record, {"merged_into": antwerp})
    with pytest.raises(PackageRefused, match="outside what that copy was given"):
        exchange(laptop, office, tmp_path)
    assert merge.merged_into(office, initiative_id=other) is None
