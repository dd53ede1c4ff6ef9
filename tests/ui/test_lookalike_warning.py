"""The new-initiative editor says "Looks like …" while a name already in the register is typed.

If these fail, an officer registers "Brug naar Kotonou" a second time without being told that
"Brug naar Cotonou" is already there, or is nagged again after saying it is another one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar.services import duplicates
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.editors.initiative import InitiativeEditor


def _existing(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={
        "name": "Brug naar Cotonou", "postcode": "9000", "municipality": "Gent",
        "enterprise_number": "0403.170.701"}).id


def test_typing_a_known_name_shows_the_warning(desk: Desk, qtbot: QtBot) -> None:
    existing = _existing(desk)
    editor = InitiativeEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    bar = editor.lookalike
    assert bar is not None and not bar.isVisible()
    qtbot.keyClicks(editor.name_edit, "Brug naar Kotonou")
    qtbot.keyClicks(editor.postcode_edit, "9000")
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "Brug naar Cotonou, Gent, 0403.170.701" in bar.label.text()
    assert bar.shown_id == existing
    editor.confirm_discard = lambda: QMessageBox.StandardButton.Discard  # what was typed here is let go
    with qtbot.waitSignal(bar.open_requested) as opened:
        bar.open_button.click()
    assert opened.args == [existing]
    assert not editor.isVisible()  # closed: the window opens the initiative already there


def test_not_a_duplicate_is_remembered_when_saved(desk: Desk, qtbot: QtBot) -> None:
    existing = _existing(desk)
    editor = InitiativeEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    bar = editor.lookalike
    assert bar is not None
    qtbot.keyClicks(editor.name_edit, "Brug naar Kotonou")
    qtbot.keyClicks(editor.postcode_edit, "9000")
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    bar.apart_button.click()
    assert not bar.isVisible() and bar.dismissed == [existing]
    editor.accept()
    assert editor.saved is not None
    assert duplicates.find_duplicates(desk) == []


def test_an_unknown_name_shows_nothing(desk: Desk, qtbot: QtBot) -> None:
    _existing(desk)
    editor = InitiativeEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.name_edit, "Zonnepanelen voor Dakar")
    assert editor.lookalike is not None
    editor.lookalike.look_up()
    editor.lookalike.stop()
    qtbot.wait(50)
    assert not editor.lookalike.isVisible()
    editor.mark_clean()  # closing at the end asks nothing


def test_editing_an_initiative_has_no_warning(desk: Desk, qtbot: QtBot) -> None:
    editor = InitiativeEditor(desk, initiative_id=_existing(desk))
    qtbot.addWidget(editor)
    assert editor.lookalike is None
