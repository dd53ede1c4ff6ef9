"""``initiatives duplicates``, ``initiatives merge`` and ``initiatives not-duplicate`` as an admin runs them.

If these fail, a script that cleans the register finds no pairs, merges without saying what it
did, or a typing error in a field choice half-merges two initiatives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import Cli


def _two_spellings(cli: Cli) -> tuple[str, str]:
    cli.ok("officers", "sign-in", "An Peeters", "--region", "antwerpen")
    first = cli.new_id("initiatives", "add", "name=Brug naar Cotonou", "postcode=9000", "municipality=Gent",
                       "partner_countries=BJ")
    second = cli.new_id("initiatives", "add", "name=Brug naar Kotonou vzw", "postcode=9000",
                        "municipality=Gent", "notes=Via de parochie")
    cli.new_id("initiatives", "add", "name=Vrienden van Kigali", "postcode=2000", "municipality=Antwerpen")
    cli.new_id("initiatives", "add", "name=Vrienden van Kigoma", "postcode=2000", "municipality=Antwerpen")
    return first, second


def test_duplicates_lists_the_pair_with_score_and_reasons(cli: Cli) -> None:
    first, second = _two_spellings(cli)
    pairs = cli.json("initiatives", "duplicates")
    assert len(pairs) == 1
    assert {pairs[0]["first"]["id"], pairs[0]["second"]["id"]} == {first, second}
    assert pairs[0]["score"] >= 80
    assert "name" in [reason["code"] for reason in pairs[0]["reasons"]]
    table = cli.ok("initiatives", "duplicates")
    assert "Brug naar Kotonou vzw" in table and "same place" in table
    lower = cli.json("initiatives", "duplicates", "--min-score", "60")
    assert [{pair["first"]["name"], pair["second"]["name"]} for pair in lower][1:] == [
        {"Vrienden van Kigali", "Vrienden van Kigoma"}]


def test_a_bad_min_score_is_one_line(cli: Cli) -> None:
    outcome = cli("initiatives", "duplicates", "--min-score", "500")
    assert outcome.status == 2
    assert outcome.err.count("\n") == 1 and "100" in outcome.err


def test_not_duplicate_keeps_the_pair_off_the_list(cli: Cli) -> None:
    first, second = _two_spellings(cli)
    cli.ok("initiatives", "not-duplicate", first, second)
    assert cli.json("initiatives", "duplicates") == []
    outcome = cli("initiatives", "not-duplicate", first, "no-such-id")
    assert outcome.status == 2 and "no-such-id" in outcome.err


def test_merge_takes_the_chosen_fields_and_archives_the_other(cli: Cli) -> None:
    first, second = _two_spellings(cli)
    request = cli.new_id("requests", "add", "--initiative", second, "channel=phone", "question=Subsidie?")
    merged = cli.json("initiatives", "merge", first, second, "name=keep", "notes=other")
    assert merged["batch_id"] and merged["requests"] == 1
    shown = json.loads(cli.ok("initiatives", "show", first, "--json"))
    assert shown["name"] == "Brug naar Cotonou" and shown["notes"] == "Via de parochie"
    assert json.loads(cli.ok("requests", "show", request, "--json"))["initiative_id"] == first
    other = json.loads(cli.ok("initiatives", "show", second, "--json"))
    assert other["archived"]
    assert cli.json("initiatives", "duplicates") == []


@pytest.mark.parametrize("choice", ["name=theirs", "colour=other", "name=both", "name"])
def test_a_bad_merge_choice_merges_nothing(cli: Cli, choice: str, data_dir: Path) -> None:
    first, second = _two_spellings(cli)
    outcome = cli("initiatives", "merge", first, second, choice)
    assert outcome.status == 2 and outcome.err.count("\n") == 1, outcome.err
    assert not json.loads(cli.ok("initiatives", "show", second, "--json"))["archived"]
