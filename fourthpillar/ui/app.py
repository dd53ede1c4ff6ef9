"""Starting the app: Qt, translations, the register, the first-start welcome, the main window."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from fourthpillar import i18n
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk, open_desk
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import settings

#: Exit status when the register cannot be opened.
EXIT_UNAVAILABLE = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def _install_translations(app: QApplication) -> None:
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(), "qtbase", "_", qt_translations):
        app.installTranslator(translator)


def _show_unexpected_error(kind: type[BaseException], error: BaseException,
                           trace: TracebackType | None) -> None:
    """A bug: print it for the log and tell the user, instead of dying silently."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"),
                      tr("Something went wrong that the desk did not expect. Your saved work is safe; "
                         "please report this to the application's maintainers."))
    box.setDetailedText(details)
    box.exec()


def open_register(*, data_dir: str | os.PathLike[str] | None, database_url: str | None) -> Desk | None:
    """The open register, or None after telling the user why it cannot be opened."""
    try:
        return open_desk(data_dir=data_dir, database_url=database_url)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register cannot be opened"),
                             tr("Fourth Pillar desk cannot open its register:\n\n%1\n\n"
                                "Close any other program using it, or choose another data folder with "
                                "--data-dir.").replace("%1", str(error)))
        return None


def run_app(*, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None,
            qt_arguments: Sequence[str] = ()) -> int:
    """Run the desktop app until its window closes; the process exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(qt_arguments) or [sys.argv[0]])
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QApplication.setApplicationDisplayName(tr("Fourth Pillar desk"))
    _install_translations(app)
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error

    desk = open_register(data_dir=data_dir, database_url=database_url)
    if desk is None:
        sys.excepthook = previous_hook
        return EXIT_UNAVAILABLE
    try:
        return _run_desk(app, desk)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register cannot be used"), str(error))
        return EXIT_UNAVAILABLE
    finally:
        sys.excepthook = previous_hook
        desk.close()


def _run_desk(app: QApplication, desk: Desk) -> int:
    from fourthpillar.ui.main_window import MainWindow, optional_module
    from fourthpillar.ui.welcome import WelcomeDialog

    load_demo, demo_count = False, 0
    if officers.current_officer(desk) is None:
        demo_available = optional_module("fourthpillar.services.demo") is not None
        welcome = WelcomeDialog(desk, demo_available=demo_available)
        if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
            return 0
        load_demo, demo_count = welcome.load_demo, welcome.demo_initiatives
    window = MainWindow(desk)
    window.show()
    if load_demo:
        window.load_demo_data(demo_count)
    return int(app.exec())
