"""Shared fixtures: every test works on real SQLite files in its own temporary folder."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests assert English text; a machine whose system language is Dutch would otherwise run them in Dutch.
os.environ.setdefault("FOURTHPILLAR_LANGUAGE", "en")
# Registers are encrypted: the suite's passphrase unlocks every one it makes, in this process and in
# the commands and apps it starts, so no test needs a keychain or a prompt. The keychain is the
# "fail" backend: no test may read or write the officer's real keychain.
os.environ.update(FOURTHPILLAR_KEY="correct horse battery staple (tests)",
                  PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

from database_helpers import postgres_copy

from fourthpillar import clock
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from fourthpillar.ui.main_window import MainWindow

TESTS = Path(__file__).resolve().parent
#: Harmless messages of Qt's offscreen platform plugin (it cannot resize native windows, raise
#: them, show popups or grab the keyboard), ignored in the Qt test folders, by folder.
OFFSCREEN_NOISE = {
    "ui": r"This plugin does not support (propagateSizeHints|raise)\(\)",
    "docs": r"This plugin does not support (propagateSizeHints|raise)\(\)",
    "i18n": r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for folder, noise in OFFSCREEN_NOISE.items():
            if Path(item.path).resolve().is_relative_to(TESTS / folder):
                item.add_marker(pytest.mark.qt_log_ignore(noise))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """No cycle collection from the end of a test until pytest-qt has delivered the Qt events
    left over and closed the test's widgets (``pytest_runtest_teardown`` below turns it back on).

    A widget the test made without a parent and dropped, held in a reference cycle, would be
    deleted whenever the collector runs: inside those events that can be while Qt is delivering
    one to that widget (polishing it), and Qt goes on in freed memory, a segfault. pytest-qt's
    hooks are the outermost wrappers, so this runs before their event processing.
    """
    try:
        return (yield)
    finally:
        gc.disable()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Cycle collection back on once the test, its fixtures and pytest-qt's last events are done."""
    try:
        return (yield)
    finally:
        gc.enable()


@pytest.fixture(scope="session", autouse=True)
def one_today_for_the_whole_suite() -> Iterator[dt.date]:
    """'Today' is read once, when the suite starts, and pinned for every test and every command a
    test starts: a suite begun at 23:59 must not see the day change between a test's expectation
    and the code it checks. FOURTHPILLAR_TODAY=2028-02-29 runs the suite's calendar rules on that
    day (``faketime`` moves the whole clock, Qt's and PostgreSQL's too)."""
    day = clock.today()
    before = os.environ.get(clock.TODAY_VARIABLE)
    os.environ[clock.TODAY_VARIABLE] = day.isoformat()
    with clock.today_is(day):
        yield day
    if before is None:
        os.environ.pop(clock.TODAY_VARIABLE, None)
    else:
        os.environ[clock.TODAY_VARIABLE] = before


@pytest.fixture(scope="session", autouse=True)
def log_folder_of_the_suite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app and the commands the tests start log into a temporary folder, never into the
    officer's own log folder."""
    folder = tmp_path_factory.mktemp("logs")
    before = os.environ.get("FOURTHPILLAR_LOG_DIR")
    os.environ["FOURTHPILLAR_LOG_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("FOURTHPILLAR_LOG_DIR", None)
    else:
        os.environ["FOURTHPILLAR_LOG_DIR"] = before


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    """A fresh register in a temporary data folder, with an officer signed in."""
    opened = open_desk(data_dir=data_dir)
    officers.sign_in(opened, name="An Peeters", region="antwerpen")
    yield opened
    opened.close()


@pytest.fixture
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """The test's own empty QSettings in a temporary folder, never the officer's real ones
    (the Qt test folders use it for every test, the language tests where they ask for it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QLocale
    from PySide6.QtCore import QSettings

    # Dates and numbers as the app shows them in English, whatever the machine's LANG is (the app
    # sets the same default when it installs its language).
    QLocale.setDefault(QLocale("en_GB"))
    QCoreApplication.setOrganizationName("FourthPillarTests")
    QCoreApplication.setApplicationName("FourthPillarDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window on *desk*, shown (the Qt test folders); its background jobs ended
    before it goes."""
    from fourthpillar.ui.main_window import MainWindow

    main = MainWindow(desk)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.jobs.wait(10_000)


def _postgres_url() -> str | None:
    return os.environ.get("FOURTHPILLAR_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated template database on the test PostgreSQL server; each test copies it."""
    from sqlalchemy import create_engine
    from sqlalchemy import text

    from fourthpillar.store.database import open_database
    from fourthpillar.store.migrate import upgrade_database

    url = _postgres_url()
    if not url:
        if os.environ.get("FOURTHPILLAR_REQUIRE_POSTGRES"):
            pytest.fail("FOURTHPILLAR_REQUIRE_POSTGRES is set but no server: run through tools/with-postgres")
        pytest.skip("no PostgreSQL server (run the suite through tools/with-postgres)")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS fp_template"))
        connection.execute(text("CREATE DATABASE fp_template"))
    template_url = url.rsplit("/", 1)[0] + "/fp_template"
    database = open_database(template_url)
    upgrade_database(database)
    database.dispose()
    yield url
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_desk(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Desk]:
    """The same register on SQLite and on PostgreSQL: the store must not assume SQLite."""
    if request.param == "sqlite":
        opened = open_desk(data_dir=data_dir)
        officers.sign_in(opened, name="An Peeters", region="antwerpen")
        yield opened
        opened.close()
        return
    with postgres_copy(request) as url:
        opened = open_desk(data_dir=data_dir, database_url=url)
        officers.sign_in(opened, name="An Peeters", region="antwerpen")
        try:
            yield opened
        finally:
            opened.close()
