"""File > Backups, a person's data (export, erase), and the start-up safety checks, as Qt widgets.

Self-contained; the app wires them like this:

- ``run_app``: the data folder's lock first (``ui/single_instance.py`` asks an app that has it to
  come forward; when none answers, ``lock = take_app_lock(data_dir)``: None means the user was
  told the desk is open, so return), then ``desk = open_checked_register(data_dir=..., database_url=...)`` instead of
  opening the register directly (quick check, recovery offer); ``lock.release()`` on quit. Once
  the main window is shown, ``start_daily_backup(window, desk, window.jobs)`` makes the day's
  backup in the background.
- File > Backups: ``dialog = BackupsDialog(desk, runner, window)``; connect
  ``dialog.desk_replaced`` to the window's "switch to this desk" (after a restore the old desk
  is closed), then ``dialog.exec()``.
- A contact's context menu: ``export_person_data(window, desk, runner, contact_id)`` and
  ``erase_person_data(window, desk, runner, contact_id, name, on_erased=refresh)``.

Every slow step runs through :class:`~fourthpillar.ui.jobs.JobRunner`; nothing here opens a Session.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fourthpillar import paths
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.jobs import IsCancelled, Progress
from fourthpillar.services import backups, instance, privacy
from fourthpillar.services.desk import Desk, open_desk
from fourthpillar.store.errors import DatabaseUnavailable, KnownError
from fourthpillar.ui.jobs import Job, JobRunner
from fourthpillar.ui.lists.format import format_datetime
from fourthpillar.ui.operations import run_write


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Backups", text, disambiguation, n)


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


def _counted(key: str) -> str:
    return tr(COUNT_LABELS.get(key, key))


def _when(info: backups.BackupInfo) -> str:
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
        self.setWindowTitle(tr("Backups"))
        self.resize(760, 420)

        intro = QLabel(tr("Backups are made every day at start-up and before updates, imports, sync and restores. "
                          "Seven daily, four weekly and twelve monthly backups are kept; backups made by hand "
                          "stay until you delete them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(title) for title in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self._backups = backups.list_backups(self._desk)
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            cells = [_when(info), _reason(info.reason), _size(info.size)]
            cells += [str(info.counts[key]) if key in info.counts else "–" for key in self.COUNT_KEYS]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self._desk.database.sqlite_path is None:
            self.status.setText(tr("This register is a shared database: its server makes the backups."))
            self.create_button.setEnabled(False)
        else:
            self.status.setText(tr("%n backup(s) in %1", "", len(self._backups)).replace(
                "%1", str(self._desk.database.sqlite_path.parent / "backups")))
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

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
        counts = ", ".join(f"{info.counts[key]} {_counted(key)}" for key in self.COUNT_KEYS
                           if key in info.counts)
        answer = QMessageBox.question(
            self, tr("Restore a backup"),
            tr("Put back the register as it was on %1 (%2)?\n\nEverything entered since then is replaced. "
               "The present state is backed up first, so you can go back to it from this list.")
            .replace("%1", _when(info)).replace("%2", counts),
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
        message = tr("The register is back as it was on %1.").replace("%1", _when(result.restored))
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
            self, tr("Delete a backup"), tr("Delete the backup of %1 for good?").replace("%1", _when(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                backups.delete_backup(self._desk, backup_id=info.id)
            except KnownError as error:
                QMessageBox.warning(self, tr("Backups"), str(error))
            self.refresh()


# --- a person's data ------------------------------------------------------------------------


def export_person_data(parent: QWidget, desk: Desk, runner: JobRunner, contact_id: str) -> None:
    """Ask for a folder and write the person's JSON and PDF there (the contact page's "Export personal data")."""
    folder = QFileDialog.getExistingDirectory(parent, tr("Folder for the person's data"), str(Path.home()))
    if not folder:
        return

    def work(**_: Any) -> privacy.PersonExport:
        return privacy.export_person(desk, contact_id=contact_id, out_dir=Path(folder))

    def done(result: privacy.PersonExport) -> None:
        QMessageBox.information(parent, tr("Personal data exported"),
                                tr("Written:\n%1\n%2").replace("%1", str(result.pdf_path))
                                .replace("%2", str(result.json_path)))

    runner.run(work, on_success=done, on_failure=lambda error: _warn(parent, error),
               progress_label=tr("Exporting personal data"), parent_widget=parent)


def erase_person_data(parent: QWidget, desk: Desk, runner: JobRunner, contact_id: str, name: str,
                      on_erased: Callable[[privacy.Erasure], None] | None = None) -> None:
    """Confirm, erase the person, then offer to prune older backups (the contact page's "Erase personal data").

    *on_erased* runs after the erasure (refresh the views showing the contact).
    """
    try:
        plan = privacy.plan_erasure(desk, contact_ids=[contact_id])
    except KnownError as error:
        _warn(parent, error)
        return
    text = (tr("Erase %1's name, role, e-mail and phone from the register and from its history?\n\n"
               "The contact stays as \"[erased]\" so counts are kept. This cannot be undone.")
            .replace("%1", name))
    if plan.redactions:
        text += "\n\n" + tr("The person is also named in %n other text(s); there they become \"%1\":", "",
                             len(plan.redactions)).replace("%1", privacy.REDACTED)
        text += "".join(f"\n  • {_mention_text(mention)}" for mention in plan.redactions[:12])
        if len(plan.redactions) > 12:
            text += "\n  " + tr("and %n more", "", len(plan.redactions) - 12)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Erase personal data"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    erase = box.addButton(tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not erase:
        return

    def work(**_: Any) -> privacy.Erasure:
        return privacy.erase_person(desk, contact_id=contact_id)

    def done(erasure: privacy.Erasure) -> None:
        if on_erased is not None:
            on_erased(erasure)
        lines = [tr("The person's data was erased.")]
        if erasure.redacted:
            lines.append(tr("The person was also removed from %n other text(s).", "", len(erasure.redacted)))
        if not erasure.backups_before:
            QMessageBox.information(parent, tr("Personal data erased"), "\n".join(lines))
            return
        lines.append(tr("%n backup(s) made before the erasure still hold the data.", "",
                        len(erasure.backups_before)))
        question = QMessageBox(QMessageBox.Icon.Question, tr("Personal data erased"), "\n".join(lines),
                               QMessageBox.StandardButton.NoButton, parent)
        prune = question.addButton(tr("Delete those backups now"), QMessageBox.ButtonRole.AcceptRole)
        question.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        question.exec()
        if question.clickedButton() is prune:
            prune_backups_after_erasure(parent, desk, runner, erasure)

    run_write(runner, work, on_done=done, on_refused=lambda error: _warn(parent, error),
              progress_label=tr("Erasing personal data"), parent=parent)


#: The record types as an officer names them, in the erase confirmation.
_ENTITY_LABELS = {
    "initiative": QT_TRANSLATE_NOOP("Backups", "initiative"), "contact": QT_TRANSLATE_NOOP("Backups", "contact"),
    "request": QT_TRANSLATE_NOOP("Backups", "advice request"), "follow_up": QT_TRANSLATE_NOOP("Backups", "follow-up"),
}
_FIELD_LABELS = {
    "notes": QT_TRANSLATE_NOOP("Backups", "notes"), "role": QT_TRANSLATE_NOOP("Backups", "role"),
    "question": QT_TRANSLATE_NOOP("Backups", "question"), "advice": QT_TRANSLATE_NOOP("Backups", "advice"),
    "internal_note": QT_TRANSLATE_NOOP("Backups", "internal note"),
    "action": QT_TRANSLATE_NOOP("Backups", "action"), "outcome": QT_TRANSLATE_NOOP("Backups", "outcome"),
}


def _mention_text(mention: privacy.Mention) -> str:
    entity = tr(_ENTITY_LABELS.get(mention.entity, mention.entity))
    field = tr(_FIELD_LABELS.get(mention.field, mention.field))
    return f"{entity} \u201c{mention.label}\u201d: {field}"


def prune_backups_after_erasure(parent: QWidget, desk: Desk, runner: JobRunner, erasure: privacy.Erasure) -> None:
    """Delete the backups older than *erasure*, then make a fresh one so a backup always exists."""
    prune_backups_made_before(parent, desk, runner, erasure.erased_at)


def prune_backups_made_before(parent: QWidget, desk: Desk, runner: JobRunner, moment: dt.datetime) -> None:
    """Delete the backups made up to *moment* (they hold erased people), then make a fresh one."""

    def work(**_: Any) -> int:
        removed = backups.prune_backups_before(desk, moment=moment)
        backups.create_backup(desk, reason="manual")
        return len(removed)

    runner.run(work, on_success=lambda count: QMessageBox.information(
        parent, tr("Backups pruned"), tr("%n older backup(s) deleted; a new backup was made.", "", count)),
        on_failure=lambda error: _warn(parent, error), progress_label=tr("Pruning backups"), parent_widget=parent)


def _warn(parent: QWidget | None, error: BaseException) -> None:
    if not isinstance(error, KnownError):
        raise error
    QMessageBox.warning(parent, tr("Fourth Pillar desk"), str(error))


# --- start-up ---------------------------------------------------------------------------------


def take_app_lock(data_dir: str | os.PathLike[str] | None) -> instance.AppLock | None:
    """The data folder's lock for this app; None after telling the user the desk is already open.

    Call first in ``run_app``; keep the lock until the app quits (``lock.release()``).
    """
    lock = instance.acquire_app_lock(data_dir)
    if lock is None:
        holder = instance.read_holder(data_dir)
        who = holder.describe() if holder else tr("another window")
        QMessageBox.information(None, tr("Fourth Pillar desk is already open"),
                                tr("This register is already open (%1). Switch to that window; "
                                   "two windows on one register would overwrite each other's work.")
                                .replace("%1", who))
    return lock


def offer_recovery(data_dir: str | os.PathLike[str] | None, problem: str) -> bool:
    """Tell the user the register is damaged and offer the newest good backup; True once recovered."""
    good = backups.newest_good_backup(data_dir)
    if good is None:
        QMessageBox.critical(None, tr("The register is damaged"),
                             tr("%1\n\nThere is no readable backup to recover from. Do not delete the file; "
                                "ask for help.").replace("%1", problem))
        return False
    counts = ", ".join(f"{value} {_counted(key)}" for key, value in good.counts.items())
    answer = QMessageBox.question(
        None, tr("The register is damaged"),
        tr("%1\n\nRestore the newest good backup, from %2 (%3)? The damaged file is kept aside in the "
           "\"damaged\" folder, never deleted.").replace("%1", problem).replace("%2", _when(good))
        .replace("%3", counts),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        recovery = backups.recover_from_backup(data_dir, backup_id=good.id)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register is damaged"), str(error))
        return False
    message = (tr("The register is back as it was on %1. The damaged file was kept as %2.")
               .replace("%1", _when(recovery.restored)).replace("%2", str(recovery.damaged_path)))
    if recovery.erased_again:
        message += "\n" + tr("%n person(s) erased after that backup was made were erased again.", "",
                             len(recovery.erased_again))
    QMessageBox.information(None, tr("Register recovered"), message)
    return True


def _looks_damaged(data_dir: str | os.PathLike[str] | None, database_url: str | None,
                   checked: backups.IntegrityReport | None = None) -> bool:
    """True when the data folder's own SQLite file exists and fails the check (not when it is only busy).

    *checked* is that file's quick check made already (:class:`EarlyQuickCheck`), if any.
    """
    if database_url is not None and not database_url.startswith("sqlite"):
        return False
    if not paths.database_path(paths.data_dir(data_dir)).exists():
        return False
    try:
        return not (checked or backups.check_database(data_dir)).ok
    except KnownError:
        return False


class EarlyQuickCheck:
    """SQLite's quick check of the data folder's file, started in a thread as the app starts.

    On a big register the check takes most of a second; SQLite runs it without holding Python's
    lock, so the app imports its window and opens the register meanwhile instead of waiting.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self._data_dir = data_dir
        self._report: backups.IntegrityReport | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, data_dir: str | os.PathLike[str] | None) -> EarlyQuickCheck | None:
        """None when there is no register file yet (a first start): nothing to check."""
        if not paths.database_path(paths.data_dir(data_dir)).exists():
            return None
        return cls(data_dir)

    def _run(self) -> None:
        try:
            self._report = backups.check_database(self._data_dir)
        except Exception:  # busy, or anything else: startup_check checks the open register instead
            self._report = None

    def report(self) -> backups.IntegrityReport | None:
        """Wait for the check; None when it could not run."""
        self._thread.join()
        return self._report


def open_checked_register(*, data_dir: str | os.PathLike[str] | None, database_url: str | None,
                          early_check: EarlyQuickCheck | None = None,
                          while_checking: Callable[[Desk], Callable[[], None] | None] | None = None,
                          ) -> Desk | None:
    """Open the register and run the quick check (or take *early_check*'s); offer recovery if damaged.

    *while_checking(desk)* runs while *early_check* is still busy, for work that only reads (the
    app builds its hidden main window); it returns how to undo that work should the check fail.
    The daily backup comes later, in the background (:func:`start_daily_backup`). None after the
    user was told why the register cannot open.
    """
    for attempt in range(2):
        try:
            desk = open_desk(data_dir=data_dir, database_url=database_url)
        except DatabaseUnavailable as error:
            # Waiting for it also means it is done reading the file before recovery moves it aside.
            early = early_check.report() if early_check is not None else None
            if attempt == 0 and _looks_damaged(data_dir, database_url, early) and offer_recovery(data_dir, str(error)):
                continue
            QMessageBox.critical(None, tr("The register cannot be opened"), str(error))
            return None
        discard = None
        if early_check is not None and attempt == 0 and while_checking is not None:
            discard = while_checking(desk)
        checked = early_check.report() if early_check is not None and attempt == 0 else None
        try:
            backups.startup_check(desk, checked=checked)
        except backups.DatabaseDamaged as error:
            if discard is not None:
                discard()
            desk.close()
            if attempt == 0 and desk.database.sqlite_path is not None and offer_recovery(data_dir, str(error)):
                continue
            return None
        except KnownError as error:  # busy for a long while (another program writing): work on, but say so
            QMessageBox.warning(None, tr("The register could not be checked"), str(error))
        _tidy(desk)
        return desk
    return None


def _tidy(desk: Desk) -> None:
    """Crash debris goes and erasures hold (a shared database restored by its server) before any work."""
    try:
        tidied = backups.tidy_at_start(desk)
    except KnownError as error:
        QMessageBox.warning(None, tr("The register could not be checked"), str(error))
        return
    if tidied.erased_again:
        QMessageBox.information(None, tr("Personal data erased again"), tr(
            "%n person(s) erased earlier were back in the register (was it restored from a backup?) and were "
            "erased again.", "", len(tidied.erased_again)))


class DailyBackup(QObject):
    """The day's backup, made in the background once the main window is open.

    Its progress shows in the window's status bar; a failure (disk full) is a warning that does
    not stop the work. Closing the window while it runs waits for it with "Finishing the
    backup…", whose Skip button cancels the copy: either way no half-written file is left under
    a backup's name (the copy is written to a ``.partial`` file and renamed when complete).

    Signals:
        done(object): the backup made (``BackupInfo``), or None: none was due, it failed or it
            was skipped.
    """

    done = Signal(object)

    def __init__(self, window: QMainWindow, desk: Desk, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._desk = desk
        self._runner = runner
        self._job: Job | None = None
        self._closing: QProgressDialog | None = None
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
        desk = self._desk

        def work(*, progress: Progress, is_cancelled: IsCancelled) -> backups.DailyBackup:
            return backups.daily_backup(desk, progress=progress, is_cancelled=is_cancelled)

        self._job = self._runner.run(work, on_success=self._made, on_failure=self._failed, on_cancel=self._skipped)
        self._job.progressed.connect(self._show_progress)
        self._window.installEventFilter(self)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
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
        if closing is not None:
            closing.close()
            closing.deleteLater()
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A close of the window while the backup runs waits for it (Skip cancels it)."""
        if watched is self._window and event.type() == QEvent.Type.Close and self._job is not None:
            event.ignore()
            if self._closing is None:
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


def start_daily_backup(window: QMainWindow, desk: Desk, runner: JobRunner) -> DailyBackup:
    """Start the day's backup behind *window* (call once it is shown)."""
    daily = DailyBackup(window, desk, runner)
    daily.start()
    return daily
