"""The three lists: which service feeds each, its columns, filters and how its rows look."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from fourthpillar import clock
from fourthpillar.domain import vocab
from fourthpillar.services import followups, initiatives, listing, requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Page
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists import format as cells
from fourthpillar.ui.lists.model import RowStyle
from fourthpillar.ui.text import count_text

INITIATIVES = "initiatives"
REQUESTS = "requests"
FOLLOW_UPS = "follow_ups"


def tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


@dataclass(frozen=True)
class ListDefinition:
    """Everything that makes one list different from the others."""

    name: str
    #: What opening a row opens: "initiative", "request" or "follow_up".
    kind: str
    columns: tuple[listing.ColumnSpec, ...]
    fetch: Callable[..., Page[Any]]
    default_sort: str
    default_descending: bool
    #: Filter widgets shown, in order (see :mod:`fourthpillar.ui.lists.filters`).
    filters: tuple[str, ...]
    status_choices: Callable[[], list[tuple[str, str]]]
    formatters: dict[str, cells.Formatter] = field(default_factory=dict)
    row_style: Callable[[Any], str | None] | None = None
    #: The default query's extra filters (e.g. follow-ups start with open ones only).
    initial_filters: dict[str, Any] = field(default_factory=dict)

    def fetcher(self, desk: Desk) -> Callable[[ListQuery, bool], Page[Any]]:
        def fetch(query: ListQuery, count: bool) -> Page[Any]:
            return self.fetch(desk, query=query, count=count)

        return fetch

    def title(self) -> str:
        return {INITIATIVES: tr("Initiatives"), REQUESTS: tr("Advice requests"),
                FOLLOW_UPS: tr("Follow-ups")}[self.name]

    def count_text(self, count: int) -> str:
        if self.name == INITIATIVES:
            return count_text(tr("%Ln initiative"), tr("%Ln initiatives"), count)
        if self.name == REQUESTS:
            return count_text(tr("%Ln request"), tr("%Ln requests"), count)
        return count_text(tr("%Ln follow-up"), tr("%Ln follow-ups"), count)

    def search_placeholder(self) -> str:
        if self.name == INITIATIVES:
            return tr("Search names, municipalities, enterprise numbers, tags, notes…")
        if self.name == REQUESTS:
            return tr("Search questions, advice, notes and initiatives…")
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


def _follow_up_statuses() -> list[tuple[str, str]]:
    return [("open", tr("open")), ("done", tr("done"))]


def _request_statuses() -> list[tuple[str, str]]:
    return [("open", tr("open (new, in progress, waiting)")), *vocab.REQUEST_STATUSES.choices()]


INITIATIVE_LIST = ListDefinition(
    name=INITIATIVES,
    kind="initiative",
    columns=listing.INITIATIVE_COLUMNS,
    fetch=initiatives.list_initiatives,
    default_sort="name",
    default_descending=False,
    filters=("status", "province", "theme", "include_archived"),
    status_choices=vocab.INITIATIVE_STATUSES.choices,
    formatters={"status": cells.vocabulary(vocab.INITIATIVE_STATUSES)},
    row_style=_initiative_style,
)

REQUEST_LIST = ListDefinition(
    name=REQUESTS,
    kind="request",
    columns=listing.REQUEST_COLUMNS,
    fetch=requests.list_requests,
    default_sort="received_on",
    default_descending=True,
    filters=("status", "province", "theme", "topic", "channel", "officer", "due", "include_archived"),
    status_choices=_request_statuses,
    formatters={"status": cells.vocabulary(vocab.REQUEST_STATUSES)},
    row_style=_request_style,
)

FOLLOW_UP_LIST = ListDefinition(
    name=FOLLOW_UPS,
    kind="follow_up",
    columns=listing.FOLLOW_UP_COLUMNS,
    fetch=followups.list_follow_ups,
    default_sort="due_on",
    default_descending=False,
    filters=("province", "theme", "topic", "officer", "due", "open_only", "include_archived"),
    status_choices=_follow_up_statuses,
    row_style=_follow_up_style,
    initial_filters={"open_only": True},
)

ALL_LISTS = (INITIATIVE_LIST, REQUEST_LIST, FOLLOW_UP_LIST)
