"""The window's commands that change the register, and :func:`run_write`, the one way they write.

Like Anki's operations module (``CollectionOp``): the window decides *what* is selected and puts
the result on its undo stack; these functions ask, call the services through :func:`run_write`
(off the GUI thread, on the runner's one writer) and report problems to the user.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from collections.abc import Sequence
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.kinds import RecordKind
from fourthpillar.ui.session_end import handle_session_ended
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.ui.editors.base import EditorDialog

T = TypeVar("T")


tr = qt_translator("Operations")


def run_write(runner: JobRunner | None, write: Callable[..., T], *, on_done: Callable[[T], None],
              on_refused: Callable[[KnownError | ValidationFailed], None],
              on_cancel: Callable[[], None] | None = None, progress_label: str | None = None,
              parent: QWidget | None = None, owner: QWidget | None = None) -> Job | None:
    """Change the register: ``write(progress=, is_cancelled=)`` (the contract of
    :mod:`fourthpillar.jobs`) runs on *runner*'s one writer, off the GUI thread.

    On the GUI thread afterwards, *on_done* gets its result, or *on_refused* the
    :class:`KnownError` or :class:`ValidationFailed` it raised (anything else is a bug and
    surfaces). With *progress_label* a progress dialog shows when the write takes a while; it
    offers Cancel only when there is an *on_cancel* (a write that cannot stop half-way offers
    none). Without a runner (a dialog shown on its own: tests, tools) the write runs at once, here.
    The write may read plain attributes but never a widget. With an *owner* (a dialog the officer
    may close meanwhile) the outcome is dropped once the owner is gone: the write itself is done.
    """
    return run_job(runner, write, on_done=on_done, on_refused=on_refused, writes=True, on_cancel=on_cancel,
                   cancellable=on_cancel is not None, progress_label=progress_label, parent=parent, owner=owner)


def run_job(runner: JobRunner | None, work: Callable[..., T], *, on_done: Callable[[T], None],
            on_refused: Callable[[KnownError | ValidationFailed], None], writes: bool,
            on_cancel: Callable[[], None] | None = None, cancellable: bool = True,
            progress_label: str | None = None, parent: QWidget | None = None,
            owner: QObject | None = None, on_bug: Callable[[], object] | None = None) -> Job | None:
    """:func:`run_write`, for work that only reads the register too (*writes* False: an export).

    The one home of dropping a late outcome: with an *owner* (a dialog, a page, a list the
    officer may close meanwhile) *on_done* and *on_refused* are not called once it is deleted; a
    bug still surfaces and an ended session is still told. *on_bug* stops the waiting before a
    bug surfaces (a busy cursor, a search shown as on its way), unless the owner is gone."""
    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def done(result: T) -> None:
        if not gone():
            on_done(result)

    def refused(error: BaseException) -> None:
        if handle_session_ended(error):
            return  # told once, and the app closes: not one refusal per open editor
        if not isinstance(error, KnownError | ValidationFailed):
            if on_bug is not None and not gone():
                on_bug()
            raise error
        if not gone():
            on_refused(error)

    if runner is None:
        try:
            result = work(progress=no_progress, is_cancelled=never_cancelled)
        except Exception as error:  # a bug is raised again by refused, after on_bug
            refused(error)
            return None
        done(result)
        return None
    return runner.run(work, on_success=done, on_failure=refused, on_cancel=on_cancel, writes=writes,
                      progress_label=progress_label, parent_widget=parent, cancellable=cancellable)


class LatestRead:
    """The reads of one dialog or page, numbered: only the newest one's outcome is shown (an
    older one finishing later would overwrite it), and the busy cursor stays until it comes.

    ``reading`` is True from :meth:`run` until the newest read's outcome is handed on.
    """

    def __init__(self) -> None:
        self.reading = False
        self._asked = 0
        #: The widget showing the busy cursor for the read on its way (weakly: a dialog owns
        #: its LatestRead, and a strong reference back would keep it from going).
        self._busy: Callable[[], QWidget | None] = lambda: None

    def run(self, runner: JobRunner | None, read: Callable[..., T], *, busy: QWidget,
            on_done: Callable[[T], None], on_refused: Callable[[KnownError | ValidationFailed], None]) -> Job | None:
        """:func:`run_read`, whose outcome is dropped when a newer read was asked meanwhile."""
        self._asked += 1
        asked = self._asked
        self.reading = True
        self._busy = weakref.ref(busy)

        def newest() -> bool:
            return asked == self._asked

        def done(result: T) -> None:
            self.reading = False
            on_done(result)

        def refused(error: KnownError | ValidationFailed) -> None:
            self.reading = False
            on_refused(error)

        def broken() -> None:
            self.reading = False

        return run_read(runner, read, busy=busy, on_done=done, on_refused=refused, current=newest, on_bug=broken)

    def drop(self) -> None:
        """No read is wanted any more (the choice it was for was cleared): the one on its way is
        not shown when it comes, and the busy cursor goes now."""
        self._asked += 1
        busy = self._busy()
        if self.reading and busy is not None and shiboken6.isValid(busy):
            busy.unsetCursor()
        self.reading = False


def run_read(runner: JobRunner | None, read: Callable[..., T], *, busy: QWidget, on_done: Callable[[T], None],
             on_refused: Callable[[KnownError | ValidationFailed], None],
             current: Callable[[], bool] = lambda: True, on_bug: Callable[[], object] | None = None) -> Job | None:
    """Read the register for *busy* (a dialog, a page) on *runner*'s read pool, the lists' path:
    the GUI thread never waits, even while another program holds the register locked.

    *busy* shows the busy cursor until the outcome comes; the outcome is dropped when *busy* was
    closed and deleted meanwhile, or when it is no longer *current* (a newer read is on its way,
    and the cursor stays for it: :class:`LatestRead`). *on_refused* gets a :class:`KnownError`
    to say in one message. A bug in the read surfaces; the cursor goes first (then *on_bug*).
    """
    busy.setCursor(Qt.CursorShape.BusyCursor)

    def wanted() -> bool:
        if not current():
            return False
        busy.unsetCursor()
        return True

    def done(result: T) -> None:
        if wanted():
            on_done(result)

    def refused(error: KnownError | ValidationFailed) -> None:
        if wanted():
            on_refused(error)

    def broken() -> None:
        if wanted() and on_bug is not None:
            on_bug()

    return run_job(runner, read, on_done=done, on_refused=refused, writes=False, owner=busy, on_bug=broken)


def run_editor(parent: QWidget, desk: Desk, dialog_class: type[EditorDialog], *, runner: JobRunner | None,
               on_follow_up_saved: Callable[[Saved], None] | None = None, **arguments: Any) -> Saved | None:
    """Show an editor modally, reading and saving on *runner*; its :class:`Saved` once saved,
    None when cancelled or when the record cannot be opened (archived or gone meanwhile).

    Follow-ups planned or completed from inside a request editor are saved at once, each its own
    action: *on_follow_up_saved* hears about each of them, whatever the dialog's outcome.
    """
    try:
        dialog = dialog_class(desk, parent=parent, runner=runner, **arguments)
    except KnownError as error:
        cannot_open(parent, error)
        return None
    if on_follow_up_saved is not None and hasattr(dialog, "follow_up_saved"):
        dialog.follow_up_saved.connect(on_follow_up_saved)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = getattr(dialog, "saved", None) if accepted else None
    dialog.deleteLater()
    return saved


def cannot_open(parent: QWidget, error: KnownError | ValidationFailed) -> None:
    """Say once why a record cannot be opened (archived or gone meanwhile): an editor that read
    it on the read pool has closed, or run_editor never showed it."""
    QMessageBox.warning(parent, tr("This cannot be opened"), str(error))


def archive_description(kind: RecordKind, titles: Sequence[str]) -> str:
    """What the Edit menu calls archiving these (“Undo Archive ‘Hart voor Kigali’”)."""
    if len(titles) == 1:
        return tr("Archive “%1”").replace("%1", titles[0][:40])
    return kind.archive_several(len(titles))


def confirm_and_archive(parent: QWidget, desk: Desk, kind: RecordKind, targets: Sequence[tuple[str, str]], *,
                        runner: JobRunner | None, on_done: Callable[[str, list[str]], None]) -> None:
    """Ask, then archive *targets* ((id, title) pairs of one *kind*) in the background.

    *on_done* gets the action's description and the change batches written (for the undo
    stack); it is not called when the user said no. A :class:`KnownError` part-way is shown;
    what was archived before it is still passed on, so it can be undone.
    """
    if not targets:
        return
    titles = [title for _record_id, title in targets]
    description = archive_description(kind, titles)
    question = (tr("Archive “%1”?").replace("%1", titles[0][:80]) if len(titles) == 1 else description + "?")
    answer = QMessageBox.question(
        parent, tr("Archive"),
        question + "\n\n" + tr("Archived records leave the lists; Edit ▸ Undo brings them back."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return
    archive = kind.archive

    def write(**_: Any) -> tuple[list[str], KnownError | None]:
        batches: list[str] = []
        try:
            for record_id, _title in targets:
                batches.append(archive(desk, record_id).batch_id)
        except KnownError as error:
            return batches, error
        return batches, None

    def done(outcome: tuple[list[str], KnownError | None]) -> None:
        batches, error = outcome
        if error is not None:
            QMessageBox.warning(parent, tr("Archiving failed"), str(error))
        on_done(description, batches)

    def refused(error: KnownError | ValidationFailed) -> None:
        QMessageBox.warning(parent, tr("Archiving failed"), str(error))

    run_write(runner, write, on_done=done, on_refused=refused, progress_label=tr("Archiving…"), parent=parent)


def mark_done_description(count: int) -> str:
    """What the Edit menu calls marking several follow-ups done (“Undo Mark 3 follow-ups done”)."""
    return tr("Mark %n follow-ups done", None, count)


def ask_common_outcome(parent: QWidget, count: int) -> str | None:
    """Ask the one outcome of *count* follow-ups marked done today ("" for none); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(mark_done_description(count))
    question = QLabel(tr("Mark %n follow-ups done today. What came of them (optional, the same for all)?", None,
                         count), dialog)
    question.setWordWrap(True)
    outcome = QPlainTextEdit(dialog)
    outcome.setObjectName("commonOutcome")
    outcome.setTabChangesFocus(True)
    outcome.setPlaceholderText(tr("What came of it?"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(tr("&Mark done"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(question)
    layout.addWidget(outcome)
    layout.addWidget(buttons)
    outcome.setFocus()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = outcome.toPlainText().strip()
    dialog.deleteLater()
    return text if accepted else None
