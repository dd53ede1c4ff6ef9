"""The Dutch an officer reads: one word for saving ("Bewaren", also on Qt's own Save button),
natural filter labels and a natural question about unsaved changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar.services.desk import Desk
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.lists.definitions import FOLLOW_UP_LIST
from fourthpillar.ui.lists.filters import FilterBar


@pytest.mark.parametrize(("language", "save"), [("nl", "Bewaren"), ("fr", "Enregistrer")])
def test_the_unsaved_changes_question_says_save_as_the_rest_of_the_app(
        speak: Callable[[str], None], qtbot: QtBot, language: str, save: str) -> None:
    """Qt's Dutch called this button "Opslaan", where every other Save button says "Bewaren"."""
    speak(language)
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    button = box.button(QMessageBox.StandardButton.Save)
    assert button is not None and button.text().replace("&", "") == save


def test_the_unsaved_changes_question_names_the_record_in_natural_dutch(
        speak: Callable[[str], None], qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """It read "Er zijn wijzigingen in deze gegevens (initiatief) die nog niet bewaard zijn"."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    speak("nl")
    for editor in (InitiativeEditor(desk), RequestEditor(desk)):
        qtbot.addWidget(editor)
        editor.slots["notes" if isinstance(editor, InitiativeEditor) else "question"].write("Iets")
        editor.reject()
    assert asked == ["Je wijzigingen aan dit initiatief zijn nog niet bewaard. Nu bewaren?",
                     "Je wijzigingen aan deze adviesvraag zijn nog niet bewaard. Nu bewaren?"]


def test_the_follow_up_filters_read_naturally_in_dutch(speak: Callable[[str], None], qtbot: QtBot,
                                                       desk: Desk) -> None:
    """The filters offered "Ikzelf" and "Deadline: om het even"."""
    speak("nl")
    bar = FilterBar(desk, FOLLOW_UP_LIST)
    qtbot.addWidget(bar)
    texts = {combo.itemText(index) for combo in bar.findChildren(QComboBox) for index in range(combo.count())}
    assert {"Mijzelf", "Elke deadline"} <= texts
    assert not texts & {"Ikzelf", "Deadline: om het even"}
