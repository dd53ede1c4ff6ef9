"""A first package checked out into a new data folder is filled by three threads
(sync.pipeline); an existing register is filled in place in one transaction. Both must give the
coordinator the same register, and a refused package must leave nothing behind either way."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sync_helpers import first_lines
from sync_helpers import forge_first
from sync_helpers import office_register

from fourthpillar.services import demo
from fourthpillar.services import search
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.sync import pipeline
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import PackageRefused

#: What a checkout gives a conflict it opens itself (a new id, the moment): not the package's.
STAMPED = {"conflict": {"id", "opened_at", "detected_at", "updated_at"}}


def _contents(folder: Path) -> dict[str, Any]:
    """Every table's rows (SQLite's statistics and the search indexes' own tables included),
    and what the register's own checks say."""
    desk = open_desk(data_dir=folder)
    try:
        with desk.database.engine.connect() as connection:
            names = [name for (name,) in connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "ORDER BY name"))]
            found: dict[str, Any] = {}
            for name in names:
                rows = [{key: value for key, value in row._mapping.items() if key not in STAMPED.get(name, ())}
                        for row in connection.execute(text(f'SELECT * FROM "{name}"'))]
                found[name] = sorted(rows, key=lambda row: repr(sorted(row.items())))
            found["(integrity)"] = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            found["(foreign keys)"] = connection.execute(text("PRAGMA foreign_key_check")).all()
            found["(triggers and indexes)"] = connection.execute(text(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index', 'view') "
                "ORDER BY name")).all()
            for (fts,) in connection.execute(text(
                    "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")).all():
                connection.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))  # raises if not
        found["(search)"] = [(hit.kind, hit.id) for hit in search.quick_search(desk, text="vzw", limit=50)]
        return found
    finally:
        desk.close()


def test_the_pipelined_checkout_makes_the_same_register_as_one_transaction(
        desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The coordinator's new copy holds exactly what the one-transaction checkout makes: every
    row, index, trigger, search entry, statistic and open conflict. A difference would show up
    as records missing from searches, lists planned badly, or conflicts not offered to settle."""
    office_register(desk, tmp_path, initiatives_made=30, seed=11)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    used: list[Path] = []
    fill = pipeline.import_new_register

    def counted(session: Any, partial: Path, *args: Any, **kwargs: Any) -> int:
        used.append(partial)
        return fill(session, partial, *args, **kwargs)

    monkeypatch.setattr(pipeline, "import_new_register", counted)
    one = sync.checkout_package(path=package, data_dir=tmp_path / "one", code=code, pipelined=False)
    assert not used
    piped = sync.checkout_package(path=package, data_dir=tmp_path / "piped", code=code)
    assert len(used) == 1
    assert piped.records == one.records > 0
    expected, found = _contents(tmp_path / "one"), _contents(tmp_path / "piped")
    assert expected["(integrity)"] == ["ok"] and expected["(foreign keys)"] == []
    assert expected["conflict"] and expected["(search)"] and expected["sqlite_stat1"]
    assert sorted(found) == sorted(expected)
    for name in expected:
        assert found[name] == expected[name], name


def test_a_dangling_reference_is_refused_and_leaves_nothing(desk: Desk, tmp_path: Path) -> None:
    """A forged first package whose request names an initiative it does not hold is refused in
    one line naming the reference; the data folder is left as it was (no half copy, no -wal or
    -shm) and none of the checkout's threads keeps running."""
    demo.load_demo_data(desk, initiatives=5, seed=3)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    head, lines = first_lines(package, code)
    table = None
    for line in lines:
        if line[0] == "table":
            table, names = line[1], line[2]
        elif line[0] == "rows" and table == "request" and line[1]:
            line[1][0][names.index("initiative_id")] = "no-such-initiative"
            break
    else:
        pytest.fail("the demo register has no requests")
    forged = forge_first(tmp_path / "forged.fpsync", head, lines, code)
    folder = tmp_path / "laptop"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(PackageRefused, match=r"contradict each other: FOREIGN KEY.*advice_request\.initiative_id"
                                             r" names no initiative") as refused:
        sync.checkout_package(path=forged, data_dir=folder, code=code)
    assert "\n" not in str(refused.value)
    assert [path.name for path in folder.iterdir()] == ["notes.txt"]
    assert not [thread.name for thread in threading.enumerate() if thread.name.startswith("checkout ")]


def test_a_history_numbered_twice_is_refused_as_before_and_leaves_nothing(desk: Desk, tmp_path: Path) -> None:
    """Two changes of a forged first package's history under one number are refused once the
    whole log is in (its unique index is built by the pipeline's second thread): with the same
    one line as the one-transaction checkout, the folder as it was and no thread left over."""
    demo.load_demo_data(desk, initiatives=5, seed=3)
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    head, lines = first_lines(package, code)
    log = [row for line in lines if line[0] == "log" for row in line[1]]
    assert len(log) > 1
    log[-1][SEQ], log[-1][REPLICA_ID] = log[0][SEQ], log[0][REPLICA_ID]
    forged = forge_first(tmp_path / "forged.fpsync", head, lines, code)
    said = []
    for pipelined in (False, True):
        folder = tmp_path / f"laptop-{pipelined}"
        folder.mkdir()
        with pytest.raises(PackageRefused, match=r"UNIQUE constraint failed: change\.replica_id, change\.seq") \
                as refused:
            sync.checkout_package(path=forged, data_dir=folder, code=code, pipelined=pipelined)
        said.append(str(refused.value))
        assert list(folder.iterdir()) == []
    assert said[0] == said[1] and "\n" not in said[0]
    assert not [thread.name for thread in threading.enumerate() if thread.name.startswith("checkout ")]
