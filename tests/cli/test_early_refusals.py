"""Refusals made before any command is known are in the officer's language too.

If these failed, a Dutch or French officer who typed ``fourthpillar --data-dir`` without its
folder, or a stray option without any command, would be refused in English (the early pass that
chooses the language could not read the arguments, or saw no command to choose it for), or
would get a traceback instead of one line.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fourthpillar import i18n
from fourthpillar.cli.main import build_parser
from fourthpillar.cli.main import main


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


def _folder(path: Path, language: str) -> Path:
    path.mkdir()
    (path / "config.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    return path


@pytest.fixture
def dutch_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder the environment names speaks Dutch; no language variable pins English."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    folder = _folder(tmp_path / "default", "nl")
    monkeypatch.setenv("FOURTHPILLAR_DATA_DIR", str(folder))
    return folder


def _refusal(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main(list(arguments))
    captured = capsys.readouterr()
    assert stop.value.code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err, captured.err
    return captured.err


@pytest.mark.usefixtures("dutch_default_folder")
def test_a_data_folder_option_without_its_folder_is_refused_in_the_default_folders_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`fourthpillar --data-dir` alone: the folder cannot be known, so the default folder's Dutch is spoken."""
    err = _refusal(capsys, "--data-dir")
    assert err == "fourthpillar: argument --data-dir: verwacht één waarde (zie --help)\n"


@pytest.mark.usefixtures("dutch_default_folder")
def test_the_folder_named_before_the_mistake_gives_the_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A French data folder named before a value-less option: its French, not the default folder's Dutch."""
    french = _folder(tmp_path / "french", "fr")
    err = _refusal(capsys, "--data-dir", str(french), "--database-url")
    assert err == "fourthpillar: argument --database-url : attend une valeur (voir --help)\n"
    err = _refusal(capsys, "--data-dir", str(french), "initiatives", "list", "--language")
    assert err == "fourthpillar initiatives list: argument --language : attend une valeur (voir --help)\n"


@pytest.mark.usefixtures("dutch_default_folder")
def test_a_stray_option_without_a_command_is_refused_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """`fourthpillar --bogus` (no command at all) said "unrecognised arguments" in English."""
    assert _refusal(capsys, "--bogus") == "fourthpillar: onbekende argumenten: --bogus (zie --help)\n"


def test_no_command_and_a_bad_language_is_refused_in_the_folders_french(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--language xx` without a command: the folder's French names the mistake, and the choices."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    french = _folder(tmp_path / "french", "fr")
    err = _refusal(capsys, "--data-dir", str(french), "--language", "xx")
    assert err.startswith("fourthpillar: argument --language : choix non valide : 'xx'"), err
    assert err.endswith("(voir --help)\n")


def test_the_environments_language_wins_when_the_folder_cannot_be_known(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """FOURTHPILLAR_LANGUAGE=fr is what the rest of the command line would speak: so does the early refusal."""
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "fr")
    monkeypatch.setenv("FOURTHPILLAR_DATA_DIR", str(tmp_path / "missing"))
    assert _refusal(capsys, "--data-dir") == "fourthpillar: argument --data-dir : attend une valeur (voir --help)\n"
    assert _refusal(capsys, "-x") == "fourthpillar: arguments non reconnus : -x (voir --help)\n"


def test_the_app_opening_leaves_the_language_alone(dutch_default_folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a command and without a mistake the app opens: it chooses its language itself (from
    its settings, after the command line's), so the command line must not have chosen one already."""
    opened: list[str | None] = []

    def run_app(**kwargs: object) -> int:
        opened.append(i18n.current_language())
        return 0

    import fourthpillar.ui.app

    monkeypatch.setattr(fourthpillar.ui.app, "run_app", run_app)
    assert main(["--data-dir", str(dutch_default_folder)]) == 0
    assert opened == ["en"] and i18n.current_translator() is None


@pytest.mark.usefixtures("dutch_default_folder")
def test_a_language_named_after_a_folder_option_without_its_folder_is_spoken(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--data-dir --language fr`: the officer asked for French; the refusal was in the default folder's Dutch."""
    err = _refusal(capsys, "--data-dir", "--language", "fr", "initiatives", "list")
    assert err == "fourthpillar: argument --data-dir : attend une valeur (voir --help)\n"
    err = _refusal(capsys, "initiatives", "list", "--data-dir", "--language", "fr")
    assert err == "fourthpillar initiatives list: argument --data-dir : attend une valeur (voir --help)\n"


@pytest.mark.parametrize("arguments", [
    ("--data-dir", "", "initiatives", "list"),
    ("initiatives", "list", "--data-dir="),
    ("--database-url", "", "initiatives", "list"),
    ("export", "xlsx", "list", "--what", "initiatives", "--out", "x.xlsx", "--data-dir", ""),
    ("--data-dir=",),
])
def test_an_empty_data_folder_or_database_is_refused_not_read_as_the_default(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        arguments: tuple[str, ...]) -> None:
    """`--data-dir "$FOLDER"` with the variable unset listed (and made) the default register, and
    a script's restore or import would have changed it: now one line naming the option."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    default = _folder(tmp_path / "default", "nl")
    monkeypatch.setenv("FOURTHPILLAR_DATA_DIR", str(default))
    monkeypatch.chdir(tmp_path)
    import fourthpillar.ui.app

    monkeypatch.setattr(fourthpillar.ui.app, "run_app", lambda **kwargs: 0)  # `--data-dir=` alone opened it
    option = "--database-url" if "--database-url" in arguments else "--data-dir"
    err = _refusal(capsys, *arguments)
    assert f"argument {option}: is leeg (laat de optie weg om de standaard te gebruiken) (zie --help)\n" in err, err
    assert [path.name for path in default.iterdir()] == ["config.json"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["default"]


def _groups(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every command group (``initiatives``, ``export pdf`` ...) as its words, with the name of the
    action it needs: read from the command line's own parser, so a group added later is here too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            if words:
                yield words, str(action.metavar)
            for name, command in action.choices.items():
                yield from _groups(command, (*words, name))


GROUPS = dict(_groups(build_parser()))


def test_the_groups_are_all_found() -> None:
    """The walk below must reach the record groups and the nested export ones, or it checks nothing."""
    assert {("initiatives",), ("followups",), ("events",), ("export",), ("export", "pdf"), ("backup",)} <= set(GROUPS)


@pytest.mark.usefixtures("dutch_default_folder")
@pytest.mark.parametrize("words", list(GROUPS), ids=" ".join)
def test_a_group_without_its_action_is_refused(capsys: pytest.CaptureFixture[str], words: tuple[str, ...]) -> None:
    """`fourthpillar initiatives` alone printed the group's help and exited 0, so a script that lost its
    action word went on as if the command had run: now one line naming the missing action, exit 2."""
    err = _refusal(capsys, *words)
    assert err == f"fourthpillar {' '.join(words)}: deze argumenten zijn verplicht: {GROUPS[words]} (zie --help)\n"
