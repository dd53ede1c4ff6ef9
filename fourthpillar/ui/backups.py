"""File > Backups and the day's backup, as Qt widgets.

- File > Backups: ``dialog = BackupsDialog(desk, runner, window)``; connect
  ``dialog.desk_replaced`` to the window's "switch to this desk" (after a restore the old desk
  is closed), then ``dialog.exec()``.
- Once the main window is shown, ``start_daily_backup(window, desk, window.jobs)`` checks the
  register in full when that is due and makes the day's backup, in the background
  (``ui/startup.start_background_safety`` adds the recovery offer when damage is found).

A person's data (export, erasure) is in :mod:`fourthpillar.ui.privacy`; the checks before the
register is used (the app lock, recovery) in :mod:`fourthpillar.ui.startup`.
Every slow step, and reading the list of backups, runs through :class:`~fourthpillar.ui.jobs.JobRunner`;
nothing here opens a Session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.services import backups
from fourthpillar.services import integrity
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.format import format_datetime
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.row_views import chosen_row
from fourthpillar.ui.widgets.tables import row_table

tr = qt_translator("Backups")


REASON_LABELS = {
    "startup": QT_TRANSLATE_NOOP("Backups", "daily (at start-up)"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before an update"),
    "import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "sync": QT_TRANSLATE_NOOP("Backups", "before a sync"),
    "restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "manual": QT_TRANSLATE_NOOP("Backups", "made by hand"),
}


#: The record counts of a backup, as the restore questions name them ("12 initiatives, 30 contacts").
COUNT_LABELS = {
    "initiatives": QT_TRANSLATE_NOOP("Backups", "initiatives"),
    "contacts": QT_TRANSLATE_NOOP("Backups", "contacts"),
    "requests": QT_TRANSLATE_NOOP("Backups", "requests"),
    "follow_ups": QT_TRANSLATE_NOOP("Backups", "follow-ups"),
}


def _reason(reason: str) -> str:
    return tr(REASON_LABELS.get(reason, reason))


def count_noun(key: str) -> str:
    """What a backup's count of *key* counts ("initiatives"), translated."""
    return tr(COUNT_LABELS.get(key, key))


def made_at(info: backups.BackupInfo) -> str:
    """When the backup was made, as the app writes a moment."""
    return format_datetime(info.created_at)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return QLocale().toString(size / 1024 / 1024, "f", 1) + " MB"
    return QLocale().toString(max(size // 1024, 1)) + " KB"


class BackupsDialog(QDialog):
    """File > Backups: each backup's date, kind, size and counts; back up now; restore; delete.

    Signals:
        desk_replaced(object): a restore reopened the register; the argument is the new Desk and
            the old one is closed. The main window must switch every view to it.
    """

    desk_replaced = Signal(object)

    COLUMNS = (QT_TRANSLATE_NOOP("Backups", "Date"), QT_TRANSLATE_NOOP("Backups", "Kind"),
               QT_TRANSLATE_NOOP("Backups", "Size"), QT_TRANSLATE_NOOP("Backups", "Initiatives"),
               QT_TRANSLATE_NOOP("Backups", "Contacts"), QT_TRANSLATE_NOOP("Backups", "Requests"),
               QT_TRANSLATE_NOOP("Backups", "Follow-ups"))
    COUNT_KEYS = tuple(COUNT_LABELS)

    def __init__(self, desk: Desk, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._backups: list[backups.BackupInfo] = []
        # The list is being read (in the background): the buttons wait for it.
        self._reads = LatestRead()
        self.setWindowTitle(tr("Backups"))
        self.resize(760, 420)

        intro = QLabel(tr("Backups are made every day at start-up and before updates, imports, sync and restores. "
                          "Seven daily, four weekly and twelve monthly backups are kept; backups made by hand "
                          "stay until you delete them."))
        intro.setWordWrap(True)
        self.table = row_table([tr(title) for title in self.COLUMNS], fit=True, stretch_last=False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.create_button = QPushButton(tr("&Back up now"))
        self.restore_button = QPushButton(tr("&Restore…"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    @property
    def desk(self) -> Desk:
        return self._desk

    @Slot()
    def refresh(self) -> None:
        """Read the backups again, in the background: the buttons wait for the list, the window does not."""
        desk = self._desk
        self._reads.run(self._runner, lambda **_: backups.list_backups(desk), busy=self, on_done=self._show,
                        on_refused=self._read_failed)
        self._update_buttons()

    @property
    def reading(self) -> bool:
        """The list is being read (in the background): the buttons wait for it."""
        return self._reads.reading

    def _read_failed(self, error: BaseException) -> None:
        self._show([])
        QMessageBox.warning(self, tr("Backups"), str(error))

    def _show(self, found: list[backups.BackupInfo]) -> None:
        self._backups = found
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            cells = [made_at(info), _reason(info.reason), _size(info.size)]
            cells += [str(info.counts[key]) if key in info.counts else "–" for key in self.COUNT_KEYS]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self._desk.database.sqlite_path is not None:
            self.status.setText(tr("%n backup(s) in %1", "", len(self._backups)).replace(
                "%1", str(self._desk.database.sqlite_path.parent / "backups")))
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        return chosen_row(self.table, self._backups)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and not self.reading
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        shared = self._desk.database.sqlite_path is None
        if shared:
            self.status.setText(tr("This register is a shared database: its server makes the backups."))
        self.create_button.setEnabled(not shared and not self.reading)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        QMessageBox.warning(self, tr("Backups"), str(error))
        self.refresh()

    @Slot()
    def create_now(self) -> None:
        desk = self._desk

        def work(*, progress: Progress, is_cancelled: IsCancelled) -> backups.BackupInfo:
            return backups.create_backup(desk, reason="manual", progress=progress, is_cancelled=is_cancelled)

        self._runner.run(work, on_success=lambda _info: self.refresh(), on_failure=self._failed,
                         on_cancel=self.refresh, progress_label=tr("Making a backup"), parent_widget=self)

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        counts = ", ".join(f"{info.counts[key]} {count_noun(key)}" for key in self.COUNT_KEYS
                           if key in info.counts)
        answer = QMessageBox.question(
            self, tr("Restore a backup"),
            tr("Put back the register as it was on %1 (%2)?\n\nEverything entered since then is replaced. "
               "The present state is backed up first, so you can go back to it from this list.")
            .replace("%1", made_at(info)).replace("%2", counts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        desk = self._desk

        def work(*, progress: Progress, is_cancelled: IsCancelled) -> backups.RestoreResult:
            return backups.restore_backup(desk, backup_id=info.id, progress=progress)

        run_write(self._runner, work, on_done=self._restored, on_refused=self._restore_failed,
                  progress_label=tr("Restoring the backup"), parent=self)

    def _restored(self, result: backups.RestoreResult) -> None:
        self._desk = result.desk
        self.desk_replaced.emit(result.desk)
        self.refresh()
        message = tr("The register is back as it was on %1.").replace("%1", made_at(result.restored))
        if result.erased_again:
            message += "\n" + tr("%n person(s) erased after that backup was made were erased again.", "",
                                 len(result.erased_again))
        QMessageBox.information(self, tr("Backup restored"), message)

    def _restore_failed(self, error: BaseException) -> None:
        if isinstance(error, backups.RestoreFailed) and error.desk is not None:
            self._desk = error.desk
            self.desk_replaced.emit(error.desk)
        self._failed(error)

    @Slot()
    def delete_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete a backup"), tr("Delete the backup of %1 for good?").replace("%1", made_at(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            desk = self._desk
            self.delete_button.setEnabled(False)
            # The officer may close the dialog before the file is gone: then nothing is shown.
            run_write(self._runner, lambda **_: backups.delete_backup(desk, backup_id=info.id),
                      on_done=lambda _result: self.refresh(), on_refused=self._failed, owner=self)


class DailyBackup(QObject):
    """The background work once the main window is open: the register's full check when it is
    due (after an unclean shutdown, or a week after the last: ``services/integrity.py``), then
    the day's backup, whose copy is checked too.

    Its progress shows in the window's status bar; a failure (disk full) is a warning that does
    not stop the work. Closing the window while it runs waits for the backup with "Finishing the
    backup…", whose Skip button cancels the copy: either way no half-written file is left under
    a backup's name (the copy is written to a ``.partial`` file and renamed when complete); a
    check has nothing to finish and stops at once. Damage found blocks writing (the services do
    that) and stays in the status bar, in red.

    Signals:
        done(object): the backup made (``BackupInfo``), or None: none was due, it failed, it
            was skipped or the register is damaged.
        damaged(object): the :class:`~fourthpillar.services.backups.DatabaseDamaged` found
            (not while the window closes: the next start offers the recovery then).
    """

    done = Signal(object)
    damaged = Signal(object)

    def __init__(self, window: QMainWindow, desk: Desk, runner: JobRunner, *, unclean_shutdown: bool = False) -> None:
        super().__init__(window)
        self._window = window
        self._desk = desk
        self._runner = runner
        self._unclean_shutdown = unclean_shutdown
        self._job: Job | None = None
        self._closing: QProgressDialog | None = None
        #: The full check is running (no copy yet): a close stops it rather than waiting for it.
        self._checking = False
        self._copying = False
        self._close_after = False
        self.label = QLabel(tr("Daily backup"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Daily backup"))

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        """Make the backup if one is due (nothing happens on a shared database)."""
        if self._job is not None or self._desk.database.sqlite_path is None:
            return
        desk, unclean = self._desk, self._unclean_shutdown

        def work(*, progress: Progress, is_cancelled: IsCancelled) -> backups.DailyBackup:
            if integrity.full_check_due(desk, unclean_shutdown=unclean):
                progress(0, 0)  # "Checking the register"
                try:
                    integrity.check_if_due(desk, unclean_shutdown=unclean, is_cancelled=is_cancelled)
                except integrity.CheckInterrupted:
                    raise Cancelled from None
            return backups.daily_backup(desk, progress=progress, is_cancelled=is_cancelled)

        self._job = self._runner.run(work, on_success=self._made, on_failure=self._failed, on_cancel=self._skipped)
        self._job.progressed.connect(self._show_progress)
        self._window.installEventFilter(self)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        # (0, 0): a check is running (the full one, or the backup copy's), which cannot say how far it is.
        self._copying = self._copying or total > 0
        self._checking = total == 0 and not self._copying
        self.label.setText(tr("Checking the register") if total == 0 else tr("Daily backup"))
        status = self._window.statusBar()
        if not self.bar.isVisibleTo(status):
            status.addWidget(self.label)
            status.addWidget(self.bar)
            self.label.show()
            self.bar.show()
        for shown in (self.bar, self._closing):
            if shown is not None:
                shown.setMaximum(max(total, 0))
                shown.setValue(min(done, total) if total > 0 else 0)

    def _ended(self, made: backups.BackupInfo | None) -> None:
        self._job = None
        self._window.removeEventFilter(self)
        status = self._window.statusBar()
        for widget in (self.label, self.bar):
            status.removeWidget(widget)
            widget.hide()
        closing, self._closing = self._closing, None
        close_after, self._close_after = self._close_after, False
        self._checking = self._copying = False
        if closing is not None:
            closing.close()
            closing.deleteLater()
        if closing is not None or close_after:
            QTimer.singleShot(0, self._window.close)  # the close that waited for the backup
        self.done.emit(made)

    def _made(self, result: backups.DailyBackup) -> None:
        if result.backup is not None:
            self._window.statusBar().showMessage(tr("Daily backup made"), 6000)
        self._ended(result.backup)

    def _skipped(self) -> None:
        self._ended(None)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            self._ended(None)
            raise error
        if isinstance(error, backups.DatabaseDamaged):
            self._damaged(error)
            return
        text = tr("No backup made: %1").replace("%1", str(error))
        if self._closing is not None:  # the window is about to go: say it before it does
            QMessageBox.warning(self._window, tr("No backup made"), text)
            self._ended(None)
            return
        self._ended(None)
        self._window.statusBar().showMessage(text, 15000)
        # Not modal: the officer can go on working and read it when convenient.
        box = QMessageBox(QMessageBox.Icon.Warning, tr("No backup made"), text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("dailyBackupFailed")
        box.show()

    def _damaged(self, error: backups.DatabaseDamaged) -> None:
        """Writing is blocked already (services.integrity): say so where it stays visible, and
        pass the finding on (unless the window is closing: the next start offers the recovery)."""
        closing = self._closing is not None or self._close_after
        self._ended(None)
        note = QLabel(tr("The register is damaged: nothing more is saved in it"), self._window)
        note.setObjectName("alertLabel")  # red, as the window's style sheet shows alerts
        self._window.statusBar().addPermanentWidget(note)
        if closing:
            QMessageBox.warning(self._window, tr("The register is damaged"), str(error))
            return
        self.damaged.emit(error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A close of the window while the backup runs waits for it (Skip cancels it); a check
        has nothing to finish, so it stops at once and the window closes."""
        if watched is self._window and event.type() == QEvent.Type.Close and self._job is not None:
            event.ignore()
            if self._checking:
                self._close_after = True
                self._job.cancel()
            elif self._closing is None:
                self._closing = self._finishing_note()
            return True
        return super().eventFilter(watched, event)

    def _finishing_note(self) -> QProgressDialog:
        note = QProgressDialog(tr("Finishing the backup…"), tr("Skip"), 0, max(self.bar.maximum(), 0), self._window)
        note.setWindowTitle(tr("Daily backup"))
        note.setWindowModality(Qt.WindowModality.WindowModal)
        note.setAutoClose(False)
        note.setAutoReset(False)
        note.setMinimumDuration(0)
        note.setValue(self.bar.value())
        job = self._job
        if job is not None:
            note.canceled.connect(job.cancel)
        note.show()
        return note


def start_daily_backup(window: QMainWindow, desk: Desk, runner: JobRunner, *,
                       unclean_shutdown: bool = False) -> DailyBackup:
    """Start the check when due and the day's backup behind *window* (call once it is shown);
    *unclean_shutdown*: the app lock says the previous session did not end cleanly."""
    daily = DailyBackup(window, desk, runner, unclean_shutdown=unclean_shutdown)
    daily.start()
    return daily
