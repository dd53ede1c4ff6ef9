"""Every text the app looks up while it is used exists, finished, in Dutch and French.

``tests/i18n/test_translations.py`` checks the .ts files against the strings lupdate can see in
the code. A string handed to ``tr()`` or ``translate()`` through a variable (a column title
taken from a tuple, a label from a dictionary) is invisible to lupdate unless it is marked with
``QT_TRANSLATE_NOOP("SameContext", "...")``; a Dutch or French officer then sees it in English.

This test catches those at run time: a recording translator is put in front of the app's real
ones, the app is driven broadly in the language (every page, editor and dialog, with
demonstration data), and every (context, source text) looked up in one of our contexts must
have a finished translation in that language's .ts file.

If it fails: mark the listed source texts with ``QT_TRANSLATE_NOOP`` in the context they are
looked up in (the context named in the failure), run ``tools/update-translations`` and
translate what it marks unfinished.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.services import backups
from fourthpillar.services import demo
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery

REPOSITORY = Path(__file__).resolve().parents[2]
PACKAGE = REPOSITORY / "fourthpillar"
TRANSLATIONS = REPOSITORY / "resources" / "translations"
#: Placeholders are not words to translate: "%1", "%n", "{name}".
_PLACEHOLDER = re.compile(r"%[0-9n]|\{[^{}]*\}")
_LETTER = re.compile(r"[^\W\d_]")


class RecordingTranslator(QTranslator):
    """Installed last (so asked first): records each lookup and lets the real translators answer."""

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.lookups: set[tuple[str, str]] = set()
        self._lock = threading.Lock()  # background jobs translate too

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if context and source:
            with self._lock:
                self.lookups.add((context, source))
        return None  # a null string: Qt asks the next translator

    def isEmpty(self) -> bool:
        return False


def our_contexts() -> set[str]:
    """The contexts our code translates in: those of our .ts files, the literal contexts of
    translate()/QT_TRANSLATE_NOOP calls, and our class names (``self.tr`` uses the class name).
    Qt's own contexts (QDialogButtonBox, QPlatformTheme, QFileDialog...) are Qt's business."""
    contexts: set[str] = set()
    for ts in TRANSLATIONS.glob("fourthpillar_*.ts"):
        contexts |= set(re.findall(r"<name>([^<]+)</name>", ts.read_text(encoding="utf-8")))
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        contexts |= set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*[\"'](\w+)[\"']", text))
        contexts |= set(re.findall(r"^\s*class (\w+)", text, re.MULTILINE))
    return contexts


def is_text(source: str) -> bool:
    """Words to translate, not a bare placeholder, number or symbol."""
    return bool(_LETTER.search(_PLACEHOLDER.sub("", source)))


def class_walks() -> dict[str, set[str]]:
    """Class name -> the other class names ``self.tr`` may be answered from for it.

    PySide's ``self.tr`` asks the class's own context, then each base class's in turn until a
    translation differs from the source: a subclass's lookup is answered by its base's
    (InitiativeEditor's "&Save" by EditorDialog's), and a mixin's by the class it is mixed into
    (FileCommands's "Enter" by MainWindow's "Enter", which Dutch keeps as it is).
    A %n plural never walks: once the number is filled in the answer differs from the source
    text, so PySide returns the untranslated English (see :func:`untranslated`).
    """
    from PySide6.QtCore import QObject

    walks: dict[str, set[str]] = {}
    pending = [QObject]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("fourthpillar."):
            names = {base.__name__ for base in cls.__mro__}
            for name in names:
                walks.setdefault(name, set()).update(names)
    return walks


def untranslated(lookups: set[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """The lookups in our contexts that find no finished translation, in any context Qt tries.

    A plural ("%n marked field(s)") must be translated in the very context it is looked up in:
    a base class's plural asked for by ``self.tr`` under a subclass's name reached Dutch
    officers in English (``test_base_class_texts.py``)."""
    catalog = i18n.Catalog.from_ts(TRANSLATIONS / f"fourthpillar_{language}.ts")
    contexts = our_contexts()
    walks = class_walks()
    return sorted((context, source) for context, source in lookups
                  if context in contexts and is_text(source)
                  and not any((other, source) in catalog.messages
                              for other in ({context} if "%n" in source else walks.get(context, {context}))))


# -- driving the app -------------------------------------------------------------------------


class Answers:
    """Stand-ins for the static dialogs (they would block): record what was shown, decline.

    A question is answered "Discard": no to archiving, restoring or undoing, and an editor
    closed with unsaved input lets it go.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.shown: list[str] = []
        self.save_path = ""
        self.open_path = ""

        def message(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
            def show(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
                self.shown.append(" | ".join(str(arg) for arg in args[1:3]))
                return answer
            return show

        for name in ("information", "warning", "critical", "about"):
            monkeypatch.setattr(QMessageBox, name, message(QMessageBox.StandardButton.Ok))
        monkeypatch.setattr(QMessageBox, "question", message(QMessageBox.StandardButton.Discard))
        monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, choices, *_a, **_k: (choices[0], True))
        monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("", False))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (self.save_path, ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (self.open_path, ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: str(folder))


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[Callable[[], RecordingTranslator]]:
    """``recorder()`` after ``speak(...)``: a RecordingTranslator in front of the real ones."""
    installed: list[RecordingTranslator] = []

    def install() -> RecordingTranslator:
        translator = RecordingTranslator(qapp)
        qapp.installTranslator(translator)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_idle(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)


def first_ids(desk: Desk) -> tuple[str, str, str, str]:
    """An initiative with a contact, one of its requests, and one of its follow-ups."""
    for row in initiatives.list_initiatives(desk, query=ListQuery(limit=50)).rows:
        detail = initiatives.get_initiative(desk, initiative_id=row.id)
        request_rows = requests.list_requests(desk, query=ListQuery(initiative_id=row.id, limit=5)).rows
        follow_rows = followups.list_follow_ups(desk, query=ListQuery(initiative_id=row.id, limit=5)).rows
        if detail.contacts and request_rows and follow_rows:
            return row.id, detail.contacts[0].id, request_rows[0].id, follow_rows[0].id
    raise AssertionError("the demonstration data has no initiative with a contact, request and follow-up")


def drive_the_app(desk: Desk, data_dir: Path, qtbot: QtBot, answers: Answers, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, editor and dialog an officer reaches, with demonstration data."""
    from fourthpillar.ui import exports as exports_ui
    from fourthpillar.ui.backups import BackupsDialog
    from fourthpillar.ui.editors import CompleteFollowUpDialog
    from fourthpillar.ui.editors import ContactEditor
    from fourthpillar.ui.editors import EventEditor
    from fourthpillar.ui.editors import FollowUpEditor
    from fourthpillar.ui.editors import InitiativeEditor
    from fourthpillar.ui.editors import RegistrationDialog
    from fourthpillar.ui.editors import RequestEditor
    from fourthpillar.ui.history_dialog import HistoryDialog
    from fourthpillar.ui.importing.wizard import ImportWizard
    from fourthpillar.ui.main_window import MainWindow
    from fourthpillar.ui.officers import OfficersDialog
    from fourthpillar.ui.settings_dialog import SettingsDialog
    from fourthpillar.ui.startup import offer_recovery
    from fourthpillar.ui.welcome import WelcomeDialog

    demo.load_demo_data(desk, initiatives=20, seed=7)
    initiative_id, contact_id, request_id, follow_up_id = first_ids(desk)
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"notes": "Belt terug in maart",
                                                                              "status": "dormant"})
    followups.complete_follow_up(desk, follow_up_id=follow_up_id, outcome="Gebeld", done_on=clock.today())
    backups.create_backup(desk, reason="manual")
    # An event that is full, with someone who attended, someone waiting and a walk-in.
    event_id = events.plan_event(desk, values={"title": "Vorming fondsenwerving", "capacity": 1, "status": "open",
                                               "starts_on": clock.today() + dt.timedelta(days=3)}).id
    came = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id}).id
    registrations.register_for_event(desk, event_id=event_id, values={"name": "Karel Smet",
                                                                      "email": "karel@example.org"})
    registrations.set_registration_status(desk, registration_ids=[came], status="attended")

    window = MainWindow(desk)
    qtbot.addWidget(window, before_close_func=lambda _window: wait_idle(qtbot, window))
    window.show()
    qtbot.waitExposed(window)

    # The side bar's pages, each list sorted and filtered once, and the initiative's page.
    for name in ("dashboard", "initiatives", "requests", "follow_ups", "events", "conflicts"):
        window.show_page(name)
        wait_idle(qtbot, window)
        page = window.lists.get(name)
        if page is not None:
            qtbot.waitUntil(lambda page=page: page.model.total > 0, timeout=10_000)
            window._fill_columns_menu()
            page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
            page.search_box.setText("zzzz-nothing")
            page._search_in_background()
            wait_idle(qtbot, window)
            page.search_box.setText("")
            page._search_in_background()
            wait_idle(qtbot, window)
    window.show_initiative(initiative_id)
    wait_idle(qtbot, window)
    window.initiative_page.contact_menu()  # type: ignore[attr-defined]
    # The event's page, a registration marked and undone, its editor and the registration form.
    window.show_event(event_id)
    wait_idle(qtbot, window)
    window.event_page.table.selectAll()
    window.event_page.mark_selected("no-show")
    wait_idle(qtbot, window)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    for event_dialog in (EventEditor(desk, parent=window), EventEditor(desk, event_id=event_id, parent=window),
                         RegistrationDialog(desk, event_id=event_id, parent=window)):
        show(qtbot, event_dialog)
        event_dialog.accept()  # a new event or registration is refused: its required fields are named
        event_dialog.reject()
    (tmp_path / "registrations.csv").write_text("Naam;E-mail\nKarel Smet;karel@example.org\nFout;geen-adres\n",
                                                 encoding="utf-8")
    importing = window.event_page.import_registrations(tmp_path / "registrations.csv")
    wait_idle(qtbot, window)
    assert importing is not None and importing.preview is not None, "the registrations preview was not shown"
    importing.reject()
    window.show_shortcuts()
    window.show_about()
    from fourthpillar.ui.help import show_user_guide

    guide = show_user_guide(window)
    if guide is not None:
        guide.close()

    # Archiving asks first (answered "cancel"); an action undone and redone.
    window.show_page("requests")
    window.lists["requests"].select_row(0)
    window.archive_action.trigger()
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"tags": ["Kongo"]})
    window.record_saved("x", initiatives.update_initiative(desk, initiative_id=initiative_id,
                                                           changes={"tags": ["Kongo", "water"]}))
    window.undo_action.trigger()
    window.redo_action.trigger()
    wait_idle(qtbot, window)

    # Quick search.
    popup = window.show_quick_search()
    qtbot.keyClicks(popup.line, "a")
    qtbot.waitUntil(lambda: popup.results.count() > 0, timeout=5000)
    popup.line.setText("zzzz-nothing")
    popup.run_search()
    wait_idle(qtbot, window)
    popup.close()

    # Every editor, new and existing, with a bad value and a save that fails on it.
    editor = show(qtbot, InitiativeEditor(desk, parent=window))
    editor.slots["enterprise_number"].widget.setText("0123.456.789")  # type: ignore[attr-defined]
    editor.slots["enterprise_number"].widget.setText("12")  # type: ignore[attr-defined]
    editor.slots["postcode"].widget.setText("12")  # type: ignore[attr-defined]
    editor.accept()  # refused: the bad fields are named
    editor.reject()
    for dialog, is_new in ((InitiativeEditor(desk, initiative_id=initiative_id, parent=window), False),
                           (ContactEditor(desk, initiative_id, parent=window), True),
                           (ContactEditor(desk, initiative_id, contact_id, parent=window), False),
                           (RequestEditor(desk, initiative_id=initiative_id, parent=window), True),
                           (RequestEditor(desk, request_id=request_id, parent=window), False),
                           (FollowUpEditor(desk, parent=window), True),
                           (FollowUpEditor(desk, initiative_id=initiative_id, parent=window), True),
                           (FollowUpEditor(desk, follow_up_id=follow_up_id, parent=window), False)):
        show(qtbot, dialog)
        if is_new:
            dialog.accept()  # refused: the required fields left empty are named
        dialog.reject()
    open_follow_up = followups.list_follow_ups(desk, query=ListQuery(open_only=True, limit=1)).rows[0].id
    show(qtbot, CompleteFollowUpDialog(desk, follow_up_id=open_follow_up, parent=window)).reject()

    # Saving over a colleague's newer save: the merge dialog.
    colleague = officers.register_officer(desk, values={"name": "Jan Peeters"})
    other = open_desk(data_dir=data_dir)
    try:
        other.officer_id = colleague.id
        editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id, parent=window))
        initiatives.update_initiative(other, initiative_id=initiative_id, changes={"municipality": "Berchem",
                                                                                   "legal_form": "vzw"})
        editor.municipality_edit.setText("Deurne")  # type: ignore[attr-defined]
        editor.legal_form_combo.set_code("stichting")  # type: ignore[attr-defined]
        editor.accept()
        merge = editor.merge_dialog  # type: ignore[attr-defined]
        assert merge is not None, "the merge dialog did not come up"
        qtbot.waitUntil(merge.isVisible)
        merge.reject()
        editor.reject()
    finally:
        other.close()

    # History with entries, and undoing from it (answered "no").
    history = show(qtbot, HistoryDialog(desk, entity="initiative", record_id=initiative_id, title="x", parent=window))
    history.table.selectRow(0)  # type: ignore[attr-defined]
    for entity, record_id in (("request", request_id), ("follow_up", follow_up_id), ("contact", contact_id)):
        show(qtbot, HistoryDialog(desk, entity=entity, record_id=record_id, title="x", parent=window)).reject()
    history.reject()

    # File ▸ Backups with a backup listed; restoring it is asked (and declined); a damaged register.
    backups_dialog = BackupsDialog(desk, window.jobs, window)
    show(qtbot, backups_dialog)
    qtbot.waitUntil(lambda: backups_dialog.table.rowCount() > 0, timeout=10_000)
    backups_dialog.table.selectRow(0)
    backups_dialog.restore_selected()
    wait_idle(qtbot, window)
    backups_dialog.reject()
    offer_recovery(data_dir, "damaged")

    # File ▸ Officers and logins, and its forms (adding, changing), with a refusal shown.
    officers_dialog = OfficersDialog(desk, window.jobs, window)
    show(qtbot, officers_dialog)
    qtbot.waitUntil(lambda: not officers_dialog.reading, timeout=10_000)  # read in the background
    officers_dialog.table.selectRow(0)
    add_form = officers_dialog.add_officer()
    assert add_form is not None
    add_form.password.setText("short")
    add_form.save()
    add_form.repeat.setText("short")
    add_form.save()
    add_form.reject()
    officers_dialog.rows = [dataclasses.replace(officers_dialog.rows[0], login="an", role="coordinator",
                                                provinces=("limburg",), active=False)]
    officers_dialog.change_selected()
    assert officers_dialog.form is not None
    officers_dialog.form.reject()
    officers_dialog.reject()

    # Settings, the welcome, the import wizard's first pages.
    show(qtbot, SettingsDialog(desk, window)).reject()  # type: ignore[attr-defined]
    show(qtbot, WelcomeDialog(desk, demo_available=True, parent=window)).reject()  # type: ignore[attr-defined]
    sheet = tmp_path / "to-import.csv"
    sheet.write_text("Naam;Postcode;Gemeente;E-mail\nWater voor Kaolack;2000;Antwerpen;x@\n;12;;\n",
                     encoding="utf-8")
    wizard = ImportWizard(desk, window.jobs, window)
    show(qtbot, wizard)
    wizard.file_page.path_edit.setText(str(sheet))
    wizard.file_page.load_sheets()
    wait_idle(qtbot, window)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wait_idle(qtbot, window)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    wizard.next()
    wait_idle(qtbot, window)
    wizard.reject()

    # Exports: the dialogs and the files (their headings, columns and labels are translated too).
    results: list[Path] = []
    monkeypatch.setattr(exports_ui, "show_result", lambda _parent, _title, result: results.append(result.path))
    for number, run in enumerate((
        lambda: exports_ui.export_initiative_summary(window, desk, initiative_id, shared=True, runner=window.jobs),
        lambda: exports_ui.export_initiative_summary(window, desk, initiative_id, shared=False, runner=window.jobs),
        lambda: exports_ui.export_advice_summary(window, desk, request_id, runner=window.jobs),
        lambda: exports_ui.export_network_list(window, desk, runner=window.jobs),
        lambda: exports_ui.export_list_view(window, desk, window.lists["requests"], runner=window.jobs),
        lambda: exports_ui.export_list_view(window, desk, window.lists["follow_ups"], runner=window.jobs),
        lambda: exports_ui.export_list_view(window, desk, window.lists["initiatives"], runner=window.jobs),
    )):
        target = tmp_path / f"export-{number}"
        monkeypatch.setattr(exports_ui, "choose_path", lambda *_args, target=target: (target, False))
        run()
        wait_idle(qtbot, window)
    period = exports_ui.PeriodDialog(desk, window)
    show(qtbot, period)
    choice = period.choice()
    period.reject()
    choice["date_from"] = clock.today() - dt.timedelta(days=400)
    for number, as_pdf in enumerate((True, False)):
        monkeypatch.setattr(exports_ui, "choose_path", lambda *_args, n=number: (tmp_path / f"period-{n}", False))
        exports_ui.export_period(window, desk, {**choice, "pdf": as_pdf}, runner=window.jobs)
        wait_idle(qtbot, window)
    assert len(results) == 9, answers.shown

    # Field packages and the Conflicts page with a conflict on it.
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    made = sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code)
    laptop = open_desk(data_dir=made.data_dir)
    try:
        officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "veld",
                                                                                    "status": "active"})
        initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"notes": "kantoor",
                                                                                  "status": "stopped"})
        incoming = tmp_path / "from-laptop.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=incoming)
    finally:
        laptop.close()
    answers.open_path = str(incoming)
    window.field_sync.apply_action.trigger()
    wait_idle(qtbot, window)
    box = window.field_sync.summary_box
    if box is not None:
        box.close()
    window.show_page("conflicts")
    window.field_sync.view.refresh()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.field_sync.view._table.rowCount() > 0, timeout=10_000)
    answers.save_path = str(tmp_path / "for-laptop.fpsync")
    window.field_sync.package_action.trigger()
    wait_idle(qtbot, window)
    answers.open_path = str(tmp_path / "not-a-package.fpsync")
    Path(answers.open_path).write_bytes(b"not a package")
    window.field_sync.apply_action.trigger()
    wait_idle(qtbot, window)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.close()
    window.close()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_text_shown_while_using_the_app_is_translated(
        language: str, desk: Desk, data_dir: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        speak: Callable[[str], None], recorder: Callable[[], RecordingTranslator]) -> None:
    """Else a Dutch or French officer sees English column titles, labels or messages here and there."""
    speak(language)
    translator = recorder()
    answers = Answers(monkeypatch, tmp_path)
    drive_the_app(desk, data_dir, qtbot, answers, tmp_path, monkeypatch)

    assert QCoreApplication.translate("MainWindow", "&File") != "&File", "the recorder hid the real translations"
    assert len(translator.lookups) > 600, "the app was not driven: too few texts looked up"
    missing = untranslated(translator.lookups, language)
    assert missing == [], (f"{len(missing)} texts shown in English in fourthpillar_{language}.ts's language "
                           "(mark them with QT_TRANSLATE_NOOP in that context, then tools/update-translations):\n"
                           + "\n".join(f"  {context}: {source!r}" for context, source in missing))


def test_the_recorder_sees_a_string_passed_through_a_variable(speak: Callable[[str], None],
                                                              recorder: Callable[[], RecordingTranslator]) -> None:
    """The check itself: a lookup of a text missing from the .ts is reported, a known one is not."""
    speak("nl")
    translator = recorder()
    title = "A title nobody marked"
    QCoreApplication.translate("Backups", title)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    QCoreApplication.translate("QDialogButtonBox", "Close")  # Qt's own context: Qt's business
    QCoreApplication.translate("Backups", "%1")  # not words
    assert untranslated(translator.lookups, "nl") == [("Backups", title)]


def field_copy_with_a_conflict(office: Desk, tmp_path: Path, laptop_changes: dict[str, Any],
                               here: Callable[[str], object]) -> str:
    """An initiative changed on a field laptop and by *here* (given its id) in the office, the
    laptop's package applied here."""
    initiative_id = initiatives.register_initiative(office, values={"name": "Solidair", "postcode": "9000",
                                                                    "themes": ["education"]}).id
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(office, path=package).code
    laptop = open_desk(data_dir=sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).data_dir)
    try:
        officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes=laptop_changes)
        here(initiative_id)
        sync.create_package(laptop, for_replica=office.replica_id, path=tmp_path / "from-laptop.fpsync")
    finally:
        laptop.close()
    sync.apply_package(office, path=tmp_path / "from-laptop.fpsync")
    return initiative_id


def conflict_row(desk: Desk, qtbot: QtBot) -> list[str]:
    """The texts of the Conflicts page's only row."""
    from fourthpillar.ui.conflicts import ConflictsView
    from fourthpillar.ui.jobs import JobRunner

    runner = JobRunner()
    view = ConflictsView(desk, runner)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view._table.rowCount() == 1, timeout=10_000)
    texts = [view._table.item(0, column).text() for column in range(view._table.columnCount())]
    runner.wait(5000)
    return texts


def test_the_conflicts_page_names_fields_and_choices_in_the_officers_language(
        desk: Desk, tmp_path: Path, qtbot: QtBot, speak: Callable[[str], None]) -> None:
    """Else a Dutch officer deciding a conflict reads raw field names and codes ("themes",
    "water-sanitation") instead of "thema's" and "water en sanitatie"."""
    from fourthpillar.domain.vocab import THEMES

    field_copy_with_a_conflict(desk, tmp_path, {"themes": ["agriculture"]}, lambda initiative_id: (
        initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"themes": ["water-sanitation"]})))
    speak("nl")
    texts = conflict_row(desk, qtbot)
    assert texts[0].startswith("initiatief: ")
    assert texts[1] == i18n.translate("Field", "themes") != "themes"
    assert texts[2:4] == [THEMES.label("water-sanitation"), THEMES.label("agriculture")]
    assert "water en" in texts[2], texts


def test_an_archived_versus_edited_conflict_names_both_states_in_the_officers_language(
        desk: Desk, tmp_path: Path, qtbot: QtBot, speak: Callable[[str], None]) -> None:
    """Else a Dutch officer deciding whether to keep an initiative reads the service's own words
    "archived" and "live" in English."""
    field_copy_with_a_conflict(desk, tmp_path, {"notes": "Nog actief"}, lambda initiative_id: (
        initiatives.archive_initiative(desk, initiative_id=initiative_id)))
    speak("nl")
    texts = conflict_row(desk, qtbot)
    shown_states = " | ".join(texts[2:])
    assert "gearchiveerd" in shown_states, texts
    assert not {"archived", "live"} & set(texts[2:]) and "live (" not in shown_states, texts
