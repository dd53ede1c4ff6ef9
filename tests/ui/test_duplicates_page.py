"""The Duplicates page in the real main window: find the pair, merge it field by field, undo.

If these fail, an officer opening Duplicates sees nothing, a merge ignores what they chose in
the dialog, or Ctrl+Z leaves the merge half in place.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fourthpillar.services import duplicates
from fourthpillar.services import initiatives
from fourthpillar.services import merge
from fourthpillar.services.desk import Desk
from fourthpillar.ui.duplicates import DUPLICATES
from fourthpillar.ui.main_window import MainWindow


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou", "postcode": "9000",
                                                  "municipality": "Gent"})
    initiatives.register_initiative(desk, values={"name": "Brug naar Kotonou vzw", "postcode": "9000",
                                                  "municipality": "Gent", "notes": "Via de parochie"})
    main = MainWindow(desk)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_page(DUPLICATES)
    qtbot.waitUntil(lambda: main.duplicates.table.rowCount() == 1)
    yield main
    main.jobs.wait(10_000)


def test_merge_from_the_page_takes_the_choices_and_undoes_whole(window: MainWindow, qtbot: QtBot,
                                                                desk: Desk) -> None:
    page = window.duplicates
    assert "names alike" in page.table.item(0, 3).text()
    page.table.selectRow(0)
    pair = page.selected()
    assert pair is not None and page.merge_button.isEnabled()
    page.merge_button.click()  # what the merge does is read in the background, then its dialog opens
    assert not page.merge_button.isEnabled(), "a second click waits for the first"
    qtbot.waitUntil(lambda: page.merge_dialog is not None, timeout=10_000)
    dialog = page.merge_dialog
    assert dialog is not None
    defaults = {field.field: field.default for field in dialog.plan.fields if field.differs}
    assert dialog.choices() == defaults  # the kept value, or the other's where the kept one is empty
    dialog.choose("name", merge.OTHER)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # Merge
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    live = initiatives.list_initiatives(desk, query=initiatives.ListQuery()).rows
    assert [(row.id, row.name) for row in live] == [(pair.first.id, pair.second.name)]
    assert window.undo_stack.can_undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert len(initiatives.list_initiatives(desk, query=initiatives.ListQuery()).rows) == 2


def test_not_a_duplicate_from_the_page(window: MainWindow, qtbot: QtBot, desk: Desk) -> None:
    page = window.duplicates
    page.table.selectRow(0)
    page.apart_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert duplicates.find_duplicates(desk) == []


def test_the_thresholds_are_set_in_the_settings_dialog(desk: Desk, qtbot: QtBot) -> None:
    """Edit ▸ Settings changes the scores the Duplicates page lists and the editor warns about."""
    from fourthpillar.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.thresholds[duplicates.SCAN_KEY].value() == duplicates.DEFAULT_SCAN
    dialog.thresholds[duplicates.SCAN_KEY].setValue(65)
    dialog.thresholds[duplicates.WARN_KEY].setValue(90)
    dialog.save()
    assert duplicates.thresholds(desk.config) == (65, 90)


def test_a_merge_whose_initiative_went_meanwhile_says_so_once_and_opens_nothing(
        window: MainWindow, qtbot: QtBot, desk: Desk) -> None:
    """Else an officer merging a pair another officer just archived gets a traceback or a merge
    dialog about an initiative that is gone, and the buttons stay greyed out."""
    page = window.duplicates
    page.table.selectRow(0)
    pair = page.selected()
    assert pair is not None
    initiatives.archive_initiative(desk, initiative_id=pair.second.id)
    said: list[str] = []
    page.failed.connect(said.append)
    page.merge_button.click()
    qtbot.waitUntil(lambda: bool(said) and not page.planning, timeout=10_000)
    assert len(said) == 1 and "\n" not in said[0] and "Traceback" not in said[0]
    assert page.merge_dialog is None
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)  # the scan was made again
