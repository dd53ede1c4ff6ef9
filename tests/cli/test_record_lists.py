"""The ``list`` command of initiatives, requests and follow-ups (``cli.record_lists``): filters,
search, sort, the columns asked for and paging, as a user reads them on stdout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import Cli
from cli_helpers import names

from fourthpillar.cli import record_lists
from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.records import InitiativeRow
from fourthpillar.services.records import Page
from fourthpillar.store.queries import ListQuery


def test_list_filters_by_province_status_and_theme(cli: Cli, register: dict[str, str]) -> None:
    assert names(cli.json("initiatives", "list", "--province", "East Flanders")) == ["Ééntje Gent"]
    assert names(cli.json("initiatives", "list", "--province", "west-vlaanderen")) == ["Brug naar Cotonou"]
    assert names(cli.json("initiatives", "list", "--status", "dormant")) == ["Ééntje Gent"]
    assert names(cli.json("initiatives", "list", "--theme", "education")) == ["Vrienden van Kasongo"]


def test_list_search_ignores_accents_and_matches_word_starts(cli: Cli, register: dict[str, str]) -> None:
    assert names(cli.json("initiatives", "list", "--search", "eentje")) == ["Ééntje Gent"]
    assert names(cli.json("initiatives", "list", "--search", "kas")) == ["Vrienden van Kasongo"]
    assert [row["id"] for row in cli.json("requests", "list", "--search", "well")] == [register["request"]]


def test_list_sorts_by_a_column_either_way(cli: Cli, register: dict[str, str]) -> None:
    by_name = ["Brug naar Cotonou", "Ééntje Gent", "Vrienden van Kasongo"]
    assert names(cli.json("initiatives", "list", "--sort", "name")) == by_name
    assert names(cli.json("initiatives", "list", "--sort", "name", "--desc")) == by_name[::-1]
    assert names(cli.json("initiatives", "list", "--sort", "Municipality")) == [
        "Vrienden van Kasongo", "Brug naar Cotonou", "Ééntje Gent"]


def test_plain_list_is_an_aligned_table_with_labels_and_a_count(cli: Cli, register: dict[str, str]) -> None:
    lines = cli.ok("initiatives", "list", "--sort", "name").splitlines()
    header, rows, footer = lines[0], lines[1:-1], lines[-1]
    assert header.split()[:2] == ["ID", "Name"]
    assert len(rows) == 3 and footer == "3 initiatives"
    status_column = header.index("Status")
    assert [row[status_column:].split()[0] for row in rows] == ["active", "dormant", "active"]
    assert "East Flanders" in rows[1], "provinces are not shown by their label"
    assert all(row.startswith(ident) for row, ident in zip(
        rows, [register["brugge"], register["gent"], register["initiative"]], strict=True))

    limited = cli.ok("initiatives", "list", "--limit", "2").splitlines()
    assert len(limited) == 4 and limited[-1].startswith("2 of 3 initiatives shown")


def test_list_shows_the_columns_asked_for(cli: Cli, register: dict[str, str]) -> None:
    lines = cli.ok("initiatives", "list", "--columns", "name,postcode,founded_year", "--sort", "postcode").splitlines()
    assert lines[0].split() == ["Name", "Postcode", "Founded"]
    assert [line.split()[-1] for line in lines[1:-1]] == ["2000", "8000", "9000"]


def test_data_dir_may_follow_the_command(capsys: pytest.CaptureFixture[str], register: dict[str, str],
                                         data_dir: Path) -> None:
    """`fourthpillar initiatives list --data-dir X` must read X, not the user's own register."""
    assert main(["initiatives", "list", "--json", "--data-dir", str(data_dir)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_request_list_filters(cli: Cli, register: dict[str, str]) -> None:
    # Received after the register's request (2 November 2026) whatever day the suite runs on.
    other = cli.new_id("requests", "add", "--initiative", register["gent"], "channel=orientation meeting",
                       "topics=legal form", "question=vzw or feitelijke vereniging?", "officer_id=Bert Claes",
                       "due_on=15/01/2027", "status=waiting", "received_on=20/11/2026")
    ids = lambda *args: [row["id"] for row in cli.json("requests", "list", *args)]  # noqa: E731
    assert ids("--officer", "bert claes") == [other]
    assert ids("--officer", register["bert"]) == [other], "--officer does not take an id"
    assert ids("--channel", "phone") == [register["request"]]
    assert ids("--topic", "legal-form") == [other]
    assert ids("--province", "antwerpen") == [register["request"]]
    assert ids("--due-from", "01/01/2027") == [other]
    assert ids("--due-to", "2026-12-31") == [register["request"]]
    assert ids("--initiative", register["gent"]) == [other]
    assert ids("--status", "waiting for initiative") == [other]
    cli.ok("requests", "set", register["request"], "status=closed")
    assert ids("--open") == [other]
    assert ids("--sort", "received_on", "--desc")[0] == other


def test_list_all_reads_the_database_a_page_at_a_time(cli: Cli, register: dict[str, str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`--all` on 200,000 rows must not ask the database for them in one go."""
    for number in range(4):
        cli.new_id("initiatives", "add", f"name=Extra {number}")
    asked: list[int] = []
    real = initiatives.list_initiatives

    def spy(desk: Any, *, query: ListQuery, count: bool = True) -> Page[InitiativeRow]:
        asked.append(query.limit)
        return real(desk, query=query, count=count)

    monkeypatch.setattr(initiatives, "list_initiatives", spy)
    monkeypatch.setattr(record_lists, "PAGE_SIZE", 2)
    rows = cli.json("initiatives", "list", "--all", "--sort", "name")
    assert len(rows) == 7 and len({row["id"] for row in rows}) == 7
    assert names(rows) == ["Brug naar Cotonou", "Ééntje Gent", "Extra 0", "Extra 1", "Extra 2", "Extra 3",
                           "Vrienden van Kasongo"]
    assert len(asked) >= 4 and max(asked) <= 2

    table = cli.ok("initiatives", "list", "--all").splitlines()
    assert len(table) == 1 + 7 + 1 and table[-1] == "7 initiatives"


@pytest.mark.parametrize("command", [("requests", "list"), ("followups", "list"),
                                     ("export", "xlsx", "list", "--what", "requests", "--out", "requests.xlsx")])
def test_an_empty_officer_is_refused_not_read_as_everyone(command: tuple[str, ...], cli: Cli, register: dict[str, str],
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`requests list --officer "$WHO"` with the variable unset listed every officer's requests (and
    its export wrote them all), where the period report and the calendar refused the same empty name."""
    monkeypatch.chdir(tmp_path)
    outcome = cli(*command, "--officer", "")
    assert outcome.status == 2 and outcome.out == ""
    assert outcome.err == "fourthpillar: --officer: no officer named or with id '' (see 'fourthpillar officers list')\n"
    assert not (tmp_path / "requests.xlsx").exists()
