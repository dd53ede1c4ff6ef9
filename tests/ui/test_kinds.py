"""The registry of record kinds (ui/kinds.py): what the window, its operations and the exports ask
about a kind instead of comparing names."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from fourthpillar import lists
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import EventRow
from fourthpillar.services.records import FollowUpRow
from fourthpillar.services.records import InitiativeRow
from fourthpillar.services.records import RequestRow
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.kinds import EVENT
from fourthpillar.ui.kinds import FOLLOW_UP
from fourthpillar.ui.kinds import INITIATIVE
from fourthpillar.ui.kinds import KINDS
from fourthpillar.ui.kinds import REQUEST
from fourthpillar.ui.kinds import RecordKind
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.main_window import MainWindow

ROWS = {INITIATIVE: InitiativeRow, REQUEST: RequestRow, FOLLOW_UP: FollowUpRow, EVENT: EventRow}


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_every_kind_has_its_list_in_the_window_and_names_its_rows(desk: Desk, qtbot: QtBot, kind: RecordKind) -> None:
    """Else a kind's rows could not be archived (no title for the question) or its list not found."""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.lists[kind.list_name].definition.kind == kind.name
    assert kind.title_field in {field.name for field in dataclasses.fields(ROWS[kind])}
    listed = lists.list_named(kind.list_name)  # File ▸ Export this list knows it
    assert listed is not None and listed.kind == kind.name
    window.jobs.wait(10_000)


def test_a_kind_is_found_by_its_name_or_its_list() -> None:
    """A search hit names a kind, a list page its list: both must lead to the same kind."""
    assert record_kind("request") is REQUEST and record_kind("requests") is REQUEST
    assert record_kind("follow_ups") is FOLLOW_UP
    assert record_kind("contact") is None  # opened on its initiative's page


def test_requests_and_follow_ups_open_in_their_editors_and_initiatives_on_their_page() -> None:
    """Else Enter on a row opens the wrong dialog, or none."""
    assert INITIATIVE.opens_on_page and EVENT.opens_on_page
    assert {INITIATIVE.page, EVENT.page} == {"initiative", "event"}  # the window's pages
    assert REQUEST.editor is not None and REQUEST.editor() is RequestEditor
    assert FOLLOW_UP.editor is not None and FOLLOW_UP.editor() is FollowUpEditor
