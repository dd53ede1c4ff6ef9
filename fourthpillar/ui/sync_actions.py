"""Field work in the main window: File ▸ Field package and the Conflicts page.

The headless part is :mod:`fourthpillar.services.sync`; this module asks the officer what to do
(files, a province, a copy, the office database), runs the service through the window's
:class:`~fourthpillar.ui.jobs.JobRunner` and says what happened. Wiring (in the main window):

- ``field_sync = FieldSync(window)`` once ``desk``, ``jobs``, ``events`` and ``undo_stack``
  exist; ``field_sync.page`` is the Conflicts page (navigation name :data:`CONFLICTS`);
- ``field_sync.menu`` is the File ▸ Field package submenu;
- ``field_sync.connect_window()`` after the navigation and the page stack are built.

The file choosers and message wording are in :mod:`fourthpillar.ui.sync_dialogs`, the Conflicts
page in :mod:`fourthpillar.ui.conflicts`. The Conflicts page and its count need only
:mod:`fourthpillar.services.sync_conflicts`; the package actions import the sync service (the
package format, the merge, the checkout) when first used, so the window's start does not wait for it.

None of the sync use cases reports progress or can stop half-way (a package is applied whole or
not at all), so their progress dialogs show that work is going on and offer no Cancel button:
a Cancel that could not stop anything would be a lie.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.services import office_password
from fourthpillar.services import sync_conflicts
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import LoginRefused
from fourthpillar.ui import settings
from fourthpillar.ui.conflicts import ConflictsPage
from fourthpillar.ui.conflicts import ConflictsView
from fourthpillar.ui.on_first_use import OnFirstUse
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_read
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.privacy import prune_backups_made_before
from fourthpillar.ui.sign_in import ask_after_refusal
from fourthpillar.ui.sync_dialogs import PACKAGE_SUFFIX
from fourthpillar.ui.sync_dialogs import in_menu_words
from fourthpillar.ui.sync_dialogs import open_package_path
from fourthpillar.ui.sync_dialogs import remembered_url
from fourthpillar.ui.sync_dialogs import replica_choice_text
from fourthpillar.ui.sync_dialogs import save_package_path
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.services import sync
else:  # the package actions' service: the window's start does not wait for it (see above)
    sync = OnFirstUse("fourthpillar.services.sync")

#: The Conflicts page's name in the main window's navigation.
CONFLICTS = "conflicts"
#: QSettings key: the office database URL last synced with (without its password).
SYNC_DATABASE_URL = "sync/database_url"


tr = qt_translator("FieldSync")


@dataclass(frozen=True)
class _Resolution:
    """What :meth:`MainWindow.record_saved` needs to put a conflict decision on the undo stack."""

    batch_id: str


class FieldSync(QObject):
    """File ▸ Field package and the Conflicts page of one main window.

    *window* provides ``desk``, ``jobs``, ``events``, ``undo_stack``, ``record_saved``,
    ``show_page``, ``statusBar()`` and, once :meth:`connect_window` runs, ``navigation``
    and ``stack``.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.count = 0
        #: "Create package" reads the known copies first: a second press meanwhile waits for it.
        self._replicas_read = LatestRead()
        #: The last summary shown after applying a package or syncing (tests read it).
        self.summary_box: QMessageBox | None = None
        self.view = ConflictsView(window.desk, window.jobs)
        self.page = ConflictsPage(self.view, window)
        self.view.count_changed.connect(self._set_count)
        self.view.resolved.connect(self._resolved)
        self.view.failed.connect(lambda message: self.page.message_bar.show_message(message, "error"))
        self.menu = self._build_menu(window)

    @property
    def window(self) -> Any:
        # The parent, not an attribute: a Python reference cycle would keep a closed window's
        # wrapper alive after Qt deleted it.
        return self.parent()

    @property
    def desk(self) -> Any:
        return self.window.desk

    # -- wiring ------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: Callable[[], None], tip: str) -> QAction:
        """An action of the window, added to *menu* where it is made (the menu reads in its order)."""
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu(self, window: QWidget) -> QMenu:
        menu = QMenu(tr("Fie&ld package"), window)
        menu.setObjectName("fieldPackageMenu")
        self.first_package_action = self._action(
            menu, tr("&Create package for a province or all…"), self.create_first_package,
            tr("A package that makes a working copy of the register on a field laptop"))
        self.package_action = self._action(
            menu, tr("Create package of c&hanges for…"), self.create_package,
            tr("What another copy has not received yet since the last exchange"))
        menu.addSeparator()
        self.apply_action = self._action(
            menu, tr("&Apply package…"), self.apply_package, tr("Bring another copy's changes into this register"))
        self.checkout_action = self._action(
            menu, tr("&Open package as a new working copy…"), self.checkout_package,
            tr("Make a working copy from a first package, in an empty data folder"))
        menu.addSeparator()
        self.sync_action = self._action(
            menu, tr("&Sync now with the office database…"), self.sync_now,
            tr("Exchange changes directly with the shared office database"))
        return menu

    def apply_permissions(self, allowed: Any) -> None:
        """Offer what the signed-in login may do (``services.logins.Permissions``): on the shared
        database a coordinator makes field copies of their own provinces and applies their
        packages (the database refuses other copies' changes), an admin any, an officer none."""
        self.first_package_action.setEnabled(allowed.can_make_field_copies)
        for action in (self.apply_action, self.sync_action):
            action.setEnabled(allowed.can_apply_packages)

    def _permissions(self) -> Any:
        return getattr(self.window, "permissions", None)

    def connect_window(self) -> None:
        """After the navigation exists: the count in the side bar, refreshing when shown."""
        self.window.stack.currentChanged.connect(self._page_changed)
        self.window.events.data_changed.connect(self._data_changed)
        if self.window.stack.currentWidget() is self.page:
            self.refresh()  # the window reopened on this page
            return
        desk = self.desk

        def failed(error: KnownError | ValidationFailed) -> None:
            self._set_count(0)
            self.page.message_bar.show_message(str(error), "error")  # seen when the page is opened

        # The count in the side bar, read in the background (not on the writer: closing the window
        # meanwhile would ask whether to stop a write).
        run_read(self.window.jobs, lambda **_: sync_conflicts.count_conflicts(desk), busy=self.page,
                 on_done=self._set_count, on_refused=failed)

    def _navigation_item(self) -> Any:
        navigation = self.window.navigation
        for row in range(navigation.count()):
            item = navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == CONFLICTS:
                return item
        return None

    @Slot(int)
    def _set_count(self, count: int) -> None:
        self.count = count
        item = self._navigation_item() if hasattr(self.window, "navigation") else None
        if item is not None:
            item.setText(tr("Conflicts (%1)").replace("%1", str(count)) if count else tr("Conflicts"))
            item.setToolTip(tr("%n conflict(s) to decide", "", count) if count else "")

    @Slot(int)
    def _page_changed(self, _index: int) -> None:
        if self.window.stack.currentWidget() is self.page:
            self.refresh()

    def _refreshes_on_change(self) -> bool:
        # New conflicts only arrive with packages (refreshed there); an edit or an undo here can
        # only settle open ones.
        return bool(self.count) or self.window.stack.currentWidget() is self.page

    @Slot()
    def _data_changed(self) -> None:
        if self._refreshes_on_change():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.page.message_bar.clear()
        self.view.refresh()

    @Slot(str)
    def _resolved(self, batch_id: str) -> None:
        """A decision is an ordinary change: Ctrl+Z puts back the value shown before it (the
        conflict itself stays settled; the other value stays in the history)."""
        conflict = self.view.selected()
        label = conflict.label if conflict is not None else ""
        field = (conflict.field or "") if conflict is not None else ""
        what = f"{label[:40]} ({field})" if field else label[:40]
        self.window.record_saved(tr("Decide conflict on “%1”").replace("%1", what), _Resolution(batch_id))

    # -- running services --------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], label: str, on_success: Callable[[Any], None]) -> Any:
        """Run *work* through :func:`~fourthpillar.ui.operations.run_write`, behind a progress
        dialog without Cancel (see the module).

        Always on the runner's one writer: even making a package takes the database's write
        lock (so that what it holds comes from one moment).
        """
        return run_write(self.window.jobs, lambda **_: work(), on_done=on_success,
                         on_refused=lambda error: self._failed(label, error), progress_label=label, parent=self.window)

    def _failed(self, title: str, error: KnownError | ValidationFailed) -> None:
        QMessageBox.warning(self.window, title.rstrip("…. "), in_menu_words(str(error)))

    def _changed(self) -> None:
        """After an apply or a sync: lists, dashboard and the Conflicts count read again."""
        if not self._refreshes_on_change():
            self.refresh()
        self.window.events.data_changed.emit()

    @staticmethod
    def _waiting_lines(waiting: int) -> list[str]:
        """Registrations the copies booked together beyond an event's capacity (each saw only its own)."""
        if not waiting:
            return []
        return [tr("%n registration(s) beyond an event's capacity went to the waiting list.", "", waiting)]

    @staticmethod
    def _erasure_lines(result: sync.ApplyResult) -> list[str]:
        if not result.erased:
            return []
        lines = [tr("%n person(s) erased on the other copy were erased here too.", "", result.erased)]
        if result.backups_before:
            lines.append(tr("%n backup(s) of this copy made before still hold their data.", "",
                            len(result.backups_before)))
        return lines

    def _offer_pruning(self, box: QMessageBox, result: sync.ApplyResult) -> None:
        """As after an erasure made here: offer to delete this copy's backups that still hold the people."""
        allowed = self._permissions()
        if not result.erased or not result.backups_before or (allowed is not None and not allowed.can_prune_backups):
            return
        moment = max(info.created_at for info in result.backups_before)
        prune = box.addButton(tr("Delete those &backups"), QMessageBox.ButtonRole.DestructiveRole)
        prune.clicked.connect(lambda: prune_backups_made_before(self.window, self.desk, self.window.jobs, moment))

    def _summary(self, title: str, text: str, conflicts: int) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("syncSummary")
        if conflicts:
            box.setIcon(QMessageBox.Icon.Warning)
            show = box.addButton(tr("Show &conflicts"), QMessageBox.ButtonRole.AcceptRole)
            show.clicked.connect(lambda: self.window.show_page(CONFLICTS))
            box.setDefaultButton(show)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.open()
        return box

    # -- the menu's commands -----------------------------------------------------------------

    @Slot()
    def create_first_package(self) -> Any:
        allowed = self._permissions()
        # A coordinator's copies hold one of their own provinces (the service refuses others).
        mine = allowed.provinces if allowed is not None and allowed.provinces is not None else None
        codes: list[str | None] = [None, *PROVINCES.codes] if mine is None else list(mine)
        choices = [tr("All provinces (the whole register)") if code is None else PROVINCES.label(code)
                   for code in codes]
        chosen, ok = QInputDialog.getItem(
            self.window, tr("Create package"),
            tr("Which initiatives go into the package (with their contacts, requests and follow-ups)?"),
            choices, 0, False)
        if not ok or not codes:
            return None
        province = codes[choices.index(chosen) if chosen in choices else 0]
        path = save_package_path(self.window, tr("Save the package as"),
                                 f"fourth-pillar-{province or 'all'}.{PACKAGE_SUFFIX}")
        if path is None:
            return None
        desk = self.desk

        def done(made: sync.PackageMade) -> None:
            QMessageBox.information(
                self.window, tr("Package created"),
                tr("%1 holds %n record(s). On the field laptop, choose File ▸ Field package ▸ "
                   "Open package as a new working copy.", "", made.records).replace("%1", str(made.path))
                + "\n\n" + tr("It opens only with this one-time code. Give it to the coordinator apart from the "
                              "file (on the phone, or written down), never in the same e-mail:\n\n%1")
                .replace("%1", made.code))

        return self._run(lambda: sync.create_first_package(desk, path=path, province=province),
                         tr("Creating the package…"), done)

    @Slot()
    def create_package(self) -> Any:
        """The copies known to this one are read in the background first (the window shows it is
        busy; a second press meanwhile waits for the first), then the officer chooses."""
        if self._replicas_read.reading:
            return None
        desk = self.desk

        def read(**_: Any) -> list[sync.KnownReplica]:
            return sync.known_replicas(desk)

        def refused(error: KnownError | ValidationFailed) -> None:
            self._failed(tr("Create package"), error)

        return self._replicas_read.run(self.window.jobs, read, busy=self.window, on_done=self._choose_package,
                                       on_refused=refused)

    def _choose_package(self, known: list[sync.KnownReplica]) -> Any:
        choices = [replica_choice_text(replica) for replica in known]
        prompt = tr("Which copy is the package for? It holds what that copy has not received from this one.\n"
                    "To send to a copy not listed, type its replica id (that copy shows it in this dialog).\n\n"
                    "This copy's replica id: %1").replace("%1", self.desk.replica_id)
        chosen, ok = QInputDialog.getItem(self.window, tr("Create package of changes"), prompt, choices, 0, True)
        chosen = chosen.strip()
        if not ok or not chosen:
            return None
        replica = known[choices.index(chosen)].id if chosen in choices else chosen.rsplit("·", 1)[-1].strip()
        path = save_package_path(self.window, tr("Save the package as"), f"fourth-pillar-changes.{PACKAGE_SUFFIX}")
        if path is None:
            return None
        desk = self.desk

        def done(made: sync.PackageMade) -> None:
            text = tr("%1 holds %n change(s). Apply it on the other copy with File ▸ Field package ▸ "
                      "Apply package.", "", made.changes).replace("%1", str(made.path))
            if not made.peer_known:
                text += "\n\n" + tr("Nothing was ever received from that copy, so the package holds everything "
                                    "this copy can give. Check the replica id if that is unexpected.")
            QMessageBox.information(self.window, tr("Package created"), text)

        return self._run(lambda: sync.create_package(desk, for_replica=replica, path=path),
                         tr("Creating the package…"), done)

    @Slot()
    def apply_package(self) -> Any:
        path = open_package_path(self.window, tr("Apply a field package"))
        if path is None:
            return None
        desk = self.desk

        def done(result: sync.ApplyResult) -> None:
            self._changed()
            lines = [tr("Applied %n change(s).", "", result.applied)]
            if result.created:
                lines.append(tr("%n new record(s).", "", result.created))
            if result.skipped:
                lines.append(tr("%n change(s) were already here.", "", result.skipped))
            if result.conflicts:
                lines.append(tr("%n conflict(s) need a decision on the Conflicts page.", "", result.conflicts))
            else:
                lines.append(tr("No conflicts."))
            lines += self._waiting_lines(result.waiting)
            lines += self._erasure_lines(result)
            self._offer_pruning(self._summary(tr("Package applied"), "\n".join(lines), result.conflicts), result)

        return self._run(lambda: sync.apply_package(desk, path=path), tr("Applying the package…"), done)

    @Slot()
    def checkout_package(self) -> Any:
        path = open_package_path(self.window, tr("Open a first package"))
        if path is None:
            return None
        folder_text = QFileDialog.getExistingDirectory(
            self.window, tr("An empty folder for the new working copy"), str(Path.home()))
        if not folder_text:
            return None
        folder = Path(folder_text)
        current = self.desk.data_dir
        if (current is not None and folder.resolve() == Path(current).resolve()) or any(folder.iterdir()):
            QMessageBox.warning(self.window, tr("Choose an empty folder"),
                                tr("%1 is not empty. A working copy needs a data folder of its own: "
                                   "choose or create an empty folder.").replace("%1", str(folder)))
            return None
        code, ok = QInputDialog.getText(
            self.window, tr("Code of the package"),
            tr("The one-time code the office gave with this package (e.g. ABCD-EFGH-JKLM):"),
            QLineEdit.EchoMode.Normal, "")
        if not ok or not code.strip():
            return None

        def done(made: sync.Checkout) -> None:
            scope = PROVINCES.label(made.province) if made.province else tr("all provinces")
            box = QMessageBox(
                QMessageBox.Icon.Information, tr("Working copy made"),
                tr("A working copy with %n record(s) (%1) is in %2.\n\nThis window stays on the register "
                   "it had. To work in the new copy, open the desk on that folder: choose “Use it from the "
                   "next start” and start the desk again, or start it with --data-dir \"%2\". Edit ▸ "
                   "Settings switches back to the other data folder.", "", made.records)
                .replace("%1", scope).replace("%2", str(made.data_dir)),
                QMessageBox.StandardButton.NoButton, self.window)
            use = box.addButton(tr("&Use it from the next start"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setObjectName("checkoutDone")
            use.clicked.connect(lambda: settings.write(settings.DATA_DIR, str(made.data_dir)))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.summary_box = box
            box.open()

        return self._run(lambda: sync.checkout_package(path=path, data_dir=folder, code=code),
                         tr("Making the working copy…"), done)

    @Slot()
    def sync_now(self) -> Any:
        previous = settings.read_str(SYNC_DATABASE_URL)
        url, ok = QInputDialog.getText(
            self.window, tr("Sync with the office database"),
            tr("The office database's address, e.g. postgresql://name@server/fourthpillar\n"
               "(without a password: it is asked when needed, and this computer may remember it)"),
            QLineEdit.EchoMode.Normal, previous)
        url = url.strip()
        if not ok or not url:
            return None
        try:
            kept = remembered_url(url)
        except ValueError:
            QMessageBox.warning(self.window, tr("Sync with the office database"),
                                tr("“%1” is not a database address.").replace("%1", url))
            return None
        settings.write(SYNC_DATABASE_URL, kept)

        def done(result: sync.SyncResult) -> None:
            self._changed()
            lines = [tr("Sent %n change(s) to the office database.", "", result.sent.applied),
                     tr("Received %n change(s).", "", result.received.applied)]
            if result.received.conflicts:
                lines.append(tr("%n conflict(s) need a decision on the Conflicts page.", "",
                                result.received.conflicts))
            else:
                lines.append(tr("No conflicts here."))
            lines += self._waiting_lines(result.sent.waiting + result.received.waiting)
            lines += self._erasure_lines(result.received)
            self._offer_pruning(self._summary(tr("Sync done"), "\n".join(lines), result.received.conflicts),
                                result.received)

        return self._sync(url, None, done)

    def _sync(self, url: str, answer: office_password.PasswordAnswer | None, done: Callable[[Any], None]) -> Any:
        """:func:`sync.sync_with` off the GUI thread; a login the server refuses gets the sign-in dialog."""
        desk, label = self.desk, tr("Syncing with the office database…")

        def finished(result: sync.SyncResult) -> None:
            if answer is not None and answer.remember:
                office_password.store_password(url, answer.login, answer.password)
            done(result)

        def refused(error: KnownError | ValidationFailed) -> None:
            again = ask_after_refusal(self.window, url, error, answer) if isinstance(error, LoginRefused) else None
            if again is None:
                self._failed(label, error)
            else:
                self._sync(office_password.with_login(url, again.login), again, done)

        return run_write(self.window.jobs, lambda **_: sync.sync_with(
            desk, database_url=url, password=answer.password if answer is not None else None),
            on_done=finished, on_refused=refused, progress_label=label, parent=self.window)
