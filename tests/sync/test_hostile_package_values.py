"""A field package whose values no copy of the app would write (10**30, the year 99999, bytes that
are not text) is refused with one message naming the value, and nothing is applied.

If these failed, a crafted or damaged package would stop the office's apply with a traceback, or
(on PostgreSQL) with a refused transaction, instead of saying what is wrong with it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import checkout
from sync_helpers import opened_package
from sync_helpers import register_state
from sync_helpers import sealed
from sync_helpers import send

from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import PackageRefused

COLUMN = {name: index for index, name in enumerate(CHANGE_COLUMNS)}


def _tampered(office: Desk, laptop: Desk, folder: Path, field: str, column: str, value: object) -> Path:
    """The laptop's honest package with one value replaced, signed and sealed again with the
    laptop's own keys (a damaged or tampered-with laptop: the signature alone cannot tell)."""
    path = send(laptop, office, folder)
    package = opened_package(path, laptop, office)
    rows = [list(row) for row in package.changes]
    chosen = [row for row in rows if row[COLUMN["field"]] == field]
    # A new record's fields travel inside its one create row (store.creations): change it there.
    carried = [row for row in rows if row[COLUMN["operation"]] == "create" and row[COLUMN["field"]] is None
               and field in json.loads(row[COLUMN["new_value"]] or "{}")]
    assert chosen or carried, f"the laptop's package has no change of {field}"
    if chosen or column != "new_value":
        (chosen or carried)[-1][COLUMN[column]] = value
    else:
        payload = json.loads(carried[-1][COLUMN["new_value"]])
        payload[field] = json.loads(str(value))
        carried[-1][COLUMN["new_value"]] = json.dumps(payload)
    path.write_bytes(sealed(laptop, package, office, changes=rows))
    return path


@pytest.mark.parametrize(("field", "column", "value", "named"), [
    ("minutes_spent", "new_value", json.dumps(10**30), "minutes_spent"),
    ("received_on", "new_value", json.dumps("99999-01-01"), "received_on"),
    ("received_on", "new_value", json.dumps("2025-02-31"), "received_on"),
    ("question", "new_value", json.dumps("Vraag van Jo\udcffke"), "question"),
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
