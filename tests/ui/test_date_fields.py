"""Typing dates in the editors: days counted from today, impossible days named, and a format
hint that does not break in the middle."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from ui_helpers import show

from fourthpillar import clock
from fourthpillar.domain.dates import add_months
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import RequestEditor


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani"}).id


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty editor closed at the end of a test would otherwise wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)


def _save(qtbot, editor: QDialog) -> None:
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_follow_up_due_in_two_weeks_can_be_typed(qtbot, desk: Desk, initiative_id: str) -> None:
    """The editor refused "+2w", which the command line and the README accept."""
    editor = show(qtbot, FollowUpEditor(desk, initiative_id=initiative_id))
    qtbot.keyClicks(editor.action_edit, "Statuten nalezen")
    qtbot.keyClicks(editor.due_field.line_edit, "+2w")
    _save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.note("due_on")
    assert followups.get_follow_up(desk, follow_up_id=editor.saved.id).due_on == clock.today() + dt.timedelta(14)


def test_a_request_due_in_a_month_can_be_typed_and_is_shown_as_its_day(qtbot, desk: Desk,
                                                                       initiative_id: str) -> None:
    """The request editor refused "+1m"; leaving the field shows the day it means."""
    editor = show(qtbot, RequestEditor(desk, initiative_id=initiative_id))
    editor.question_edit.setPlainText("Hoe schrijven we een jaarverslag?")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("email"))
    editor.due_field.line_edit.setFocus()
    qtbot.keyClicks(editor.due_field.line_edit, "+1m")
    qtbot.keyClick(editor.due_field.line_edit, Qt.Key.Key_Tab)
    due = add_months(clock.today(), 1)
    assert editor.due_field.text() == due.strftime("%d/%m/%Y")
    _save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert requests.get_request(desk, request_id=editor.saved.id).due_on == due


def test_an_impossible_day_is_named_and_the_format_hint_stays_whole(qtbot, desk: Desk, initiative_id: str) -> None:
    """31/02/2026 was blamed on its format; and the hint wrapped as "yyyy-" / "mm-dd"."""
    editor = show(qtbot, FollowUpEditor(desk, initiative_id=initiative_id))
    qtbot.keyClicks(editor.action_edit, "Statuten nalezen")
    editor.due_field.setText("31/02/2026")
    _save(qtbot, editor)
    assert editor.note("due_on") == "⚠ '31/02/2026' is not a date: February 2026 has 28 days"
    editor.due_field.setText("3102/2026")
    _save(qtbot, editor)
    assert "yyyy\u2011mm\u2011dd" in editor.note("due_on")
    assert "-mm" not in editor.note("due_on")
