"""How long an editor lives: never until Python's cycle collector happens to run.

An editor without a parent belongs to Python. Held in a reference cycle it is deleted whenever the
cycle collector runs, which can be inside Qt delivering an event to that very editor (polishing
it: the date field's event filter is Python code, and allocating there starts a collection). Qt
then goes on in freed memory: a segmentation fault (seen in the UI tests, which make their editors
without a parent and drop them).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.editors import CompleteFollowUpDialog
from fourthpillar.ui.editors import ContactEditor
from fourthpillar.ui.editors import EventEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.editors import RegistrationDialog
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.editors.base import EditorDialog

Make = Callable[[Desk, dict[str, str]], EditorDialog]

EDITORS: dict[str, Make] = {
    "initiative": lambda desk, ids: InitiativeEditor(desk, initiative_id=ids["initiative"]),
    "contact": lambda desk, ids: ContactEditor(desk, initiative_id=ids["initiative"]),
    "request": lambda desk, ids: RequestEditor(desk, initiative_id=ids["initiative"]),
    "follow-up": lambda desk, ids: FollowUpEditor(desk, follow_up_id=ids["follow_up"]),
    "follow-up done": lambda desk, ids: CompleteFollowUpDialog(desk, follow_up_id=ids["follow_up"]),
    "new event": lambda desk, ids: EventEditor(desk),
    "event": lambda desk, ids: EventEditor(desk, event_id=ids["event"]),
    "registration": lambda desk, ids: RegistrationDialog(desk, event_id=ids["event"]),
}


@pytest.mark.parametrize("make", EDITORS.values(), ids=EDITORS.keys())
def test_a_dropped_editor_is_not_left_to_the_cycle_collector(qtbot: QtBot, desk: Desk, make: Make) -> None:
    """Else the UI tests crash now and then (a segfault after the test, while Qt polishes an
    editor the test dropped): the cycle collector deleted the editor under Qt's feet."""
    initiative_id = initiatives.register_initiative(desk, values={"name": "Brug naar Gitega"}).id
    ids = {
        "initiative": initiative_id,
        "follow_up": followups.plan_follow_up(desk, initiative_id=initiative_id, values={
            "action": "Bellen", "due_on": clock.today()}).id,
        "event": events.plan_event(desk, values={
            "title": "Info-avond", "kind": "training", "starts_on": clock.today(), "status": "open"}).id,
    }
    gc.collect()
    gc.disable()  # only the collection below may run: it is the one watched
    try:
        editor = make(desk, ids)
        alive = weakref.ref(editor)
        del editor
        left_after_its_last_reference = alive() is not None
        gc.collect()
        deleted_by_the_collector = left_after_its_last_reference and alive() is None
    finally:
        gc.enable()
    assert not deleted_by_the_collector
