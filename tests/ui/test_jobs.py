"""The background-job runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.ui.jobs import JobRunner


def test_result_comes_back_on_the_gui_thread(runner: JobRunner, qtbot: QtBot) -> None:
    """The result callback must run on the GUI thread (touching widgets elsewhere crashes the
    app) while the work itself runs on another thread (or the window freezes)."""
    worker_threads: list[Any] = []
    results: list[tuple[Any, bool]] = []

    def work(progress: Progress, is_cancelled: IsCancelled) -> int:
        worker_threads.append(threading.current_thread())
        progress(1, 1)
        return 42

    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    job = runner.run(work, on_success=lambda value: results.append((value, QThread.currentThread() is gui)))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert results == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def test_known_error_goes_to_the_failure_callback(runner: JobRunner, qtbot: QtBot) -> None:
    """A locked database in a background job must reach the caller as an error to show."""
    errors: list[BaseException] = []

    def work(**_: Any) -> None:
        raise DatabaseUnavailable("the database is in use by another program (locked)")

    job = runner.run(work, on_failure=errors.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert [str(error) for error in errors] == ["the database is in use by another program (locked)"]


def test_cancel_from_the_progress_dialog_stops_the_job(runner: JobRunner, qtbot: QtBot) -> None:
    """Cancel in the progress dialog must stop the work and report 'cancelled', not success."""
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress, is_cancelled: IsCancelled) -> str:
        started.set()
        for done in range(1000):
            if is_cancelled():
                raise Cancelled
            progress(done, 1000)
            time.sleep(0.005)
        return "finished"

    job = runner.run(work, on_success=outcome.append, on_cancel=lambda: outcome.append("cancelled"),
                     progress_label="Working…", parent_widget=parent)
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    dialog.canceled.emit()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert outcome == ["cancelled"]


def test_writes_run_one_at_a_time(runner: JobRunner, qtbot: QtBot) -> None:
    """Two writing jobs must never overlap: SQLite has one writer and a second one would wait
    on the lock or fail."""
    active = 0
    most = 0
    lock = threading.Lock()

    def write(**_: Any) -> None:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        time.sleep(0.05)
        with lock:
            active -= 1

    jobs = [runner.run(write, writes=True) for _ in range(3)]
    for job in jobs:
        qtbot.waitUntil(lambda job=job: job.done, timeout=5000)
    assert most == 1


def test_a_bug_in_a_job_is_not_swallowed(runner: JobRunner, qtbot: QtBot) -> None:
    """A programming error in background work must surface (here: on the GUI thread), never
    vanish with the worker thread leaving the officer waiting forever."""

    def work(**_: Any) -> None:
        raise ZeroDivisionError("bug")

    with qtbot.captureExceptions() as exceptions:
        job = runner.run(work)
        with qtbot.waitSignal(job.finished, timeout=5000):
            pass
    assert [type(info[1]) for info in exceptions] == [ZeroDivisionError]
