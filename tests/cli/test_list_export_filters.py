"""`export xlsx list` filters as the list commands do: the same filters, checks and rows.

If these failed, an officer exporting "the initiatives due this week" would get every
initiative (a filter the list does not have, silently ignored), or could not export one event's
registrations or one initiative's requests at all, or would get a spreadsheet with other rows
than `registrations list --event ID` showed on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Cli
from openpyxl import load_workbook

from fourthpillar import i18n
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _export(cli: Cli, out: Path, what: str, *filters: str) -> tuple[int, str, Path]:
    target = out / f"{what}.xlsx"
    outcome = cli("export", "xlsx", "list", "--what", what, *filters, "--columns", "id", "--out", str(target))
    assert outcome.err.count("\n") <= 1, outcome.err
    return outcome.status, outcome.err, target


@pytest.mark.parametrize(("what", "option", "value", "title"), [
    ("initiatives", "--due-from", "today", "Initiatives"),
    ("initiatives", "--due-to", "someday", "Initiatives"),  # refused as not a filter, before the date is read
    ("initiatives", "--topic", "subsidies", "Initiatives"),
    ("initiatives", "--officer", "An Peeters", "Initiatives"),
    ("initiatives", "--initiative", "no-such-id", "Initiatives"),
    ("events", "--province", "antwerpen", "Events"),
    ("events", "--theme", "education", "Events"),
    ("events", "--initiative", "no-such-id", "Events"),
    ("requests", "--kind", "training", "Advice requests"),
    ("requests", "--event", "no-such-id", "Advice requests"),
    ("followups", "--channel", "phone", "Follow-ups"),
    ("registrations", "--due-from", "today", "Registrations"),
    ("registrations", "--officer", "An Peeters", "Registrations"),
])
def test_a_filter_the_list_does_not_have_is_refused_and_nothing_is_written(
        cli: Cli, register: dict[str, str], out: Path, what: str, option: str, value: str, title: str) -> None:
    """One line naming the option and the list, exit 2, no file, where the filter used to be ignored."""
    status, err, _ = _export(cli, out, what, option, value)
    assert status == 2
    assert err.startswith(f"fourthpillar: {option}: the list {title} cannot be narrowed by this"), err
    assert list(out.iterdir()) == []


def test_a_status_the_list_does_not_have_is_refused(cli: Cli, register: dict[str, str], out: Path) -> None:
    """`--status answered` is a request's status, not an initiative's; 'done' only the follow-ups'."""
    for what, status_value in (("initiatives", "answered"), ("events", "done"), ("registrations", "open")):
        status, err, _ = _export(cli, out, what, "--status", status_value)
        assert status == 2 and err.startswith("fourthpillar: --status: ") and status_value in err, err
    assert list(out.iterdir()) == []


def test_the_refusal_is_in_the_officers_language(cli: Cli, register: dict[str, str], out: Path) -> None:
    """A Dutch or French officer reads which option and which list, in their language."""
    target = str(out / "x.xlsx")
    outcome = cli("--language", "nl", "export", "xlsx", "list", "--what", "initiatives", "--due-from", "today",
                  "--out", target)
    assert outcome.status == 2 and outcome.err.count("\n") == 1
    assert outcome.err.startswith("fourthpillar: --due-from: de lijst Initiatieven "), outcome.err
    outcome = cli("--language", "fr", "export", "xlsx", "list", "--what", "events", "--province", "antwerpen",
                  "--out", target)
    assert outcome.status == 2 and outcome.err.count("\n") == 1
    assert outcome.err.startswith("fourthpillar: --province: la liste Activités "), outcome.err
    assert list(out.iterdir()) == []


def test_the_events_list_does_not_offer_the_initiatives_filters(cli: Cli, register: dict[str, str]) -> None:
    """`events list --province` was accepted and ignored: events are of no province."""
    assert "--province" not in cli.ok("events", "list", "--help")
    assert "--theme" not in cli.ok("events", "list", "--help")
    outcome = cli("events", "list", "--province", "antwerpen")
    assert outcome.status == 2 and outcome.err.count("\n") == 1 and "--province" in outcome.err


@pytest.fixture
def events_register(cli: Cli, register: dict[str, str], data_dir: Path) -> dict[str, str]:
    """The small register, with a second initiative's request and follow-up, two events and three registrations."""
    ids = dict(register)
    ids["gent_request"] = cli.new_id("requests", "add", "--initiative", ids["gent"], "channel=e-mail",
                                     "question=Statutes?", "received_on=2026-11-03", "due_on=2026-12-02")
    ids["gent_follow_up"] = cli.new_id("followups", "add", "--request", ids["gent_request"],
                                       "action=Send the statutes", "due_on=2026-12-11")
    ids["training"] = cli.new_id("events", "add", "title=Fondsenwerving", "kind=training", "starts_on=2027-03-10")
    ids["webinar"] = cli.new_id("events", "add", "title=Webinar", "kind=webinar", "starts_on=2027-04-01")
    desk = open_desk(data_dir=data_dir)
    try:
        contact = initiatives.add_contact(desk, initiative_id=ids["initiative"],
                                          values={"name": "Griet Peeters", "email": "griet@example.be"}).id
    finally:
        desk.close()
    ids["contact_registration"] = cli.new_id("registrations", "add", "--event", ids["training"], "--contact", contact)
    ids["walk_in"] = cli.new_id("registrations", "add", "--event", ids["training"], "name=Zoë D'Hondt",
                                "email=zoe@example.be")
    ids["webinar_walk_in"] = cli.new_id("registrations", "add", "--event", ids["webinar"], "name=Jan Smet")
    return ids


#: (list, its filter as the list command and the export write it, the register's id it names).
SAME_ROWS = [
    ("requests", ("--initiative",), "initiative"),
    ("followups", ("--initiative",), "gent"),
    ("registrations", ("--initiative",), "initiative"),
    ("registrations", ("--event",), "training"),
    ("registrations", ("--event",), "webinar"),
    ("events", ("--kind", "training"), None),
    ("requests", ("--initiative",), "gent"),
]


@pytest.mark.parametrize(("what", "option", "named"), SAME_ROWS)
def test_the_spreadsheet_holds_exactly_the_rows_the_list_command_shows(
        cli: Cli, events_register: dict[str, str], out: Path, what: str, option: tuple[str, ...],
        named: str | None) -> None:
    """`export xlsx list` had no --initiative, --event or --kind: compare its ids with the list command's."""
    filters = (*option, events_register[named]) if named is not None else option
    shown = [row["id"] for row in cli.json(what, "list", *filters, "--all")]
    everything = [row["id"] for row in cli.json(what, "list", "--all")]
    assert shown and len(shown) < len(everything)  # the filter leaves rows out: the test can fail
    status, err, target = _export(cli, out, what, *filters)
    assert status == 0, err
    rows = list(load_workbook(target).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0] == ("ID",)
    assert [row[0] for row in rows[1:]] == shown


@pytest.mark.parametrize(("what", "option", "noun"), [
    ("requests", "--initiative", "initiative"), ("followups", "--initiative", "initiative"),
    ("registrations", "--initiative", "initiative"), ("registrations", "--event", "event"),
])
def test_an_unknown_id_is_refused_as_the_list_command_refuses_it(
        cli: Cli, register: dict[str, str], out: Path, what: str, option: str, noun: str) -> None:
    """The export names the unknown initiative or event exactly as `requests list --initiative` does."""
    listed = cli(what, "list", option, "no-such-id")
    status, err, _ = _export(cli, out, what, option, "no-such-id")
    assert (status, err) == (listed.status, listed.err)
    assert err == f"fourthpillar: {option}: no {noun} with id no-such-id\n"
    assert list(out.iterdir()) == []


def test_the_export_help_says_which_lists_take_the_new_filters(cli: Cli) -> None:
    """An officer reading `export xlsx list --help` learns --initiative, --event and --kind, and where they apply."""
    helped = " ".join(cli.ok("export", "xlsx", "list", "--help").split())
    assert "--initiative ID of this initiative only (requests, follow-ups; registrations: its people)" in helped
    assert "--event ID of this event only (registrations)" in helped
    assert "--kind KIND training, info-session, network-day or webinar (events)" in helped


@pytest.mark.parametrize("what", ["requests", "followups"])
def test_an_archived_initiatives_records_are_listed_and_exported_with_archived(
        cli: Cli, register: dict[str, str], out: Path, what: str) -> None:
    """`--initiative ID --archived` of an archived initiative was refused ("restore it"): its old
    requests could be neither listed nor exported without changing the register first."""
    initiative = register["initiative"]
    before = [row["id"] for row in cli.json(what, "list", "--initiative", initiative, "--all")]
    assert before
    cli.ok("initiatives", "archive", initiative)
    refused = cli(what, "list", "--initiative", initiative)
    assert refused.status == 2 and refused.err.startswith(f"fourthpillar: --initiative: initiative {initiative} "
                                                         "is archived"), refused.err
    assert [row["id"] for row in cli.json(what, "list", "--initiative", initiative, "--archived", "--all")] == before
    status, err, target = _export(cli, out, what, "--initiative", initiative, "--archived")
    assert status == 0, err
    rows = list(load_workbook(target).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert [row[0] for row in rows[1:]] == before
    assert cli(what, "list", "--initiative", "no-such-id", "--archived").err == (
        "fourthpillar: --initiative: no initiative with id no-such-id\n")


def test_the_export_help_says_which_lists_take_province_and_theme(cli: Cli) -> None:
    """`export xlsx list --help` offered --province and --theme without saying events refuse them."""
    helped = "".join(cli.ok("export", "xlsx", "list", "--help").split())  # wrapped anywhere, even at a hyphen
    assert "'EastFlanders'(initiatives,requests,follow-ups,registrations)" in helped
    assert "--themeTHEMEthemecodeorlabel(initiatives,requests,follow-ups,registrations)" in helped


@pytest.mark.parametrize(("command", "first", "last"), [
    (("requests", "list"), "--due-from", "--due-to"),
    (("followups", "list"), "--due-from", "--due-to"),
    (("events", "list"), "--from", "--to"),
    (("export", "xlsx", "list", "--what", "events", "--out", "{out}"), "--due-from", "--due-to"),
    (("export", "xlsx", "list", "--what", "requests", "--out", "{out}"), "--due-from", "--due-to"),
])
def test_a_date_range_ending_before_it_starts_is_refused(
        cli: Cli, register: dict[str, str], out: Path, command: tuple[str, ...], first: str, last: str) -> None:
    """`--due-from 10/12/2026 --due-to 01/12/2026` (days swapped) showed, or exported, an empty list
    as if nothing were due, where `export ics followups` refuses the same mistake."""
    arguments = [word.format(out=out / "swapped.xlsx") for word in command]
    outcome = cli(*arguments, first, "10/12/2026", last, "01/12/2026")
    assert (outcome.status, outcome.out) == (2, "")
    assert outcome.err == f"fourthpillar: {last}: the last day is before the first day\n"
    assert list(out.iterdir()) == []
    assert cli(*arguments, first, "01/12/2026", last, "01/12/2026").status == 0  # one day is a range
