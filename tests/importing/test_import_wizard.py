"""The import wizard (File > Import initiatives), offscreen. If these failed, an officer could not
import from the app, could import without seeing the preview, or would get a crash on a bad file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import snapshot
from import_corpus import write_xlsx
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.importing import ImportWizard
from fourthpillar.ui.jobs import JobRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def wizard(qtbot: QtBot, desk: Desk) -> Iterator[ImportWizard]:
    runner = JobRunner()
    shown = ImportWizard(desk, runner)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    runner.wait()


def choose(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load_sheets()
    qtbot.waitUntil(lambda: not wizard.file_page.busy)


def test_choose_map_preview_and_import(qtbot: QtBot, wizard: ImportWizard, desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *ROWS], title="Lijst 2024",
                      sheets={"Archief": [["oud"]]})
    before = snapshot(desk)
    choose(qtbot, wizard, path)
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(index) for index in range(combo.count())] == ["Register", "Archief"]
    assert wizard.file_page.isComplete()

    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.columns is not None)
    assert page.header_label.text() == "Sheet “Register”: the column headers are on row 3."
    assert page.mapping()["Naam"] == "name" and page.mapping()["Partnerlanden"] == "partner_countries"
    assert page.table.item(0, 1).text() == "Water voor Bukavu · Vrienden van Thiès"
    page.set_field("Opmerkingen", None)
    page.set_field("Naam", None)
    assert not page.isComplete()  # no column holds the names: cannot go on
    page.set_field("Naam", "name")
    assert page.isComplete()

    wizard.next()
    preview_page = wizard.preview_page
    qtbot.waitUntil(lambda: preview_page.preview is not None)
    assert preview_page.counts_label.text() == ("2 to create, 0 to update, 0 duplicates skipped, 0 rows not "
                                                "imported; 0 rows with problems.")
    assert preview_page.preview is not None and preview_page.preview.mapping["Opmerkingen"] is None
    assert snapshot(desk) == before  # the preview wrote nothing

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert imported.args[0].created == 2
    assert wizard.imported_result is not None and wizard.imported_result.created == 2
    rows = initiatives.list_initiatives(desk, query=ListQuery()).rows
    assert sorted(row.name for row in rows) == ["Vrienden van Thiès", "Water voor Bukavu"]


def test_the_preview_lists_problems_and_duplicates_and_follows_the_policy(
        qtbot: QtBot, wizard: ImportWizard, desk: Desk, tmp_path: Path) -> None:
    initiatives.register_initiative(desk, values={"name": "Water voor Bukavu", "municipality": "Mechelen"})
    rows = [HEADERS, *ROWS, ["Derde", None, "1234", None, None, "Gent", "Atlantis"]]
    choose(qtbot, wizard, write_xlsx(tmp_path / "r.xlsx", rows))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.columns is not None)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None)
    problems = [[page.problems.item(row, column).text() for column in range(3)]
                for row in range(page.problems.rowCount())]
    assert ["4", "Provincie", "'Atlantis' is not a province; kept in the notes"] in problems
    assert ["4", "KBO", "'1234' is not a valid enterprise number: must have 10 digits; kept in the notes"] in problems
    duplicate = [page.duplicates.item(0, column).text() for column in range(5)]
    assert duplicate == ["2", "Water voor Bukavu", "“Water voor Bukavu” in the register",
                         "the same name and municipality", "skipped"]

    page.policy_combo.setCurrentIndex(page.policy_combo.findData("fill"))
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.on_duplicate == "fill")
    assert page.counts_label.text().startswith("2 to create, 1 to update, 0 duplicates skipped")
    assert page.duplicates.item(0, 4).text() == "empty fields filled"


def test_a_damaged_file_shows_the_reason_on_the_page(qtbot: QtBot, wizard: ImportWizard, desk: Desk,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 half a file")
    before = snapshot(desk)
    choose(qtbot, wizard, path)
    assert wizard.file_page.error_label.text() == ("kapot.xlsx: the file is damaged or truncated "
                                                   "(not a readable .xlsx or .ods)")
    assert not wizard.file_page.isComplete()
    assert snapshot(desk) == before


def test_the_file_label_has_its_field_and_shows_no_ampersand(wizard: ImportWizard) -> None:
    """Else: the label reads "&File:" with its ampersand and Alt+F does not reach the path field."""
    labels = [label for label in wizard.file_page.findChildren(QLabel) if label.text() == "&File:"]
    assert [label.buddy() for label in labels] == [wizard.file_page.path_edit]


def test_a_typed_path_enables_next_while_typing(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    """Else: an officer who types (or pastes) the path sees Next stay grey until they press Tab."""
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *ROWS])
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path)[:-1])
    assert not next_button.isEnabled()  # "register.xls" is no file
    qtbot.keyClicks(wizard.file_page.path_edit, str(path)[-1])
    qtbot.waitUntil(next_button.isEnabled)
    assert wizard.file_page.sheet_combo.currentText() == "Register"
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Backspace)  # no longer the file that was read
    assert not next_button.isEnabled()


def test_a_spreadsheet_dropped_on_the_window_is_imported_and_the_counts_are_shown(
        qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else: dropping a workbook on the window does nothing, and after an import the officer reads
    only "Import from x.xlsx: saved." without how many initiatives were added or skipped."""
    import fourthpillar.ui.importing as importing_ui
    from fourthpillar.services import importing
    from fourthpillar.ui.main_window import MainWindow

    initiatives.register_initiative(desk, values={"name": "Water voor Bukavu", "municipality": "Mechelen"})
    path = write_xlsx(tmp_path / "initiatives_sample.xlsx", [HEADERS, *ROWS])
    opened: list[str | None] = []

    def wizard_confirmed_as_shown(parent: Any, desk: Desk, *, runner: Any = None, path: str | None = None) -> Any:
        """The officer confirms what the wizard shows (the wizard itself is tested above)."""
        opened.append(path)
        return importing.apply_import(desk, preview=importing.preview_import(desk, path=str(path)))

    monkeypatch.setattr(importing_ui, "open_import_wizard", wizard_confirmed_as_shown)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [str(path)]
    assert window.statusBar().currentMessage() == (
        "Imported from initiatives_sample.xlsx: 1 created, 0 updated, 1 duplicates skipped, 0 rows not imported. "
        "Ctrl+Z undoes it.")
    window.jobs.wait(10_000)


def test_other_files_dropped_on_the_window_are_refused(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    """Else: dropping a PDF on the window starts an import that can only fail."""
    from fourthpillar.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "fiche.pdf"))])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_possible_duplicate_is_decided_row_by_row(qtbot: QtBot, wizard: ImportWizard, desk: Desk,
                                                     tmp_path: Path) -> None:
    """A row whose name is like one in the register is marked; the officer skips just that row."""
    initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou", "postcode": "9000",
                                                  "municipality": "Gent"})
    rows = [["Naam", "Postcode", "Gemeente"], ["Brug naar Kotonou vzw", "9000", "Gent"],
            ["Water voor Bukavu", "2000", "Antwerpen"]]
    choose(qtbot, wizard, write_xlsx(tmp_path / "near.xlsx", rows))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.columns is not None)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None)
    assert page.duplicates.item(0, 3).text().startswith("possibly the same")
    assert page.duplicates.item(0, 4).text() == "created (you decide)"
    page.duplicates.selectRow(0)
    assert page.toggle_row.isEnabled() and page.toggle_row.text() == "Skip this row"
    page.toggle_row.click()
    assert page.duplicates.item(0, 4).text() == "skipped"
    assert page.preview is not None and page.preview.to_create == 1
    assert page.toggle_row.text() == "Import this row"
