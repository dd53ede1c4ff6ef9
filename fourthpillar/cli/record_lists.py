"""The ``list`` command of initiatives, requests and follow-ups: one table per kind of record,
its columns those of the lists' catalogue (:mod:`fourthpillar.lists`), streamed a page at a time.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from fourthpillar import lists
from fourthpillar.cli import tables
from fourthpillar.cli.list_query import list_query
from fourthpillar.cli.options import due_arguments
from fourthpillar.cli.options import leaf
from fourthpillar.cli.options import list_columns
from fourthpillar.cli.options import positive
from fourthpillar.cli.options import record_filter_arguments
from fourthpillar.cli.options import search_arguments
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import translator
from fourthpillar.lists import ID_KEY
from fourthpillar.lists import ListColumn
from fourthpillar.lists import RecordList
from fourthpillar.lists.columns import plain_row
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import MAX_PAGE
from fourthpillar.services.records import Page
from fourthpillar.store.queries import ListQuery

tr = translator("Cli")

#: Rows asked of the database at a time; ``--all`` pages through the list this many at once.
PAGE_SIZE = MAX_PAGE
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Kind:
    """One kind of record as the command line lists it (its list's columns: the catalogue's)."""

    noun: str
    catalogue: RecordList
    fetch: Callable[[Desk, ListQuery, bool], Page[Any]]

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self.catalogue.columns

    @property
    def vocabularies(self) -> dict[str, Vocabulary]:
        """Field -> the vocabulary whose labels it shows."""
        return {column.key: column.vocabulary for column in self.columns if column.vocabulary is not None}

    def count_line(self, shown: int, total: int) -> str:
        """One row, N rows, or N of M rows shown: whole sentences per kind, so each language can word them."""
        one, many, partial = {
            "initiative": (tr("1 initiative"), tr("{count} initiatives"),
                           tr("{shown} of {total} initiatives shown (--limit N or --all for more)")),
            "request": (tr("1 request"), tr("{count} requests"),
                        tr("{shown} of {total} requests shown (--limit N or --all for more)")),
            "follow-up": (tr("1 follow-up"), tr("{count} follow-ups"),
                          tr("{shown} of {total} follow-ups shown (--limit N or --all for more)")),
            "event": (tr("1 event"), tr("{count} events"),
                      tr("{shown} of {total} events shown (--limit N or --all for more)")),
            "registration": (tr("1 registration"), tr("{count} registrations"),
                             tr("{shown} of {total} registrations shown (--limit N or --all for more)")),
        }[self.noun]
        if total < 0 or shown >= total:
            return one if shown == 1 else many.format(count=shown)
        return partial.format(shown=shown, total=total)


# The service is looked up when the list is asked for (so it can be swapped, as the tests do).
INITIATIVES = Kind("initiative", lists.INITIATIVES,
                   lambda desk, query, count: initiatives.list_initiatives(desk, query=query, count=count))
REQUESTS = Kind("request", lists.REQUESTS,
                lambda desk, query, count: requests.list_requests(desk, query=query, count=count))
FOLLOW_UPS = Kind("follow-up", lists.FOLLOW_UPS,
                  lambda desk, query, count: followups.list_follow_ups(desk, query=query, count=count))
EVENTS = Kind("event", lists.EVENTS, lambda desk, query, count: events.list_events(desk, query=query, count=count))
REGISTRATIONS = Kind("registration", lists.REGISTRATIONS,
                     lambda desk, query, count: registrations.list_registrations(desk, query=query, count=count))

#: Widest a table cell grows before it is cut with an ellipsis.
CELL_WIDTH = 32
WIDE_CELLS = {"question": 48, "action": 48, "outcome": 48, ID_KEY: 36, "title": 40, "event_title": 40}


def _cell(kind: Kind, key: str, row: Any) -> str:
    if key == ID_KEY:
        return str(row.id)
    column = kind.catalogue.column(key)
    return tables.one_line(tables.display(column.value_of(row), column.vocabulary))


def _pages(desk: Desk, kind: Kind, query: ListQuery, limit: int | None) -> Iterator[Page[Any]]:
    """The list a page at a time from the database; the first page carries the total."""
    offset, remaining, first = 0, limit, True
    while True:
        size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
        page = kind.fetch(desk, replace(query, offset=offset, limit=size), first)
        yield page
        first = False
        offset += len(page.rows)
        if remaining is not None:
            remaining -= len(page.rows)
        if len(page.rows) < size or remaining == 0:
            return


def _write_table(kind: Kind, keys: list[str], pages: Iterator[Page[Any]]) -> None:
    """An aligned table streamed a page at a time, then the count line."""
    labels = {column.key: column.label for column in kind.columns}
    headers = [labels.get(key, key.upper() if key == ID_KEY else key) for key in keys]

    def cells(row: Any) -> list[str]:
        return [_cell(kind, key, row) for key in keys]

    first = next(pages)
    rest = (cells(row) for page in pages for row in page.rows)
    shown = tables.write_table(headers, [WIDE_CELLS.get(key, CELL_WIDTH) for key in keys],
                               [cells(row) for row in first.rows], rest)
    print(kind.count_line(shown, first.total))


def _column_keys(kind: Kind, text: str | None) -> list[str]:
    if text is None:
        return [ID_KEY, *kind.catalogue.default_columns()]
    return list_columns(kind.catalogue, text)


def _list(kind: Kind, desk: Desk, args: argparse.Namespace) -> int:
    query = list_query(desk, kind.catalogue, args, ("--from", "--to") if kind is EVENTS else ("--due-from", "--due-to"))
    keys = _column_keys(kind, args.columns)
    pages = _pages(desk, kind, query, None if args.all else args.limit)
    if args.json:
        tables.write_json_rows(plain_row(row) for page in pages for row in page.rows)
    else:
        _write_table(kind, keys, pages)
    return 0


def add_list(actions: Any, kind: Kind, *, extra: Callable[[argparse.ArgumentParser], object]) -> None:
    sortable = ", ".join(column.key for column in kind.columns if column.sortable)
    help_text = {"initiative": tr("list initiatives"), "request": tr("list requests"),
                 "follow-up": tr("list follow-ups"), "event": tr("list events"),
                 "registration": tr("list registrations")}[kind.noun]
    description = {
        "initiative": tr("List initiatives: filtered, searched and sorted by the database.\n"
                         "Archived initiatives are left out unless --archived."),
        "request": tr("List requests: filtered, searched and sorted by the database.\n"
                      "Archived requests are left out unless --archived."),
        "follow-up": tr("List follow-ups: filtered, searched and sorted by the database.\n"
                        "Archived follow-ups are left out unless --archived."),
        "event": tr("List events: filtered, searched and sorted by the database.\n"
                    "Archived events are left out unless --archived."),
        "registration": tr("List registrations (of one event with --event): filtered, searched and sorted by the "
                           "database.\nArchived registrations are left out unless --archived."),
    }[kind.noun]
    archived_help = {"initiative": tr("include archived initiatives"), "request": tr("include archived requests"),
                     "follow-up": tr("include archived follow-ups"), "event": tr("include archived events"),
                     "registration": tr("include archived registrations")}[kind.noun]
    parser = leaf(actions, "list", lambda desk, args: _list(kind, desk, args), help_text,
                   description=description)
    search_arguments(parser, kind.catalogue)
    extra(parser)
    record_filter_arguments(parser, kind.catalogue)
    parser.add_argument("--archived", action="store_true", help=archived_help)
    parser.add_argument("--sort", metavar="COLUMN", help=tr("sort by: {names}").format(names=sortable))
    parser.add_argument("--desc", action="store_true", help=tr("sort descending"))
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--limit", metavar="N", type=positive, default=DEFAULT_LIMIT,
                      help=tr("show at most N rows (default {limit})").format(limit=DEFAULT_LIMIT))
    size.add_argument("--all", action="store_true",
                      help=tr("show every row (read {size} at a time from the database)").format(size=PAGE_SIZE))
    parser.add_argument("--columns", metavar="A,B,...",
                        help=tr("columns of the table: {names}").format(
                            names=", ".join([ID_KEY, *(column.key for column in kind.columns)])))
    parser.add_argument("--json", action="store_true", help=tr("a JSON array of rows (codes, ISO dates)"))


def add_filters(parser: argparse.ArgumentParser, *, statuses: str, officer: str, topic: bool = True,
                 channel: bool = False) -> None:
    parser.add_argument("--status", help=statuses)
    if topic:
        parser.add_argument("--topic", help=tr("topic code or label"))
    if channel:
        parser.add_argument("--channel", help=tr("channel code or label"))
    parser.add_argument("--officer", metavar="NAME_OR_ID", help=officer)
    due_arguments(parser)
    parser.add_argument("--open", action="store_true", help=tr("only those still open"))
