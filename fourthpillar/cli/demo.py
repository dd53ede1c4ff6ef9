"""``demo``: fill the register with realistic demonstration data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import add_location_arguments
from fourthpillar.cli.options import whole_number
from fourthpillar.i18n import translator
from fourthpillar.jobs import no_progress
from fourthpillar.services.demo import load_demo_data
from fourthpillar.services.desk import Desk

#: What ``demo`` adds without ``--initiatives``: about the size of the real register.
DEFAULT_INITIATIVES = 1000
#: More would take hours and gigabytes (10**30 would never end).
MOST_INITIATIVES = 1_000_000


tr = translator("Cli")


def _count(text: str) -> int:
    value = whole_number(text)
    if not 1 <= value <= MOST_INITIATIVES:
        raise argparse.ArgumentTypeError(tr("must be between 1 and {most}").format(most=MOST_INITIATIVES))
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=tr("add demonstration data (initiatives with contacts, requests and follow-ups)"),
        description=tr("Add realistic demonstration initiatives with their contact persons, about four "
                       "advice requests and four follow-ups each, and a few support officers. "
                       "Everything is added in one go (or not at all) and can be undone as one action."),
    )
    parser.add_argument("--initiatives", metavar="N", type=_count, default=DEFAULT_INITIATIVES,
                        help=tr("how many initiatives to add (default {count})").format(count=DEFAULT_INITIATIVES))
    parser.add_argument("--seed", metavar="S", type=int, default=None,
                        help=tr("the same seed gives the same names and texts"))
    add_location_arguments(parser, after_command=True)
    parser.set_defaults(handler=run)


def _show_progress(done: int, total: int) -> None:
    sys.stderr.write("\r" + tr("{done} / {total} initiatives").format(done=f"{done:,}", total=f"{total:,}"))
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(desk: Desk, args: argparse.Namespace) -> int:
    if desk.officer_id is None:
        # Not an error: the change log then simply names no officer.
        print(tr("note: no officer signed in at this desk; the changes carry no author"), file=sys.stderr)
    try:
        summary = load_demo_data(desk, initiatives=args.initiatives, seed=args.seed,
                                 progress=_show_progress if sys.stderr.isatty() else no_progress)
    except KeyboardInterrupt:
        raise CommandError(tr("interrupted; nothing was added")) from None
    print(tr("initiatives: {count}").format(count=summary.initiatives))
    print(tr("contact persons: {count}").format(count=summary.contacts))
    print(tr("advice requests: {count}").format(count=summary.requests))
    print(tr("follow-ups: {count}").format(count=summary.follow_ups))
    print(tr("officers: {count}").format(count=summary.officers))
    print(tr("undo batch: {batch}").format(batch=summary.batch_id))
    return 0
