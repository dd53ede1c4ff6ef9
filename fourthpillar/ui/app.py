"""Starting the app: Qt, translations, the register, the first-start welcome, the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import QTranslator
from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from fourthpillar import i18n
from fourthpillar import logs
from fourthpillar import paths
from fourthpillar.services import instance
from fourthpillar.services import keys
from fourthpillar.services import office_password
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import load_config
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import settings
from fourthpillar.ui.style import follow_colour_scheme
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.ui.main_window import MainWindow
    from fourthpillar.ui.reminders import DueNotifier

#: Exit status when the register cannot be opened.
EXIT_UNAVAILABLE = 2
#: Exit status of a second launch whose data folder was open already: that window came forward.
EXIT_HANDED_OVER = 0
#: The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and
#: the desktops show the window with that entry's name and icon.
DESKTOP_FILE_NAME = "be.11.fourthpillar"
#: The object name of the translators install_translations puts on the app.
TRANSLATOR_NAME = "fourthpillarTranslator"


tr = qt_translator("App")


def choose_data_dir(data_dir: str | os.PathLike[str] | None) -> str | os.PathLike[str] | None:
    """``--data-dir``, else ``FOURTHPILLAR_DATA_DIR``, else the folder chosen in Edit ▸ Settings."""
    if data_dir or os.environ.get("FOURTHPILLAR_DATA_DIR"):
        return data_dir
    return settings.read_str(settings.DATA_DIR) or None


def choose_language(data_dir: str | os.PathLike[str] | None) -> str:
    """The language stored in the data folder's config.json, else the system's language
    (Dutch or French), else English."""
    try:
        config = load_config(paths.data_dir(data_dir))
    except OSError:
        config = {}
    return i18n.configured_language(config, QLocale.system().name())


def install_translations(app: QApplication, language: str) -> None:
    """Speak *language* from now on: Qt's own texts, the app's .qm, the headless layers, the locale.

    Dates and numbers follow the language too (nl_BE, fr_BE, en_GB: 28/11/2026, 1.234,5 in Dutch),
    whatever the system locale is.
    """
    i18n.set_language(language)
    locale = QLocale(i18n.LOCALE_NAMES[i18n.current_language()])
    QLocale.setDefault(locale)
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    _remove_translations(app)  # a language installed before
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(locale, "qtbase", "_", qt_translations):
        app.installTranslator(translator)
    try:
        own = str(i18n.translations_dir())
    except OSError:
        return
    # fourthpillar_nl.qm / _fr.qm, and _en.qm for English plural forms ("1 backup", "2 backups").
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(f"fourthpillar_{i18n.current_language()}", own):
        app.installTranslator(translator)


def _remove_translations(app: QApplication) -> None:
    """Take off the translators install_translations put on *app*."""
    for installed in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(installed)
        installed.deleteLater()


def app_icon() -> QIcon:
    """The app's icon at every size it ships (16 to 512 px), so it stays sharp at any screen scale."""
    icon = QIcon()
    try:
        from fourthpillar.resources import resources_dir

        folder = resources_dir() / "icons"
    except OSError:
        return icon
    for path in sorted(folder.glob("fourthpillar-*.png")):
        icon.addFile(str(path))
    return icon


def _show_unexpected_error(kind: type[BaseException], error: BaseException,
                           trace: TracebackType | None) -> None:
    """A bug: print it for the log and tell the user, instead of dying silently. The office
    database ending this login's session is no bug: one message, and the app closes."""
    from fourthpillar.ui.session_end import handle_session_ended

    if QApplication.instance() is not None and handle_session_ended(error):
        logging.getLogger("fourthpillar.ui").info("the office database ended this session")
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    logging.getLogger("fourthpillar.ui").error("unexpected error\n%s", logs.describe_error(kind, trace))
    if QApplication.instance() is None:
        return
    from fourthpillar.ui.diagnostics import crash_dialog

    crash_dialog(logs.describe_error(kind, trace), QApplication.activeWindow()).exec()


def run_app(*, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None,
            qt_arguments: Sequence[str] = (), language: str | None = None) -> int:
    """Run the desktop app until its window closes; the process exit status.

    A second launch on a data folder already open asks that app to bring its window forward and
    returns :data:`EXIT_HANDED_OVER` at once (``ui/single_instance.py``). *language*
    (``--language``) wins over the one chosen in the settings.
    """
    logs.setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(qt_arguments) or [sys.argv[0]])
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    data_dir = choose_data_dir(data_dir)
    spoken_before = (QLocale(), i18n.current_language(), i18n.current_translator())
    install_translations(app, language or choose_language(data_dir))
    follow_colour_scheme(app)
    app.setWindowIcon(app_icon())
    QApplication.setApplicationDisplayName(tr("Fourth Pillar desk"))
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error

    # One app per data folder, recovery from a backup, the background checks and the daily backup.
    from fourthpillar.ui import diagnostics
    from fourthpillar.ui import session_end
    from fourthpillar.ui import single_instance
    from fourthpillar.ui import startup

    session_end.reset()
    from fourthpillar.ui.passphrase import ask_passphrase
    from fourthpillar.ui.passphrase import offer_to_delete_unencrypted
    from fourthpillar.ui.sign_in import ask_database_password

    lock = None
    server: single_instance.RaiseServer | None = None
    session: DeskSession | None = None
    diagnostics.current_desk = lambda: session.desk if session is not None else None
    try:
        lock = instance.acquire_app_lock(data_dir)
        if lock is None and single_instance.ask_to_raise(data_dir):
            return EXIT_HANDED_OVER  # the window already open on this folder came to the front
        if lock is None:
            # Nobody answered: the holder may have just quit, else the user is told who has it.
            lock = startup.take_app_lock(data_dir)
            if lock is None:
                return EXIT_UNAVAILABLE
        # Listening before the register opens (a recovery may take a while): a second launch meanwhile reaches us too.
        server = single_instance.RaiseServer.start(data_dir, app)
        if server is not None:
            server.target = lambda: session.window if session is not None else None
        # The passphrase, asked now if neither FOURTHPILLAR_KEY nor the keychain has it; the key is
        # derived (a tenth of a second) in a thread while the window's modules load.
        keys.set_prompt(ask_passphrase)
        keys.unlock_before_checking(data_dir)
        # The shared office database's password, when neither libpq nor the keychain has it.
        office_password.set_prompt(ask_database_password)
        early_key = startup.EarlyKey(data_dir)
        importlib.import_module("fourthpillar.ui.main_window")
        early_key.wait()
        # No integrity check before the window (docs/DEVELOPING.md, "Integrity checks"): it runs
        # in the background once the window shows, when one is due.
        desk = startup.open_checked_register(data_dir=data_dir, database_url=database_url)
        if desk is None:
            return EXIT_UNAVAILABLE
        offer_to_delete_unencrypted(data_dir)
        session = DeskSession(desk, unclean_shutdown=lock.unclean_shutdown)
        return session.run(app)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register cannot be used"), str(error))
        return EXIT_UNAVAILABLE
    finally:
        keys.set_prompt(None)
        office_password.set_prompt(None)
        sys.excepthook = previous_hook
        diagnostics.current_desk = lambda: None
        if server is not None:
            server.close()
            server.deleteLater()
        if session is not None:
            session.close()
        if lock is not None:
            lock.release()
        _restore_language(app, *spoken_before)


def _restore_language(app: QApplication, locale: QLocale, language: str,
                      translator: Callable[[str, str], str] | None) -> None:
    """Put back the language the process spoke before run_app (a test suite runs the app many times)."""
    _remove_translations(app)
    QLocale.setDefault(locale)
    i18n.set_language(language)
    i18n.install_translator(translator)


class DeskSession:
    """The open register and its main window; a restore from a backup swaps both."""

    def __init__(self, desk: Desk, *, unclean_shutdown: bool = False) -> None:
        self.desk = desk
        self.window: MainWindow | None = None
        #: The previous session did not end cleanly (the app lock says): the register gets a full check.
        self.unclean_shutdown = unclean_shutdown
        #: The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.
        self.reminders: DueNotifier | None = None

    def run(self, app: QApplication) -> int:
        from fourthpillar.ui.welcome import WelcomeDialog

        if os.environ.get("FOURTHPILLAR_SMOKE_TEST") == "1":  # the installers' smoke test, see below
            return self.smoke_test(app)
        load_demo, demo_count = False, 0
        if officers.current_officer(self.desk) is None:
            welcome = WelcomeDialog(self.desk, demo_available=True)
            if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
                return 0
            load_demo, demo_count = welcome.load_demo, welcome.demo_initiatives
            QApplication.setApplicationDisplayName(tr("Fourth Pillar desk"))  # in the language chosen
        window = self.show_window()
        if load_demo:
            window.load_demo_data(demo_count)
        from fourthpillar.ui.startup import start_background_safety

        start_background_safety(window, self.desk, window.jobs, unclean_shutdown=self.unclean_shutdown)
        from fourthpillar.ui.reminders import start_due_notification

        self.reminders = start_due_notification(window, self.desk, window.jobs)
        return int(app.exec())

    def smoke_test(self, app: QApplication) -> int:
        """``FOURTHPILLAR_SMOKE_TEST=1``: prove that a built bundle starts (tests/installers/).

        A hidden switch for packaging, not for users: opens the main window without the
        first-start welcome (nothing is written but the new register itself), lets it load its
        pages for a moment, prints "main window shown" and quits. An error on the way is printed
        and makes the exit status 1 instead of opening the error dialog nobody would close.
        """
        errors: list[BaseException] = []

        def record(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
            traceback.print_exception(kind, error, trace)
            errors.append(error)

        sys.excepthook = record  # run_app puts the previous hook back
        window = self.show_window()
        shown: list[bool] = []

        def check() -> None:
            shown.append(window.isVisible())
            app.exit(0)  # not quit(): that closes the window, which saves its settings

        QTimer.singleShot(1500, check)
        app.exec()
        if errors or shown != [True]:
            return 1
        print("main window shown", flush=True)
        return 0

    def show_window(self) -> MainWindow:
        from fourthpillar.ui.main_window import MainWindow

        window = MainWindow(self.desk)
        window.desk_replaced.connect(self.replace_desk, Qt.ConnectionType.QueuedConnection)
        window.show()
        self.window = window
        return window

    @Slot(object)
    def replace_desk(self, desk: Desk) -> None:
        """A restore reopened the register: the old desk is closed, every view must use the new one."""
        old = self.window
        if old is not None:
            old.save_settings()
        self.desk = desk
        self.show_window()
        if old is not None:
            old.hide()
            old.deleteLater()

    def close(self) -> None:
        self.desk.close()
