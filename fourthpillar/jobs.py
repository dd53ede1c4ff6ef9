"""The one contract of every long job: exports, import, demonstration data, backups, restore.

As calibre's ``ThreadedJob`` and Anki's ``CollectionOp``/``QueryOp`` state theirs once for all:

- A long job is a plain function that takes, besides its own keyword arguments,
  ``progress(done, total)`` (:data:`Progress`: how far it is; call it as often as convenient,
  the app throttles what it shows) and ``is_cancelled()`` (:data:`IsCancelled`: whether the
  person asked to stop). Both default to doing nothing (:func:`no_progress`,
  :func:`never_cancelled`): the command line and scripts do not cancel.
- It asks ``is_cancelled()`` between steps and stops by raising :class:`Cancelled`
  (:func:`stop_if_cancelled`) after undoing what it began: a cancelled job leaves nothing
  half-written (its transaction rolled back, its temporary file removed). Whatever
  ``progress`` raises stops it the same way.
- It runs in any thread and touches no widget and no Qt: ``ui/jobs.py`` runs it off the GUI
  thread, shows its progress and turns the dialog's Cancel into ``is_cancelled()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager

from fourthpillar.i18n import translate
from fourthpillar.store.errors import KnownError

#: ``progress(done, total)``: how far a long job is (``total`` 0 while it does not know yet).
Progress = Callable[[int, int], None]
#: ``is_cancelled()``: true once the person asked the job to stop; safe to call from any thread.
IsCancelled = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """The default :data:`Progress`: nobody is watching."""


def never_cancelled() -> bool:
    """The default :data:`IsCancelled`: nobody can cancel (the command line, scripts)."""
    return False


class Cancelled(KnownError):
    """The person cancelled a long job; it stopped and left nothing half-written.

    Every long job raises this one exception when cancelled (the app shows no error for it). It
    is a :class:`KnownError`, so should one reach a message all the same, it reads as a sentence.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(message or translate("Jobs", "cancelled; nothing was written"))


def stop_if_cancelled(is_cancelled: IsCancelled, message: str = "") -> None:
    """Raise :class:`Cancelled` (with *message*, if given) once the person asked to stop."""
    if is_cancelled():
        raise Cancelled(message)


@contextmanager
def beside(work: Callable[[threading.Event], None], name: str) -> Iterator[None]:
    """Run ``work(stop)`` in a thread of its own while the with block runs (work that waits
    without Python's lock: the disk, SQLite's index builds); leaving the block sets *stop*
    and waits for the thread, so nothing of it outlives the block."""
    stop = threading.Event()
    thread = threading.Thread(target=work, args=(stop,), name=name, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
