"""First packages (office → new laptop) are written and read a line at a time: what the
coordinator gets must be the office's register exactly, and a damaged or forged package must
leave no half-made copy behind."""

from __future__ import annotations

import datetime as dt
import gc
import gzip
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sync_helpers import checkout
from sync_helpers import first_lines
from sync_helpers import forge_first
from sync_helpers import office_register
from sync_helpers import open_conflicts
from sync_helpers import open_first
from sync_helpers import seal_first
from sync_helpers import split_package
from sync_helpers import table_names
from sync_helpers import with_checksum

from fourthpillar.services import demo
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.queries import ListQuery
from fourthpillar.sync import package as package_format
from fourthpillar.sync import pipeline
from fourthpillar.sync import snapshot
from fourthpillar.sync.package import PackageRefused

#: Tables whose rows belong to one copy (its id, what it knows of others, its own bookkeeping).
REPLICA_TABLES = {"meta", "replica", "conflict", "import_run", "import_row", "alembic_version"}
#: Columns that only count edits on one copy (a new copy starts every record at version 1).
REPLICA_COLUMNS = {"version"}


@pytest.fixture
def small_lines(monkeypatch: pytest.MonkeyPatch) -> int:
    """A few rows per line, so that a register of a few hundred records spans many lines."""
    monkeypatch.setattr(package_format, "ROWS_PER_LINE", 7)
    monkeypatch.setattr(snapshot, "ROWS_PER_LINE", 7)
    return 7


def _tables(desk: Desk) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table the copies share, as dicts (replica-specific columns left out)."""
    with desk.database.engine.connect() as connection:
        names = table_names(desk, connection)
        tables = {}
        for name in sorted(set(names) - REPLICA_TABLES):
            rows = [{key: _plain(value) for key, value in row._mapping.items() if key not in REPLICA_COLUMNS}
                    for row in connection.execute(text(f'SELECT * FROM "{name}"'))]
            tables[name] = sorted(rows, key=lambda row: repr(sorted(row.items())))
        return tables


def _plain(value: Any) -> Any:
    """SQLite hands back text and PostgreSQL typed values: compare them as the same text."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def test_a_checked_out_copy_holds_exactly_the_office_register(any_desk: Desk, tmp_path: Path,
                                                              small_lines: int) -> None:
    """Every record, every value, the history heads, the officers, the search index and the open
    conflicts arrive as they are at the office; otherwise the coordinator works on a different
    register than the office believes."""
    office = any_desk
    office_register(office, tmp_path, initiatives_made=40, seed=7)
    package = tmp_path / "first.fpsync"
    made = sync.create_first_package(office, path=package)
    body = gzip.decompress(open_first(package, made.code)[1])
    assert body.count(b"\n") > 100  # the rows really came in many lines
    result = sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=made.code)
    assert result.records == made.records > 300
    laptop = open_desk(data_dir=result.data_dir)
    try:
        expected = _tables(office)
        # Only the heads of the history and erasure markers travel in a first package.
        expected["change"] = [row for row in expected["change"] if row["is_head"] or row["operation"] == "erase"]
        assert _tables(laptop) == expected
        assert open_conflicts(laptop) == open_conflicts(office) != set()
        name = initiatives.list_initiatives(office, query=ListQuery(limit=1)).rows[0].name
        word = name.split()[0]
        assert {hit.id for hit in initiatives.list_initiatives(laptop, query=ListQuery(search=word)).rows} == \
            {hit.id for hit in initiatives.list_initiatives(office, query=ListQuery(search=word)).rows}
        # A request is found by its initiative's name (words the checkout's index rebuild borrows).
        borrowed = requests.list_requests(office, query=ListQuery(limit=1)).rows[0].initiative_name
        assert {hit.id for hit in requests.list_requests(laptop, query=ListQuery(search=borrowed)).rows} == \
            {hit.id for hit in requests.list_requests(office, query=ListQuery(search=borrowed)).rows} != set()
        officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
        first = initiatives.list_initiatives(laptop, query=ListQuery(limit=1)).rows[0].id
        initiatives.update_initiative(laptop, initiative_id=first, changes={"notes": "bezocht"})
        assert initiatives.get_initiative(laptop, initiative_id=first).notes == "bezocht"
    finally:
        laptop.close()


def _malformed(path: Path, code: str) -> dict[str, bytes]:
    """Broken bodies sealed with the right code: what a bug (or someone who has the code) could produce."""
    head, body = open_first(path, code)
    lines = gzip.decompress(body).splitlines(keepends=True)
    half = len(lines) // 2
    doubled = [*lines[:half], lines[half - 1], *lines[half:]]  # the same records twice

    def _resealed(compressed: bytes) -> bytes:
        return seal_first(head, compressed, code)

    return {
        "compressed body cut in the middle": _resealed(body[:len(body) // 2]),
        "lines missing at the end": _resealed(gzip.compress(b"".join(lines[:half]), mtime=0)),
        "a line cut in the middle": _resealed(gzip.compress(b"".join(lines[:half]) + lines[half][:50], mtime=0)),
        "the same records twice": _resealed(gzip.compress(b"".join(doubled), mtime=0)),
        "a line that is not JSON": _resealed(gzip.compress(b"".join([*lines[:half], b"{oops\n",
                                                                     *lines[half:]]), mtime=0)),
        "a row of the wrong width": _resealed(gzip.compress(b"".join([
            *lines[:half], json.dumps(["rows", [["x"]]]).encode() + b"\n", *lines[half:]]), mtime=0)),
        "no keys line": _resealed(gzip.compress(b"".join(lines[1:]), mtime=0)),
    }


def test_a_forged_or_cut_first_package_leaves_no_half_register(desk: Desk, tmp_path: Path,
                                                               small_lines: int) -> None:
    """A first package whose checksum is right but whose content breaks off or contradicts itself
    half-way is refused; the coordinator's data folder is left as it was (no half-filled copy
    they could start working on), whether the folder existed or not."""
    demo.load_demo_data(desk, initiatives=10, seed=3)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    for number, (name, data) in enumerate(_malformed(package, code).items()):
        forged = tmp_path / f"forged-{number}.fpsync"
        forged.write_bytes(data)
        new_folder = tmp_path / f"new-{number}"
        with pytest.raises(PackageRefused, match="cannot be read") as refused:
            sync.checkout_package(path=forged, data_dir=new_folder, code=code)
        assert not new_folder.exists(), f"{name}: {sorted(new_folder.iterdir())}"
        empty_folder = tmp_path / f"empty-{number}"
        empty_folder.mkdir()
        (empty_folder / "notes.txt").write_text("mine")
        with pytest.raises(PackageRefused, match="cannot be read"):
            sync.checkout_package(path=forged, data_dir=empty_folder, code=code)
        assert [item.name for item in empty_folder.iterdir()] == ["notes.txt"], name
        assert str(refused.value).count("\n") == 0, name
    # The untouched package still checks out.
    assert sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).records > 0


def _open_here(path: Path) -> bool:
    """Whether this process holds *path* open (Linux's /proc; elsewhere not known: False)."""
    descriptors = Path("/proc/self/fd")
    if not descriptors.is_dir():
        return False
    target = path.resolve()
    for descriptor in descriptors.iterdir():
        try:
            if Path(os.readlink(descriptor)) == target:
                return True
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor among them)
    return False


def test_a_checkout_leaves_nothing_of_its_own_running_done_or_refused(desk: Desk, tmp_path: Path) -> None:
    """Checkout pauses Python's collector of reference cycles while it fills the new copy, and
    reads the package and flushes the new file in threads of their own. Left paused after it
    (or after a refusal half-way), the app would hold on to more and more memory for the rest of
    the day; a thread left running would keep the package or the new file open (on Windows
    neither could then be moved or deleted)."""
    def running() -> list[str]:
        return [thread.name for thread in threading.enumerate()
                if thread.name in ("first package reader", "partial register flusher")]

    demo.load_demo_data(desk, initiatives=3, seed=4)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    forged = tmp_path / "forged.fpsync"
    forged.write_bytes(_malformed(package, code)["the same records twice"])
    assert gc.isenabled()
    with pytest.raises(PackageRefused, match="cannot be read") as refused:
        sync.checkout_package(path=forged, data_dir=tmp_path / "refused", code=code)
    assert gc.isenabled()
    assert not running()
    # While the refusal is still held (a job keeps it to say it), the package is closed.
    assert refused.value is not None and not _open_here(forged)
    assert sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).records > 0
    assert gc.isenabled()
    assert not running()


@pytest.mark.parametrize("damage", ["flipped byte", "cut off", "changes package", "old layout", "wrong code"])
def test_checkout_refuses_a_damaged_package_before_writing_anything(desk: Desk, tmp_path: Path, damage: str) -> None:
    """A damaged, cut-off or wrong package is refused before the data folder is even made."""
    initiatives.register_initiative(desk, values={"name": "Kinderen & Toekomst vzw", "postcode": "2000",
                                                  "municipality": "Antwerpen"})
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    data = bytearray(package.read_bytes())
    if damage == "flipped byte":
        data[len(data) // 2] ^= 0x01
    elif damage == "cut off":
        del data[len(data) - 30:]
    elif damage == "changes package":
        other = checkout(desk, tmp_path, name="Bert Claes")
        try:
            data = bytearray(sync.create_package(other, for_replica=desk.replica_id,
                                                 path=tmp_path / "changes.fpsync").path.read_bytes())
        finally:
            other.close()
    elif damage == "old layout":
        head, body = split_package(package)
        data = bytearray(with_checksum(head.replace(b'"format":3', b'"format":2') + body))
    else:
        code = code.replace(code[0], "2" if code[0] != "2" else "3")
    package.write_bytes(bytes(data))
    with pytest.raises(PackageRefused) as refused:
        sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code)
    assert not (tmp_path / "laptop").exists()
    expected = {"flipped byte": "damaged", "cut off": "incomplete", "changes package": "not a first package",
                "old layout": "older version", "wrong code": "code does not open"}[damage]
    assert expected in str(refused.value)


def test_a_checked_out_copy_keeps_every_index_and_has_planner_statistics(desk: Desk, tmp_path: Path) -> None:
    """Checkout builds the indexes and search triggers after the rows: if one were left out, the
    new copy's lists would be slow (or its search stale) without anything else going wrong; and
    without statistics SQLite plans the lists of a big register as if it were empty. The search
    indexes, rebuilt with a larger buffer, must hold every word and keep the settings a new
    register has (else search misses records, or everyday saves hold more memory)."""
    demo.load_demo_data(desk, initiatives=5, seed=1)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    made = sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code)
    fresh = open_desk(data_dir=tmp_path / "fresh")
    laptop = open_desk(data_dir=made.data_dir)
    try:
        schema = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
        with fresh.database.engine.connect() as connection:
            expected = connection.execute(text(schema)).all()
        with laptop.database.engine.connect() as connection:
            assert connection.execute(text(schema)).all() == expected
            analysed = {row[0] for row in connection.execute(text("SELECT tbl FROM sqlite_stat1"))}
        assert {"initiative", "advice_request", "follow_up", "change"} <= analysed
        assert len(expected) > 40
        settings = "SELECT * FROM {fts}_config ORDER BY k"
        searched = [row[1] for row in expected if row[1].endswith("_fts_insert")]
        assert len(searched) >= 5
        with fresh.database.engine.connect() as connection:
            fresh_settings = [connection.execute(text(settings.format(fts=name[:-7]))).all() for name in searched]
        with laptop.database.engine.begin() as connection:
            assert [connection.execute(text(settings.format(fts=name[:-7]))).all()
                    for name in searched] == fresh_settings
            for name in searched:  # FTS5 raises when its index does not match the table's text
                connection.execute(text(f"INSERT INTO {name[:-7]}({name[:-7]}) VALUES ('integrity-check')"))
    finally:
        fresh.close()
        laptop.close()


def test_timestamps_and_days_land_as_the_office_stores_them_whatever_their_iso_form(
        desk: Desk, tmp_path: Path) -> None:
    """Checkout turns a package's ISO timestamps into SQLite's stored text itself (not through
    SQLAlchemy, for speed): a moment given with another offset or without seconds' fractions must
    be stored in UTC with microseconds like every other, or lists sort and compare it wrongly;
    an impossible date is refused, as before."""
    initiative = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    head, lines = first_lines(package, code)

    def forged(created_at: str, number: int) -> Path:
        columns: list[str] = []
        changed = []
        for line in lines:
            line = json.loads(json.dumps(line))
            if line[0] == "table":
                columns = line[2]
            elif line[0] == "rows" and "created_at" in columns:
                for row in line[1]:
                    if row[columns.index("id")] == initiative.id:
                        row[columns.index("created_at")] = created_at
            changed.append(line)
        return forge_first(tmp_path / f"forged-{number}.fpsync", head, changed, code)

    forms = {"2026-03-02T16:30:00+02:00": "2026-03-02 14:30:00.000000",
             "2026-03-02T14:30:00.25+00:00": "2026-03-02 14:30:00.250000",
             "2026-03-02T14:30:00": "2026-03-02 14:30:00.000000",
             "2026-03-02 14:30Z": "2026-03-02 14:30:00.000000"}
    for number, (given, stored) in enumerate(forms.items()):
        made = sync.checkout_package(path=forged(given, number), data_dir=tmp_path / f"laptop-{number}", code=code)
        laptop = open_desk(data_dir=made.data_dir)
        try:
            with laptop.database.engine.connect() as connection:
                assert connection.execute(text("SELECT created_at FROM initiative WHERE id = :id"),
                                          {"id": initiative.id}).scalar_one() == stored, given
        finally:
            laptop.close()
    for number, impossible in enumerate(["2026-02-31T10:00:00+00:00", "2026-02-31T10:00:00.000000+00:00",
                                         "2026-03-02T24:30:00.000000+00:00"], start=9):
        with pytest.raises(PackageRefused, match="cannot be read"):
            sync.checkout_package(path=forged(impossible, number), data_dir=tmp_path / "refused", code=code)
        assert not (tmp_path / "refused").exists()


def test_days_land_as_the_office_stores_them_and_an_impossible_day_is_refused(desk: Desk, tmp_path: Path) -> None:
    """Days (a request's answered date) are checked and stored by checkout itself, a whole
    column at a time when they have the usual form: a day in another ISO form must still be
    stored as the office stores it, and 30 February refused, or lists sort and filter wrongly.
    (A day a field rule checks, as the received date, must be as a form writes it.)"""
    demo.load_demo_data(desk, initiatives=3, seed=2)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    head, lines = first_lines(package, code)
    table = next(index for index, line in enumerate(lines) if line[:2] == ["table", "request"])
    columns = lines[table][2]
    row = lines[table + 1][1][-1]
    request_id = row[columns.index("id")]

    def forged(answered_on: str, number: int, column: str = "answered_on") -> Path:
        row[columns.index(column)] = answered_on
        return forge_first(tmp_path / f"forged-{number}.fpsync", head, lines, code)

    for number, (given, stored) in enumerate({"2026-03-02": "2026-03-02", "20260302": "2026-03-02"}.items()):
        made = sync.checkout_package(path=forged(given, number), data_dir=tmp_path / f"laptop-{number}", code=code)
        laptop = open_desk(data_dir=made.data_dir)
        try:
            with laptop.database.engine.connect() as connection:
                assert connection.execute(text("SELECT answered_on FROM advice_request WHERE id = :id"),
                                          {"id": request_id}).scalar_one() == stored, given
        finally:
            laptop.close()
    with pytest.raises(PackageRefused, match="cannot be read"):
        sync.checkout_package(path=forged("2026-02-30", 9), data_dir=tmp_path / "refused", code=code)
    assert not (tmp_path / "refused").exists()
    with pytest.raises(PackageRefused, match="received_on: '20260302' is not a date"):
        sync.checkout_package(path=forged("20260302", 10, "received_on"), data_dir=tmp_path / "refused", code=code)
    assert not (tmp_path / "refused").exists()


def test_a_first_package_whose_history_has_an_unnumbered_change_is_refused(desk: Desk, tmp_path: Path) -> None:
    """Every change of a first package carries its number at the office; checkout sets the
    numbering triggers aside while it inserts them. A change without one (a forged or broken
    package) is refused, leaving no copy, instead of landing unnumbered: later packages would
    then leave it out, or take it for this copy's own."""
    initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    head, lines = first_lines(package, code)
    for line in lines:
        if line[0] == "log":
            line[1][0][package_format.SEQ] = None
    forged = forge_first(tmp_path / "forged.fpsync", head, lines, code)
    with pytest.raises(PackageRefused, match=r"breaks the rules.*seq"):
        sync.checkout_package(path=forged, data_dir=tmp_path / "refused", code=code)
    assert not (tmp_path / "refused").exists()
    assert sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).records > 0


_KILLED_CHECKOUT = """
import os, signal, sys
from fourthpillar.services import staging, sync
from fourthpillar.sync import inserting

package, folder, code, moment = sys.argv[1:]
inserted = inserting.Inserter.write
rename = staging.place_unless_taken


def killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def insert(self, rows):
    inserted(self, rows)
    if moment == "filling" and self.target.name == "advice_request":
        killed()


def put(source, target):
    if moment == "before the rename":
        killed()
    renamed = rename(source, target)
    if moment == "after the rename":
        killed()
    return renamed


inserting.Inserter.write = insert
staging.place_unless_taken = put
sync.checkout_package(path=package, data_dir=folder, code=code)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("moment", ["filling", "before the rename", "after the rename"])
def test_a_checkout_killed_half_way_leaves_no_register_that_opens(desk: Desk, tmp_path: Path, moment: str) -> None:
    """The new copy is filled without a journal (fast, but a file cut off then is garbage), so
    it is made under another name and becomes the folder's register only once complete: a
    checkout killed (power cut, task manager) before that leaves no register the coordinator
    could open and work in half-filled, and the next checkout into that folder cleans up."""
    demo.load_demo_data(desk, initiatives=10, seed=3)
    package = tmp_path / "first.fpsync"
    made = sync.create_first_package(desk, path=package)
    folder = tmp_path / "laptop"
    child = subprocess.run([sys.executable, "-c", _KILLED_CHECKOUT, str(package), str(folder), made.code, moment],
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}, capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    register = folder / "fourthpillar.sqlite3"
    if moment == "after the rename":
        laptop = open_desk(data_dir=folder)
        try:
            assert {row.id for row in initiatives.list_initiatives(laptop, query=ListQuery()).rows} == \
                {row.id for row in initiatives.list_initiatives(desk, query=ListQuery()).rows}
        finally:
            laptop.close()
        return
    assert not register.exists()
    assert [item.name for item in folder.iterdir() if item.name.endswith(".partial")], "nothing was being filled"
    result = sync.checkout_package(path=package, data_dir=folder, code=made.code)
    assert result.records == made.records
    assert sorted(item.name for item in folder.iterdir()) == ["fourthpillar.sqlite3"]


def test_a_register_another_program_makes_meanwhile_is_neither_replaced_nor_removed(
        desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else a checkout into a folder where another program has just made a register (the app
    started there meanwhile) overwrites that register, or deletes it when it cleans up after
    itself."""
    demo.load_demo_data(desk, initiatives=5, seed=3)
    package = tmp_path / "first.fpsync"
    made = sync.create_first_package(desk, path=package)
    folder = tmp_path / "laptop"
    register = folder / "fourthpillar.sqlite3"
    fill = pipeline.import_new_register  # what fills a new register

    def fill_while_another_program_makes_one(*args: Any, **kwargs: Any) -> int:
        count = fill(*args, **kwargs)
        register.write_bytes(b"another program's register")
        return count

    monkeypatch.setattr(pipeline, "import_new_register", fill_while_another_program_makes_one)
    with pytest.raises(DatabaseUnavailable, match="could not be put in place"):
        sync.checkout_package(path=package, data_dir=folder, code=made.code)
    assert register.read_bytes() == b"another program's register"
    assert sorted(item.name for item in folder.iterdir()) == ["fourthpillar.sqlite3"]
