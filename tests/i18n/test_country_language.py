"""Partner countries are named in the language the officer chose, wherever they are shown.

If these fail, a French-speaking officer reads "Duitsland" on the initiative page, in
``fourthpillar initiatives show`` or in a record's history instead of "Allemagne".
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fourthpillar import i18n
from fourthpillar.cli.main import main
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk

#: Countries whose names differ in each language (CD: the spoken name, not ISO's inverted one).
NAMES = {
    "nl": "Democratische Republiek Congo, België, Duitsland",
    "fr": "République démocratique du Congo, Belgique, Allemagne",
    "en": "Democratic Republic of the Congo, Belgium, Germany",
}
LANGUAGES = sorted(NAMES)


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={
        "name": "Brug naar Kinshasa", "postcode": "9000", "municipality": "Gent", "partner_countries": "CD,BE,DE",
    }).id


@pytest.fixture
def headless_reset() -> Iterator[None]:
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_initiative_page_names_countries_in_the_chosen_language(
        desk: Desk, initiative_id: str, qtbot: QtBot, speak: Callable[[str], None], language: str) -> None:
    from fourthpillar.ui.pages.initiative_page import InitiativePage

    speak(language)
    page = InitiativePage(desk)
    qtbot.addWidget(page)
    page.show_initiative(initiative_id)
    assert page.detail_labels["partner_countries"].text() == NAMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_initiatives_show_names_countries_in_the_chosen_language(
        desk: Desk, initiative_id: str, headless_reset: None, language: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--data-dir", str(desk.data_dir), "--language", language, "initiatives", "show", initiative_id])
    assert status == 0, err.getvalue()
    line = next(line for line in out.getvalue().splitlines() if line.lstrip().startswith("partner_countries"))
    expected = ", ".join(f"{name} ({code})" for name, code in zip(NAMES[language].split(", "), ("CD", "BE", "DE"),
                                                                   strict=True))
    assert line.split(None, 1)[1] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_names_countries_in_the_chosen_language(
        desk: Desk, initiative_id: str, headless_reset: None, language: str) -> None:
    i18n.set_language(language)
    entries = history.record_history(desk, entity="initiative", record_id=initiative_id)
    shown = [entry.new_text for entry in entries if entry.field == "partner_countries"]
    assert shown == [NAMES[language]]
