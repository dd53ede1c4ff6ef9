"""Forged first packages and failures half-way against the pipelined checkout (sync.pipeline):
whatever the one-transaction checkout refuses it refuses with the same line, whatever it
accepts it accepts, nothing half-made is left in the data folder, no journal of the partial
file is written beside it, and none of its threads is left running."""

from __future__ import annotations

import copy
import os
import threading
from pathlib import Path
from typing import Any
from typing import cast

import pytest
from sync_helpers import first_lines
from sync_helpers import forge_first

from fourthpillar.services import demo
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.sync import pipeline
from fourthpillar.sync.inserting import Inserter
from fourthpillar.sync.package import PackageRefused


class Package:
    """A small register's first package, opened, to be reordered or changed and sealed again."""

    def __init__(self, desk: Desk, folder: Path) -> None:
        demo.load_demo_data(desk, initiatives=4, seed=5)
        path = folder / "first.fpsync"
        self.code = sync.create_first_package(desk, path=path).code
        self.head, self.lines = first_lines(path, self.code)
        self.folder = folder

    def table(self, lines: list[Any], name: str) -> int:
        return next(index for index, line in enumerate(lines) if line[:2] == ["table", name])

    def forged(self, lines: list[Any]) -> Path:
        """*lines* sealed again, their closing line's counts made to match (as a forger would)."""
        end = next(index for index, line in enumerate(lines) if line[0] == "end")
        lines = [*lines[:end], *lines[end + 1:],
                 ["end", sum(len(line[1]) for line in lines if line[0] == "rows"),
                  sum(len(line[1]) for line in lines if line[0] == "log")]]
        return forge_first(self.folder / "forged.fpsync", self.head, lines, self.code)

    def outcome(self, path: Path, *, pipelined: bool) -> str:
        """What a checkout of *path* into a new folder says (its refusal, or "accepted: N");
        a refused one leaves the folder empty and no checkout thread running."""
        folder = self.folder / f"laptop-{pipelined}"
        folder.mkdir(exist_ok=True)
        try:
            made = sync.checkout_package(path=path, data_dir=folder, code=self.code, pipelined=pipelined)
        except PackageRefused as refused:
            assert "\n" not in str(refused)
            assert list(folder.iterdir()) == []
            return str(refused)
        finally:
            assert not [thread.name for thread in threading.enumerate() if thread.name.startswith("checkout ")]
        return f"accepted: {made.records}"


@pytest.fixture
def package(desk: Desk, tmp_path: Path) -> Package:
    return Package(desk, tmp_path)


def _moved_after(package: Package, lines: list[Any], name: str, after: str) -> list[Any]:
    """*lines* with table *name* (its line and rows) moved to just after table *after*'s rows."""
    start = package.table(lines, name)
    moved = lines[start:start + 2]
    del lines[start:start + 2]
    end = package.table(lines, after) + 2 if after != "log" else len(lines) - 1  # before the end line
    lines[end:end] = moved
    return lines


def test_a_child_table_before_its_parent_is_refused_by_both(package: Package) -> None:
    """Requests sent before the initiatives they belong to (every one a reference to a record
    not there yet) are refused by the pipeline as by the one-transaction checkout: a copy whose
    requests name nothing would show requests without an initiative."""
    lines = _moved_after(package, copy.deepcopy(package.lines), "initiative", "request")
    forged = package.forged(lines)
    piped = package.outcome(forged, pipelined=True)
    assert "FOREIGN KEY" in package.outcome(forged, pipelined=False)
    assert "FOREIGN KEY" in piped and "names no initiative" in piped


def test_a_searched_table_before_the_table_its_search_borrows_from_is_refused(package: Package) -> None:
    """Registrations (whose search index borrows their contact's name from contact_person)
    sent before the contacts: the pipeline would build their search index with no contact
    names; it refuses the package as the one-transaction checkout does."""
    lines = copy.deepcopy(package.lines)
    start = package.table(lines, "registration")
    assert any(row[lines[start][2].index("contact_id")] for row in lines[start + 1][1])
    lines = _moved_after(package, lines, "contact", "registration")
    forged = package.forged(lines)
    assert "FOREIGN KEY" in package.outcome(forged, pipelined=False)
    assert "FOREIGN KEY" in package.outcome(forged, pipelined=True)


@pytest.mark.parametrize("forgery", ["table twice", "unknown table", "id twice", "table after the log"])
def test_a_forged_package_gets_the_same_answer_from_both(package: Package, forgery: str) -> None:
    """Forgeries of the package's structure: the pipelined checkout refuses each with exactly
    the line the one-transaction checkout says, and tables sent after the change log (which the
    pipeline hands on before the log) make the same register; else a package refused on one
    computer would make a copy on another, or a copy would miss records in its searches."""
    lines = copy.deepcopy(package.lines)
    start = package.table(lines, "event")
    if forgery == "table twice":  # the event table's rows in two runs
        rows = lines[start + 1][1]
        lines[start + 1][1] = rows[:1]
        lines.insert(start + 2, ["rows", rows[1:]])
        lines.insert(start + 2, copy.deepcopy(lines[start]))
    elif forgery == "unknown table":
        lines.insert(start, ["table", "sqlite_master", ["id"]])
        lines.insert(start + 1, ["rows", [["x"]]])
    elif forgery == "id twice":
        lines[start + 1][1].append(copy.deepcopy(lines[start + 1][1][0]))
    else:
        lines = _moved_after(package, lines, "event", "log")
        lines = _moved_after(package, lines, "registration", "log")
    forged = package.forged(lines)
    said = package.outcome(forged, pipelined=False)
    assert package.outcome(forged, pipelined=True) == said
    assert said.startswith("accepted") == (forgery == "table after the log")
    if said.startswith("accepted"):  # the same register, found by the same searches
        from test_checkout_pipeline import _contents

        expected, found = _contents(package.folder / "laptop-False"), _contents(package.folder / "laptop-True")
        assert expected["event"] and expected["registration"] and expected["(search)"]
        for name in expected:
            assert found[name] == expected[name], name


def test_an_early_refusal_by_the_builder_stops_the_reading_and_leaves_nothing(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """A table the builder refuses (two rows under one number of the unique index it builds)
    while the queues are as short as can be: the checkout is refused, not stuck, and leaves
    neither a partial file nor a thread."""
    monkeypatch.setattr(pipeline, "QUEUE_DEPTH", 1)
    lines = copy.deepcopy(package.lines)
    start = package.table(lines, "officer")
    names, rows = lines[start][2], lines[start + 1][1]
    rows[0][names.index("login")] = rows[1][names.index("login")] = "an.peeters"
    forged = package.forged(lines)
    said = package.outcome(forged, pipelined=False)
    assert "UNIQUE" in said
    assert package.outcome(forged, pipelined=True) == said


def test_an_interrupt_while_tables_are_built_leaves_nothing(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or any failure of the reading thread) just after a table was handed to the
    builder: the interrupt reaches the caller, the folder is left empty, the builder and copier
    end, and the table handed on is closed by them only: the reading thread closing a database
    the builder is still working in could crash the app."""
    closed_by: dict[int, list[str]] = {}

    class Tracked(cipher.driver.Connection):
        def close(self) -> None:
            closed_by.setdefault(id(self), []).append(threading.current_thread().name)
            super().close()

    connect = cipher.driver.connect
    monkeypatch.setattr(cipher.driver, "connect",
                        lambda *args, **kwargs: connect(*args, **{**kwargs, "factory": Tracked}))
    hand_on = pipeline._Pipeline._hand_on
    handed: list[int] = []

    def interrupted(self: pipeline._Pipeline, table: str, connection: cipher.Connection) -> None:
        hand_on(self, table, connection)
        handed.append(id(connection))
        if len(handed) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(pipeline._Pipeline, "_hand_on", interrupted)
    folder = package.folder / "laptop"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        sync.checkout_package(path=package.forged(package.lines), data_dir=folder, code=package.code)
    assert list(folder.iterdir()) == []
    assert not [thread.name for thread in threading.enumerate() if thread.name.startswith("checkout ")]
    assert len(handed) == 3
    for handed_on in handed:
        assert closed_by.get(handed_on) and threading.main_thread().name not in closed_by[handed_on]


def test_nothing_but_the_partial_file_is_written_while_tables_are_copied(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the copier writes a table into the encrypted partial file, the data folder holds
    no journal, -wal or -shm of it (pages of the register written outside the one file, and a
    journal would outlive a crash), and the in-memory databases keep their temporary data in
    memory: nothing about the people in it is ever written unencrypted."""
    folder = package.folder / "laptop"
    seen: set[str] = set()
    temp_stores: list[int] = []
    new_table = pipeline._Pipeline._new_table

    def watched(self: pipeline._Pipeline, table: str, borrowed: Any) -> cipher.Connection:
        connection = new_table(self, table, borrowed)
        temp_stores.append(connection.execute("PRAGMA temp_store").fetchone()[0])

        def look() -> int:
            seen.update(os.listdir(folder))
            return 0

        connection.set_progress_handler(look, 50)
        return connection

    monkeypatch.setattr(pipeline._Pipeline, "_new_table", watched)
    made = sync.checkout_package(path=package.forged(package.lines), data_dir=folder, code=package.code)
    assert made.records > 0
    partial = [name for name in seen if name.endswith(".partial")]
    assert len(partial) == 1
    assert not [name for name in seen if name.startswith(partial[0]) and name != partial[0]]
    options = {row[0] for row in cipher.driver.connect(":memory:").execute("PRAGMA compile_options")}
    assert temp_stores and all(store == 2 or (store == 0 and options & {"TEMP_STORE=2", "TEMP_STORE=3"})
                               for store in temp_stores)


def test_the_last_part_is_written_without_a_journal_too(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """The replicas, triggers and conflicts (written after the pipeline's copies, the session's
    connection having been given back to its pool in between) go into the partial file as its
    first part did: without a journal, on the very connection set up for it. Another pool
    connection would put the file back into WAL mode and write it all twice."""
    from sqlalchemy import text

    from fourthpillar.sync import snapshot

    said: list[tuple[str, int]] = []
    record = snapshot.record_replicas

    def watched(session: Any, **kwargs: Any) -> None:
        said.append((session.execute(text("PRAGMA journal_mode")).scalar_one(),
                     session.execute(text("PRAGMA synchronous")).scalar_one()))
        record(session, **kwargs)

    monkeypatch.setattr(snapshot, "record_replicas", watched)
    folder = package.folder / "laptop"
    assert sync.checkout_package(path=package.forged(package.lines), data_dir=folder, code=package.code).records
    assert said == [("off", 0)]


def test_an_interrupt_while_waiting_for_the_threads_leaves_none_running(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C pressed while the checkout waits for its builder to finish the last tables (at
    50,000 initiatives, seconds): the builder and the copier still end, and nothing is left in
    the folder. A copier left waiting for work forever kept the program from ever exiting (the
    officer had to kill it)."""
    made: list[pipeline._Pipeline] = []
    start = pipeline._Pipeline.__init__

    def kept(self: pipeline._Pipeline, *args: Any) -> None:
        start(self, *args)
        made.append(self)

    class Interrupted(threading.Thread):
        def join(self, timeout: float | None = None) -> None:
            if self.name == "checkout builder" and timeout is None:
                raise KeyboardInterrupt
            super().join(timeout)

    monkeypatch.setattr(pipeline._Pipeline, "__init__", kept)
    monkeypatch.setattr("fourthpillar.sync.pipeline.threading.Thread", Interrupted)
    folder = package.folder / "laptop"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        sync.checkout_package(path=package.forged(package.lines), data_dir=folder, code=package.code)
    left = [thread for thread in threading.enumerate() if thread.name.startswith("checkout ")]
    for thread in left:
        thread.join(timeout=60)
    running = [thread.name for thread in left if thread.is_alive()]
    if running:  # let them end, not to hang the tests
        made[0].to_build.put(None)
        made[0].to_copy.put(None)
    assert not running
    assert list(folder.iterdir()) == []


def test_a_package_with_empty_tables_makes_the_same_register(package: Package) -> None:
    """A register without any event (their tables arrive empty): the pipeline still makes the
    one-transaction checkout's register, statistics and search indexes' own tables included
    (an empty table's statistics row differs: lists planned differently on each copy)."""
    from test_checkout_pipeline import _contents

    from fourthpillar.sync.package import CHANGE_COLUMNS

    lines = copy.deepcopy(package.lines)
    for table in ("event", "registration"):
        lines[package.table(lines, table) + 1][1] = []
    entity = CHANGE_COLUMNS.index("entity")
    for line in lines:
        if line[0] == "log":
            line[1] = [row for row in line[1] if row[entity] not in ("event", "registration")]
    forged = package.forged(lines)
    said = package.outcome(forged, pipelined=False)
    assert said.startswith("accepted"), said
    assert package.outcome(forged, pipelined=True) == said
    expected, found = _contents(package.folder / "laptop-False"), _contents(package.folder / "laptop-True")
    assert expected["(integrity)"] == ["ok"] and not expected["event"]
    for name in expected:
        assert found[name] == expected[name], name


def test_a_copier_failure_never_shows_the_registers_key(
        package: Package, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The copier attaches the partial file with its raw key: when that fails (here a wrong
    key), neither the error, its traceback nor the log holds the key (whoever reads a bug
    report could open the register with it), and nothing is left in the folder."""
    import logging
    import traceback
    import types

    wrong = cipher.FileKey(bytes(range(32)), b"\0" * cipher.SALT_BYTES)
    proxy = types.SimpleNamespace(**{name: getattr(cipher, name) for name in dir(cipher) if not name.startswith("__")})
    proxy.key_of = lambda _path: wrong
    monkeypatch.setattr(pipeline, "cipher", proxy)
    folder = package.folder / "laptop"
    folder.mkdir()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as failed:  # whatever it is, it must not hold the key
        sync.checkout_package(path=package.forged(package.lines), data_dir=folder, code=package.code)
    told = "".join(traceback.format_exception(failed.value)) + caplog.text
    assert "not a database" in told
    assert wrong.key.hex() not in told.lower() and wrong.pragma_value(with_salt=False) not in told
    assert list(folder.iterdir()) == []
    assert not [thread.name for thread in threading.enumerate() if thread.name.startswith("checkout ")]


def test_the_session_holds_no_transaction_while_the_copier_writes(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checkout's own session committed its first part before the copier's writes and
    starts nothing until they are all in: else the copier's commit waits on the session's lock
    for the busy timeout and fails (a good package refused as "database is locked"), or the
    session's write waits on the copier's."""
    sessions: list[Any] = []
    states: list[bool] = []
    run = pipeline._Pipeline.run
    copy_table = pipeline._Pipeline._copy

    def watched_run(self: pipeline._Pipeline, session: Any, *args: Any) -> Any:
        sessions.append(session.connection().connection.dbapi_connection)
        return run(self, session, *args)

    def look() -> int:
        states.append(sessions[0].in_transaction)
        return 0

    def watched(self: pipeline._Pipeline, job: pipeline.Job) -> None:
        job[1].set_progress_handler(look, 200)
        copy_table(self, job)

    monkeypatch.setattr(pipeline._Pipeline, "run", watched_run)
    monkeypatch.setattr(pipeline._Pipeline, "_copy", watched)
    assert sync.checkout_package(path=package.forged(package.lines), data_dir=package.folder / "laptop",
                                 code=package.code).records
    assert states and not any(states)


def test_tables_in_memory_at_once_are_bounded_by_the_queues(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the copier held up (a slow disk), the reading thread waits once the builder's
    queue is full instead of keeping every table in memory: at most one table being filled,
    one built, one copied and QUEUE_DEPTH waiting for each thread, beside the change log. A
    laptop with little memory would otherwise swap, or the checkout die, on a large register."""
    monkeypatch.setattr(pipeline, "QUEUE_DEPTH", 1)
    alive: list[int] = [0]
    most: list[int] = [0]
    lock = threading.Lock()

    class Counted(cipher.driver.Connection):
        counted = False  # an in-memory database of the pipeline's, not yet closed

        def close(self) -> None:
            with lock:
                if self.counted:
                    self.counted = False
                    alive[0] -= 1
            super().close()

    connect = cipher.driver.connect

    def counted(*args: Any, **kwargs: Any) -> Any:
        connection = cast(Counted, connect(*args, **{**kwargs, "factory": Counted}))
        if args and args[0] == ":memory:":
            with lock:
                connection.counted = True
                alive[0] += 1
                most[0] = max(most[0], alive[0])
        return connection

    monkeypatch.setattr(cipher.driver, "connect", counted)
    go = threading.Event()
    hand_on = pipeline._Pipeline._hand_on
    copy_table = pipeline._Pipeline._copy

    def watched(self: pipeline._Pipeline, table: str, connection: cipher.Connection) -> None:
        if self.to_build.full() or table == "change":
            go.set()  # the reading thread would wait now: let the copier go on
        hand_on(self, table, connection)

    def held_up(self: pipeline._Pipeline, job: pipeline.Job) -> None:
        go.wait()
        copy_table(self, job)

    monkeypatch.setattr(pipeline._Pipeline, "_hand_on", watched)
    monkeypatch.setattr(pipeline._Pipeline, "_copy", held_up)
    assert sync.checkout_package(path=package.forged(package.lines), data_dir=package.folder / "laptop",
                                 code=package.code).records
    assert go.is_set() and alive[0] == 0
    assert most[0] <= 3 + 2 * pipeline.QUEUE_DEPTH + 1


def test_a_refusal_by_the_builder_stops_the_reading_at_once(
        package: Package, monkeypatch: pytest.MonkeyPatch) -> None:
    """The builder refuses the officers (two under one login) before the reading thread reads
    on: it stops at its next line instead of reading, checking and holding in memory every
    other table and the whole history first (at 50,000 initiatives seconds and hundreds of
    megabytes for a package already refused)."""
    lines = copy.deepcopy(package.lines)
    start = package.table(lines, "officer")
    names, rows = lines[start][2], lines[start + 1][1]
    rows[0][names.index("login")] = rows[1][names.index("login")] = "an.peeters"
    built = threading.Event()
    build, hand_on, write = pipeline._Pipeline._build, pipeline._Pipeline._hand_on, Inserter.write
    after: list[str] = []

    def watched_build(self: pipeline._Pipeline, job: pipeline.Job) -> None:
        try:
            build(self, job)
        finally:
            built.set()

    def watched_hand_on(self: pipeline._Pipeline, table: str, connection: cipher.Connection) -> None:
        hand_on(self, table, connection)
        if table == "officer":
            built.wait()  # as if the next table were long: the builder is done meanwhile

    def watched_write(self: Any, rows: list[list[Any]]) -> None:
        if built.is_set():
            after.append(self.target.name)
        write(self, rows)

    monkeypatch.setattr(pipeline._Pipeline, "_build", watched_build)
    monkeypatch.setattr(pipeline._Pipeline, "_hand_on", watched_hand_on)
    monkeypatch.setattr(Inserter, "write", watched_write)
    assert "UNIQUE constraint failed: officer.login" in package.outcome(package.forged(lines), pipelined=True)
    assert after == []
