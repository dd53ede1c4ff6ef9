"""A field package whose values no copy of the app would write (10**30, the year 99999, bytes that
are not text, a list or an object where one text belongs) is refused with one message naming the
value, and nothing is applied; so is a first package (someone holding its one-time code could
forge one), checked by the same rules.

If these failed, a crafted or damaged package would stop the office's apply with a traceback, or
(on PostgreSQL) with a refused transaction, instead of saying what is wrong with it; a forged first
package would end the checkout in a traceback, or make a new copy holding what no form writes.
"""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import checkout
from sync_helpers import open_first
from sync_helpers import opened_package
from sync_helpers import register_state
from sync_helpers import seal_first
from sync_helpers import sealed
from sync_helpers import send

from fourthpillar.services import demo
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import PackageRefused


def _tampered(office: Desk, laptop: Desk, folder: Path, field: str, column: str, value: object) -> Path:
    """The laptop's honest package with one value replaced, signed and sealed again with the
    laptop's own keys (a damaged or tampered-with laptop: the signature alone cannot tell)."""
    path = send(laptop, office, folder)
    package = opened_package(path, laptop, office)
    rows = [list(row) for row in package.changes]
    chosen = [row for row in rows if row[FIELD] == field]
    # A new record's fields travel inside its one create row (store.creations): change it there.
    carried = [row for row in rows if row[OPERATION] == "create" and row[FIELD] is None
               and field in json.loads(row[NEW_VALUE] or "{}")]
    assert chosen or carried, f"the laptop's package has no change of {field}"
    if chosen or column != "new_value":
        (chosen or carried)[-1][CHANGE_COLUMNS.index(column)] = value
    else:
        payload = json.loads(carried[-1][NEW_VALUE])
        payload[field] = json.loads(str(value))
        carried[-1][NEW_VALUE] = json.dumps(payload)
    path.write_bytes(sealed(laptop, package, office, changes=rows))
    return path


@pytest.mark.parametrize(("field", "column", "value", "named"), [
    ("minutes_spent", "new_value", json.dumps(10**30), "minutes_spent"),
    ("received_on", "new_value", json.dumps("99999-01-01"), "received_on"),
    ("received_on", "new_value", json.dumps("2025-02-31"), "received_on"),
    ("question", "new_value", json.dumps("Vraag van Jo\udcffke"), "question"),
    ("question", "new_value", json.dumps(["Hoe starten we?", "Wie helpt?"]), "question"),
    ("question", "new_value", json.dumps({"nl": "Hoe starten we?"}), "question"),
    ("question", "changed_at", "99999-01-01T00:00:00+00:00", "changed_at"),
    ("question", "seq", 10**30, "seq"),
])
def test_a_package_with_an_unstorable_value_is_refused_whole(
        desk: Desk, tmp_path: Path, field: str, column: str, value: object, named: str) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    laptop = checkout(desk, tmp_path, name="laptop")
    try:
        requests.log_request(laptop, initiative_id=initiative.id, values={
            "channel": "phone", "question": "Hoe starten we?", "received_on": "2025-02-03", "minutes_spent": 20})
        path = _tampered(desk, laptop, tmp_path, field, column, value)
        before = register_state(desk)
        with pytest.raises(PackageRefused) as refusal:
            sync.apply_package(desk, path=path)
        message = str(refusal.value)
        # The field rules name a bad field value; what no rule covers (the change's own time and
        # sequence number) is named by the storage check.
        assert f"{named}: " in message and ("break the rules" in message or "cannot be stored" in message)
        assert "\n" not in str(refusal.value)
        assert register_state(desk) == before
    finally:
        laptop.close()


#: A list, an object or a number where a change row holds text: what no copy writes, in each
#: position of a change row a rule looks up (as a key, in a set) before it checks the value.
_NOT_TEXT = [
    ("operation", ["update"]), ("operation", {"op": "update"}), ("operation", 5),
    ("entity", ["request"]), ("entity_id", {"id": "x"}), ("field", ["question"]), ("id", ["x"]),
    ("batch_id", 7), ("replica_id", ["laptop"]), ("officer_id", {"id": "x"}), ("parents", ["office:1"]),
    ("context", {"why": "x"}), ("changed_at", ["2025-02-03"]), ("old_value", {"question": "Hoe?"}),
]


@pytest.mark.parametrize(("column", "value"), _NOT_TEXT)
def test_a_package_change_holding_no_text_where_text_belongs_is_refused(
        desk: Desk, tmp_path: Path, column: str, value: object) -> None:
    """A change whose operation (or record type, id, field...) is a list, an object or a number:
    the office sees one line naming that column, not a traceback ("unhashable type: 'list'"),
    and the package changes nothing."""
    initiative = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    laptop = checkout(desk, tmp_path, name="laptop")
    try:
        requests.log_request(laptop, initiative_id=initiative.id, values={"channel": "phone", "question": "Hoe?"})
        path = _tampered(desk, laptop, tmp_path, "question", column, value)
        before = register_state(desk)
        with pytest.raises(PackageRefused) as refusal:
            sync.apply_package(desk, path=path)
        message = str(refusal.value)
        assert f"{column}: not a text" in message and "nothing was applied" in message
        assert "\n" not in message
        assert register_state(desk) == before
    finally:
        laptop.close()


class FirstPackage:
    """A small register's first package, opened: its lines can be changed and sealed again with
    its code (someone holding the code can do as much)."""

    def __init__(self, desk: Desk, folder: Path) -> None:
        demo.load_demo_data(desk, initiatives=3, seed=2)
        path = folder / "first.fpsync"
        self.code = sync.create_first_package(desk, path=path).code
        self.head, body = open_first(path, self.code)
        self.lines = [json.loads(line) for line in gzip.decompress(body).splitlines()]
        self.folder = folder

    def forged(self, table: str, column: str, value: Any) -> Path:
        """The package with *column* of the last row of *table*'s first line ("log": of the
        change log's) set to *value* (a column it lacks is added to every row)."""
        lines = copy.deepcopy(self.lines)
        if table == "log":  # a record's creation: the row whose new value is the record (a JSON object)
            rows = [row for line in lines if line[0] == "log" for row in line[1]
                    if row[OPERATION] == "create"]
            rows[-1][CHANGE_COLUMNS.index(column)] = value
        else:
            start = next(index for index, line in enumerate(lines) if line[:2] == ["table", table])
            columns, rows = lines[start][2], lines[start + 1][1]
            if column not in columns:
                columns.append(column)
                for row in rows:
                    row.append(1)
            rows[-1][columns.index(column)] = value
        path = self.folder / "forged.fpsync"
        data = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
        path.write_bytes(seal_first(self.head, gzip.compress(data, mtime=0), self.code))
        return path

    def refusal(self, path: Path, *, pipelined: bool = True) -> str:
        """The one line a checkout of *path* is refused with; no data folder is left behind."""
        target = self.folder / "laptop"
        with pytest.raises(PackageRefused) as refused:
            sync.checkout_package(path=path, data_dir=target, code=self.code, pipelined=pipelined)
        assert "\n" not in str(refused.value)
        assert not target.exists()
        return str(refused.value)


@pytest.fixture
def first(desk: Desk, tmp_path: Path) -> FirstPackage:
    return FirstPackage(desk, tmp_path)


@pytest.mark.parametrize(("table", "column", "value"), [
    ("contact", "created_at", "0001-01-01T00:00:00+01:00"),
    ("request", "updated_at", "9999-12-31T23:59:59-01:00"),
    ("request", "minutes_spent", 10**30),
    ("log", "seq", 10**30),
    ("request", "question", ["Hoe starten we?"]),
    ("initiative", "notes", {"text": "bezocht"}),
    ("log", "parents", ["office:1"]),
    ("log", "changed_at", 5),
])
def test_a_first_package_value_no_database_holds_is_refused_not_a_traceback(
        first: FirstPackage, table: str, column: str, value: Any) -> None:
    """A moment beyond the calendar in UTC, a number of 31 digits, a list or an object where text
    belongs: the coordinator sees which table and column, not a traceback."""
    assert column in first.refusal(first.forged(table, column, value))


@pytest.mark.parametrize(("table", "column", "value"), [
    ("request", "status", "FORGED"),
    ("request", "minutes_spent", "lots"),
    ("request", "minutes_spent", 1.5),
    ("request", "minutes_spent", True),
    ("request", "minutes_spent", -5),
    ("request", "question", "Hoe \x00starten we?"),
    ("request", "question", "x" * 300_000),
    ("request", "topics", "advice"),
    ("request", "topics", {"advice": 1}),
    ("request", "topics", ["advice|funding"]),
    ("request", "topics", [""]),
    ("request", "topics", ["no-such-topic"]),
    ("request", "received_on", "2026-02-30"),
    ("initiative", "province", "mars"),
    ("initiative", "founded_year", 99999),
    ("initiative", "name", ""),
    ("initiative", "panel_member", "yes"),
    ("initiative", "enterprise_number", "0123.456.789"),
    ("contact", "email", "jan@"),
    ("officer", "role", "superadmin"),
    ("officer", "provinces", ["mars"]),
    ("initiative", "version", 7),
])
def test_a_first_package_record_value_typed_input_could_not_give_is_refused(
        first: FirstPackage, table: str, column: str, value: Any) -> None:
    """Checked as a package of changes is (sync/rules.py, the field rules): else a forged first
    package gives the new copy a request with status FORGED, a time spent of "lots", topics split
    into letters, an officer who is a "superadmin", which its lists, filters and reports then
    show or trip over."""
    message = first.refusal(first.forged(table, column, value))
    assert "breaks the rules" in message and f"{column}:" in message
    assert "x" * 1000 not in message


@pytest.mark.parametrize(("column", "value", "named"), [
    ("operation", "explode", "operation"),
    ("entity", "planet", "planet"),
    ("field", "no_such_field", "no_such_field"),
    ("new_value", "{not json", "not a valid value"),
    ("new_value", json.dumps({"version": 3}), "version"),
    ("new_value", json.dumps({"id": "x" * 500}), "id"),
    ("seq", -1, "seq"),
    ("seq", "7", "seq"),
    ("entity_id", "", "record id"),
])
def test_a_first_package_change_that_breaks_the_rules_is_refused(
        first: FirstPackage, column: str, value: Any, named: str) -> None:
    """The change log's rows are checked as a package's changes are: else the new copy holds a
    history with changes that are no operation of any record, values that are not JSON (its
    history and conflicts cannot be read) or numbers later packages skip."""
    message = first.refusal(first.forged("log", column, value))
    assert "breaks the rules" in message and named in message


def test_an_unchanged_first_package_still_makes_a_copy(first: FirstPackage) -> None:
    """The checks refuse nothing the office writes (else no coordinator could get a copy)."""
    made = sync.checkout_package(path=first.forged("officer", "role", "officer"), data_dir=first.folder / "laptop",
                                 code=first.code)
    assert made.records == sum(len(line[1]) for line in first.lines if line[0] == "rows")


# (A change's time is read as a moment first, refused there naming it: see above.)
@pytest.mark.parametrize(("column", "value"), [case for case in _NOT_TEXT if case[0] != "changed_at"])
def test_a_first_package_change_holding_no_text_where_text_belongs_is_refused(
        first: FirstPackage, column: str, value: Any) -> None:
    """The same in a first package's change log, by the pipelined checkout as by the one in one
    transaction: the coordinator sees which change and column, not "cannot be read (unhashable
    type: 'list')", and no data folder is left behind."""
    forged = first.forged("log", column, value)
    message = first.refusal(forged)
    assert f"{column}: not a text" in message and "breaks the rules" in message
    assert first.refusal(forged, pipelined=False) == message
