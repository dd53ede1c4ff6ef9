"""The command line admins script against: ``fourthpillar initiatives|requests|followups|officers``.

Every test drives ``fourthpillar.cli.main.main`` with ``--data-dir`` a temporary folder and reads
what a user would see on stdout and stderr.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPOSITORY
from cli_helpers import Cli
from cli_helpers import names
from cli_helpers import snapshot

from fourthpillar import __version__
from fourthpillar import clock
from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher

# ------------------------------------------------------------------------------------------------
# Adding, showing, changing


def test_add_prints_only_the_new_id_and_show_finds_every_field(cli: Cli, register: dict[str, str]) -> None:
    """An admin's script captures the id from `add`; `show` must then find the same record."""
    out = cli.ok("initiatives", "show", register["initiative"])
    assert register["initiative"] in out
    assert "Vrienden van Kasongo" in out
    assert "Antwerp" in out, "the province derived from postcode 2000 is not shown"
    assert "Senegal (SN)" in out, "partner countries are not shown with their names"
    assert "education, climate" in out
    for field in ("legal_form", "enterprise_number", "street", "founded_year", "panel_member", "notes"):
        assert field in out, f"show leaves out {field}"
    assert "Timeline (2)" in out, "the initiative's request and follow-up are missing from its timeline"
    assert "Which fund pays for a well?" in out

    detail = cli.json("initiatives", "show", register["initiative"])
    assert detail["province"] == "antwerpen"
    assert detail["partner_countries"] == ["CD", "SN"]
    assert detail["themes"] == ["education", "climate"]
    assert [entry["kind"] for entry in detail["timeline"]] == ["follow_up", "request"]


def test_show_initiative_lists_its_contacts(cli: Cli, register: dict[str, str], data_dir: Path) -> None:
    desk = open_desk(data_dir=data_dir)
    try:
        initiatives.add_contact(desk, initiative_id=register["gent"], values={
            "name": "Marie Dubois", "role": "voorzitter", "email": "marie@example.org", "language": "French"})
    finally:
        desk.close()
    out = cli.ok("initiatives", "show", register["gent"])
    contacts = out[out.index("Contacts (1)"):out.index("Timeline")]
    assert "Marie Dubois" in contacts and "marie@example.org" in contacts and "French" in contacts
    assert cli.json("initiatives", "show", register["gent"])["contacts"][0]["language"] == "fr"


def test_output_on_a_narrow_code_page_does_not_crash(cli: Cli, register: dict[str, str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A Windows console redirected to a file writes cp1252; a partner's name must not crash the list."""
    cli.ok("initiatives", "set", register["gent"], "notes=ድርጅት ኢትዮጵያ")
    buffer = io.BytesIO()
    narrow = io.TextIOWrapper(buffer, encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", narrow)
    status = main(["--data-dir", str(cli.data_dir), "initiatives", "show", register["gent"]])
    narrow.flush()
    assert status == 0
    assert b"\\u12f5" in buffer.getvalue()


def test_show_request_lists_its_follow_ups(cli: Cli, register: dict[str, str]) -> None:
    out = cli.ok("requests", "show", register["request"])
    assert "Vrienden van Kasongo" in out
    assert "subsidies, governance" in out
    assert "An Peeters" in out, "the request is not assigned to the officer at the desk"
    assert "Follow-ups (1)" in out and "Send the 11.fonds form" in out

    detail = cli.json("requests", "show", register["request"])
    assert detail["received_on"] == "2026-11-02", "dd/mm/yyyy was not read as day/month/year"
    assert [item["id"] for item in detail["follow_ups"]] == [register["follow_up"]]
    follow_up = cli.json("followups", "show", register["follow_up"])
    assert follow_up["request_id"] == register["request"]


def test_show_json_gives_the_records_fields_and_nothing_else(cli: Cli, register: dict[str, str]) -> None:
    """A script reading `show --json` finds the keys it always found: no empty extra key from the
    list row a page is built on."""
    assert set(cli.json("initiatives", "show", register["initiative"])) == {
        "archived", "contacts", "created_at", "enterprise_number", "founded_year", "id", "legal_form",
        "municipality", "name", "notes", "panel_member", "partner_countries", "postcode", "province", "status",
        "street", "tags", "themes", "timeline", "updated_at", "version"}
    assert set(cli.json("requests", "show", register["request"])) == {
        "advice", "answered_on", "archived", "channel", "contact_id", "contact_name", "created_at", "due_on",
        "follow_ups", "id", "initiative_id", "initiative_name", "internal_note", "minutes_spent", "officer_id",
        "officer_name", "question", "received_on", "status", "topics", "updated_at", "version"}


def test_set_changes_fields_given_as_codes_or_labels(cli: Cli, register: dict[str, str]) -> None:
    """`set ID field=value` changes only the named fields; vocabulary labels work like codes."""
    cli.ok("initiatives", "set", register["gent"], "status=Active", "themes=Climate, women's rights",
           "founded_year=1998", "panel_member=ja")
    detail = cli.json("initiatives", "show", register["gent"])
    assert detail["status"] == "active"
    assert detail["themes"] == ["climate", "womens-rights"]
    assert detail["founded_year"] == 1998 and detail["panel_member"] is True
    assert detail["name"] == "Ééntje Gent" and detail["province"] == "oost-vlaanderen"

    cli.ok("requests", "set", register["request"], "status=answered", "officer_id=bert claes",
           "minutes_spent=45", "due_on=")
    request = cli.json("requests", "show", register["request"])
    assert request["status"] == "answered" and request["answered_on"] == clock.today().isoformat()
    assert request["officer_id"] == register["bert"], "officer_id= did not accept the officer's name"
    assert request["minutes_spent"] == 45 and request["due_on"] is None


def test_changes_are_recorded_as_the_desk_officer_or_as_given(cli: Cli, register: dict[str, str],
                                                              data_dir: Path) -> None:
    """History says who did what: the signed-in officer, or --as for one command (not remembered)."""
    config_before = (data_dir / "config.json").read_text(encoding="utf-8")
    cli.ok("initiatives", "set", register["brugge"], "notes=Called on Monday", "--as", "Bert Claes")
    cli.ok("initiatives", "set", register["brugge"], "tags=panel")
    assert (data_dir / "config.json").read_text(encoding="utf-8") == config_before, "--as signed someone in"
    connection = cipher.connect(data_dir / "fourthpillar.sqlite3")
    try:
        authors = dict(connection.execute(
            "SELECT field, officer.name FROM change JOIN officer ON officer.id = change.officer_id "
            "WHERE entity = 'initiative' AND entity_id = ? AND operation = 'update'", (register["brugge"],)))
    finally:
        connection.close()
    assert authors == {"notes": "Bert Claes", "tags": "An Peeters"}


def test_without_a_signed_in_officer_changes_are_made_without_one(cli: Cli) -> None:
    initiative_id = cli.new_id("initiatives", "add", "name=Zonder Naam")
    request_id = cli.new_id("requests", "add", "--initiative", initiative_id, "channel=e-mail", "question=Hallo?")
    assert cli.json("requests", "show", request_id)["officer_id"] is None


def test_follow_ups_are_planned_with_quick_dates_and_marked_done(cli: Cli, register: dict[str, str]) -> None:
    planned = cli.new_id("followups", "add", "--initiative", register["gent"], "action=Visit the project",
                         "due_on=+1w", "owner_id=Bert Claes")
    row = cli.json("followups", "show", planned)
    assert row["due_on"] == (clock.today() + dt.timedelta(weeks=1)).isoformat()
    assert row["owner_name"] == "Bert Claes"

    cli.ok("followups", "done", planned, "--outcome", "Visited, all fine", "--date", "27/11/2026")
    row = cli.json("followups", "show", planned)
    assert row["done_on"] == "2026-11-27" and row["outcome"] == "Visited, all fine"
    assert [item["id"] for item in cli.json("followups", "list", "--open")] == [register["follow_up"]]
    assert [item["id"] for item in cli.json("followups", "list", "--status", "done")] == [planned]

    cli.ok("followups", "reopen", planned)
    assert cli.json("followups", "show", planned)["done_on"] is None


def test_archive_hides_an_initiative_and_restore_brings_it_back(cli: Cli, register: dict[str, str]) -> None:
    assert cli.ok("initiatives", "archive", register["brugge"]).strip().endswith("archived")
    assert "Brug naar Cotonou" not in names(cli.json("initiatives", "list"))
    assert "Brug naar Cotonou" in names(cli.json("initiatives", "list", "--archived"))
    assert cli.json("initiatives", "show", register["brugge"])["archived"] is True
    assert "already" in cli.ok("initiatives", "archive", register["brugge"]), "archiving twice is not harmless"
    cli.ok("initiatives", "restore", register["brugge"])
    assert "Brug naar Cotonou" in names(cli.json("initiatives", "list"))


@pytest.mark.parametrize(("group", "key"), [("requests", "request"), ("followups", "follow_up")])
def test_requests_and_follow_ups_are_archived_and_restored(cli: Cli, register: dict[str, str],
                                                           group: str, key: str) -> None:
    record_id = register[key]
    cli.ok(group, "archive", record_id)
    assert record_id not in [row["id"] for row in cli.json(group, "list")]
    assert cli.json(group, "show", record_id)["archived"] is True
    outcome = cli(group, "set", record_id, "due_on=2027-01-01")
    assert outcome.status == 2 and f"{group} restore {record_id}" in outcome.err
    cli.ok(group, "restore", record_id)
    assert record_id in [row["id"] for row in cli.json(group, "list")]
    cli.ok(group, "set", record_id, "due_on=2027-01-01")
    assert cli.json(group, "show", record_id)["due_on"] == "2027-01-01"


def test_officers_are_listed_with_the_one_at_this_desk(cli: Cli, register: dict[str, str]) -> None:
    out = cli.ok("officers", "list")
    signed_in = [line for line in out.splitlines() if line.startswith("*")]
    assert len(signed_in) == 1 and "An Peeters" in signed_in[0]
    assert "Bert Claes" in out and "West Flanders" in out
    people = {person["name"]: person for person in cli.json("officers", "list")}
    assert people["An Peeters"]["signed_in"] and not people["Bert Claes"]["signed_in"]


# ------------------------------------------------------------------------------------------------
# Bad input: exit 2, one line naming the field, nothing written

INVALID = [
    (["initiatives", "add", "nme=Kasongo"], "nme"),
    (["initiatives", "add", "municipality=Gent"], "name: is required"),
    (["initiatives", "add", "name=X", "legal_form=bogus"], "legal_form"),
    (["initiatives", "add", "name=X", "enterprise_number=12345"], "enterprise_number"),
    (["initiatives", "add", "name=X", "postcode=999"], "postcode"),
    (["initiatives", "add", "name=X", "founded_year=1700"], "founded_year"),
    (["initiatives", "add", "name=X", "partner_countries=Congo"], "partner_countries"),
    (["initiatives", "add", "Kasongo"], "'Kasongo' is not field=value"),
    (["initiatives", "add", "=Kasongo"], "'=Kasongo' is not field=value"),
    (["initiatives", "add", "name=X", "--as", "Nobody"], "--as"),
    (["initiatives", "set", "{initiative}", "status=sleeping"], "status"),
    (["initiatives", "set", "{initiative}"], "nothing to change"),
    (["initiatives", "set", "no-such-id", "status=active"], "no initiative with id no-such-id"),
    (["initiatives", "archive", "no-such-id"], "no initiative with id no-such-id"),
    (["requests", "restore", "no-such-id"], "no request with id no-such-id"),
    (["followups", "archive", "no-such-id"], "no follow-up with id no-such-id"),
    (["initiatives", "show", "no-such-id"], "no initiative with id no-such-id"),
    (["initiatives", "list", "--province", "Mars"], "--province"),
    (["initiatives", "list", "--status", "sleeping"], "--status"),
    (["initiatives", "list", "--sort", "colour"], "--sort"),
    (["initiatives", "list", "--limit", "ten"], "--limit"),
    (["initiatives", "list", "--limit", "0"], "--limit"),
    (["initiatives", "list", "--colour", "red"], "--colour"),
    (["initiatives", "list", "--columns", "name,colour"], "--columns"),
    (["requests", "add", "--initiative", "no-such-id", "channel=phone", "question=q"], "--initiative"),
    (["requests", "add", "channel=phone", "question=q"], "--initiative"),
    (["requests", "add", "--initiative", "{initiative}", "channel=fax", "question=q"], "channel"),
    (["requests", "add", "--initiative", "{initiative}", "channel=phone"], "question: is required"),
    (["requests", "add", "--initiative", "{initiative}", "channel=phone", "question=q", "received_on=31/02/2026"],
     "received_on"),
    (["requests", "add", "--initiative", "{initiative}", "channel=phone", "question=q", "officer_id=Nobody"],
     "officer_id"),
    (["requests", "add", "--initiative", "{initiative}", "channel=phone", "question=q", "due_on=+1y"], "due_on"),
    (["requests", "set", "{request}", "minutes_spent=lots"], "minutes_spent"),
    (["requests", "set", "{request}", "answered_on=2026-01-01"], "answered_on"),
    (["requests", "set", "{request}", "topics=legal form, gardening"], "topics"),
    (["requests", "list", "--officer", "Nobody"], "--officer"),
    (["requests", "list", "--due-from", "2026-13-01"], "--due-from"),
    (["requests", "list", "--due-to", "tomorrow"], "--due-to"),
    (["requests", "list", "--topic", "gardening"], "--topic"),
    (["requests", "list", "--channel", "fax"], "--channel"),
    (["requests", "list", "--initiative", "no-such-id"], "--initiative"),
    (["followups", "add", "--request", "{request}", "action=Call", "due_on=+1x"], "due_on"),
    (["followups", "add", "--request", "{request}", "due_on=+1w"], "action: is required"),
    (["followups", "add", "--request", "{request}", "action=Call", "due_on=+1w", "owner_id=Nobody"], "owner_id"),
    (["followups", "add", "--request", "{request}", "--initiative", "{initiative}", "action=Call", "due_on=+1w"],
     "--initiative"),
    (["followups", "add", "action=Call", "due_on=+1w"], "--initiative"),
    (["followups", "add", "--request", "no-such-id", "action=Call", "due_on=+1w"], "--request"),
    (["followups", "done", "{follow_up}", "--date", "32/01/2026"], "--date"),
    (["followups", "done", "no-such-id"], "no follow-up with id no-such-id"),
    (["followups", "set", "{follow_up}", "done_on=yesterday"], "done_on"),
    (["followups", "list", "--status", "late"], "--status"),
    (["officers", "add", "name=An Peeters"], "name"),
    (["initiatives", "lst"], "'lst'"),
    (["officers", "add", "name=Cis", "region=Mars"], "region"),
]


@pytest.mark.parametrize(("arguments", "names_the_problem"), INVALID,
                         ids=[" ".join(args) for args, _ in INVALID])
def test_invalid_input_exits_2_with_one_line_and_writes_nothing(
    cli: Cli, register: dict[str, str], data_dir: Path, arguments: list[str], names_the_problem: str,
) -> None:
    before = snapshot(data_dir)
    outcome = cli(*(argument.format(**register) for argument in arguments))
    assert outcome.status == 2, f"exit status {outcome.status}, stderr: {outcome.err}"
    assert "Traceback" not in outcome.err
    lines = outcome.err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {outcome.err!r}"
    assert names_the_problem in lines[0], f"the message does not name {names_the_problem!r}: {lines[0]}"
    assert outcome.out == ""
    assert snapshot(data_dir) == before, "invalid input changed the database or the desk's config"


def test_several_bad_fields_are_named_on_one_line(cli: Cli, register: dict[str, str], data_dir: Path) -> None:
    before = snapshot(data_dir)
    outcome = cli("initiatives", "set", register["gent"], "name=", "status=sleeping", "postcode=12")
    assert outcome.status == 2
    [line] = outcome.err.splitlines()
    assert "name" in line and "status" in line and "postcode" in line
    assert snapshot(data_dir) == before


def test_changing_an_archived_initiative_says_so(cli: Cli, register: dict[str, str], data_dir: Path) -> None:
    cli.ok("initiatives", "archive", register["brugge"])
    before = snapshot(data_dir)
    for arguments in (["initiatives", "set", register["brugge"], "status=stopped"],
                      ["requests", "add", "--initiative", register["brugge"], "channel=phone", "question=q"],
                      ["followups", "add", "--initiative", register["brugge"], "action=Call", "due_on=+1w"]):
        outcome = cli(*arguments)
        assert outcome.status == 2
        [line] = outcome.err.splitlines()
        assert "is archived" in line and "restore" in line
    assert snapshot(data_dir) == before


def test_a_value_with_a_line_break_still_gives_one_line(cli: Cli, register: dict[str, str]) -> None:
    outcome = cli("initiatives", "set", register["gent"], "status=first\nsecond")
    assert outcome.status == 2 and len(outcome.err.splitlines()) == 1


def test_a_damaged_database_is_one_line_not_a_traceback(cli: Cli, data_dir: Path) -> None:
    (data_dir / "fourthpillar.sqlite3").write_bytes(b"this is not a database" * 100)
    outcome = cli("initiatives", "list")
    assert outcome.status == 2 and "Traceback" not in outcome.err
    assert len(outcome.err.splitlines()) == 1 and "not a readable database" in outcome.err


# ------------------------------------------------------------------------------------------------
# As a separate program


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "FOURTHPILLAR_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "fourthpillar", *args], capture_output=True, text=True,
                          cwd=REPOSITORY, env=environment, timeout=120, check=False)


def test_python_m_fourthpillar_prints_its_version(data_dir: Path) -> None:
    done = _run("--version", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"fourthpillar {__version__}"


def test_python_m_fourthpillar_runs_a_command_and_refuses_bad_input(data_dir: Path) -> None:
    added = _run("initiatives", "add", "name=Brug naar Cotonou", "postcode=8800", data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    initiative_id = added.stdout.strip()
    shown = _run("initiatives", "show", initiative_id, "--json", data_dir=data_dir)
    assert json.loads(shown.stdout)["province"] == "west-vlaanderen"

    refused = _run("initiatives", "set", initiative_id, "founded_year=soon", data_dir=data_dir)
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == ["fourthpillar: founded_year: 'soon' is not a whole number"]
    assert refused.stdout == ""


def test_a_reader_that_stops_early_gets_no_traceback(data_dir: Path) -> None:
    """`fourthpillar requests list --all | head` must end quietly when head stops reading."""
    from fourthpillar.services.demo import load_demo_data

    desk = open_desk(data_dir=data_dir)
    try:
        load_demo_data(desk, initiatives=300, seed=7)
    finally:
        desk.close()
    environment = {**os.environ, "FOURTHPILLAR_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    reader = subprocess.Popen([sys.executable, "-m", "fourthpillar", "requests", "list", "--all"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPOSITORY, env=environment)
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline().startswith(b"ID")
    reader.stdout.close()
    errors = reader.stderr.read().decode()
    reader.stderr.close()
    assert reader.wait(timeout=120) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
