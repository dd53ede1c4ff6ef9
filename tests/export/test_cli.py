"""``fourthpillar export ...``: files on success, exit status 2 and one line otherwise, and
never a file after a mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from fourthpillar import i18n
from fourthpillar.cli.main import main
from fourthpillar.domain.vocab import EVENT_STATUSES
from fourthpillar.services.desk import Desk

from .conftest import Register
from .conftest import workbook_values


@pytest.fixture
def run(desk: Desk, data_dir: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    desk.close()

    def run(*args: str) -> tuple[int, str, str]:
        try:
            status = main(["--data-dir", str(data_dir), *args])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


def test_each_export_command_writes_its_file(run, register: Register, out: Path) -> None:  # type: ignore[no-untyped-def]
    commands = [
        ["pdf", "summary", "--initiative", register.initiative_id, "--shared", "--out", str(out / "s.pdf")],
        ["pdf", "summary", "--initiative", register.initiative_id, "--out", str(out / "i.pdf")],
        ["pdf", "advice", "--request", register.request_id, "--out", str(out / "a.pdf")],
        [
            "pdf",
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "31/12/2026",
            "--province",
            "Antwerp",
            "--officer",
            "an peeters",
            "--out",
            str(out / "r.pdf"),
        ],
        [
            "xlsx",
            "list",
            "--what",
            "requests",
            "--status",
            "open",
            "--topic",
            "fundraising",
            "--out",
            str(out / "l.xlsx"),
        ],
        [
            "xlsx",
            "list",
            "--what",
            "followups",
            "--status",
            "open",
            "--sort",
            "due_on",
            "--desc",
            "--columns",
            "due_on,action",
            "--out",
            str(out / "f.xlsx"),
        ],
        ["xlsx", "network", "--out", str(out / "n.xlsx")],
        ["xlsx", "stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out / "t.xlsx")],
    ]
    for command in commands:
        status, printed, err = run("export", *command)
        assert status == 0, (command, err)
        assert err == ""
        assert printed.startswith(command[-1])
    assert sorted(path.name for path in out.iterdir()) == sorted(Path(c[-1]).name for c in commands)
    ((_, rows),) = workbook_values(out / "f.xlsx")
    assert rows == [["Due", "What to do"], [rows[1][0], "Bel terug: <b>x</b>"]]


@pytest.mark.parametrize(
    "arguments",
    [
        ["pdf", "summary", "--initiative", "no-such-id"],
        ["pdf", "advice", "--request", "no-such-id"],
        ["pdf", "report", "--from", "2026-12-31", "--to", "2026-01-01"],
        ["pdf", "report", "--from", "someday", "--to", "2026-01-01"],
        ["pdf", "report", "--from", "2026-01-01", "--to", "2026-12-31", "--officer", "Nobody"],
        ["pdf", "report", "--from", "2026-01-01", "--to", "2026-12-31", "--province", "Atlantis"],
        ["xlsx", "list", "--what", "contacts"],
        ["xlsx", "list", "--what", "requests", "--columns", "received_on,internal_note"],
        ["xlsx", "list", "--what", "requests", "--sort", "question"],
        ["xlsx", "list", "--what", "followups", "--status", "answered"],
        ["xlsx", "list", "--what", "requests", "--due-from", "yesterday-ish"],
        ["xlsx", "stats", "--from", "2026-01-01"],
        ["pdf", "summary", "--shared"],
    ],
)
def test_mistakes_exit_2_with_one_line_and_no_file(
    run,
    register: Register,
    out: Path,  # type: ignore[no-untyped-def]
    arguments: list[str],
) -> None:
    status, printed, err = run("export", *arguments, "--out", str(out / "x.out"))
    assert status == 2
    assert printed == ""
    assert err.count("\n") == 1, err
    assert list(out.iterdir()) == []


def test_existing_file_needs_force(run, register: Register, out: Path) -> None:  # type: ignore[no-untyped-def]
    target = out / "n.xlsx"
    target.write_bytes(b"keep me")
    status, _, err = run("export", "xlsx", "network", "--out", str(target))
    assert status == 2 and "already exists" in err and err.count("\n") == 1
    assert target.read_bytes() == b"keep me"
    status, _, err = run("export", "xlsx", "network", "--out", str(target), "--force")
    assert status == 0, err
    assert target.read_bytes().startswith(b"PK")
    assert list(out.iterdir()) == [target]



def test_the_list_export_help_says_what_the_due_dates_filter(run) -> None:  # type: ignore[no-untyped-def]
    """`export xlsx list --help` said "due on or after" of --due-from, while for events it is the day they start."""
    try:
        status, printed, _ = run("--language", "nl", "export", "xlsx", "list", "--help")
    finally:
        i18n.use_language("en")
    assert status == 0
    helped = " ".join(printed.split())
    assert "--due-from DATE adviesvragen en opvolgingen te doen op of na, activiteiten beginnend op of na" in helped
    assert "--due-to DATE adviesvragen en opvolgingen te doen op of voor, activiteiten beginnend op of voor" in helped


def test_the_list_export_spells_the_lists_as_the_commands_do(run) -> None:  # type: ignore[no-untyped-def]
    """`export xlsx list` offered `--what follow_ups` where the command is `followups list`."""
    status, printed, _ = run("export", "xlsx", "list", "--help")
    assert status == 0
    assert "--what initiatives|requests|followups|events|registrations" in " ".join(printed.split())
    assert "follow_ups" not in printed
    status, printed, _ = run("export", "--help")
    assert "--what initiatives|requests|followups|events|registrations [filters]" in printed
    status, _, err = run("export", "xlsx", "list", "--what", "contacts", "--out", "x.xlsx")
    assert status == 2 and "initiatives, requests, followups, events, registrations" in err


def test_events_and_registrations_lists_are_exported(run, register: Register, out: Path) -> None:  # type: ignore[no-untyped-def]
    """`export xlsx list --what events` (its help offers it) ended in a traceback, as did registrations."""
    events_file, none_file, registrations_file = out / "e.xlsx", out / "none.xlsx", out / "r.xlsx"
    status, _, err = run("export", "xlsx", "list", "--what", "events", "--status", "held", "--due-from", "2026-03-10",
                         "--due-to", "10/03/2026", "--columns", "id,status", "--out", str(events_file))
    assert status == 0, err
    ((_, rows),) = workbook_values(events_file)
    assert rows == [["ID", "Status"], [register.event_id, EVENT_STATUSES.label("held")]]
    status, printed, err = run("export", "xlsx", "list", "--what", "events", "--due-from", "2026-03-11",
                               "--out", str(none_file))
    assert status == 0 and printed.endswith("(0 records)\n"), err
    status, _, err = run("export", "xlsx", "list", "--what", "registrations", "--status", "attended",
                         "--columns", "id", "--out", str(registrations_file))
    assert status == 0, err
    ((_, rows),) = workbook_values(registrations_file)
    assert len(rows) == 3 and rows[0] == ["ID"]


def test_the_list_export_takes_the_columns_and_sorts_the_list_commands_take(  # type: ignore[no-untyped-def]
        run, register: Register, out: Path) -> None:
    """`requests list --columns id` offers the id, `export xlsx list --columns id` refused it; and a
    sort the list commands take by its header ("Received") the export refused."""
    target = out / "r.xlsx"
    status, _, err = run("export", "xlsx", "list", "--what", "requests", "--columns", "id,question",
                         "--sort", "Received", "--out", str(target))
    assert status == 0, err
    ((_, rows),) = workbook_values(target)
    assert rows[0] == ["ID", "Question"]
    assert [row[0] for row in rows[1:]] == [register.request_id, register.other_request_id]


def test_a_bad_sort_is_refused_alike_by_the_list_and_its_export(run, register: Register, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The export said "'x' is not one of: ..." where `requests list` said "'x' is not a column to sort by"."""
    _, _, exported = run("export", "xlsx", "list", "--what", "requests", "--sort", "x", "--out", str(out / "r.xlsx"))
    _, _, listed = run("requests", "list", "--sort", "x")
    assert exported == listed
    assert exported.startswith("fourthpillar: --sort: 'x' is not a column to sort by (choose from received_on, ")
    _, _, exported = run("export", "xlsx", "list", "--what", "requests", "--columns", "id,x", "--out", str(out / "r"))
    _, _, listed = run("requests", "list", "--columns", "id,x")
    assert exported == listed and exported.startswith("fourthpillar: --columns: 'x' is not a column (choose from id, ")
    assert list(out.iterdir()) == []
