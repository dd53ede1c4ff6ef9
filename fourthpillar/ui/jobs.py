"""The one background-job helper: long work off the GUI thread, results back on it.

In the spirit of Picard's ``run_task``: a function runs as a QRunnable on a thread pool; its
result or error comes back to the GUI thread through queued signals, where the callbacks run.
Database writes go to a single-thread pool so two jobs never write at the same time.
The function follows the contract of :mod:`fourthpillar.jobs`: it receives ``progress(done,
total)`` and ``is_cancelled()`` as keyword arguments and stops by raising
:class:`~fourthpillar.jobs.Cancelled`; a :class:`QProgressDialog` shows the progress and its
Cancel button sets the cancel flag. Nothing here touches a widget off the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from fourthpillar.jobs import Cancelled

#: How often, at most, progress is sent to the GUI thread (seconds).
PROGRESS_INTERVAL = 0.05
#: How long a job runs before its progress dialog shows (milliseconds).
PROGRESS_DELAY_MS = 400


class _JobSignals(QObject):
    """Carries a job's news from its worker thread to the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, func: Callable[..., Any]) -> None:
        super().__init__()
        self._job = job
        self._func = func
        self._signals = job._signals
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self._signals.progressed.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self._func(progress=self._progress, is_cancelled=self._job.is_cancelled)
        except BaseException as error:  # delivered to the GUI thread, which decides
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class Job(QObject):
    """One running function. Lives on the GUI thread.

    Signals:
        progressed(int, int): done and total, throttled.
        succeeded(object): the function's return value.
        failed(object): the exception it raised (not for a cancelled job).
        cancelled(): the user cancelled and the function stopped.
        finished(): after any of the three outcomes.
        stopped(): the function has returned, before the outcome's signal (so a progress
            dialog is gone before a callback opens a message of its own).
    """

    progressed = Signal(int, int)
    stopped = Signal()
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _JobSignals()
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def is_cancelled(self) -> bool:
        """Safe to call from any thread."""
        return self._cancel.is_set()

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.done = True
        self.stopped.emit()
        self.result = result
        if self.is_cancelled():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failure(self, error: BaseException) -> None:
        self.done = True
        self.stopped.emit()
        if self.is_cancelled() or isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.error = error
            self.failed.emit(error)
        self.finished.emit()


def in_flight(job: Job | None) -> bool:
    """Whether *job* (as :func:`~fourthpillar.ui.operations.run_write` returns it; None: it ran at
    once) has yet to hand on its outcome."""
    return job is not None and not job.done


class JobRunner(QObject):
    """Starts jobs: reads on a small pool, writes one at a time on their own pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(2)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)  # one writer: no two jobs write at once
        self._running: set[Job] = set()
        self._writing: set[Job] = set()

    def run(
        self,
        func: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        writes: bool = False,
        progress_label: str | None = None,
        parent_widget: QWidget | None = None,
        cancellable: bool = True,
    ) -> Job:
        """Run ``func(progress=..., is_cancelled=...)`` in the background.

        With *progress_label* a progress dialog (modal to *parent_widget*) follows the job; it
        has a Cancel button unless the job cannot stop half-way (*cancellable* False: a Cancel
        that could not stop anything would be a lie). Callbacks run on the GUI thread. A failure
        without *on_failure* is raised again on the GUI thread, so a bug is never swallowed.
        """
        job = Job(self)
        self._running.add(job)
        if writes:
            self._writing.add(job)
        dialog: QProgressDialog | None = None
        if progress_label is not None:
            dialog = QProgressDialog(progress_label, self.tr("Cancel"), 0, 0, parent_widget)
            dialog.setWindowTitle(progress_label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(job.cancel)
            else:
                dialog.setCancelButton(None)
            dialog.setValue(0)

            def show_progress(done: int, total: int) -> None:
                if dialog.maximum() != max(total, 0):
                    dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total > 0 else 0)

            job.progressed.connect(show_progress)

            def close_dialog() -> None:
                # reset() also stops the timer that would show the dialog after its delay: it
                # must not come up later over the outcome's message and take its clicks.
                if cancellable:
                    dialog.canceled.disconnect(job.cancel)
                dialog.reset()
                dialog.close()
                dialog.deleteLater()

            job.stopped.connect(close_dialog)

        def finish() -> None:
            self._running.discard(job)
            self._writing.discard(job)
            job.deleteLater()

        if on_success is not None:
            job.succeeded.connect(on_success)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)

        def failure(error: BaseException) -> None:
            if on_failure is not None:
                on_failure(error)
            else:
                raise error

        job.failed.connect(failure)
        job.finished.connect(finish)
        pool = self._write_pool if writes else self._read_pool
        pool.start(_Runnable(job, func))
        return job

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def writing(self) -> bool:
        """A job that writes is running (stopping a read loses nothing; stopping a write may)."""
        return bool(self._writing)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pools are idle (for shutting down and for tests)."""
        return self._read_pool.waitForDone(msecs) and self._write_pool.waitForDone(msecs)
