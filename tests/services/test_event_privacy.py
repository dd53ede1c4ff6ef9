"""Registrations are the person's data (issue 18, GDPR): the person's export lists them, `person
find` finds walk-ins, an erasure removes a walk-in's name and e-mail everywhere, and attendance
is kept five years."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import privacy
from fourthpillar.services import registrations
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.models import Change


def _setup(desk: Desk, *, starts_on: dt.date | None = None) -> tuple[str, str, str]:
    """An event with a contact person (attended) and a walk-in registered; their ids."""
    event_id = events.plan_event(desk, values={
        "title": "Subsidies voor beginners", "starts_on": starts_on or clock.today(), "status": "held",
        "notes": "Zoë Walkin vroeg naar de slides."}).id
    initiative_id = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                         values={"name": "Griet Peeters", "email": "griet@example.be"}).id
    registered = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id})
    registrations.update_registration(desk, registration_id=registered.id, changes={"status": "attended"})
    walk_in = registrations.register_for_event(desk, event_id=event_id, values={
        "name": "Zoë Walkin", "email": "zoe.walkin@example.be", "status": "attended"}).id
    return event_id, contact_id, walk_in


def test_the_person_export_lists_their_registrations(any_desk: Desk, tmp_path: Path) -> None:
    """Else an access request leaves out which trainings the person attended."""
    _event, contact_id, _walk_in = _setup(any_desk)
    made = privacy.export_person(any_desk, contact_id=contact_id, out_dir=tmp_path)
    data = json.loads(made.json_path.read_text(encoding="utf-8"))
    assert [(item["event"], item["status"]) for item in data["registrations"]] == [
        ("Subsidies voor beginners", "attended")]
    assert any(entry["entity"] == "registration" for entry in data["history"])
    assert made.pdf_path.stat().st_size > 0


def test_a_walk_ins_export_holds_their_name_e_mail_and_registration_only(any_desk: Desk, tmp_path: Path) -> None:
    """Else a walk-in's access request cannot be answered, or a contact's registration is
    exported as if it were a walk-in's."""
    event_id, contact_id, walk_in = _setup(any_desk)
    made = privacy.export_walk_in(any_desk, registration_id=walk_in, out_dir=tmp_path)
    data = json.loads(made.json_path.read_text(encoding="utf-8"))
    assert (data["contact"]["name"], data["contact"]["email"]) == ("Zoë Walkin", "zoe.walkin@example.be")
    assert [(item["event"], item["status"]) for item in data["registrations"]] == [
        ("Subsidies voor beginners", "attended")]
    assert {entry["record_id"] for entry in data["history"]} == {walk_in}
    assert "Griet" not in made.json_path.read_text(encoding="utf-8")
    assert made.pdf_path.read_bytes().startswith(b"%PDF")
    contacts_registration = next(row.id for row in events.get_event(any_desk, event_id=event_id).registrations
                                 if not row.walk_in)
    with pytest.raises(KnownError, match=contact_id):
        privacy.export_walk_in(any_desk, registration_id=contacts_registration, out_dir=tmp_path)


def test_person_find_finds_walk_ins_and_a_contacts_registrations(any_desk: Desk) -> None:
    """Else an erasure request about a walk-in, or a contact's trainings, goes unnoticed."""
    _event, _contact, walk_in = _setup(any_desk)
    found = {(record.entity, record.field) for record in privacy.find_person(any_desk, text="walkin")}
    assert ("registration", "name") in found and ("event", "notes") in found
    assert any(record.record_id == walk_in for record in privacy.find_person(any_desk, text="zoe.walkin@"))
    assert ("registration", "contact_id") in {(record.entity, record.field)
                                              for record in privacy.find_person(any_desk, text="Griet")}


def test_erasing_a_walk_in_leaves_no_trace_of_their_name_or_e_mail(any_desk: Desk) -> None:
    """GDPR erasure: else the walk-in's name stays in the history or the event's notes."""
    event_id, _contact, walk_in = _setup(any_desk)
    erased = walk_ins.erase_walk_ins(any_desk, registration_ids=[walk_in])
    assert erased.registration_ids == [walk_in]
    row = registrations.get_registration(any_desk, registration_id=walk_in)
    assert (row.person_name, row.email, row.status) == ("[erased]", "", "attended")  # the count stays
    assert "Zoë" not in events.get_event(any_desk, event_id=event_id).notes
    with any_desk.database.session() as session:
        values = " ".join(str(value) for pair in session.execute(select(Change.old_value, Change.new_value))
                          for value in pair)
    assert "Walkin" not in values and "zoe.walkin" not in values
    assert not [record for record in privacy.find_person(any_desk, text="zoe.walkin")]


def test_a_contacts_registration_is_erased_with_the_contact_not_as_a_walk_in(any_desk: Desk) -> None:
    """Else an officer blanks a registration and believes the person erased."""
    event_id, contact_id, _walk_in = _setup(any_desk)
    registration = next(row for row in events.get_event(any_desk, event_id=event_id).registrations
                        if not row.walk_in)
    with pytest.raises(KnownError):
        walk_ins.erase_walk_ins(any_desk, registration_ids=[registration.id])
    # The same person registered once as a walk-in under her own name: erased with her.
    again = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Griet Peeters",
                                                                                  "status": "attended"}).id
    privacy.erase_person(any_desk, contact_id=contact_id)
    assert registrations.get_registration(any_desk, registration_id=again).person_name == "[…]"


def test_attendance_is_kept_five_years_then_archived_and_walk_ins_erased(desk: Desk) -> None:
    """The retention rule: else attendance lists are kept for ever."""
    old_event, _contact, walk_in = _setup(desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    _setup(desk, starts_on=clock.today() - dt.timedelta(days=365))
    review = privacy.retention_review(desk)
    past = review.past_registrations
    assert {item.event_id for item in past} == {old_event} and len(past) == 2
    walk_ins.forget_registrations(desk, registration_ids=[item.id for item in past])
    assert walk_ins.registrations_past_retention(desk) == []
    assert registrations.get_registration(desk, registration_id=walk_in).person_name == "[erased]"
    assert events.get_event(desk, event_id=old_event).registrations == []
