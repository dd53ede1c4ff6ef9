"""What a record's page (an initiative's, an event's) does the same way whatever the record: its
editors open window-modal and announce what they saved, its history opens beside it, a person's
data is exported or erased, and the page reads its record in the background (the window's read
pool: the GUI thread never waits on the register) and again after each change.

A mixin under :class:`~fourthpillar.ui.pages.initiative_actions.InitiativeActions` and
:class:`~fourthpillar.ui.pages.event_actions.EventActions`; the page provides ``detail``, its
``title_label`` and ``message_bar``, the ``saved`` signal, ``refresh`` and ``selected_person``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any
from typing import ClassVar
from typing import Protocol
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtCore import SignalInstance
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import ErasureResult
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.privacy import Person
from fourthpillar.ui.privacy import erase_person_data
from fourthpillar.ui.privacy import export_person_data
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    #: For the type checker the mixin is the page it is mixed into; at run time it adds no base.
    _Page = QWidget
else:
    _Page = object

T = TypeVar("T")

# Shared by both pages: in the mixin ``self.tr`` would not be the one lupdate reads.
tr = qt_translator("RecordPage")


class ShownRecord(Protocol):
    """What the pages' records (``InitiativeDetail``, ``EventDetail``) have in common here."""

    @property
    def id(self) -> str: ...


class RecordActions(_Page):
    """Editors, history, a person's data and reading again, as both record pages do them."""

    #: The change log's name for the page's records ("initiative", "event"), to show their history.
    history_entity: ClassVar[str]
    #: The record's name or title, as the page shows it (also the history's title).
    title_label: QLabel
    subtitle_label: QLabel
    message_bar: MessageBar
    #: The page's two panes: hidden while another record than the one shown is read.
    splitter: QSplitter
    if TYPE_CHECKING:  # what the page provides
        saved: SignalInstance
        #: Emitted after the page showed what a read brought (the window's title and actions follow).
        shown: SignalInstance

        def _update_buttons(self) -> None: ...

        @property
        def detail(self) -> ShownRecord | None: ...
        def refresh(self) -> None: ...
        def selected_person(self) -> Person | None: ...

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        #: The editor currently open from this page, if any.
        self.active_dialog: QDialog | None = None
        self._own_jobs: JobRunner | None = None
        #: The record being read in the background (None when no read is under way).
        self.reading: str | None = None
        #: The reads: the outcome of one that a newer read overtook is not shown.
        self._reads = LatestRead()
        #: What the last read brought, to show again when reading another record fails.
        self._shown: object = None
        #: The record last opened on the page: kept when reading it again fails (a server away
        #: for a moment), so F5 reads it again and the window's commands still act on it.
        self._opened: str | None = None

    @property
    def record_id(self) -> str | None:
        """The id of the record shown (None before one is)."""
        return self.detail.id if self.detail is not None else None

    @property
    def opened_id(self) -> str | None:
        """The record opened on the page: the one being read, else the one shown, or last shown
        when reading it again failed."""
        return self.reading or self.record_id or self._opened

    def jobs(self) -> JobRunner:
        """The window's background-job runner (or the page's own, when shown on its own)."""
        runner = getattr(self.window(), "jobs", None)
        if isinstance(runner, JobRunner):
            return runner
        if self._own_jobs is None:
            self._own_jobs = JobRunner(self)
        return self._own_jobs

    def reading_another(self) -> bool:
        """True while another record than the one shown is read: the page shows neither."""
        return self.reading is not None and (self.detail is None or self.detail.id != self.reading)

    def read_record(self, record_id: str, read: Callable[[], T], show: Callable[[T], None], *,
                    on_failed: Callable[[KnownError | ValidationFailed], None]) -> None:
        """Read record *record_id* with *read* on the window's read pool (at once on a page shown
        on its own) and *show* what it brings; the page shows the busy cursor meanwhile.

        Only the newest read shows what it brings (:class:`LatestRead`). While another record
        than the one shown is read, the page shows neither (its panes hidden, its buttons
        waiting); when that read fails, it shows the one it showed before. *on_failed* gets the
        :class:`KnownError` to say.
        """
        self.reading = record_id
        self._opened = record_id
        if self.reading_another():
            self.title_label.clear()
            self.subtitle_label.clear()
            self.message_bar.clear()
            self.splitter.hide()
            self._update_buttons()

        def done(result: T) -> None:
            self.reading = None
            self._shown = result
            self.splitter.show()
            show(result)
            self.shown.emit()

        def refused(error: KnownError | ValidationFailed) -> None:
            another = self.reading_another()
            self.reading = None
            if another:
                self._opened = self.record_id  # the page is back on the one it showed
                self.splitter.show()
                if self.detail is not None:
                    show(self._shown)  # type: ignore[arg-type]  # what the last read brought
                self._update_buttons()
            on_failed(error)

        runner = getattr(self.window(), "jobs", None)
        self._reads.run(runner if isinstance(runner, JobRunner) else None, lambda **_: read(), busy=self,
                        on_done=done, on_refused=refused)

    def read_again(self, show: Callable[..., None], cannot_show: str,
                   on_failed: Callable[[], None] | None = None) -> None:
        """Read the record shown (or being read) again with *show*; when it can no longer be read,
        say so on the page (*cannot_show*, with the reason for %1) and call *on_failed*."""
        record_id = self.opened_id
        if record_id is None:
            return

        def failed(error: KnownError | ValidationFailed) -> None:
            self.message_bar.show_message(cannot_show.replace("%1", str(error)), "error")
            if on_failed is not None:
                on_failed()

        show(record_id, on_failed=failed)

    # -- editors --------------------------------------------------------------------------------

    def _open_dialog(self, make: Callable[[], EditorDialog]) -> None:
        """Show the dialog *make* builds, window-modal; when it saves, announce it and refresh.

        A record that vanished meanwhile (archived elsewhere, say) is reported on the page.
        """
        try:
            dialog = make()
        except KnownError as error:
            self.refresh()
            self.message_bar.show_message(tr("This cannot be opened: %1").replace("%1", str(error)), "error")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        self._dialog_opened(dialog)
        self.active_dialog = dialog
        dialog.open()

    def _open_editor(self, editor: Callable[..., EditorDialog], **arguments: Any) -> None:
        """Open *editor* on the page's register and jobs, for what *arguments* name (``request_id=``)."""
        self._open_dialog(lambda: editor(self.desk, parent=self, runner=self.jobs(), **arguments))

    def _dialog_opened(self, dialog: EditorDialog) -> None:
        """What the page connects to *dialog* besides its end (nothing unless the page says)."""

    def _dialog_finished(self, dialog: EditorDialog, result: int) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.saved.emit(dialog.saved)
            self._dialog_saved(dialog)
        self.refresh()

    def _dialog_saved(self, dialog: EditorDialog) -> None:
        """What the page says when *dialog* has saved, besides announcing it (nothing unless the page says)."""

    @Slot(object)
    def _announce(self, saved: object) -> None:
        self.saved.emit(saved)
        self.refresh()

    @Slot()
    def show_history(self) -> None:
        """The record's change history, from which an earlier action can be undone."""
        if self.detail is None:
            return
        from fourthpillar.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.desk, entity=self.history_entity, record_id=self.detail.id,
                               title=self.title_label.text(), parent=self, runner=self.jobs())
        dialog.undone.connect(self._announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- a person's data (GDPR) -----------------------------------------------------------------

    @Slot()
    def export_person(self) -> None:
        """What is held about the selected person, as a PDF and a JSON file in a chosen folder."""
        person = self.selected_person()
        if person is not None:
            export_person_data(self, self.desk, self.jobs(), person)

    @Slot()
    def erase_person(self) -> None:
        """Erase the selected person everywhere (asks first, naming them); a contact person and
        a walk-in's registration stay, as "[erased]"."""
        person = self.selected_person()
        if person is not None:
            erase_person_data(self, self.desk, self.jobs(), person, on_erased=self._person_erased)

    def _person_erased(self, erasure: ErasureResult) -> None:
        self.refresh()
