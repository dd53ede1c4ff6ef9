"""`export xlsx list` refuses a filter its list does not honour (fourthpillar.lists.filters).

If these failed, an officer exporting "the initiatives due this week" would get every
initiative: a filter the list does not have, silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Cli

from fourthpillar import i18n


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
    ("events", "--province", "antwerpen", "Events"),
    ("events", "--theme", "education", "Events"),
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
