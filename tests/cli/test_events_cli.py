"""`fourthpillar events` and `fourthpillar registrations` (issue 18): what an admin's script sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import Cli

from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk


def _contact(data_dir: Path) -> tuple[str, str]:
    desk = open_desk(data_dir=data_dir)
    try:
        initiative_id = initiatives.register_initiative(desk, values={"name": "Vrienden van Kasongo",
                                                                      "postcode": "2000"}).id
        contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                             values={"name": "Griet Peeters", "email": "griet@example.be"}).id
    finally:
        desk.close()
    return initiative_id, contact_id


def _event(cli: Cli, *extra: str) -> str:
    return cli.new_id("events", "add", "title=Fondsenwerving", "kind=training", "starts_on=10/03/2027",
                      "start_time=19u", "end_time=21:30", "topics=fundraising", "capacity=1", "status=open", *extra)


def test_an_event_is_planned_listed_shown_and_changed(cli: Cli) -> None:
    """Else the office cannot script its trainings."""
    cli.ok("officers", "sign-in", "An Peeters", "--region", "antwerpen")
    event_id = _event(cli)
    webinar = cli.new_id("events", "add", "title=Webinar", "kind=webinar", "starts_on=2027-04-01")
    listed = cli.ok("events", "list", "--kind", "training")
    assert "Fondsenwerving" in listed and "Webinar" not in listed and "1 event" in listed
    assert [row["id"] for row in cli.json("events", "list", "--sort", "starts-on", "--desc")] == [webinar, event_id]
    assert [row["id"] for row in cli.json("events", "list", "--to", "2027-03-31")] == [event_id]
    shown = cli.ok("events", "show", event_id)
    assert "19:00" in shown and "An Peeters" in shown and "fundraising" in shown
    assert "saved" in cli.ok("events", "set", event_id, "capacity=30", "officer_id=An Peeters")
    assert cli.json("events", "show", event_id)["capacity"] == 30


def test_registrations_of_a_contact_and_a_walk_in_with_the_waiting_list(cli: Cli, data_dir: Path) -> None:
    """The waiting list as the command line tells it: the id on stdout, the move on stderr."""
    cli.ok("officers", "sign-in", "An Peeters")
    initiative_id, contact_id = _contact(data_dir)
    event_id = _event(cli)
    first = cli.new_id("registrations", "add", "--event", event_id, "--contact", contact_id)
    outcome = cli("registrations", "add", "--event", event_id, "name=Zoë D'Hondt", "email=zoe@example.be")
    assert outcome.status == 0 and outcome.out.count("\n") == 1
    walk_in = outcome.out.strip()
    assert "waiting list" in outcome.err
    listed = cli.json("registrations", "list", "--event", event_id)
    assert {(row["person_name"], row["status"]) for row in listed} == {("Griet Peeters", "registered"),
                                                                       ("Zoë D'Hondt", "waiting")}
    assert [row["id"] for row in cli.json("registrations", "list", "--initiative", initiative_id)] == [first]
    cancelled = cli("registrations", "set", first, "status=cancelled")
    assert cancelled.status == 0 and walk_in in cancelled.err and "moved up" in cancelled.err
    shown = cli.ok("events", "show", event_id)
    assert "Zoë D'Hondt" in shown and "Registrations (2)" in shown


@pytest.mark.parametrize(("args", "named"), [
    (("events", "add", "title=", "starts_on=2027-01-01"), "title"),
    (("events", "add", "title=X", "starts_on=2027-01-01", "start_time=25:00"), "start_time"),
    (("events", "add", "title=X", "starts_on=2027-01-01", "kind=party"), "kind"),
    (("events", "add", "title=X", "starts_on=2027-01-01", "officer_id=Nobody Here"), "officer_id"),
    (("events", "set", "no-such-id", "title=X"), "no event"),
    (("events", "list", "--kind", "party"), "--kind"),
    (("events", "list", "--from", "someday"), "--from"),
    (("registrations", "add", "--event", "no-such-id", "name=X"), "--event"),
    (("registrations", "list", "--event", "no-such-id"), "--event"),
    (("registrations", "set", "no-such-id", "status=attended"), "no registration"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(cli: Cli, args: tuple[str, ...], named: str) -> None:
    """Never a traceback: one line naming what is wrong, nothing written."""
    outcome = cli(*args)
    assert outcome.status == 2 and outcome.out == ""
    assert outcome.err.count("\n") == 1 and named in outcome.err, outcome.err


def test_a_registration_without_a_person_names_the_field(cli: Cli, data_dir: Path) -> None:
    """Else a walk-in without a name, or a contact given twice, slips in."""
    _initiative, contact_id = _contact(data_dir)
    event_id = _event(cli)
    for args, named in ((("email=x@example.be",), "name"), (("--contact", "no-such-contact"), "--contact"),
                        (("--contact", contact_id, "name=Other"), "name")):
        outcome = cli("registrations", "add", "--event", event_id, *args)
        assert outcome.status == 2 and named in outcome.err and outcome.err.count("\n") == 1, outcome.err
    assert cli.json("registrations", "list", "--event", event_id) == []
