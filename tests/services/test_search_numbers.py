"""Enterprise numbers and postcodes are found however they are typed, on SQLite and PostgreSQL.

Support officers copy an enterprise number from a letter, the KBO site or an e-mail: with dots,
spaces, a "BE" in front or as bare digits. The search box promises enterprise numbers, so every
spelling must find the initiative, in the lists, in the quick search (Ctrl+K) and on the command
line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.search import quick_search
from fourthpillar.store.queries import ListQuery

SPELLINGS = ["0403170701", "0403.170.701", "0403 170 701", "BE0403170701", "BE 0403.170.701", "403170701",
             "be0403.170.701"]


def _listed(desk: Desk, search: str) -> set[str]:
    return {row.name for row in initiatives.list_initiatives(desk, query=ListQuery(search=search)).rows}


def _quick(desk: Desk, search: str) -> set[str]:
    return {hit.title for hit in quick_search(desk, text=search) if hit.kind == "initiative"}


@pytest.fixture
def registered(any_desk: Desk) -> Desk:
    initiatives.register_initiative(any_desk, values={
        "name": "Vrienden van Kasongo", "enterprise_number": "0403.170.701", "postcode": "2000",
        "municipality": "Antwerpen"})
    initiatives.register_initiative(any_desk, values={
        "name": "Brug naar Cotonou", "enterprise_number": "0417.497.106", "postcode": "8000",
        "municipality": "Brugge"})
    return any_desk


@pytest.mark.parametrize("search", SPELLINGS)
def test_an_enterprise_number_is_found_in_every_spelling(registered: Desk, search: str) -> None:
    """Typing 0403170701 (or BE 0403.170.701, ...) in the list or Ctrl+K used to find nothing,
    although the same number with dots found the initiative."""
    assert _listed(registered, search) == {"Vrienden van Kasongo"}
    assert _quick(registered, search) == {"Vrienden van Kasongo"}


def test_an_enterprise_number_with_other_words_and_postcodes(registered: Desk) -> None:
    """A number typed beside a word still needs both; a postcode finds its initiatives; a wrong
    number finds nothing instead of everything."""
    assert _listed(registered, "kasongo 0403170701") == {"Vrienden van Kasongo"}
    assert _listed(registered, "cotonou 0403170701") == set()
    assert _listed(registered, "0417497106") == {"Brug naar Cotonou"}
    assert _listed(registered, "0403170702") == set()
    assert _listed(registered, "2000") == {"Vrienden van Kasongo"}
    assert _quick(registered, "8000") == {"Brug naar Cotonou"}


def test_the_command_line_finds_an_enterprise_number_typed_without_dots(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``initiatives list --search 0403170701`` listed nothing while the dotted number worked."""
    def run(*args: str) -> str:
        assert main(["--data-dir", str(data_dir), *args]) == 0
        return capsys.readouterr().out

    run("officers", "sign-in", "An Peeters", "--region", "antwerpen")
    run("initiatives", "add", "name=Vrienden van Kasongo", "enterprise_number=BE 0403 170 701", "postcode=2000")
    run("initiatives", "add", "name=Brug naar Cotonou", "postcode=8000")
    for search in ("0403170701", "BE0403170701", "0403 170 701"):
        out = run("initiatives", "list", "--search", search)
        assert "Vrienden van Kasongo" in out and "Cotonou" not in out


def test_a_pasted_blob_is_searched_by_its_first_letters(registered: Desk) -> None:
    """A search box that got a whole pasted document (one word of 80,000 letters) must answer
    at once with what its start finds, on PostgreSQL too, instead of an error after seconds
    ("regular expression is too complex") on every keystroke."""
    blob = "Vrienden" + "x" * 80_000
    assert _listed(registered, blob) == set()
    assert _quick(registered, blob) == set()
    assert requests.list_requests(registered, query=ListQuery(search=blob)).rows == []
    assert _listed(registered, "Vriende " + "x" * 80_000)  == set()
    assert _listed(registered, "Kasongo " * 30) == {"Vrienden van Kasongo"}  # twelve words at most
