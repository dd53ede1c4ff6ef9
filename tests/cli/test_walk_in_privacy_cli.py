"""A walk-in's GDPR rights on the command line (issue 18): `person export` and `person erase`
take a walk-in's registration id, and `retention` lists and forgets past registrations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cli_helpers import Cli

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services.desk import open_desk


def _register(data_dir: Path, *, days_ago: int = 0) -> dict[str, str]:
    """An event with a contact person and a walk-in (Zoë, also named in the event's notes); their ids."""
    desk = open_desk(data_dir=data_dir)
    try:
        event_id = events.plan_event(desk, values={
            "title": "Subsidies voor beginners", "starts_on": clock.today() - dt.timedelta(days=days_ago),
            "status": "held", "notes": "Zoë Walkin vroeg naar de slides."}).id
        initiative_id = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"}).id
        contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                             values={"name": "Griet Peeters", "email": "griet@example.be"}).id
        contacts = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id}).id
        walk_in = registrations.register_for_event(desk, event_id=event_id, values={
            "name": "Zoë Walkin", "email": "zoe.walkin@example.be", "status": "attended"}).id
    finally:
        desk.close()
    return {"event": event_id, "contact": contact_id, "contacts_registration": contacts, "walk_in": walk_in}


def test_a_walk_in_is_erased_by_their_registration_id(cli: Cli) -> None:
    """Else `person find` names the walk-in's registration and `person erase` says no such person."""
    ids = _register(cli.data_dir)
    assert f"registration\t{ids['walk_in']}" in cli.ok("person", "find", "Zoë")
    planned = cli.ok("person", "erase", ids["walk_in"], "--dry-run")
    assert f"would erase walk-in {ids['walk_in']} (Zoë Walkin)" in planned
    assert f"event {ids['event']} (notes)" in planned
    assert "Zoë" in cli.ok("person", "find", "Zoë")
    erased = cli.ok("person", "erase", ids["walk_in"])
    assert f"erased walk-in {ids['walk_in']}" in erased and f"event {ids['event']} (notes)" in erased
    assert "no record holds" in cli.ok("person", "find", "Zoë")
    assert "no record holds" in cli.ok("person", "find", "zoe.walkin@")


def test_a_contacts_registration_id_points_to_the_contact(cli: Cli) -> None:
    """Else an officer blanks a registration and believes the person erased, or gets a puzzling 'no contact'."""
    ids = _register(cli.data_dir)
    for command in ("erase", "export"):
        extra = ("--out", str(cli.data_dir / "out")) if command == "export" else ()
        outcome = cli("person", command, ids["contacts_registration"], *extra)
        assert outcome.status == 2
        assert outcome.err.strip() == (f"fourthpillar: registration {ids['contacts_registration']} is contact person "
                                       f"{ids['contact']}'s: use 'person {command} {ids['contact']}'")
    assert "Griet Peeters" in cli.ok("person", "find", "Griet")


def test_a_walk_ins_data_are_exported_by_their_registration_id(cli: Cli, tmp_path: Path) -> None:
    """Else a walk-in's access request cannot be answered."""
    ids = _register(cli.data_dir)
    out = cli.ok("person", "export", ids["walk_in"], "--out", str(tmp_path))
    json_path, pdf_path = (Path(line) for line in out.split())
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert (data["contact"]["name"], data["contact"]["email"]) == ("Zoë Walkin", "zoe.walkin@example.be")
    assert [(item["event"], item["status"]) for item in data["registrations"]] == [
        ("Subsidies voor beginners", "attended")]
    assert data["requests"] == [] and data["history"]
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_retention_lists_and_forgets_past_registrations(cli: Cli) -> None:
    """Else attendance is kept for ever: the list showed it only as JSON, and nothing archived it."""
    old = _register(cli.data_dir, days_ago=6 * 365)
    recent = _register(cli.data_dir, days_ago=365)
    listed = cli.ok("retention", "list")
    assert f"{old['walk_in']}  Zoë Walkin  (Subsidies voor beginners" in listed
    assert recent["walk_in"] not in listed
    refused = cli("retention", "forget-registrations", recent["walk_in"])
    assert refused.status == 2 and "not past the retention period" in refused.err
    forgotten = cli.ok("retention", "forget-registrations", old["walk_in"], old["contacts_registration"])
    assert "archived 2 registration(s) and erased 1 walk-in(s)" in forgotten
    assert old["walk_in"] not in cli.ok("retention", "list")
    shown = cli.json("events", "show", old["event"])
    assert shown["registrations"] == []
    # Zoë Walkin registered again last year (kept): the clean-up cannot tell which visit a note is about.
    assert shown["notes"] == "Zoë Walkin vroeg naar de slides."
