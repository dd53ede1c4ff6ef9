"""The table of which filters each list honours (fourthpillar.lists.filters) says what the lists' queries do.

If this failed, the command line would refuse a filter a list does apply, or accept, and
silently ignore, one it does not (an export of initiatives "due from today" holding every
initiative).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

import pytest
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite

from fourthpillar import lists
from fourthpillar.cli.list_query import LIST_FILTERS
from fourthpillar.cli.main import build_parser
from fourthpillar.lists.filters import FILTERS
from fourthpillar.store.queries import LIST_STATEMENTS
from fourthpillar.store.queries import ListQuery

#: A value for each narrowing filter of ListQuery ("open": the status word every list with a
#: status reads, the follow-ups' included).
SAMPLES = {"status": "open", "province": "antwerpen", "theme": "water", "topic": "subsidies", "channel": "phone",
           "officer_id": "o", "initiative_id": "i", "event_id": "e", "kind": "training",
           "due_from": dt.date(2026, 1, 1), "due_to": dt.date(2026, 12, 31), "open_only": True}
#: ListQuery's fields that every list takes, or that are not filters at all.
NOT_FILTERS = {"search", "include_archived", "sort", "descending", "offset", "limit", "count_limit"}


def test_every_filter_of_a_list_query_is_in_the_samples() -> None:
    """A filter added to ListQuery must be added to the table's check (and the table) too."""
    assert {field.name for field in dataclasses.fields(ListQuery)} == set(SAMPLES) | NOT_FILTERS
    assert set(FILTERS) == {listed.name for listed in lists.LISTS}
    assert all(filters <= set(SAMPLES) for filters in FILTERS.values())


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
@pytest.mark.parametrize("listed", lists.LISTS, ids=lambda listed: listed.name)
def test_a_list_honours_exactly_the_filters_the_table_gives_it(listed: lists.RecordList, dialect: object) -> None:
    """Each filter changes the list's statement exactly where the table says the list honours it."""
    build = LIST_STATEMENTS[listed.name]

    def sql(query: ListQuery) -> str:
        return str(build(query, dialect.name).statement.compile(dialect=dialect))  # type: ignore[attr-defined]

    plain = sql(ListQuery())
    honoured = {field for field, value in SAMPLES.items() if sql(ListQuery(**{field: value})) != plain}
    assert honoured == FILTERS[listed.name]
    assert all(lists.honours(listed, field) == (field in honoured) for field in SAMPLES)


def _list_command(command: str) -> argparse.ArgumentParser:
    """The parser of `fourthpillar COMMAND list`."""
    def sub(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
        actions = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
        found: argparse.ArgumentParser = actions.choices[name]
        return found

    return sub(sub(build_parser(), command), "list")


@pytest.mark.parametrize(("command", "listed"), [
    ("initiatives", lists.INITIATIVES), ("requests", lists.REQUESTS), ("followups", lists.FOLLOW_UPS),
    ("events", lists.EVENTS), ("registrations", lists.REGISTRATIONS),
])
def test_each_list_command_offers_exactly_the_filters_its_list_honours(
        command: str, listed: lists.RecordList) -> None:
    """`events list --province` was offered (and in --help) but ignored: every list showed all
    events; a filter the list does honour missing from its command could not be used at all."""
    options = {option for action in _list_command(command)._actions for option in action.option_strings}
    renamed = {"--from": "--due-from", "--to": "--due-to"} if listed is lists.EVENTS else {}
    offered = {LIST_FILTERS[named] for named in (renamed.get(option, option) for option in options)
               if named in LIST_FILTERS}
    assert offered == FILTERS[listed.name] - {"open_only"}  # the follow-ups' --open (--status open) sets it
