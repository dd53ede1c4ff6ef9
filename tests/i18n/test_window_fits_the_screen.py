"""The main window stays within a 1366 px laptop screen in Dutch and French.

If these failed, opening an initiative in Dutch would widen the window past the screen (issue
14: from 1366 to 1755 px): the timeline, its "Als gedaan markeren…" button and the status bar
out of reach, and the oversized window back at every start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui.main_window import NAVIGATION
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.window_size import fit_within

LAPTOP = (1366, 768)


def long_initiative(desk: Desk) -> str:
    """An initiative with the long names, addresses and notes real registers have."""
    saved = initiatives.register_initiative(desk, values={
        "name": "Vereniging voor ontwikkelingssamenwerking tussen Vlaanderen en de regio "
                "Mopti-Bandiagara-Douentza in Mali",
        "postcode": "2000", "municipality": "Antwerpen", "themes": ["education", "water-sanitation"],
        "notes": "Zie https://www.ontwikkelingssamenwerking-mopti-bandiagara.be/verslagen/2025/algemene-vergadering"})
    initiatives.add_contact(desk, initiative_id=saved.id, values={
        "name": "Marie-Christine Van den Bossche-Vandenberghe",
        "email": "marie-christine.vandenbossche@ontwikkelingssamenwerking-mopti.be"})
    request = requests.log_request(desk, initiative_id=saved.id, values={
        "channel": "phone", "topics": ["subsidies"],
        "question": "Hoe vragen we een subsidie aan voor het schoolproject in Bandiagara?"})
    followups.plan_follow_up(desk, request_id=request.id, values={
        "action": "Terugbellen over de voorwaarden van de provincie voor kleine projecten",
        "due_on": clock.today() - dt.timedelta(days=2)})
    return saved.id


def open_window(desk: Desk, qtbot: QtBot, *, laptop: bool = True) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    if laptop:
        window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy)
    window.close()
    window.jobs.wait(10_000)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_page_fits_a_laptop_screen(desk: Desk, qtbot: QtBot, speak: Callable[[str], None],
                                         language: str) -> None:
    speak(language)
    initiative_id = long_initiative(desk)
    window = open_window(desk, qtbot)
    for name in NAVIGATION:
        window.show_page(name)
        qtbot.wait(1)
    window.show_initiative(initiative_id)
    qtbot.waitUntil(lambda: window.initiative_page.reading is None, timeout=10_000)  # read in the background
    qtbot.wait(1)
    assert window.minimumSizeHint().width() <= LAPTOP[0]
    assert window.width() == LAPTOP[0]  # visiting the pages did not widen it
    button = window.initiative_page.mark_done_button
    assert button.mapTo(window, button.rect().topRight()).x() < window.width()
    close_window(window, qtbot)


def test_a_window_saved_too_wide_comes_back_within_the_screen(desk: Desk, qtbot: QtBot,
                                                              speak: Callable[[str], None]) -> None:
    speak("nl")
    long_initiative(desk)
    window = open_window(desk, qtbot)
    window.resize(1755, 1000)  # what an older version grew to
    close_window(window, qtbot)

    again = open_window(desk, qtbot, laptop=False)  # as restored from the settings
    available = again.screen().availableGeometry()
    assert again.width() <= max(available.width(), again.minimumSizeHint().width()) <= LAPTOP[0]
    close_window(again, qtbot)


@pytest.mark.parametrize(("saved", "fitted"), [
    (QRect(-50, 10, 1755, 1000), QRect(0, 0, 1366, 728)),    # too big: shrunk to the screen
    (QRect(900, 500, 800, 400), QRect(566, 328, 800, 400)),  # fits, but partly off: moved in
    (QRect(100, 50, 1000, 600), QRect(100, 50, 1000, 600)),  # fits: left alone
])
def test_a_saved_geometry_is_fitted_to_the_available_screen(saved: QRect, fitted: QRect) -> None:
    assert fit_within(saved, QRect(0, 0, 1366, 728)) == fitted
