"""The history view: the officer sees who changed what, and can undo an old action."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import opened

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.ui.history_dialog import HistoryDialog
from fourthpillar.ui.jobs import JobRunner


def _texts(dialog: HistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_history_lists_changes_in_words_and_undoes_an_old_action(
        qtbot: QtBot, desk: Desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If this broke, an officer could not see who changed a status nor put it back."""
    saved = initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou", "status": "active"})
    change = initiatives.update_initiative(desk, initiative_id=saved.id, changes={"status": "dormant"})
    dialog = HistoryDialog(desk, entity="initiative", record_id=saved.id, title="Brug naar Cotonou")
    qtbot.addWidget(dialog)
    rows = _texts(dialog)
    assert rows[0][1:5] == ["An Peeters", "status", "active", "dormant"]
    assert rows[-1][2] == "Created"

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    assert dialog.selected_batch() == change.batch_id
    with qtbot.waitSignal(dialog.undone) as signal:
        dialog.undo_selected()
    assert isinstance(signal.args[0], Saved)
    # The status bar and Edit ▸ Undo say what was done, not "Change to …".
    assert signal.args[0].description == "Undone from History: Brug naar Cotonou"
    assert initiatives.get_initiative(desk, initiative_id=saved.id).status == "active"
    assert _texts(dialog)[0][3:5] == ["dormant", "active"]


def test_initiative_page_opens_its_history(qtbot: QtBot, desk: Desk) -> None:
    """The page's History button shows that initiative's changes."""
    from fourthpillar.ui.pages.initiative_page import InitiativePage

    saved = initiatives.register_initiative(desk, values={"name": "Samen met Kigali"})
    initiatives.update_initiative(desk, initiative_id=saved.id, changes={"municipality": "Gent"})
    page = InitiativePage(desk)
    qtbot.addWidget(page)
    page.show_initiative(saved.id)
    page.history_button.click()
    dialogs = [child for child in page.findChildren(HistoryDialog)]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: not dialogs[0].reading, timeout=10_000)  # read in the background
    assert _texts(dialogs[0])[0][2:5] == ["municipality", "", "Gent"]
    dialogs[0].close()


def test_request_editor_history_undo_reloads_the_untouched_form(
        qtbot: QtBot, desk: Desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Undoing a status change from the request's history shows the old status in the open form."""
    from fourthpillar.services import requests
    from fourthpillar.ui.editors import RequestEditor

    initiative = initiatives.register_initiative(desk, values={"name": "Samen met Kigali"})
    request = requests.log_request(desk, initiative_id=initiative.id,
                                   values={"channel": "phone", "question": "Subsidie?"})
    requests.set_request_status(desk, request_id=request.id, status="answered")
    editor = RequestEditor(desk, request_id=request.id)
    qtbot.addWidget(editor)
    editor.show_history()
    dialog = editor.findChildren(HistoryDialog)[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    opened(qtbot, dialog)
    dialog.table.selectRow(0)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: editor.values()["status"] == "new", timeout=10_000)
    assert requests.get_request(desk, request_id=request.id).status == "new"
    assert editor.values()["status"] == "new"
    dialog.close()


def test_in_the_window_the_history_and_an_undo_are_read_in_the_background(
        qtbot: QtBot, desk: Desk, runner: JobRunner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opened from a page (with the window's runner) the history is read off the GUI thread: until
    it comes the dialog does not say "No changes recorded." nor offers Undo; then it lists the
    changes, and an undo asks (naming nothing changed since) before it writes."""
    saved = initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou", "status": "active"})
    initiatives.update_initiative(desk, initiative_id=saved.id, changes={"status": "dormant"})
    dialog = HistoryDialog(desk, entity="initiative", record_id=saved.id, title="Brug naar Cotonou", runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reading and dialog.empty_label.isHidden() and not dialog.undo_button.isEnabled()
    opened(qtbot, dialog)
    assert _texts(dialog)[0][1:5] == ["An Peeters", "status", "active", "dormant"]
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.undone, timeout=10_000):
        dialog.undo_selected()
    assert asked == ["Undo everything this action changed?"]
    qtbot.waitUntil(lambda: not dialog.reading and _texts(dialog)[0][3:5] == ["dormant", "active"], timeout=10_000)
    assert initiatives.get_initiative(desk, initiative_id=saved.id).status == "active"
