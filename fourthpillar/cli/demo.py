"""``demo``: fill the register with realistic demonstration data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fourthpillar.cli.common import CommandError
from fourthpillar.services.demo import load_demo_data
from fourthpillar.services.desk import Desk

#: What ``demo`` adds without ``--initiatives``: about the size of the real register.
DEFAULT_INITIATIVES = 1000


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="add demonstration data (initiatives with contacts, requests and follow-ups)",
        description="Add realistic demonstration initiatives with their contact persons, about four "
                    "advice requests and four follow-ups each, and a few support officers. "
                    "Everything is added in one go (or not at all) and can be undone as one action.",
    )
    parser.add_argument("--initiatives", metavar="N", type=_count, default=DEFAULT_INITIATIVES,
                        help=f"how many initiatives to add (default {DEFAULT_INITIATIVES})")
    parser.add_argument("--seed", metavar="S", type=int, default=None,
                        help="the same seed gives the same names and texts")
    parser.set_defaults(handler=run)


def _show_progress(done: int, total: int) -> None:
    sys.stderr.write(f"\r{done:,} / {total:,} initiatives")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(desk: Desk, args: argparse.Namespace) -> int:
    if desk.officer_id is None:
        # Not an error: the change log then simply names no officer.
        print("note: no officer signed in at this desk; the changes carry no author", file=sys.stderr)
    try:
        summary = load_demo_data(desk, initiatives=args.initiatives, seed=args.seed,
                                 progress=_show_progress if sys.stderr.isatty() else None)
    except KeyboardInterrupt:
        raise CommandError("interrupted; nothing was added") from None
    print(f"initiatives: {summary.initiatives}")
    print(f"contact persons: {summary.contacts}")
    print(f"advice requests: {summary.requests}")
    print(f"follow-ups: {summary.follow_ups}")
    print(f"officers: {summary.officers}")
    print(f"undo batch: {summary.batch_id}")
    return 0
