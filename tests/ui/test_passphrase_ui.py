"""File ▸ Change passphrase…: asked in a dialog, the re-encryption runs in the background and the
window carries on with the reopened register.

If these failed, an officer could not change the passphrase from the app, a wrong current
passphrase would end in a traceback or a silent nothing, or the window would keep working on the
closed register.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.backups import start_daily_backup
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.passphrase import ChangePassphraseDialog

NEW = "een nieuwe zin voor de kluis"


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(desk)
    qtbot.addWidget(main, before_close_func=lambda window: qtbot.waitUntil(lambda: not window.jobs.busy,
                                                                           timeout=15_000))
    main.show()
    qtbot.waitExposed(main)
    yield main
    cipher.forget_passphrases()


def test_the_passphrase_is_changed_from_the_file_menu(window: MainWindow, desk: Desk, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong current passphrase brings the dialog back saying so; the right one re-encrypts the
    register and its backup, and the window is handed the reopened register."""
    initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    made = backups.create_backup(desk, reason="manual")
    database = desk.database.sqlite_path
    assert database is not None and window.passphrase_action in window.file_menu.actions()
    old = os.environ[cipher.KEY_VARIABLE]
    answers: list[tuple[str, str, str] | None] = [("niet de juiste zin", NEW, NEW), (old, NEW, NEW + "!"),
                                                  (old, NEW, NEW)]
    problems: list[str] = []

    def answer(dialog: ChangePassphraseDialog) -> int:
        problems.append(dialog.error.text())
        typed = answers.pop(0)
        if typed is None:
            return QDialog.DialogCode.Rejected
        for edit, text in zip((dialog.current_edit, dialog.new_edit, dialog.again_edit), typed, strict=True):
            edit.setText(text)
        dialog.accept()
        if dialog.result() != QDialog.DialogCode.Accepted:  # refused in the dialog: typed again
            problems.append(dialog.error.text())
            return answer(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangePassphraseDialog, "exec", answer)
    shown: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    replaced: list[Desk] = []
    window.desk_replaced.connect(replaced.append)
    window.passphrase_action.trigger()
    qtbot.waitUntil(lambda: bool(replaced), timeout=30_000)
    fresh = replaced[0]
    try:
        assert problems[0] == "" and "current passphrase is wrong" in problems[1]
        assert "differ" in problems[2]
        assert shown and "1 backup" in shown[0]
        for path in (database, made.path):
            assert cipher.key_with(path, NEW) is not None and cipher.key_with(path, old) is None
        rows = initiatives.list_initiatives(fresh, query=ListQuery()).rows
        assert [row.name for row in rows] == ["Water voor Kisangani"]
    finally:
        fresh.close()


def test_the_change_waits_for_the_daily_backup(window: MainWindow, desk: Desk, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """While the day's backup copies the register under its present key, the change is not
    started: the officer is told to try again once it has finished."""
    release = threading.Event()

    def slow_backup(*_args: Any, **_kwargs: Any) -> backups.DailyBackup:
        release.wait(10)
        return backups.DailyBackup(None, [])

    monkeypatch.setattr(backups, "daily_backup", slow_backup)
    daily = start_daily_backup(window, desk, window.jobs)
    asked: list[int] = []
    monkeypatch.setattr(ChangePassphraseDialog, "exec", lambda _dialog: asked.append(1) or 0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: shown.append(text))
    try:
        assert daily.running
        window.passphrase_action.trigger()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not daily.running, timeout=10_000)
    assert asked == [] and shown and "backup is still being made" in shown[0]
    window.passphrase_action.trigger()
    assert asked == [1], "once it has finished, the dialog comes"
