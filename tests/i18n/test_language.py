"""The app, its messages and its exports speak the chosen language; dates and numbers follow it.

If these fail, a Dutch-speaking officer sees English menus or English validation messages, dates
in the wrong order, or the command line ignores the language chosen in the settings.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fourthpillar import i18n
from fourthpillar.cli.main import main
from fourthpillar.domain import vocab
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


@pytest.fixture
def headless_reset() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


def test_the_main_window_speaks_dutch(desk: Desk, qtbot: QtBot, speak: Callable[[str], None]) -> None:
    """Menus, navigation and vocabulary labels in Dutch when the language is nl."""
    from fourthpillar.ui.main_window import MainWindow

    speak("nl")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Bestand", "Be&werken"]
    assert window.navigation.item(2).text() == "Adviesvragen"
    assert window.settings_action.text() == "&Instellingen…"
    assert vocab.CHANNELS.label("consultation-day") == "consultatiedag"
    assert vocab.LEGAL_FORMS.label("fv") == "feitelijke vereniging"
    assert i18n.current_language() == "nl"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes)
    assert [button.text() for button in buttons.buttons()] == ["Sluiten", "&Ja"]  # Qt's own words too


def test_validation_messages_come_out_in_dutch(desk: Desk, speak: Callable[[str], None]) -> None:
    speak("nl")
    with pytest.raises(ValidationFailed) as raised:
        initiatives.register_initiative(desk, values={"name": "", "postcode": "12"})
    messages = {error.field: error.message for error in raised.value.errors}
    assert messages["name"] == "is verplicht"
    assert "geen Belgische postcode" in messages["postcode"]


def test_french_labels(speak: Callable[[str], None]) -> None:
    speak("fr")
    assert vocab.CHANNELS.label("consultation-day") == "journée de consultation"
    assert vocab.PROVINCES.label("west-vlaanderen") == "Flandre-Occidentale"


def test_dates_and_numbers_in_the_ui_follow_the_language(speak: Callable[[str], None]) -> None:
    """28/11/2026 and 1.234,5 in Dutch, even on a machine whose own locale is "C" or American."""
    from fourthpillar.ui.lists.format import format_date

    speak("nl")
    assert format_date(dt.date(2026, 11, 28)) == "28/11/2026"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert format_date(dt.date(2026, 3, 8)) == "08/03/2026"  # as the editors' date fields write it
    speak("fr")
    assert format_date(dt.date(2026, 11, 28)) == "28/11/2026"
    assert format_date(dt.date(2026, 3, 8)) == "08/03/2026"
    speak("en")
    assert format_date(dt.date(2026, 11, 28)) == "28/11/2026"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"


def test_english_plural_forms(speak: Callable[[str], None]) -> None:
    """English has its own small .qm so "%n backup(s)" reads "1 backup" / "2 backups"."""
    from PySide6.QtCore import QCoreApplication

    speak("en")
    assert QCoreApplication.translate("Backups", "%n backup(s) in %1", None, 1) == "1 backup in %1"
    assert QCoreApplication.translate("Backups", "%n backup(s) in %1", None, 3) == "3 backups in %1"


@pytest.mark.parametrize(("language", "date", "number", "rounded"), [
    ("nl", "28/11/2026", "1.234,5", "1.234.567,89"),
    ("fr", "28/11/2026", "1\u202f234,5", "1\u202f234\u202f567,89"),
    ("en", "28/11/2026", "1,234.5", "1,234,567.89"),
])
def test_export_formatting_helpers(language: str, date: str, number: str, rounded: str) -> None:
    assert i18n.format_date(dt.date(2026, 11, 28), language=language) == date
    assert i18n.format_number(1234.5, language=language) == number
    assert i18n.format_number(1234567.891, 2, language=language) == rounded
    assert i18n.format_number(-7, language=language) == "-7"
    assert i18n.format_date(None) == ""


@pytest.mark.parametrize(("language", "long"), [
    ("nl", "6 december 2026"), ("fr", "6 décembre 2026"), ("en", "6 December 2026")])
def test_one_short_and_one_long_form_of_a_date_per_language(language: str, long: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The same date read 06/12/2026 in lists, 6/12/2026 in History, 2026-03-21 in Ctrl+K and
    "6 Dec 2026" in PDFs: one short form everywhere, one long form for running text."""
    day = dt.date(2026, 12, 6)
    assert i18n.format_date(day, language=language) == "06/12/2026"
    assert i18n.format_long_date(day, language=language) == long
    monkeypatch.setenv("TZ", "Europe/Brussels")  # a moment is shown in the officer's time zone
    time.tzset()
    try:
        assert i18n.format_datetime(dt.datetime(2026, 12, 6, 13, 5, tzinfo=dt.UTC), language=language) == (
            "06/12/2026 14:05")
        assert i18n.format_datetime(dt.datetime(2026, 12, 6, 23, 30), language=language) == "07/12/2026 00:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_export_helpers_follow_the_current_language(headless_reset: None) -> None:
    i18n.use_language("nl")
    assert i18n.format_number(1234.5) == "1.234,5"
    assert i18n.format_date(dt.date(2026, 3, 1)) == "01/03/2026"
    assert i18n.month_abbreviation(3) == "mrt"
    assert i18n.translate("Export", "Initiative summary") == "Fiche van het initiatief"


@pytest.mark.parametrize(("system", "expected"), [("nl_BE", "nl"), ("nl_NL.UTF-8", "nl"), ("fr_BE", "fr"),
                                                  ("fr_FR.UTF-8", "fr"), ("de_BE", "en"), ("en_US", "en"),
                                                  ("C", "en"), ("", "en")])
def test_the_system_language_by_default_english_otherwise(system: str, expected: str) -> None:
    """A French-speaking officer's first start must be in French, not in English (issue 14)."""
    assert i18n.default_language(system) == expected
    assert i18n.configured_language({}, system) == expected
    assert i18n.configured_language({"language": "nl"}, system) == "nl"


def test_the_environment_variable_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOURTHPILLAR_LANGUAGE", "fr")
    assert i18n.configured_language({"language": "nl"}, "nl_BE") == "fr"


def test_the_headless_reader_matches_the_qt_translation(speak: Callable[[str], None]) -> None:
    """The command line's .ts reader and the app's compiled .qm give the same words."""
    from PySide6.QtCore import QCoreApplication

    catalog = i18n.load_catalog("nl")
    assert catalog is not None
    speak("nl")
    for context, source in [("Validation", "is required"), ("MainWindow", "&File"), ("Export", "Advice summary")]:
        assert catalog.translate(context, source) == QCoreApplication.translate(context, source)


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_the_command_line_follows_language_option_and_setting(data_dir: Path, headless_reset: None) -> None:
    status, _, err = _run("--data-dir", str(data_dir), "--language", "nl", "initiatives", "add", "municipality=Gent")
    assert status == 2 and "name: is verplicht" in err
    status, _, err = _run("--data-dir", str(data_dir), "--language", "fr", "initiatives", "add", "municipality=Gent")
    assert status == 2 and "name: est obligatoire" in err
    (data_dir / "config.json").write_text(json.dumps({"language": "nl"}), encoding="utf-8")
    status, _, err = _run("--data-dir", str(data_dir), "initiatives", "add", "municipality=Gent")
    assert status == 2 and "is verplicht" in err
    assert i18n.current_language() == "nl"
    status, _, err = _run("--data-dir", str(data_dir), "--language", "en", "initiatives", "add", "municipality=Gent")
    assert status == 2 and "name: is required" in err


def test_a_spreadsheet_exported_from_the_command_line_speaks_its_language(
        desk: Desk, data_dir: Path, tmp_path: Path, headless_reset: None) -> None:
    """Column headers and vocabulary labels of `fourthpillar --language nl export xlsx list` are Dutch."""
    import openpyxl

    initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000",
                                                  "legal_form": "fv"})
    out = tmp_path / "initiatieven.xlsx"
    status, _, err = _run("--data-dir", str(data_dir), "--language", "nl", "export", "xlsx", "list",
                          "--what", "initiatives", "--out", str(out))
    assert status == 0, err
    workbook = openpyxl.load_workbook(out, read_only=True)
    cells = {str(cell) for row in workbook.worksheets[0].iter_rows(max_row=8, values_only=True) for cell in row}
    workbook.close()
    assert {"Naam", "Gemeente", "Provincie"} <= cells
    assert "Oost-Vlaanderen" in cells and "feitelijke vereniging" in cells
