"""The one way the UI writes (ui/operations.run_write): off the GUI thread, on the one writer."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import show

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_read
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.undo import UndoStack


def test_a_write_runs_off_the_gui_thread_and_reports_back_on_it(runner: JobRunner, qtbot: QtBot) -> None:
    """A save that waits for a busy database on the GUI thread freezes the window meanwhile."""
    threads: list[threading.Thread] = []
    results: list[tuple[str, bool]] = []

    def write(**_: Any) -> str:
        threads.append(threading.current_thread())
        return "written"

    run_write(runner, write, on_done=lambda result: results.append(
        (result, threading.current_thread() is threading.main_thread())), on_refused=pytest.fail)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [("written", True)]
    assert threads and threads[0] is not threading.main_thread()


def test_a_refused_write_reaches_the_caller_to_be_shown(runner: JobRunner, qtbot: QtBot) -> None:
    """A record archived meanwhile must be named to the officer, not lost in a worker thread."""
    refused: list[KnownError | Exception] = []

    def write(**_: Any) -> None:
        raise NotFound("initiative", "x")

    run_write(runner, write, on_done=pytest.fail, on_refused=refused.append)
    qtbot.waitUntil(lambda: bool(refused))
    assert isinstance(refused[0], NotFound)


def test_a_write_that_cannot_stop_halfway_offers_no_cancel(runner: JobRunner, qtbot: QtBot) -> None:
    """A Cancel button on an erasure or a restore would say the work stopped when it went on."""
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    done: list[str] = []
    run_write(runner, lambda **_: release.wait(10) and "done", on_done=done.append, on_refused=pytest.fail,
              progress_label="Erasing personal data", parent=parent)
    try:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        assert not [button for button in dialog.findChildren(QPushButton) if button.isVisibleTo(dialog)]
    finally:
        release.set()
    qtbot.waitUntil(lambda: done == ["done"])


def test_a_read_for_a_dialog_closed_meanwhile_is_dropped_but_its_bug_still_surfaces(
        runner: JobRunner, qtbot: QtBot) -> None:
    """A dialog closed while its choices are still read must not be filled when they come (its
    widgets are gone: an error in the officer's lap); a bug in the read must not be swallowed."""
    release = threading.Event()
    answered: list[object] = []
    dialog = QWidget()
    run_read(runner, lambda **_: release.wait(10) and "choices", busy=dialog, on_done=answered.append,
             on_refused=answered.append)
    broken = QWidget()

    def bug(**_: Any) -> None:
        release.wait(10)
        raise ValueError("a bug in the read")

    run_read(runner, bug, busy=broken, on_done=answered.append, on_refused=answered.append)
    dialog.deleteLater()
    broken.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as raised:
        release.set()
        qtbot.waitUntil(lambda: not runner.busy)
        qtbot.waitUntil(lambda: bool(raised))
    assert answered == []
    assert [str(error) for _type, error, _traceback in raised] == ["a bug in the read"]


def test_after_a_bug_in_a_read_the_dialog_no_longer_waits_for_it(runner: JobRunner, qtbot: QtBot) -> None:
    """A bug in a dialog's read must surface, and the read is over: else the busy cursor stays
    over the dialog for good and whatever waits for the read (archiving, a search) never runs again."""
    dialog = QWidget()
    qtbot.addWidget(dialog)
    reads = LatestRead()
    answered: list[object] = []

    def bug(**_: Any) -> None:
        raise ValueError("a bug in the read")

    with qtbot.captureExceptions() as raised:
        reads.run(runner, bug, busy=dialog, on_done=answered.append, on_refused=answered.append)
        assert reads.reading and dialog.cursor().shape() == Qt.CursorShape.BusyCursor
        qtbot.waitUntil(lambda: bool(raised))
    assert [str(error) for _type, error, _traceback in raised] == ["a bug in the read"]
    assert answered == [] and not reads.reading
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor
    with pytest.raises(ValueError, match="a bug in the read"):  # without a runner: at once, here
        reads.run(None, bug, busy=dialog, on_done=answered.append, on_refused=answered.append)
    assert answered == [] and not reads.reading
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor


def test_without_a_runner_the_write_happens_at_once() -> None:
    """An editor shown on its own (no window) must still save."""
    done: list[int] = []
    run_write(None, lambda **_: 42, on_done=done.append, on_refused=pytest.fail)
    assert done == [42]


def test_an_editor_opened_from_the_window_saves_off_the_gui_thread(
        desk: Desk, runner: JobRunner, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else a save on a slow office database freezes the whole window until the server answers."""
    saved_on: list[threading.Thread] = []
    real = initiatives.register_initiative

    def register(*args: Any, **kwargs: Any) -> Any:
        saved_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(initiatives, "register_initiative", register)
    editor = InitiativeEditor(desk, initiative_id=None)
    editor.runner = runner
    show(qtbot, editor)
    qtbot.keyClicks(editor.slots["name"].widget, "Vrienden van Kaolack")
    with qtbot.waitSignal(editor.accepted, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.saving and not editor.save_button.isEnabled()  # no second save meanwhile
    assert saved_on and saved_on[0] is not threading.main_thread()
    assert editor.saved is not None
    assert initiatives.get_initiative(desk, initiative_id=editor.saved.id).name == "Vrienden van Kaolack"


def test_undo_is_written_in_the_background_and_cannot_be_pressed_twice_meanwhile(
        desk: Desk, runner: JobRunner, qtbot: QtBot) -> None:
    """Ctrl+Z pressed twice while the first undo is written must not undo two actions."""
    saved = initiatives.register_initiative(desk, values={"name": "Oud"})
    stack = UndoStack(desk, runner=runner)
    stack.push("Register", saved.batch_id)
    stack.push("Rename", initiatives.update_initiative(desk, initiative_id=saved.id,
                                                       changes={"name": "Nieuw"}).batch_id)
    with qtbot.waitSignal(stack.undone, timeout=5000) as undone:
        assert stack.undo() == "Rename"
        assert not stack.can_undo() and stack.undo() is None
    assert undone.args == ["Rename"]
    assert initiatives.get_initiative(desk, initiative_id=saved.id).name == "Oud"
    assert stack.can_undo() and stack.undo_text() == "Register" and stack.redo_text() == "Rename"
