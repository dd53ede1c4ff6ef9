"""The Conflicts view: an officer sees both values and settles the conflict with one click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_helpers import checkout
from sync_helpers import exchange

from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.ui.conflicts import ConflictsView
from fourthpillar.ui.jobs import JobRunner


@pytest.fixture
def conflicted(tmp_path: Path) -> Iterator[tuple[Desk, str]]:
    office = open_desk(data_dir=tmp_path / "office")
    officers.sign_in(office, name="An Peeters", region="antwerpen")
    initiative_id = initiatives.register_initiative(office, values={
        "name": "Solidair", "postcode": "9000", "municipality": "Gent"}).id
    laptop = checkout(office, tmp_path, name="Bert Claes")
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "veld"})
    initiatives.update_initiative(office, initiative_id=initiative_id, changes={"notes": "kantoor"})
    exchange(laptop, office, tmp_path)
    laptop.close()
    yield office, initiative_id
    office.close()


def test_take_theirs_settles_the_conflict(qtbot: QtBot, conflicted: tuple[Desk, str]) -> None:
    office, initiative_id = conflicted
    view = ConflictsView(office, JobRunner())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.count_changed) as counted:
        view.refresh()
    assert counted.args == [1]
    texts = [view._table.item(0, column).text() for column in range(view._table.columnCount())]
    assert texts[1:5] == ["notes", "kantoor", "veld", "(empty)"]
    view._table.selectRow(0)
    with qtbot.waitSignal(view.resolved), qtbot.waitSignal(view.count_changed) as counted:
        view._take_theirs.click()
    assert counted.args == [0]
    assert initiatives.get_initiative(office, initiative_id=initiative_id).notes == "veld"
    assert sync.list_conflicts(office) == []


def test_a_typed_value_is_checked_like_any_edit(qtbot: QtBot, conflicted: tuple[Desk, str]) -> None:
    office, initiative_id = conflicted
    view = ConflictsView(office, JobRunner())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.count_changed):
        view.refresh()
    view._table.selectRow(0)
    view._value.setText("kantoor en veld")
    with qtbot.waitSignal(view.resolved):
        view._use_value.click()
    assert initiatives.get_initiative(office, initiative_id=initiative_id).notes == "kantoor en veld"
