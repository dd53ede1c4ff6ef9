"""The history view: the officer sees who changed what, and can undo an old action."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.ui.history_dialog import HistoryDialog


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
    assert initiatives.get_initiative(desk, initiative_id=saved.id).status == "active"
    assert _texts(dialog)[0][3:5] == ["dormant", "active"]
