"""The lists in the window: which service feeds each, its filters and how its rows look.

Their columns come from the catalogue (:mod:`fourthpillar.lists`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from fourthpillar import clock
from fourthpillar import lists
from fourthpillar.domain import vocab
from fourthpillar.lists import ListColumn
from fourthpillar.lists import RecordList
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Page
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists.cell_look import RowStyle
from fourthpillar.ui.text import count_text
from fourthpillar.ui.text import qt_translator

INITIATIVES = lists.INITIATIVES.name
REQUESTS = lists.REQUESTS.name
FOLLOW_UPS = lists.FOLLOW_UPS.name
EVENTS = lists.EVENTS.name


tr = qt_translator("Lists")


@dataclass(frozen=True)
class ListDefinition:
    """Everything that makes one list different from the others in the window."""

    #: The list's columns, name, kind and default order.
    catalogue: RecordList
    fetch: Callable[..., Page[Any]]
    #: Filter widgets shown, in order (see :mod:`fourthpillar.ui.lists.filters`).
    filters: tuple[str, ...]
    status_choices: Callable[[], list[tuple[str, str]]]
    row_style: Callable[[Any], str | None] | None = None
    #: The default query's extra filters (e.g. follow-ups start with open ones only).
    initial_filters: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.catalogue.name

    @property
    def kind(self) -> str:
        """What opening a row opens: "initiative", "request", "follow_up" or "event"."""
        return self.catalogue.kind

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self.catalogue.columns

    def fetcher(self, desk: Desk) -> Callable[[ListQuery, bool], Page[Any]]:
        def fetch(query: ListQuery, count: bool) -> Page[Any]:
            return self.fetch(desk, query=query, count=count)

        return fetch

    def title(self) -> str:
        return self.catalogue.title

    def count_text(self, count: int) -> str:
        if self.name == INITIATIVES:
            return count_text(tr("%Ln initiative"), tr("%Ln initiatives"), count)
        if self.name == REQUESTS:
            return count_text(tr("%Ln request"), tr("%Ln requests"), count)
        if self.name == EVENTS:
            return count_text(tr("%Ln event"), tr("%Ln events"), count)
        return count_text(tr("%Ln follow-up"), tr("%Ln follow-ups"), count)

    def search_placeholder(self) -> str:
        if self.name == INITIATIVES:
            return tr("Search names, municipalities, enterprise numbers, tags, notes…")
        if self.name == REQUESTS:
            return tr("Search questions, advice, notes and initiatives…")
        if self.name == EVENTS:
            return tr("Search titles, places, trainers and notes…")
        return tr("Search follow-ups, outcomes and initiatives…")


def _initiative_style(row: Any) -> str | None:
    if row.archived:
        return RowStyle.DIMMED
    if row.status in ("dormant", "stopped"):
        return RowStyle.DIMMED
    return None


def _request_style(row: Any) -> str | None:
    if row.archived or row.status in ("answered", "closed"):
        return RowStyle.DIMMED
    if row.due_on is not None and row.due_on < clock.today():
        return RowStyle.ALERT
    return None


def _follow_up_style(row: Any) -> str | None:
    if row.archived or row.done_on is not None:
        return RowStyle.DIMMED
    if row.due_on < clock.today():
        return RowStyle.ALERT
    return None


def _event_style(row: Any) -> str | None:
    """Events already held or cancelled are history: dimmed, as done follow-ups are."""
    if row.archived or row.status in ("held", "cancelled"):
        return RowStyle.DIMMED
    return None


def _follow_up_statuses() -> list[tuple[str, str]]:
    return [("open", tr("open")), ("done", tr("done"))]


def _request_statuses() -> list[tuple[str, str]]:
    return [("open", tr("open (new, in progress, waiting)")), *vocab.REQUEST_STATUSES.choices()]


INITIATIVE_LIST = ListDefinition(
    catalogue=lists.INITIATIVES,
    fetch=initiatives.list_initiatives,
    filters=("status", "province", "theme", "include_archived"),
    status_choices=vocab.INITIATIVE_STATUSES.choices,
    row_style=_initiative_style,
)

REQUEST_LIST = ListDefinition(
    catalogue=lists.REQUESTS,
    fetch=requests.list_requests,
    filters=("status", "province", "theme", "topic", "channel", "officer", "due", "include_archived"),
    status_choices=_request_statuses,
    row_style=_request_style,
)

FOLLOW_UP_LIST = ListDefinition(
    catalogue=lists.FOLLOW_UPS,
    fetch=followups.list_follow_ups,
    filters=("province", "theme", "topic", "officer", "due", "open_only", "include_archived"),
    status_choices=_follow_up_statuses,
    row_style=_follow_up_style,
    initial_filters={"open_only": True},
)

EVENT_LIST = ListDefinition(
    catalogue=lists.EVENTS,
    fetch=events.list_events,
    filters=("kind", "status", "topic", "officer", "period", "include_archived"),
    status_choices=vocab.EVENT_STATUSES.choices,
    row_style=_event_style,
)

ALL_LISTS = (INITIATIVE_LIST, REQUEST_LIST, FOLLOW_UP_LIST, EVENT_LIST)
