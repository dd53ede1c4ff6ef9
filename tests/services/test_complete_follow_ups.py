"""Marking several follow-ups done at once (the dashboard's and the follow-up list's "Mark done").

If these failed, an officer ticking off five calls would need five undos to take them back, or
one follow-up archived meanwhile would leave the others half marked, or a follow-up done last
week would lose its date and outcome.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound


def plan(desk: Desk, initiative_id: str, action: str, days: int) -> str:
    return followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": action, "due_on": clock.today() + dt.timedelta(days=days)}).id


def test_several_done_with_one_outcome_and_one_undo(any_desk: Desk) -> None:
    initiative = initiatives.register_initiative(any_desk, values={"name": "Scholen voor Mopti"}).id
    first, second, third = (plan(any_desk, initiative, action, days)
                            for action, days in (("Bellen", -3), ("Mailen", 0), ("Langsgaan", 2)))
    followups.complete_follow_up(any_desk, follow_up_id=third, outcome="Al gedaan",
                                 done_on=clock.today() - dt.timedelta(days=1))

    saved = followups.complete_follow_ups(any_desk, follow_up_ids=[first, second, third, first],
                                          outcome="Besproken op het overleg")
    assert [item.id for item in saved] == [first, second]
    assert len({item.batch_id for item in saved}) == 1
    for follow_up_id in (first, second):
        row = followups.get_follow_up(any_desk, follow_up_id=follow_up_id)
        assert (row.done_on, row.outcome) == (clock.today(), "Besproken op het overleg")
    kept = followups.get_follow_up(any_desk, follow_up_id=third)
    assert (kept.done_on, kept.outcome) == (clock.today() - dt.timedelta(days=1), "Al gedaan")

    history.undo_action(any_desk, batch_id=saved[0].batch_id)
    for follow_up_id in (first, second):
        row = followups.get_follow_up(any_desk, follow_up_id=follow_up_id)
        assert (row.done_on, row.outcome) == (None, "")
    assert followups.get_follow_up(any_desk, follow_up_id=third).done_on is not None


def test_an_archived_follow_up_leaves_them_all_open(any_desk: Desk) -> None:
    initiative = initiatives.register_initiative(any_desk, values={"name": "Water voor Huye"}).id
    first, gone = plan(any_desk, initiative, "Bellen", -1), plan(any_desk, initiative, "Mailen", -1)
    followups.archive_follow_up(any_desk, follow_up_id=gone)
    with pytest.raises(NotFound):
        followups.complete_follow_ups(any_desk, follow_up_ids=[first, gone])
    assert followups.get_follow_up(any_desk, follow_up_id=first).done_on is None
