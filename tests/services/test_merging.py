"""Merging a save with someone else's newer save: nothing of either is lost or silently replaced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from typing import Any

from fourthpillar import clock
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.merging import FieldConflict
from fourthpillar.services.merging import merge_edits
from fourthpillar.services.merging import who_saved_meanwhile
from fourthpillar.store.errors import StaleRecord

BASE = {"name": "Vrienden van Kisangani", "municipality": "Antwerpen", "notes": "", "status": "active"}


def test_edits_of_different_fields_merge_without_asking() -> None:
    """Else: a colleague's change to one field is lost, or the officer is asked about fields
    only one of them touched."""
    merged = merge_edits(base=BASE, mine={**BASE, "notes": "Belt terug"},
                         theirs={**BASE, "municipality": "Berchem"}, entity="initiative")
    assert merged.conflicts == []
    assert merged.values == {**BASE, "notes": "Belt terug", "municipality": "Berchem"}
    assert merged.taken_from_theirs == ["municipality"]


def test_the_same_field_changed_differently_is_a_conflict_with_all_three_values() -> None:
    """Else: one officer's value silently wins over the other's."""
    merged = merge_edits(base=BASE, mine={**BASE, "municipality": "Deurne", "notes": "x"},
                         theirs={**BASE, "municipality": "Berchem"}, entity="initiative")
    assert merged.conflicts == [FieldConflict("municipality", "Antwerpen", "Deurne", "Berchem")]
    assert merged.values["municipality"] == "Deurne"  # the form keeps mine until the officer chooses
    assert merged.values["notes"] == "x"


def test_the_same_new_value_on_both_sides_is_no_conflict() -> None:
    """Else: the officer is asked to choose between two identical values."""
    merged = merge_edits(base=BASE, mine={**BASE, "status": "dormant"},
                         theirs={**BASE, "status": "dormant"}, entity="initiative")
    assert merged.conflicts == []
    assert merged.values["status"] == "dormant"


def test_form_text_and_stored_values_that_mean_the_same_are_not_changes() -> None:
    """Else: the date, year, tags or themes the form shows as text count as "changed by me"
    and a colleague's change to them turns into a needless conflict."""
    stored = {"founded_year": 1998, "themes": ["water-sanitation", "education"], "tags": "Kongo, waterputten",
              "postcode": "2000"}
    form = {"founded_year": "1998", "themes": ["education", "water-sanitation"], "tags": "Kongo,waterputten",
            "postcode": " 2000 "}
    theirs = {**stored, "founded_year": 2001, "themes": ["education"]}
    merged = merge_edits(base=stored, mine=form, theirs=theirs, entity="initiative")
    assert merged.conflicts == []
    assert merged.values["founded_year"] == 2001
    assert merged.values["themes"] == ["education"]

    request_base = {"due_on": dt.date(2026, 3, 4), "minutes_spent": None, "officer_id": None}
    request_form = {"due_on": "04/03/2026", "minutes_spent": "", "officer_id": ""}
    merged = merge_edits(base=request_base, mine=request_form,
                         theirs={**request_base, "due_on": dt.date(2026, 4, 1)}, entity="request")
    assert merged.conflicts == []
    assert merged.values["due_on"] == dt.date(2026, 4, 1)


def _other_officer(desk: Desk, name: str) -> Desk:
    """The same register as seen by another officer at another desk."""
    saved = officers.register_officer(desk, values={"name": name})
    return dataclasses.replace(desk, officer_id=saved.id)


def test_who_saved_meanwhile_names_the_officer_the_time_and_the_fields(any_desk: Desk) -> None:
    """Else: the officer is told "someone" changed the record, not who to ask about it."""
    initiative_id = initiatives.register_initiative(any_desk, values=BASE).id
    opened = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
    assert who_saved_meanwhile(any_desk, entity="initiative", record_id=initiative_id,
                               since_version=opened.version) == []
    jan = _other_officer(any_desk, "Jan Peeters")
    before = clock.now() - dt.timedelta(seconds=5)
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"municipality": "Berchem"})
    initiatives.update_initiative(jan, initiative_id=initiative_id,
                                  changes={"notes": "Belt terug", "status": "dormant"})

    saves = who_saved_meanwhile(any_desk, entity="initiative", record_id=initiative_id, since_version=opened.version)

    assert [save.officer_name for save in saves] == ["Jan Peeters", "Jan Peeters"]
    assert [save.officer_id for save in saves] == [jan.officer_id] * 2
    assert sorted(saves[0].fields) == ["notes", "status"]
    assert saves[1].fields == ["municipality"]
    assert all(save.saved_at >= before for save in saves)
    only_last = who_saved_meanwhile(any_desk, entity="initiative", record_id=initiative_id,
                                    since_version=opened.version + 1)
    assert [sorted(save.fields) for save in only_last] == [["notes", "status"]]


def _save_with_merge(desk: Desk, initiative_id: str, field: str, value: str, start: threading.Barrier) -> int:
    """What an editor does: load, change one field, save the whole form against the loaded
    version; when refused, merge with what is stored and save again. Returns the retries."""
    form_fields = list(BASE)

    def stored() -> tuple[int, dict[str, Any]]:
        detail = initiatives.get_initiative(desk, initiative_id=initiative_id)
        return detail.version, {name: getattr(detail, name) for name in form_fields}

    version, base = stored()
    mine = {**base, field: value}
    start.wait()
    retries = 0
    while True:
        try:
            initiatives.update_initiative(desk, initiative_id=initiative_id, changes=mine, expected_version=version)
            return retries
        except StaleRecord:
            retries += 1
            version, theirs = stored()
            merged = merge_edits(base=base, mine=mine, theirs=theirs, entity="initiative")
            assert merged.conflicts == []
            base, mine = theirs, merged.values


def test_concurrent_saves_through_the_merge_never_lose_either_edit(any_desk: Desk) -> None:
    """Else: two officers saving the same initiative at the same moment on the shared office
    database lose one of the two edits."""
    initiative_id = initiatives.register_initiative(any_desk, values=BASE).id
    jan = _other_officer(any_desk, "Jan Peeters")
    retries: list[int] = []
    for round_number in range(4):
        start = threading.Barrier(2)
        results: list[int] = []
        errors: list[BaseException] = []

        def run(desk: Desk, field: str, value: str, start: threading.Barrier = start,
                results: list[int] = results, errors: list[BaseException] = errors) -> None:
            try:
                results.append(_save_with_merge(desk, initiative_id, field, value, start))
            except BaseException as error:  # surfaced below, in the test's thread
                errors.append(error)

        threads = [threading.Thread(target=run, args=(any_desk, "municipality", f"Gemeente {round_number}")),
                   threading.Thread(target=run, args=(jan, "notes", f"Notitie {round_number}"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors, errors
        retries += results
        stored = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
        assert (stored.municipality, stored.notes) == (f"Gemeente {round_number}", f"Notitie {round_number}")
    # Both loaded the same version before either saved: one of each pair had to merge.
    assert len(retries) == 8 and sum(retries) >= 4
