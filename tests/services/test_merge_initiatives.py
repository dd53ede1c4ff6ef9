"""Merging two initiatives that are one, and undoing the merge, on SQLite and PostgreSQL.

If these fail, a merge loses a request or a contact on the way, leaves the merged-away
initiative in the lists, or an undo leaves half of it in place.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import duplicates
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import merge
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.history import record_history
from fourthpillar.services.history import undo_action
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative


def _counts(desk: Desk) -> dict[str, Any]:
    with desk.database.session() as session:
        def live(model: Any) -> dict[str, int]:
            return dict(session.execute(select(model.initiative_id, func.count()).where(
                model.archived_at.is_(None)).group_by(model.initiative_id)).all())
        return {"initiatives": session.scalar(select(func.count()).select_from(Initiative).where(
                    Initiative.archived_at.is_(None))),
                "contacts": live(ContactPerson), "requests": live(AdviceRequest), "follow_ups": live(FollowUp)}


@pytest.fixture
def pair(any_desk: Desk) -> tuple[Desk, str, str, dict[str, str]]:
    desk = any_desk
    keep = initiatives.register_initiative(desk, values={
        "name": "Brug naar Cotonou", "postcode": "9000", "municipality": "Gent", "partner_countries": "BJ",
        "themes": "education"}).id
    other = initiatives.register_initiative(desk, values={
        "name": "Brug naar Kotonou vzw", "postcode": "9000", "municipality": "Gent", "enterprise_number":
        "0403.170.701", "partner_countries": "BJ,TG", "themes": "healthcare", "notes": "Via de parochie"}).id
    ids = {
        "keep_contact": initiatives.add_contact(desk, initiative_id=keep, values={
            "name": "Marie Claes", "email": "marie@example.org"}).id,
        "same_person": initiatives.add_contact(desk, initiative_id=other, values={
            "name": "Marie Claes", "email": "Marie@Example.org", "phone": "09 123 45 67"}).id,
        "other_contact": initiatives.add_contact(desk, initiative_id=other, values={"name": "Jan Peeters"}).id,
    }
    ids["request"] = requests.log_request(desk, initiative_id=other, values={
        "channel": "phone", "question": "Subsidie voor de brug?", "contact_id": ids["same_person"]}).id
    ids["follow_up"] = followups.plan_follow_up(desk, request_id=ids["request"], values={
        "action": "Terugbellen", "due_on": "+1w"}).id
    return desk, keep, other, ids


def test_merge_keeps_one_record_and_moves_everything(pair: tuple[Desk, str, str, dict[str, str]]) -> None:
    """Requests, follow-ups and contacts move to the kept initiative, the same person becomes one
    contact (their request follows), chosen fields come across, the other is archived as merged."""
    desk, keep, other, ids = pair
    plan = merge.plan_merge(desk, keep_id=keep, other_id=other)
    by_field = {field.field: field for field in plan.fields}
    assert by_field["enterprise_number"].default == merge.OTHER  # empty on the kept one
    assert by_field["name"].default == merge.KEEP
    assert (plan.other.contacts, plan.other.requests, plan.other.follow_ups) == (2, 1, 1)
    merged = merge.merge_initiatives(desk, keep_id=keep, other_id=other,
                                     choices={"partner_countries": merge.BOTH, "themes": merge.OTHER})
    detail = initiatives.get_initiative(desk, initiative_id=keep)
    assert detail.name == "Brug naar Cotonou"
    assert detail.enterprise_number == "0403.170.701"
    assert detail.partner_countries == ["BJ", "TG"] and detail.themes == ["healthcare"]
    assert detail.notes == "Via de parochie"
    assert sorted(contact.name for contact in detail.contacts) == ["Jan Peeters", "Marie Claes"]
    [marie] = [contact for contact in detail.contacts if contact.name == "Marie Claes"]
    assert marie.id == ids["keep_contact"] and marie.phone == "09 123 45 67"
    assert requests.get_request(desk, request_id=ids["request"]).contact_id == ids["keep_contact"]
    counts = _counts(desk)
    assert counts["initiatives"] == 1
    assert counts["requests"] == {keep: 1} and counts["follow_ups"] == {keep: 1} and counts["contacts"] == {keep: 2}
    assert initiatives.get_initiative(desk, initiative_id=other).archived
    assert merge.merged_into(desk, initiative_id=other) == (keep, "Brug naar Cotonou")
    history = record_history(desk, entity="initiative", record_id=keep)
    [entry] = [entry for entry in history if entry.field == "merged_from"]
    assert entry.batch_id == merged.batch_id and entry.new_text == "Brug naar Kotonou vzw"  # a name, not an id
    assert entry.field_label == "merged into this one"
    assert duplicates.find_duplicates(desk) == []


def test_one_undo_undoes_the_whole_merge(pair: tuple[Desk, str, str, dict[str, str]]) -> None:
    """After undo every count, field and contact is as before the merge, and the history holds
    both the merge and its undo (nothing rewritten); redo merges again."""
    desk, keep, other, ids = pair
    before = _counts(desk)
    keep_before = initiatives.get_initiative(desk, initiative_id=keep)
    merged = merge.merge_initiatives(desk, keep_id=keep, other_id=other)
    with desk.database.session() as session:
        logged = session.scalar(select(func.count()).select_from(Change))
    redo = undo_action(desk, batch_id=merged.batch_id)
    assert _counts(desk) == before
    after = initiatives.get_initiative(desk, initiative_id=keep)
    assert (after.enterprise_number, after.notes, after.partner_countries) == (
        keep_before.enterprise_number, keep_before.notes, keep_before.partner_countries)
    assert not initiatives.get_initiative(desk, initiative_id=other).archived
    assert merge.merged_into(desk, initiative_id=other) is None
    assert requests.get_request(desk, request_id=ids["request"]).contact_id == ids["same_person"]
    with desk.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Change)) > logged  # the undo is new rows
        assert session.scalar(select(Initiative.merged_from).where(Initiative.id == keep)) == []
    assert len(duplicates.find_duplicates(desk)) == 1
    undo_action(desk, batch_id=redo)
    assert _counts(desk)["initiatives"] == before["initiatives"] - 1


def test_a_merge_refused_writes_nothing(pair: tuple[Desk, str, str, dict[str, str]]) -> None:
    """Merging into itself, a field that cannot be joined, a stale version or notes too long
    together: one clear refusal, and both initiatives as they were."""
    desk, keep, other, _ids = pair
    before = _counts(desk)
    with pytest.raises(merge.MergeRefused):
        merge.merge_initiatives(desk, keep_id=keep, other_id=keep)
    with pytest.raises(merge.MergeRefused):
        merge.merge_initiatives(desk, keep_id=keep, other_id=other, choices={"name": merge.BOTH})
    with pytest.raises(StaleRecord):
        merge.merge_initiatives(desk, keep_id=keep, other_id=other, keep_version=99)
    initiatives.update_initiative(desk, initiative_id=keep, changes={"notes": "x" * 15000})
    initiatives.update_initiative(desk, initiative_id=other, changes={"notes": "y" * 15000})
    with pytest.raises(ValidationFailed):
        merge.merge_initiatives(desk, keep_id=keep, other_id=other, choices={"notes": merge.BOTH})
    assert _counts(desk) == before
