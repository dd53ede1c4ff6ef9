"""A Belgian postcode in the initiative editor fills in the province and offers its municipalities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import show

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.jobs import JobRunner


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty editor closed at the end of a test would otherwise wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)


def test_a_postcode_with_one_municipality_fills_it_in(qtbot, desk: Desk) -> None:
    """Typing 2000 filled in the province but left the officer to type "Antwerpen" too."""
    editor = show(qtbot, InitiativeEditor(desk))
    editor.postcode_edit.setFocus()
    qtbot.keyClicks(editor.postcode_edit, "2000")
    assert editor.province_combo.code() == "antwerpen"
    qtbot.keyClick(editor.postcode_edit, Qt.Key.Key_Tab)
    assert editor.municipality_edit.text() == "Antwerpen"
    assert editor.municipality_edit.hasFocus()
    qtbot.keyClicks(editor.municipality_edit, "Berchem")  # typing replaces the suggestion
    assert editor.municipality_edit.text() == "Berchem"


def test_a_postcode_with_several_municipalities_offers_them(qtbot, desk: Desk) -> None:
    """The names the register already holds for a postcode come first; none is chosen for the officer."""
    initiatives.register_initiative(desk, values={"name": "Ledeberg Helpt", "postcode": "9050",
                                                  "municipality": "Ledeberg"})
    assert initiatives.municipalities_for_postcode(desk, postcode="9050") == ["Ledeberg", "Gentbrugge"]
    editor = show(qtbot, InitiativeEditor(desk))
    editor.postcode_edit.setFocus()
    qtbot.keyClicks(editor.postcode_edit, "9050")
    qtbot.keyClick(editor.postcode_edit, Qt.Key.Key_Tab)
    assert editor.municipality_edit.text() == ""
    assert editor.municipalities.stringList() == ["Ledeberg", "Gentbrugge"]
    assert editor.note("municipality") == "With this postcode: Ledeberg, Gentbrugge"


def test_opening_an_initiative_changes_nothing_of_its_municipality(qtbot, desk: Desk) -> None:
    """A stored initiative without a municipality must open unchanged (not as an unsaved edit)."""
    saved = initiatives.register_initiative(desk, values={"name": "Zonder gemeente", "postcode": "2000"})
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=saved.id))
    editor.postcode_edit.setFocus()
    qtbot.keyClick(editor.postcode_edit, Qt.Key.Key_Tab)
    assert editor.municipality_edit.text() == ""
    assert editor.municipalities.stringList() == ["Antwerpen"]
    assert not editor.is_dirty()


def test_from_the_window_the_municipalities_are_read_in_the_background(qtbot, desk: Desk, runner: JobRunner) -> None:
    """In an initiative opened from the window, typing a postcode must not wait for the register
    (another program holding it locked would freeze the window), and leaving the postcode before
    its municipalities come still fills in the only one."""
    editor = show(qtbot, InitiativeEditor(desk, runner=runner))
    assert not editor.reading, "a new initiative has nothing to read"
    editor.postcode_edit.setFocus()
    qtbot.keyClicks(editor.postcode_edit, "2000")
    assert editor.municipalities_read.reading, "read in the background"
    qtbot.keyClick(editor.postcode_edit, Qt.Key.Key_Tab)  # left before they came
    qtbot.waitUntil(lambda: editor.municipality_edit.text() == "Antwerpen", timeout=10_000)

    saved = initiatives.register_initiative(desk, values={"name": "Zonder gemeente", "postcode": "2000"})
    opened = show(qtbot, InitiativeEditor(desk, initiative_id=saved.id, runner=runner))
    qtbot.waitUntil(lambda: not opened.reading, timeout=10_000)
    assert opened.municipalities.stringList() == ["Antwerpen"] and opened.municipality_edit.text() == ""
    assert not opened.municipalities_read.reading and not opened.is_dirty()
