"""The command line's own words (its refusals, confirmations and help) follow the chosen language.

Messages that come from the services were already translated; these tests cover the text the
command line writes itself; argparse's own words ("usage:", "options:") are tests/cli/test_parser_words.py's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fourthpillar import i18n
from fourthpillar.cli.main import build_parser
from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


@pytest.fixture
def headless_reset() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as stop:  # --help and argparse's own refusals end this way
            status = int(stop.code or 0)
    return status, out.getvalue(), err.getvalue()


def test_an_unknown_initiative_is_refused_in_dutch(data_dir: Path, headless_reset: None) -> None:
    """A Dutch officer scripting `requests list --initiative ...` read 'no initiative with id' in English."""
    status, out, err = _run("--data-dir", str(data_dir), "--language", "nl", "requests", "list",
                            "--initiative", "no-such-id")
    assert status == 2 and out == ""
    assert err.strip() == "fourthpillar: --initiative: geen initiatief met id no-such-id"


def test_backup_help_is_in_french(data_dir: Path, headless_reset: None) -> None:
    """`fourthpillar --language fr backup --help` listed its actions in English."""
    status, out, _ = _run("--data-dir", str(data_dir), "--language", "fr", "backup", "--help")
    assert status == 0
    assert "créer une sauvegarde maintenant" in out
    assert "les sauvegardes, les plus récentes d'abord" in out
    assert "make a backup now" not in out


def test_the_top_level_help_follows_the_settings(data_dir: Path, headless_reset: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """With Dutch chosen in the app's settings, `fourthpillar --help` described itself in English."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    (data_dir / "config.json").write_text(json.dumps({"language": "nl"}), encoding="utf-8")
    status, out, _ = _run("--data-dir", str(data_dir), "--help")
    assert status == 0
    assert "Zonder opdracht opent de app." in out
    assert "Without a command" not in out


def test_asking_for_help_makes_no_data_folder(tmp_path: Path, headless_reset: None) -> None:
    """Reading the settings' language for `backup --help` must not leave an empty data folder behind."""
    folder = tmp_path / "not-yet"
    status, out, _ = _run("--data-dir", str(folder), "backup", "--help")
    assert status == 0 and "make a backup now" in out
    assert not folder.exists()


def test_confirmations_and_counts_are_in_dutch(desk: Desk, data_dir: Path, headless_reset: None) -> None:
    """Archiving and listing from a Dutch command line answered 'archived' and '1 initiative'."""
    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kasongo", "postcode": "2000"})
    status, out, err = _run("--data-dir", str(data_dir), "--language", "nl", "initiatives", "archive", saved.id)
    assert status == 0, err
    assert out.strip() == f"initiatief {saved.id} gearchiveerd"
    status, out, err = _run("--data-dir", str(data_dir), "--language", "nl", "initiatives", "list", "--archived")
    assert status == 0, err
    assert out.splitlines()[-1] == "1 initiatief"


def test_a_bad_language_is_named_once(data_dir: Path, headless_reset: None) -> None:
    """Choosing the language early must not print argparse's refusal of `--language xx` twice."""
    status, _, err = _run("--data-dir", str(data_dir), "--language", "xx", "requests", "list")
    assert status == 2
    assert err.count("invalid choice: 'xx'") == 1


def test_english_stays_the_source_text(data_dir: Path, headless_reset: None) -> None:
    """Without a translation in play the command line reads as before."""
    status, _, err = _run("--data-dir", str(data_dir), "--language", "en", "requests", "list",
                          "--initiative", "no-such-id")
    assert status == 2
    assert err.strip() == "fourthpillar: --initiative: no initiative with id no-such-id"


def test_the_language_may_follow_the_command(data_dir: Path, headless_reset: None) -> None:
    """`fourthpillar requests list --language fr`, like `--data-dir` there, was refused
    ("unrecognised arguments"): a French officer who put it at the end got no list at all."""
    status, out, err = _run("--data-dir", str(data_dir), "requests", "list", "--initiative", "no-such-id",
                            "--language", "fr")
    assert status == 2 and out == ""
    assert err.strip() == "fourthpillar: --initiative: aucune initiative avec l'identifiant no-such-id"
    status, out, err = _run("backup", "list", "--language", "nl", "--data-dir", str(data_dir))
    assert status == 0, err
    assert out.strip() == "nog geen back-ups"
    status, _, err = _run("--data-dir", str(data_dir), "--language", "nl", "requests", "list", "--language", "xx")
    assert status == 2
    assert err.count("'xx'") == 1 and "--language" in err


def _commands(parser: argparse.ArgumentParser,
              words: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command (``initiatives list``, ``sync apply``, ``demo`` ...) with its parser."""
    groups = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not groups:
        yield words, parser
    for group in groups:
        for name, command in group.choices.items():
            yield from _commands(command, (*words, name))


def test_every_command_takes_the_global_options_after_it() -> None:
    """The global options could follow some commands and not others (`backup list --data-dir X` was
    refused where `initiatives list --data-dir X` was read): every command takes all three after it."""
    commands = list(_commands(build_parser()))
    assert {("initiatives", "list"), ("backup", "list"), ("key", "status"), ("demo",), ("check",)} <= {
        words for words, _ in commands}
    for words, parser in commands:
        assert {"--data-dir", "--database-url", "--language"} <= set(parser._option_string_actions), words
