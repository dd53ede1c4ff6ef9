#!/usr/bin/env python3
"""Take the user guide's screenshots from the real app, filled with demonstration data.

    .venv/bin/python docs/guide/make_screenshots.py                  # Dutch and English, into docs/guide/images/
    .venv/bin/python docs/guide/make_screenshots.py --language nl    # only the Dutch pictures
    .venv/bin/python docs/guide/make_screenshots.py --out /tmp/shots --initiatives 20

Every run starts from nothing: a temporary data folder, demonstration data with a fixed seed (the
same initiatives, people and questions every time), an officer signed in, settings in a
temporary folder (the officer's own settings are never read or changed). Then it opens the real
main window on Qt's offscreen platform, drives it to each screen the guide shows and saves
``widget.grab()`` as ``<out>/<language>/<name>.png``. Run it again after changing a screen and
the guide's pictures show the app as it is. On top of the demonstration data it plans one coming
training and registers more demonstration people than it has places (an event's page with a
waiting list); the passphrase and sign-in dialogs are filled with made-up text, shown as dots.

The demonstration data is dated relative to today (overdue follow-ups, requests of the last
years), so the dates in the pictures change from run to run; names and numbers do not.

Each language runs in a process of its own: Qt's translators and default locale are per
process. The app's translations (``resources/translations/*.ts``) are compiled afresh with
``pyside6-lrelease`` into the run's temporary folder, so the pictures never show the words of an
older ``.qm``; a language without a translation is pictured in English, with a warning.

``FOURTHPILLAR_SCREENSHOT_PACE`` scales the pauses that let Qt paint (the test uses 0.2; work in
the background is always waited for). ``tests/docs/test_guide.py`` runs this script on a dozen
initiatives and checks that every picture the guides show is one this script takes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

GUIDE_DIR = Path(__file__).resolve().parent
REPOSITORY = GUIDE_DIR.parent.parent
if str(REPOSITORY) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPOSITORY))

#: The languages of the guide and the locale each one's pictures are taken in.
LANGUAGES = {"nl": "nl_BE", "en": "en_GB"}
DEFAULT_SEED = 1111
DEFAULT_INITIATIVES = 300
#: The main window's size in the pictures: readable when the guide shows it full width.
WINDOW_SIZE = (1440, 900)
OFFICER = ("An Peeters", "antwerpen")
#: The run's data folder is named as the app names its own (Settings and Backups show its path).
DATA_FOLDER = "FourthPillarDesk"
#: The sign-in dialog's login and office database (a made-up address: example.org is reserved).
OFFICE_LOGIN = "an_peeters"
OFFICE_DATABASE = "db.example.org/fourthpillar"
#: The demonstration register's passphrase (the register is encrypted, and made afresh every run).
PASSPHRASE = "demonstration passphrase, not a secret"
#: What the passphrase and password fields in the pictures hold (shown as dots, as long as a real one).
TYPED_SECRET = "made-up words for a photo"
#: Scales the pauses that let Qt paint (background work is waited for in any case).
PACE = float(os.environ.get("FOURTHPILLAR_SCREENSHOT_PACE", "1"))

#: Every picture, in the order taken (name -> what it shows). The guides embed these names.
SHOTS = {
    "passphrase": "the first start: choosing the register's passphrase",
    "sign-in": "signing in to the office database",
    "welcome": "the first start: name, region, demonstration data",
    "dashboard": "the dashboard",
    "initiatives-search": "the initiatives list with a search typed",
    "requests-filtered": "the advice requests list filtered on open requests",
    "follow-ups": "the follow-ups list",
    "events": "the events list: trainings, network days, webinars",
    "event-page": "an event's page: places, registrations, the waiting list",
    "initiative-editor": "registering a new initiative",
    "initiative-page": "an initiative's page: details, contacts, timeline",
    "contact-editor": "adding a contact person",
    "request-editor": "an advice request",
    "follow-up-editor": "planning a follow-up with the quick due dates",
    "complete-follow-up": "marking a follow-up done",
    "quick-search": "Ctrl+K quick search",
    "summary-choice": "exporting an initiative's fiche: for the initiative or internal",
    "period-report": "the period report dialog",
    "import-mapping": "the import wizard: matching the columns",
    "import-preview": "the import wizard: the preview with problems and duplicates",
    "backups": "the backups dialog",
    "settings": "Edit > Settings: name, language, data folder, backups kept",
    "change-passphrase": "File > Change passphrase: the current one and the new one, twice",
    "merge-dialog": "saving over a colleague's newer save: the fields both changed, theirs or mine",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=GUIDE_DIR / "images",
                        help="folder for the pictures (one subfolder per language; default docs/guide/images)")
    parser.add_argument("--language", choices=[*LANGUAGES, "all"], default="all")
    parser.add_argument("--initiatives", type=int, default=DEFAULT_INITIATIVES,
                        help="demonstration initiatives to load (fewer is faster)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", metavar="NAME", action="append", choices=sorted(SHOTS),
                        help="take only this picture (repeatable)")
    args = parser.parse_args(argv)
    if args.language == "all":
        status = 0
        for language in LANGUAGES:
            command = [sys.executable, str(Path(__file__).resolve()), "--language", language,
                       "--out", str(args.out), "--initiatives", str(args.initiatives), "--seed", str(args.seed)]
            for name in args.only or []:
                command += ["--only", name]
            status = subprocess.run(command, env=language_environment(language), check=False).returncode or status
        return status
    os.environ.update(language_environment(args.language))
    taken = take_screenshots(args.out / args.language, language=args.language, initiatives=args.initiatives,
                             seed=args.seed, only=set(args.only or ()))
    for path in taken:
        print(path)
    return 0


def language_environment(language: str) -> dict[str, str]:
    """The environment a run in *language* gets: offscreen Qt, no scaling, the officer's own data
    folder, database and keychain out of reach, the run's register unlocked by a passphrase of
    its own (the language itself is chosen in :func:`take_screenshots`)."""
    if language not in LANGUAGES:
        raise ValueError(f"no pictures in {language!r}")
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM") or "offscreen", "QT_SCALE_FACTOR": "1",
                "QT_ENABLE_HIGHDPI_SCALING": "0", "FOURTHPILLAR_KEY": PASSPHRASE,
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    env.pop("FOURTHPILLAR_DATA_DIR", None)
    env.pop("FOURTHPILLAR_DATABASE_URL", None)
    return env


# -- the run -----------------------------------------------------------------------------------------


def take_screenshots(out_dir: Path, *, language: str, initiatives: int = DEFAULT_INITIATIVES,
                     seed: int = DEFAULT_SEED, only: set[str] | None = None) -> list[Path]:
    """Take the pictures in *language* into *out_dir*; the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QLocale
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fourthpillar.services import officers
    from fourthpillar.services.demo import load_demo_data
    from fourthpillar.services.desk import open_desk
    from fourthpillar.ui import settings

    _quiet_offscreen_noise()
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="fourthpillar-guide-"))
    try:
        QLocale.setDefault(QLocale(LANGUAGES[language]))
        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
        QCoreApplication.setOrganizationName(settings.ORGANISATION)
        QCoreApplication.setApplicationName(settings.APPLICATION)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
        _install_translations(app, language, work)
        from fourthpillar.ui.app import tr as app_tr

        QApplication.setApplicationDisplayName(app_tr("Fourth Pillar desk"))

        data_dir = work / DATA_FOLDER
        data_dir.mkdir()
        desk = open_desk(data_dir=data_dir)
        try:
            name, region = OFFICER
            # The welcome dialog is taken before anyone signs in, as on a real first start.
            shooter = Shooter(out_dir, only)
            shooter.before_the_window()
            shooter.welcome(desk)
            officers.sign_in(desk, name=name, region=region)
            load_demo_data(desk, initiatives=initiatives, seed=seed)
            shooter.main_window(desk, work)
        finally:
            desk.close()
        return shooter.taken
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _quiet_offscreen_noise() -> None:
    """Drop the offscreen plugin's harmless complaint about native window sizes; keep the rest."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _install_translations(app: Any, language: str, work: Path) -> None:
    """The app's translations, installed the way the app does at start-up.

    The .ts sources are compiled afresh into the run's temporary folder (a .qm left by an older
    ``make translations`` would show yesterday's words) and the app is pointed there with
    ``FOURTHPILLAR_TRANSLATIONS``.
    """
    from fourthpillar import i18n
    from fourthpillar.ui.app import install_translations

    if _compile_translations(work / "translations"):
        os.environ["FOURTHPILLAR_TRANSLATIONS"] = str(work / "translations")
    install_translations(app, language)
    if language != "en" and not _translated():
        print(f"warning: no {language} translation of the app in {i18n.translations_dir()}; the {language} "
              "pictures show English text", file=sys.stderr)


def _compile_translations(target: Path) -> list[Path]:
    """Every ``*.ts`` of the app compiled into *target* (with the sources beside them); the .qm files."""
    from fourthpillar import i18n
    from fourthpillar import translation_compiler

    folder = i18n.translations_dir()  # the app's own: the run's copy is made only after this
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    target.mkdir(parents=True, exist_ok=True)
    lrelease = translation_compiler.find_lrelease()
    if lrelease is None:
        if sources:
            print("warning: pyside6-lrelease not found; the app's own compiled translations are used",
                  file=sys.stderr)
        return []
    compiled = []
    for source in sources:
        shutil.copy(source, target / source.name)
        try:
            compiled.append(translation_compiler.compile_translation(
                source, target / source.with_suffix(".qm").name, lrelease=lrelease))
        except translation_compiler.CompileFailed as failure:
            print(f"warning: {failure}", file=sys.stderr)
    return compiled


def _translated() -> bool:
    from PySide6.QtCore import QCoreApplication

    return any(QCoreApplication.translate("MainWindow", text) != text for text in ("&Help", "Dashboard", "&File"))


def _palette(image: Any, size: int = 256, *, spread: int = 3) -> list[int]:
    """A colour table of at most *size* colours for an RGB32 *image*: its commonest colours, each
    at least *spread* away from the ones before (per channel), so that a shade of text smoothing
    does not crowd out a rare colour that matters (a red heading, a yellow icon)."""
    from collections import Counter

    counts = Counter(memoryview(image.constBits()).cast("I"))
    if len(counts) <= size:
        return list(counts)
    table: list[int] = []
    channels: list[tuple[int, int, int]] = []
    for rgb, _ in counts.most_common():
        red, green, blue = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
        if all(max(abs(red - r), abs(green - g), abs(blue - b)) > spread for r, g, b in channels):
            table.append(rgb)
            channels.append((red, green, blue))
            if len(table) == size:
                break
    return table


def settle(milliseconds: int = 250, *, jobs: Any = None, until: Callable[[], bool] | None = None) -> None:
    """Let Qt paint and background jobs finish: at least *milliseconds*, at most 30 s."""
    from PySide6.QtWidgets import QApplication

    milliseconds = round(milliseconds * PACE)
    start = time.monotonic()
    while True:
        QApplication.processEvents()
        elapsed = time.monotonic() - start
        waiting = (jobs is not None and jobs.busy) or (until is not None and not until())
        if elapsed * 1000 >= milliseconds and not waiting:
            break
        if elapsed > 30:
            raise TimeoutError("the app did not settle within 30 s")
        time.sleep(0.01)
    QApplication.processEvents()


class Shooter:
    """Drives the windows and saves the pictures."""

    def __init__(self, out_dir: Path, only: set[str] | None) -> None:
        self.out_dir = out_dir
        self.only = only or set(SHOTS)
        self.taken: list[Path] = []

    def wanted(self, name: str) -> bool:
        return name in self.only

    def save(self, name: str, widget: Any) -> Path:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor
        from PySide6.QtGui import QImage
        from PySide6.QtGui import QPainter

        assert name in SHOTS, name
        settle(150)
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(image)  # a thin frame: dialogs stand out on a white page
        painter.setPen(QColor("#9aa0a6"))
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
        painter.end()
        # 256 colours: a fraction of the bytes, and the same picture for a screen of flat colours and
        # text. The palette is the picture's own (see _palette): pale tints (the chosen value in the
        # merge dialog) and rare colours (red overdue headings) keep their colour.
        image = image.convertToFormat(QImage.Format.Format_Indexed8, _palette(image),
                                      Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
        path = self.out_dir / f"{name}.png"
        if not image.save(str(path), "PNG", 0):  # 0: smallest file
            raise OSError(f"could not write {path}")
        self.taken.append(path)
        return path

    # -- before signing in ---------------------------------------------------------------------

    def before_the_window(self) -> None:
        """The dialogs that ask for a secret before the window opens: the new register's
        passphrase and the office database's sign-in. They are shown without a parent and
        without the window's style sheet, as at a real start; what is typed shows as dots."""
        from fourthpillar.services import keys
        from fourthpillar.services import office_password
        from fourthpillar.ui.passphrase import PassphraseDialog
        from fourthpillar.ui.sign_in import SignInDialog

        dialogs: list[tuple[str, Any]] = []
        if self.wanted("passphrase"):
            dialog = PassphraseDialog(keys.PassphraseRequest(Path("fourthpillar.sqlite3"), new=True))
            _type_secret(dialog.first, dialog.second)
            dialogs.append(("passphrase", dialog))
        if self.wanted("sign-in"):
            dialog = SignInDialog(office_password.PasswordRequest(OFFICE_LOGIN, OFFICE_DATABASE))
            _type_secret(dialog.password)
            dialogs.append(("sign-in", dialog))
        for name, dialog in dialogs:
            dialog.show()
            settle(100)
            _type_secret()  # the focused field's text shows as typed, not selected
            self.save(name, dialog)
            dialog.reject()
            dialog.deleteLater()

    def welcome(self, desk: Any) -> None:
        if not self.wanted("welcome"):
            return
        from fourthpillar.ui.style import STYLE_SHEET
        from fourthpillar.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(desk, demo_available=True)
        dialog.setStyleSheet(STYLE_SHEET)
        dialog.name.setText(OFFICER[0])
        dialog.region.setCurrentIndex(max(0, dialog.region.findData(OFFICER[1])))
        dialog.show()
        self.save("welcome", dialog)
        dialog.close()
        dialog.deleteLater()

    # -- the main window -----------------------------------------------------------------------

    def main_window(self, desk: Any, work: Path) -> None:
        from fourthpillar.ui.lists.definitions import FOLLOW_UPS
        from fourthpillar.ui.lists.definitions import INITIATIVES
        from fourthpillar.ui.lists.definitions import REQUESTS
        from fourthpillar.ui.main_window import DASHBOARD
        from fourthpillar.ui.main_window import MainWindow

        window = MainWindow(desk)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(400, jobs=window.jobs)
        self.window = window
        try:
            example = _example(desk)
            if self.wanted("dashboard"):
                window.show_page(DASHBOARD)
                window.dashboard.refresh()
                settle(300, jobs=window.jobs)
                self.save("dashboard", window)
            if self.wanted("initiatives-search"):
                window.show_page(INITIATIVES)
                page = window.lists[INITIATIVES]
                settle(200, jobs=window.jobs)
                page.search_box.setText(example.search)
                page.apply_query()  # at once, rather than after the typing pause
                settle(300, jobs=window.jobs, until=lambda: not page.searching)
                page.focus_table()
                self.save("initiatives-search", window)
                page.search_box.clear()
                page.apply_query()
            if self.wanted("requests-filtered"):
                window.show_list_filtered(REQUESTS, {"status": "open"})
                settle(300, jobs=window.jobs)
                window.lists[REQUESTS].focus_table()
                self.save("requests-filtered", window)
            if self.wanted("follow-ups"):
                window.show_page(FOLLOW_UPS)
                settle(300, jobs=window.jobs)
                self.save("follow-ups", window)
            if self.wanted("events") or self.wanted("event-page"):
                self.events(desk)
            if self.wanted("initiative-editor"):
                self.initiative_editor(desk)
            window.show_initiative(example.initiative_id)
            settle(300, jobs=window.jobs)
            if self.wanted("initiative-page"):
                self.save("initiative-page", window)
            if self.wanted("contact-editor"):
                from fourthpillar import clock

                self.dialog("contact-editor", "ContactEditor", desk, initiative_id=example.initiative_id,
                            fill={"name": "Sofie Claes", "role": _contact_role(), "email": "sofie.claes@example.be",
                                  "phone": "+32 470 12 34 56",
                                  "consent_date": clock.today()})
            if self.wanted("request-editor"):
                self.dialog("request-editor", "RequestEditor", desk, request_id=example.request_id, size=(900, 0))
            if self.wanted("follow-up-editor"):
                self.follow_up_editor(desk, example)
            if self.wanted("complete-follow-up") and example.follow_up_id:
                self.dialog("complete-follow-up", "CompleteFollowUpDialog", desk,
                            follow_up_id=example.follow_up_id, fill={"outcome": _outcome()})
            if self.wanted("quick-search"):
                self.quick_search(example)
            if self.wanted("summary-choice"):
                self.summary_choice(desk, example)
            if self.wanted("period-report"):
                from fourthpillar.ui.exports import PeriodDialog

                dialog = PeriodDialog(desk, window)
                dialog.show()
                self.save("period-report", dialog)
                dialog.reject()
                dialog.deleteLater()
            if self.wanted("import-mapping") or self.wanted("import-preview"):
                self.import_wizard(desk, work, example)
            if self.wanted("backups"):
                self.backups(desk)
            if self.wanted("settings"):
                self.settings_dialog(desk)
            if self.wanted("change-passphrase"):
                self.change_passphrase()
            if self.wanted("merge-dialog"):  # last: a colleague's save changes the example initiative
                self.merge_dialog(desk, work / DATA_FOLDER, example)
        finally:
            window.jobs.wait(30_000)
            window.hide()
            window.deleteLater()
            settle(50)

    def dialog(self, name: str, class_name: str, desk: Any, *, fill: dict[str, Any] | None = None,
               size: tuple[int, int] | None = None, before: Callable[[Any], None] | None = None,
               **arguments: Any) -> None:
        from fourthpillar.ui import editors

        dialog = getattr(editors, class_name)(desk, parent=self.window, **arguments)
        if fill:
            dialog.fill(fill)
        if size:
            dialog.resize(size[0], size[1] or dialog.sizeHint().height())
        dialog.show()
        if before is not None:
            before(dialog)
        settle(200, jobs=self.window.jobs)
        self.save(name, dialog)
        dialog.mark_clean()  # closing must not ask about unsaved input
        dialog.reject()
        dialog.deleteLater()

    def initiative_editor(self, desk: Any) -> None:
        self.dialog("initiative-editor", "InitiativeEditor", desk, initiative_id=None, size=(980, 0), fill={
            "name": "Brug naar Cotonou", "legal_form": "vzw", "enterprise_number": "0456 789 034",
            "status": "active", "founded_year": "2019", "street": "Noordstraat 12", "postcode": "8800",
            "municipality": "Roeselare", "partner_countries": ["BJ", "TG"], "themes": ["education", "healthcare"],
            "tags": "scholen, Benin", "notes": _initiative_note(),
        })

    def follow_up_editor(self, desk: Any, example: Example) -> None:
        def use_quick_date(dialog: Any) -> None:
            dialog.action_edit.setPlainText(_follow_up_action())
            dialog.quick_buttons["+1m"].click()
            dialog.quick_buttons["+1m"].setFocus()

        self.dialog("follow-up-editor", "FollowUpEditor", desk, request_id=example.request_id,
                    before=use_quick_date)

    def quick_search(self, example: Example) -> None:
        popup = self.window.show_quick_search()
        popup.line.setText(example.quick_search)
        popup.run_search()
        settle(200)
        self.save("quick-search", popup)
        popup.reject()

    def summary_choice(self, desk: Any, example: Example) -> None:
        """The real export action up to its question "Who is the summary for?", then cancelled."""
        from PySide6.QtWidgets import QMessageBox

        from fourthpillar.ui import exports

        def exec_and_grab(box: QMessageBox) -> int:
            box.show()
            self.save("summary-choice", box)
            box.hide()
            return int(QMessageBox.StandardButton.Cancel.value)

        with _replaced(QMessageBox, "exec", exec_and_grab):
            exports.export_initiative_summary(self.window, desk, example.initiative_id, runner=self.window.jobs)

    def import_wizard(self, desk: Any, work: Path, example: Example) -> None:
        from fourthpillar.ui.importing import ImportWizard

        sample = _sample_spreadsheet(work / "Lijst 4de pijlers.xlsx", duplicate=(
            example.duplicate_name, example.duplicate_postcode, example.duplicate_municipality))
        wizard = ImportWizard(desk, self.window.jobs, self.window)
        wizard.file_page.path_edit.setText(str(sample))
        wizard.file_page.load_sheets()
        wizard.show()
        settle(200, jobs=self.window.jobs, until=lambda: wizard.file_page.isComplete())
        wizard.next()
        settle(300, jobs=self.window.jobs, until=lambda: wizard.mapping_page.isComplete())
        if self.wanted("import-mapping"):
            self.save("import-mapping", wizard)
        wizard.next()
        settle(300, jobs=self.window.jobs, until=lambda: wizard.preview_page.isComplete())
        if self.wanted("import-preview"):
            self.save("import-preview", wizard)
        wizard.reject()
        wizard.deleteLater()

    def backups(self, desk: Any) -> None:
        from fourthpillar.services import backups
        from fourthpillar.ui.backups import BackupsDialog

        backups.create_backup(desk, reason="manual")
        dialog = BackupsDialog(desk, self.window.jobs, self.window)
        dialog.show()
        settle(300, jobs=self.window.jobs)
        self.save("backups", dialog)
        dialog.reject()
        dialog.deleteLater()


    def settings_dialog(self, desk: Any) -> None:
        from fourthpillar.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(desk, self.window)
        dialog.show()
        settle(200, jobs=self.window.jobs)
        self.save("settings", dialog)
        dialog.reject()
        dialog.deleteLater()

    def change_passphrase(self) -> None:
        """File ▸ Change passphrase…, filled in and cancelled: the register keeps its passphrase."""
        from fourthpillar.ui.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.window)
        _type_secret(dialog.current_edit, dialog.new_edit, dialog.again_edit)
        dialog.show()
        settle(200, jobs=self.window.jobs)
        _type_secret()
        self.save("change-passphrase", dialog)
        dialog.reject()
        dialog.deleteLater()

    def events(self, desk: Any) -> None:
        """The events list, and the page of a coming training that is full: the officer cancels
        one registration there and the first person waiting moves up."""
        from fourthpillar.ui.lists.definitions import EVENTS

        event_id = _full_training(desk)
        window = self.window
        if self.wanted("events"):
            window.show_page(EVENTS)
            settle(300, jobs=window.jobs)
            window.lists[EVENTS].focus_table()
            self.save("events", window)
        if self.wanted("event-page"):
            window.show_event(event_id)
            settle(300, jobs=window.jobs)
            page = window.event_page
            page.table.selectRow(2)
            page.mark_selected("cancelled")
            settle(300, jobs=window.jobs)
            self.save("event-page", window)


    def merge_dialog(self, desk: Any, data_dir: Path, example: Example) -> None:
        """The real merge: the officer edits the example initiative while a colleague, at a desk
        of their own on the same register, saves it; the officer's Save brings up the dialog."""
        from fourthpillar.services import initiatives
        from fourthpillar.services import officers
        from fourthpillar.services.desk import open_desk
        from fourthpillar.ui.editors import InitiativeEditor

        words = _merge_words()
        initiatives.update_initiative(desk, initiative_id=example.initiative_id,
                                      changes={"street": words["street"], "notes": words["notes"]})
        me = desk.officer_id
        colleague = next((officer for officer in officers.list_officers(desk) if officer.id != me), None)
        if colleague is None:
            raise RuntimeError("the demonstration data has no second officer to save the initiative meanwhile")
        editor = InitiativeEditor(desk, initiative_id=example.initiative_id, parent=self.window)
        editor.resize(980, editor.sizeHint().height())
        editor.show()
        settle(200, jobs=self.window.jobs)
        other = open_desk(data_dir=data_dir)
        try:
            other.officer_id = colleague.id
            initiatives.update_initiative(other, initiative_id=example.initiative_id, changes={
                "street": words["their street"], "notes": f"{words['notes']}\n{words['their note']}",
                "tags": words["their tags"]})
        finally:
            other.close()
        editor.street_edit.setText(words["my street"])
        editor.notes_edit.setPlainText(f"{words['notes']}\n{words['my note']}")
        editor.accept()  # Save: refused as stale, merged, the dialog opens over the editor
        dialog = editor.merge_dialog
        if dialog is None:
            raise RuntimeError(f"no merge dialog: {editor.message_bar.text()}")
        settle(200, jobs=self.window.jobs)
        self.save("merge-dialog", dialog)
        dialog.reject()
        editor.mark_clean()
        editor.reject()
        editor.deleteLater()


# -- what the pictures show --------------------------------------------------------------------------


class Example:
    """The demonstration records the pictures are about, chosen the same way every run."""

    initiative_id: str
    request_id: str
    follow_up_id: str | None
    search: str
    quick_search: str
    duplicate_name: str
    duplicate_postcode: str
    duplicate_municipality: str


def _example(desk: Any) -> Example:
    """A lively initiative (contacts, several requests, an open follow-up) and search words."""
    from collections import Counter

    from fourthpillar.services import followups
    from fourthpillar.services import initiatives
    from fourthpillar.services import requests
    from fourthpillar.store.queries import ListQuery

    rows = initiatives.list_initiatives(desk, query=ListQuery(sort="name", limit=120), count=False).rows
    best: tuple[int, Any] | None = None
    for row in rows:
        detail = initiatives.get_initiative(desk, initiative_id=row.id)
        if detail.status != "active" or not detail.contacts:
            continue
        open_requests = [entry for entry in detail.timeline
                         if entry.kind == "request" and entry.status in ("new", "in-progress", "waiting")]
        open_follow_ups = [entry for entry in detail.timeline if entry.kind == "follow_up" and not entry.done]
        score = (min(len(detail.timeline), 10) + 2 * min(len(detail.contacts), 2)
                 + (5 if open_requests else 0) + (3 if open_follow_ups else 0) + (2 if detail.partner_countries else 0))
        if best is None or score > best[0]:
            best = (score, detail)
    if best is None:
        raise RuntimeError("the demonstration data has no active initiative with contact persons")
    detail = best[1]
    example = Example()
    example.initiative_id = detail.id
    example.duplicate_name = detail.name
    example.duplicate_postcode = detail.postcode or ""
    example.duplicate_municipality = detail.municipality or ""
    request_rows = requests.list_requests(desk, query=ListQuery(initiative_id=detail.id, sort="received_on",
                                                                descending=True), count=False).rows
    order = {"in-progress": 0, "waiting": 1, "new": 2, "answered": 3, "closed": 4}
    open_first = sorted(request_rows, key=lambda row: order.get(row.status, 5))
    example.request_id = open_first[0].id if open_first else _any_request(desk)
    own = [entry.id for entry in detail.timeline if entry.kind == "follow_up" and not entry.done]
    follow_up_rows = [] if own else followups.list_follow_ups(
        desk, query=ListQuery(open_only=True, sort="due_on", limit=1), count=False).rows
    example.follow_up_id = own[-1] if own else (follow_up_rows[0].id if follow_up_rows else None)
    # Search words that find several initiatives: the commonest municipality, a partner country.
    all_rows = initiatives.list_initiatives(desk, query=ListQuery(sort="name", limit=1000), count=False).rows
    municipality = Counter(row.municipality for row in all_rows if row.municipality).most_common(1)
    example.search = municipality[0][0] if municipality else detail.name.split()[0]
    example.quick_search = _quick_search_word(desk, detail)
    return example


def _quick_search_word(desk: Any, detail: Any) -> str:
    """A word whose hits are of several kinds (initiatives, contacts, requests): a partner place."""
    from fourthpillar.services import search

    candidates = ["Kigali", "Cotonou", "Bukavu", "Ouagadougou", "Kinshasa", "Dakar", "Lima",
                  *(word for word in detail.name.split() if len(word) > 4)]
    best = ("", -1)
    for word in candidates:
        hits = search.quick_search(desk, text=word, limit=10)
        score = 10 * len({hit.kind for hit in hits}) + len({hit.title for hit in hits})
        if score > best[1]:
            best = (word, score)
    return best[0]


#: The training on the event's page: more people register than it has places.
TRAINING_PLACES = 12
TRAINING_PEOPLE = 15


def _full_training(desk: Any) -> str:
    """A coming training, planned and filled the way an officer would: contact persons of the
    demonstration initiatives and one walk-in (names from the demonstration data) register over
    the last weeks, more than it has places, so the last ones wait. The event's id."""
    import random

    from fourthpillar import clock
    from fourthpillar.services import demo_data
    from fourthpillar.services import events
    from fourthpillar.services import initiatives
    from fourthpillar.services import registrations
    from fourthpillar.store.queries import ListQuery

    today = clock.today()
    event = events.plan_event(desk, values={
        "title": "Fondsenwerving voor beginners", "kind": "training", "topics": ["fundraising"],
        "starts_on": today + dt.timedelta(days=24), "start_time": "19:00", "end_time": "21:30",
        "place": "De Centrale, Gent", "capacity": TRAINING_PLACES, "trainers": "Lies Claes", "status": "open"})
    contacts: list[str] = []
    rows = initiatives.list_initiatives(desk, query=ListQuery(sort="name", limit=200), count=False).rows
    for row in rows[::7]:
        detail = initiatives.get_initiative(desk, initiative_id=row.id)
        if detail.status == "active" and detail.contacts:
            contacts.append(detail.contacts[0].id)
        if len(contacts) == TRAINING_PEOPLE - 1:
            break
    rng = random.Random(DEFAULT_SEED)
    first, last = rng.choice(demo_data.FIRST_NAMES), rng.choice(demo_data.LAST_NAMES)
    walk_in = {"name": f"{first} {last}", "email": f"{first}.{last}@example.org".lower().replace(" ", "")}
    people: list[dict[str, Any]] = [{"contact_id": contact_id} for contact_id in contacts]
    people.insert(len(people) // 2, walk_in)
    for number, person in enumerate(people):
        registered_on = today - dt.timedelta(days=2 * (len(people) - number))
        registrations.register_for_event(desk, event_id=event.id, values={**person, "registered_on": registered_on})
    return str(event.id)


def _type_secret(*fields: Any) -> None:
    """Type :data:`TYPED_SECRET` into *fields*; then (or without fields) leave the focused one's
    cursor at the end, nothing selected, as after typing."""
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QLineEdit

    for field in fields:
        field.setText(TYPED_SECRET)
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit):
        focused.deselect()
        focused.end(False)


def _any_request(desk: Any) -> str:
    from fourthpillar.services import requests
    from fourthpillar.store.queries import ListQuery

    return str(requests.list_requests(desk, query=ListQuery(limit=1), count=False).rows[0].id)


def _contact_role() -> str:
    from PySide6.QtCore import QLocale

    return "secretaris" if QLocale().language() == QLocale.Language.Dutch else "secretary"


def _follow_up_action() -> str:
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.Dutch:
        return "Nabellen: was het advies duidelijk, zijn er nog vragen?"
    return "Call back: was the advice clear, are there any questions left?"


def _initiative_note() -> str:
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.Dutch:
        return "Leerde het Steunpunt kennen op de consultatiedag in Roeselare."
    return "Met the Support Office at the consultation day in Roeselare."


def _outcome() -> str:
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.Dutch:
        return "Besproken met de voorzitter aan de telefoon; niets meer te doen."
    return "Talked it through with the chair on the phone; nothing left to do."


def _merge_words() -> dict[str, str]:
    """What the officer and a colleague both change in the example initiative (the merge dialog)."""
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.Dutch:
        return {"street": "Noordstraat 12", "notes": "Kwam langs op een consultatiedag.",
                "their street": "Stationsstraat 48", "their note": "Verhuist in mei naar het buurthuis.",
                "their tags": "scholen", "my street": "Noordstraat 12 bus 3",
                "my note": "Vraagt een modelovereenkomst."}
    return {"street": "Noordstraat 12", "notes": "Met us on a consultation day.",
            "their street": "Stationsstraat 48", "their note": "Moves to the community hall in May.",
            "their tags": "schools", "my street": "Noordstraat 12 box 3",
            "my note": "Asks for a model agreement."}


def _sample_spreadsheet(path: Path, *, duplicate: tuple[str, str, str]) -> Path:
    """A small list of 4de pijlers as the office keeps them: Dutch headers, one bad row, one known."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "4de pijlers"
    sheet.append(["Naam organisatie", "Rechtsvorm", "Ondernemingsnummer", "Straat", "Postcode", "Gemeente",
                  "Partnerland", "Contactpersoon", "E-mail contactpersoon", "Opmerkingen"])
    rows = [
        ("Vrienden van Bukavu", "vzw", "0456.789.034", "Kerkstraat 4", "9000", "Gent", "Congo (DRC)",
         "Els Vermeulen", "els@vriendenvanbukavu.be", "Basistraining gevolgd in 2024"),
        ("Water voor Tambacounda", "feitelijke vereniging", "", "Stationsplein 1", "3500", "Hasselt", "Senegal",
         "Jan Peeters", "jan.peeters@example.be", ""),
        ("Schoolbank Huye", "vzw", "0123.456.789", "Markt 12", "2800", "Mechelen", "Rwanda",
         "Fatima El Amrani", "fatima@schoolbankhuye", ""),
        ("Samen voor Cusco", "vzw", "", "Dorp 7", "99999", "Kortrijk", "Peru", "Pieter De Smet",
         "pieter@samenvoorcusco.be", ""),
        (f"{duplicate[0]} vzw", "vzw", "", "", duplicate[1], duplicate[2], "", "", "", "Staat al in het register"),
        ("Brug naar Cotonou", "vzw", "", "Noordstraat 12", "8800", "Roeselare", "Benin", "Lies Maes",
         "lies@brugnaarcotonou.be", ""),
    ]
    for row in rows:
        sheet.append(list(row))
    for column, width in zip("ABCDEFGHIJ", (26, 20, 20, 18, 10, 14, 16, 18, 28, 30), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)
    return path


@contextmanager
def _replaced(owner: Any, name: str, replacement: Callable[..., Any]) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        setattr(owner, name, original)


if __name__ == "__main__":
    sys.exit(main())

