"""The kinds of record the window works with, in one typed registry.

For each kind: its list, how one record is opened (the initiative's page, or an editor), the
field that names a row, how it is archived, what can be started from it and what it can be
exported as. The window, its operations and the exports ask the registry (:func:`record_kind`)
instead of comparing kind names, as Picard's column registry and Anki's backend columns are
asked instead of each view knowing every column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved
from fourthpillar.ui.lists.definitions import EVENTS
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.lists.definitions import INITIATIVES
from fourthpillar.ui.lists.definitions import REQUESTS
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.ui.editors.base import EditorDialog


# The texts of archiving keep the context of the operations that show them.
tr = qt_translator("Operations")


@dataclass(frozen=True)
class RecordKind:
    """One kind of record, as the window lists, opens, archives and exports it."""

    #: The name in the change log and in ``ui.lists.definitions`` (``ListDefinition.kind``).
    name: str
    #: The list page showing this kind (a ``fourthpillar.lists`` name: the navigation's, and what
    #: File ▸ Export this list exports).
    list_name: str
    #: The field of a list row that names the record (in questions and in Edit ▸ Undo).
    title_field: str
    #: Its editor, imported when first opened (the editors import the window's operations);
    #: None for a kind opened on a page of its own (the initiative, the event).
    editor: Callable[[], type[EditorDialog]] | None
    #: The editor's keyword naming the record to open (``request_id=``).
    id_argument: str
    #: Archive one record: ``archive(desk, record_id)``.
    archive: Callable[[Desk, str], Saved]
    #: What archiving several is called ("Archive 3 requests").
    archive_several: Callable[[int], str]
    #: What Edit ▸ Undo calls a change made in its editor opened from a list (MainWindow's context).
    edit_description: str = ""
    #: Actions started from a row of this kind: a request for it, a follow-up for it, marking it done.
    starts_request: bool = False
    starts_follow_up: bool = False
    can_be_done: bool = False
    #: File ▸ Export initiative summary (of the row's initiative) and advice summary apply to a row.
    exports_initiative_summary: bool = False
    exports_advice_summary: bool = False
    #: The window's page that shows one record of a kind without an editor ("initiative", "event").
    page: str = ""

    @property
    def opens_on_page(self) -> bool:
        """Opened on a page of its own rather than in an editor."""
        return self.editor is None


def _request_editor() -> type[EditorDialog]:
    from fourthpillar.ui.editors import RequestEditor

    return RequestEditor


def _follow_up_editor() -> type[EditorDialog]:
    from fourthpillar.ui.editors import FollowUpEditor

    return FollowUpEditor


INITIATIVE = RecordKind(
    name="initiative", list_name=INITIATIVES, title_field="name", editor=None, id_argument="initiative_id",
    archive=lambda desk, record_id: initiatives.archive_initiative(desk, initiative_id=record_id),
    archive_several=lambda count: tr("Archive %n initiatives", "", count),
    starts_request=True, starts_follow_up=True, exports_initiative_summary=True, page="initiative",
)
REQUEST = RecordKind(
    name="request", list_name=REQUESTS, title_field="question", editor=_request_editor, id_argument="request_id",
    edit_description=QT_TRANSLATE_NOOP("MainWindow", "Edit request"),
    archive=lambda desk, record_id: requests.archive_request(desk, request_id=record_id),
    archive_several=lambda count: tr("Archive %n requests", "", count),
    starts_follow_up=True, exports_initiative_summary=True, exports_advice_summary=True,
)
FOLLOW_UP = RecordKind(
    name="follow_up", list_name=FOLLOW_UPS, title_field="action", editor=_follow_up_editor,
    id_argument="follow_up_id", edit_description=QT_TRANSLATE_NOOP("MainWindow", "Edit follow-up"),
    archive=lambda desk, record_id: followups.archive_follow_up(desk, follow_up_id=record_id),
    archive_several=lambda count: tr("Archive %n follow-ups", "", count),
    can_be_done=True,
)

EVENT = RecordKind(
    name="event", list_name=EVENTS, title_field="title", editor=None, id_argument="event_id",
    archive=lambda desk, record_id: events.archive_event(desk, event_id=record_id),
    archive_several=lambda count: tr("Archive %n events", "", count), page="event",
)

#: Every kind, by its name.
KINDS: dict[str, RecordKind] = {kind.name: kind for kind in (INITIATIVE, REQUEST, FOLLOW_UP, EVENT)}


def record_kind(name: str) -> RecordKind | None:
    """The kind called *name* (a kind or a list name: ``request``, ``requests``); None for any
    other (a contact, a search hit's kind the window does not open on its own)."""
    return KINDS.get(name) or next((kind for kind in KINDS.values() if kind.list_name == name), None)
