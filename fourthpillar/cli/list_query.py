"""A list's query from its options, shown (``initiatives list`` ...) or exported (``export xlsx
list``): the same checks and the same rows for both, and a filter the list does not honour
(:mod:`fourthpillar.lists.filters`) refused rather than silently ignored.
"""

from __future__ import annotations

import argparse

from fourthpillar.cli.common import CommandError
from fourthpillar.cli.options import check_event
from fourthpillar.cli.options import check_initiative
from fourthpillar.cli.options import list_sort
from fourthpillar.cli.options import list_status
from fourthpillar.cli.options import optional_date
from fourthpillar.cli.options import optional_officer_id
from fourthpillar.cli.options import vocab_option
from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.i18n import translator
from fourthpillar.lists import RecordList
from fourthpillar.lists import honours
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery

tr = translator("Cli")


# The lists' filter options, each with the ``ListQuery`` filter it sets (its value is the
# parsed argument argparse names after the option); which list honours which is
# :data:`fourthpillar.lists.filters.FILTERS`. (``events list`` spells ``--due-from`` and
# ``--due-to`` as ``--from`` and ``--to``.)
LIST_FILTERS: dict[str, str] = {
    "--status": "status", "--province": "province", "--theme": "theme", "--topic": "topic",
    "--channel": "channel", "--kind": "kind", "--officer": "officer_id", "--initiative": "initiative_id",
    "--event": "event_id", "--due-from": "due_from", "--due-to": "due_to",
}


def _given(args: argparse.Namespace, option: str) -> bool:
    return getattr(args, option.removeprefix("--").replace("-", "_"), None) is not None


def refuse_filters_not_honoured(listed: RecordList, args: argparse.Namespace) -> None:
    """CommandError naming the first filter option given that *listed* does not honour (rather
    than a list, or spreadsheet, silently holding the rows that filter would have left out)."""
    for option, field in LIST_FILTERS.items():
        if _given(args, option) and not honours(listed, field):
            taken = ["--search", *(other for other, its in LIST_FILTERS.items() if honours(listed, its)), "--archived"]
            raise CommandError(f"{option}: " + tr("the list {list} cannot be narrowed by this (its filters: "
                                                  "{options})").format(list=listed.title, options=", ".join(taken)))


def list_query(desk: Desk, listed: RecordList, args: argparse.Namespace,
               dates: tuple[str, str] = ("--due-from", "--due-to")) -> ListQuery:
    """The query of a list, shown or exported, from its options (those its parser lacks are not
    given): each one checked, ids and officers looked up; CommandError names a bad one. *dates*
    are the options giving ``due_from`` and ``due_to`` (``events list``: ``--from``, ``--to``)."""
    refuse_filters_not_honoured(listed, args)
    status = list_status(listed, getattr(args, "status", None))
    if getattr(args, "open", False):
        if status not in (None, "open"):
            raise CommandError("--open: " + tr("cannot be combined with --status {status}").format(status=args.status))
        status = "open"
    # With --archived an archived initiative's (or event's) records are among those listed.
    initiative_id = getattr(args, "initiative", None)
    if initiative_id is not None:
        check_initiative(desk, "--initiative", initiative_id, archived_too=args.archived)
    event_id = getattr(args, "event", None)
    if event_id is not None:
        check_event(desk, "--event", event_id, archived_too=args.archived)
    due_from = optional_date(dates[0], getattr(args, "due_from", None))
    due_to = optional_date(dates[1], getattr(args, "due_to", None))
    if due_from is not None and due_to is not None and due_to < due_from:  # not an empty list, nor spreadsheet
        raise CommandError(f"{dates[1]}: " + tr("the last day is before the first day"))
    return ListQuery(
        search=args.search or "",
        status=status,
        province=vocab_option("--province", PROVINCES, getattr(args, "province", None)),
        theme=vocab_option("--theme", THEMES, getattr(args, "theme", None)),
        topic=vocab_option("--topic", TOPICS, getattr(args, "topic", None)),
        channel=vocab_option("--channel", CHANNELS, getattr(args, "channel", None)),
        kind=vocab_option("--kind", EVENT_KINDS, getattr(args, "kind", None)),
        event_id=event_id,
        officer_id=optional_officer_id(desk, "--officer", getattr(args, "officer", None)),
        initiative_id=initiative_id,
        due_from=due_from,
        due_to=due_to,
        open_only=status == "open",
        include_archived=args.archived,
        sort=list_sort(listed, args.sort),
        descending=args.desc,
    )
