"""Starting the app: an unusable register gets a dialog and exit status 2; the first start
asks who is working and can load demonstration data."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar import paths
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import app
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.welcome import WelcomeDialog


def test_not_a_database_gets_a_dialog_and_exit_status_2(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged register file must give a readable message box (no traceback) and status 2."""
    paths.database_path(data_dir).write_bytes(b"this is a spreadsheet, not a database" * 100)
    shown: list[str] = []

    def critical(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    status = app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"])
    assert status == 2
    assert shown
    assert any("not a readable database" in text for text in shown)
    assert not any("Traceback" in text for text in shown)


def test_a_second_app_on_the_same_folder_is_refused(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two windows on one register would overwrite each other's work: the second start must
    say the desk is already open and exit with status 2."""
    instance = pytest.importorskip("fourthpillar.services.instance")
    lock = instance.acquire_app_lock(data_dir)
    assert lock is not None
    shown: list[str] = []

    def information(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(title)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    try:
        assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == 2
    finally:
        lock.release()
    assert shown == ["Fourth Pillar desk is already open"]


def test_cancelling_the_welcome_quits_without_signing_in(data_dir: Path) -> None:
    """Closing the first-start dialog quits cleanly and records no officer."""

    def close_welcome() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WelcomeDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, close_welcome)

    QTimer.singleShot(0, close_welcome)
    assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == 0
    desk = open_desk(data_dir=data_dir)
    try:
        assert officers.current_officer(desk) is None
    finally:
        desk.close()


def test_welcome_needs_a_name_and_signs_in(data_dir: Path, qtbot: QtBot) -> None:
    """The first start must refuse an empty name and then record the officer who signs in."""
    desk = open_desk(data_dir=data_dir)
    try:
        dialog = WelcomeDialog(desk, demo_available=True)
        qtbot.addWidget(dialog)
        dialog.empty_button.click()
        assert dialog.error.isVisibleTo(dialog)
        assert officers.current_officer(desk) is None
        dialog.name.setText("Jan Janssens")
        dialog.region.setCurrentIndex(dialog.region.findData("limburg"))
        dialog.empty_button.click()
        assert dialog.result() == WelcomeDialog.DialogCode.Accepted
        assert not dialog.load_demo
        officer = officers.current_officer(desk)
        assert officer is not None and officer.name == "Jan Janssens" and officer.region == "limburg"
    finally:
        desk.close()


def test_first_start_with_demonstration_data(data_dir: Path, qtbot: QtBot) -> None:
    """Welcome -> 'Load demonstration data' must open the main window and fill the register in
    the background; otherwise a newcomer starts with nothing to try."""

    seen: list[str] = []
    deadline = time.monotonic() + 60

    def give_up() -> bool:
        """A hang becomes a failure that names what was on screen (CI has no time for a hang)."""
        if time.monotonic() < deadline:
            return False
        seen.append(", ".join(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()))
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.exit(1)
        return True

    def steps() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()),
                      None)
        if dialog is not None:
            dialog.name.setText("Sofie Claes")
            dialog.demo_count.setValue(10)
            dialog.demo_button.click()
            QTimer.singleShot(50, close_when_loaded)
        elif not give_up():
            QTimer.singleShot(20, steps)

    def close_when_loaded() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
                      None)
        if window is None or window.jobs.busy:
            if not give_up():
                QTimer.singleShot(50, close_when_loaded)
            return
        window.close()

    QTimer.singleShot(0, steps)
    status = app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"])
    assert seen == [] and status == 0, f"still waiting after a minute; on screen: {seen}"
    desk = open_desk(data_dir=data_dir)
    try:
        assert initiatives.list_initiatives(desk, query=ListQuery()).total == 10
        officer = officers.current_officer(desk)
        assert officer is not None and officer.name == "Sofie Claes"
    finally:
        desk.close()


def test_restore_gives_the_new_register_a_new_window(desk: Any, data_dir: Path, qtbot: QtBot) -> None:
    """After File > Backups > Restore the window must show the restored register, not the
    closed one (every click would fail otherwise)."""
    session = app.DeskSession(desk)
    first = session.show_window()
    qtbot.addWidget(first)
    initiatives.register_initiative(desk, values={"name": "Na de back-up"})
    other = open_desk(data_dir=data_dir)
    first.desk_replaced.emit(other)
    qtbot.waitUntil(lambda: session.window is not first)
    second = session.window
    assert second is not None
    qtbot.addWidget(second)
    assert second.desk is other and session.desk is other
    assert second.isVisible() and not first.isVisible()
    second.close()
    other.close()


def test_a_second_launch_brings_the_open_window_forward(data_dir: Path, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting the app again on an open register must show that window, not a second one or a
    message box, and the second launch must end quietly."""
    from fourthpillar.services import instance
    from fourthpillar.ui.single_instance import RaiseServer

    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail(f"unexpected box: {args[2]}"))
    lock = instance.require_app_lock(data_dir)
    server = RaiseServer.start(data_dir)
    assert server is not None
    first = QWidget()
    qtbot.addWidget(first)
    first.showMinimized()
    server.target = lambda: first
    try:
        assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == app.EXIT_HANDED_OVER
    finally:
        server.close()
        lock.release()
    assert first.isVisible() and not first.windowState() & Qt.WindowState.WindowMinimized
    assert _main_window() is None, "no second window on the same register"


def test_the_open_app_comes_forward_when_started_again(data_dir: Path) -> None:
    """The running app answers a second launch on its folder by un-minimising its main window."""
    from fourthpillar.ui.single_instance import ask_to_raise

    _signed_in(data_dir)
    seen: dict[str, Any] = {}

    def second_launch() -> None:
        window = _main_window()
        if window is None:
            QTimer.singleShot(20, second_launch)
            return
        window.showMinimized()
        seen["answered"] = ask_to_raise(data_dir)
        seen["minimised"] = bool(window.windowState() & Qt.WindowState.WindowMinimized)
        seen["visible"] = window.isVisible()
        close_when_idle(window)

    QTimer.singleShot(0, second_launch)
    assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == 0
    assert seen == {"answered": True, "minimised": False, "visible": True}
    assert QGuiApplication.desktopFileName() == app.DESKTOP_FILE_NAME
    desktop_entry = Path(__file__).parents[2] / "installers" / "linux" / f"{app.DESKTOP_FILE_NAME}.desktop"
    assert desktop_entry.exists(), "the window must name the desktop entry the Linux installer puts in place"


def test_the_window_opens_before_the_daily_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a big register the daily backup takes a while: the window must not wait for it, and the
    backup must still be made."""
    from fourthpillar.services import backups

    desk = _signed_in(data_dir, close=False)
    old = backups.create_backup(desk, reason="startup", now=clock.now() - dt.timedelta(days=2))
    desk.close()
    release = threading.Event()
    real = backups.daily_backup

    def held(desk: Any, *, now: Any = None, **job: Any) -> Any:
        release.wait(20)
        return real(desk, now=now, **job)

    monkeypatch.setattr(backups, "daily_backup", held)
    seen: dict[str, Any] = {}

    def when_shown() -> None:
        window = _main_window()
        if window is None or not window.isVisible():
            QTimer.singleShot(20, when_shown)
            return
        seen["backups while the window shows"] = [info.id for info in backups.list_folder_backups(data_dir)]
        release.set()
        wait_for_backup(window)

    def wait_for_backup(window: MainWindow) -> None:
        if len(backups.list_folder_backups(data_dir)) < 2 or window.jobs.busy:
            QTimer.singleShot(20, lambda: wait_for_backup(window))
            return
        window.close()

    QTimer.singleShot(0, when_shown)
    try:
        assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == 0
    finally:
        release.set()
    assert seen["backups while the window shows"] == [old.id]
    made = backups.list_folder_backups(data_dir)
    assert len(made) == 2 and made[0].reason == "startup" and made[1].id == old.id


def _signed_in(data_dir: Path, *, close: bool = True) -> Any:
    desk = open_desk(data_dir=data_dir)
    officers.sign_in(desk, name="An Peeters", region="antwerpen")
    if close:
        desk.close()
    return desk


def _main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def close_when_idle(window: MainWindow) -> None:
    if window.jobs.busy:
        QTimer.singleShot(20, lambda: close_when_idle(window))
        return
    window.close()
