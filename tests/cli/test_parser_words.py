"""argparse's own words ("usage:", "options:", its refusals) in the command line's language.

If these failed, a Dutch or French officer would read `--help` and the command line's refusals
half in English ("usage:", "the following arguments are required: --initiative"), or, with a
translation that lost a %-placeholder, get a traceback instead of the one-line refusal.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest
from cli_helpers import Cli

from fourthpillar import i18n
from fourthpillar.cli import parser_words


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


def test_help_is_dutch_all_through(cli: Cli) -> None:
    """`fourthpillar --language nl requests add --help` began with "usage:" and "options:"."""
    outcome = cli("--language", "nl", "requests", "add", "--help")
    assert outcome.status == 0, outcome.err
    assert outcome.out.startswith("gebruik: fourthpillar requests add")
    assert "\nopties:\n" in outcome.out and "\npositionele argumenten:\n" in outcome.out
    assert "-h, --help" in outcome.out and "deze hulp tonen en stoppen" in outcome.out
    for english in ("usage:", "options:", "positional arguments:", "show this help message and exit"):
        assert english not in outcome.out


def test_the_version_option_is_described_in_dutch(cli: Cli) -> None:
    """argparse describes --version in English whatever the language: the command line gives its own help."""
    outcome = cli("--language", "nl", "--help")
    assert "de versie van het programma tonen en stoppen" in outcome.out
    assert "show program's version number and exit" not in outcome.out


def test_a_missing_argument_is_refused_in_dutch_on_one_line(cli: Cli) -> None:
    """`requests add` without --initiative answered "the following arguments are required" in a Dutch session."""
    outcome = cli("--language", "nl", "requests", "add", "question=q")
    assert outcome.status == 2 and outcome.out == ""
    assert outcome.err == ("fourthpillar requests add: deze argumenten zijn verplicht: --initiative (zie --help)\n")


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "fourthpillar requests: argument ACTION: ongeldige keuze: 'lis' (kies uit "),
    ("fr", "fourthpillar requests: argument ACTION : choix non valide : 'lis' (choisissez parmi "),
])
def test_a_mistyped_command_is_refused_in_the_language(cli: Cli, language: str, expected: str) -> None:
    """A typo in an action ('lis') was named in English ("invalid choice ... choose from")."""
    outcome = cli("--language", language, "requests", "lis")
    assert outcome.status == 2 and outcome.out == ""
    assert outcome.err.startswith(expected) and outcome.err.count("\n") == 1, outcome.err


def test_a_missing_value_and_a_value_too_many_are_refused_in_dutch(cli: Cli) -> None:
    """`--limit` without its number, and `--archived=ja` on a switch, were explained in English."""
    outcome = cli("--language", "nl", "requests", "list", "--limit")
    assert (outcome.status, outcome.err) == (
        2, "fourthpillar requests list: argument --limit: verwacht één waarde (zie --help)\n")
    outcome = cli("--language", "nl", "requests", "list", "--archived=ja")
    assert (outcome.status, outcome.err) == (
        2, "fourthpillar requests list: argument --archived: neemt geen waarde (kreeg 'ja') (zie --help)\n")


def test_the_top_level_refusal_is_one_line_in_french(cli: Cli) -> None:
    """A bad option before the command went out as "usage: ... error: ..." in English, then as a
    usage block and an error line in a French session; every command's mistake is one line."""
    outcome = cli("--language", "fr", "--bogus", "requests", "list")
    assert outcome.status == 2
    assert outcome.err.count("\n") == 1 and "--bogus" in outcome.err, outcome.err
    assert outcome.err.startswith("fourthpillar: ") and "(voir --help)" in outcome.err


def test_english_reads_as_argparse_always_did(cli: Cli) -> None:
    """With English chosen nothing of argparse's wording changes."""
    outcome = cli("--language", "en", "requests", "add", "--help")
    assert outcome.out.startswith("usage: fourthpillar requests add") and "\noptions:\n" in outcome.out
    outcome = cli("--language", "en", "requests", "add", "question=q")
    assert outcome.err == "fourthpillar requests add: the following arguments are required: --initiative (see --help)\n"


def test_other_texts_still_go_through_gettext(cli: Cli) -> None:
    """argparse's texts that are not ours to translate (a parser's own titles, None) pass as gettext
    gives them, also while Dutch is spoken: another parser in the process must not break."""
    cli("--language", "nl", "requests", "list", "--help")
    parser = argparse.ArgumentParser(prog="other")
    parser.add_subparsers(title="my commands", description=None)
    help_text = parser.format_help()
    assert "my commands:" in help_text and help_text.startswith("gebruik: other")


#: Texts whose translation is written as the English (the catalogue gives the source text back for them).
SAME_IN_TRANSLATION = {("fr", "options"), ("nl", "argument %(argument_name)s: %(message)s")}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_argparse_text_is_translated_with_its_placeholders(language: str) -> None:
    """A translation that lost or renamed %(prog)s or %s would make argparse fail with a traceback."""
    catalog = i18n.load_catalog(language, translations=i18n.translations_dir())
    assert catalog is not None
    placeholder = re.compile(r"%(?:\([a-z_]+\))?[sr]")
    for text in parser_words.TEXTS:
        translated = catalog.translate(parser_words.CONTEXT, text)
        assert translated != text or (language, text) in SAME_IN_TRANSLATION, (language, text)
        assert sorted(placeholder.findall(translated)) == sorted(placeholder.findall(text)), (language, text)
        assert translated.endswith("\n") == text.endswith("\n") and translated.endswith(" ") == text.endswith(" ")
