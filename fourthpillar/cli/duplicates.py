"""Duplicate initiatives from the command line: added to the ``initiatives`` group.

    fourthpillar initiatives duplicates [--json] [--min-score N]
    fourthpillar initiatives merge KEEP OTHER [field=other|keep|both ...] [--json]
    fourthpillar initiatives not-duplicate A B
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from fourthpillar.cli import common
from fourthpillar.cli import tables
from fourthpillar.cli.common import parse_assignments
from fourthpillar.cli.common import print_json
from fourthpillar.cli.options import whole_number
from fourthpillar.i18n import translator
from fourthpillar.services import duplicates
from fourthpillar.services import merge
from fourthpillar.services.desk import Desk

tr = translator("Cli")


def _score(text: str) -> int:
    number = whole_number(text)
    if not 1 <= number <= 100:
        raise argparse.ArgumentTypeError(tr("a score is from 1 to 100"))
    return number


def _list(desk: Desk, args: argparse.Namespace) -> int:
    pairs = duplicates.find_duplicates(desk, min_score=args.min_score)
    if args.json:
        print_json([{**asdict(pair), "reasons": [asdict(reason) for reason in pair.reasons],
                     "reason_texts": list(pair.reason_texts)} for pair in pairs])
        return 0
    if not pairs:
        print(tr("no possible duplicates"))
        return 0

    def side(item: duplicates.Side) -> str:
        return tables.one_line(item.name + (f" ({item.municipality})" if item.municipality else ""))

    lines = [[tr("score"), tr("initiative"), tr("looks like"), tr("why"), tr("ids")]]
    lines += [[str(pair.score), side(pair.first), side(pair.second), "; ".join(pair.reason_texts),
               f"{pair.first.id} {pair.second.id}"] for pair in pairs]
    tables.write_aligned(lines, cap=60)
    print(tr("{count} possible duplicate(s); merge with 'initiatives merge KEEP OTHER', or keep apart with "
             "'initiatives not-duplicate A B'").format(count=len(pairs)))
    return 0


def _merge(desk: Desk, args: argparse.Namespace) -> int:
    choices = parse_assignments(args.choices)
    merged = merge.merge_initiatives(desk, keep_id=args.keep, other_id=args.other,
                                     choices={name: value.strip().casefold() for name, value in choices.items()})
    if args.json:
        print_json(merged)
        return 0
    print(tr("merged {other} into {keep}: {fields} field(s) taken, {contacts} contact(s), {requests} request(s) "
             "and {follow_ups} follow-up(s) moved").format(
        other=merged.other_id, keep=merged.keep_id, fields=len(merged.fields), contacts=merged.contacts,
        requests=merged.requests, follow_ups=merged.follow_ups))
    return 0


def _not_duplicate(desk: Desk, args: argparse.Namespace) -> int:
    duplicates.mark_not_duplicate(desk, first_id=args.first, second_id=args.second)
    print(tr("{first} and {second} are kept apart: the duplicate list no longer shows them as a pair").format(
        first=args.first, second=args.second))
    return 0


def _initiatives_actions(subparsers: Any) -> Any:
    """The sub-commands of the ``initiatives`` group (added by :mod:`fourthpillar.cli.records`)."""
    group: argparse.ArgumentParser = subparsers.choices["initiatives"]
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("the initiatives command group has no sub-commands")


def _leaf(actions: Any, name: str, handler: Any, help_text: str, description: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(
        name, help=help_text, description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_location_arguments(parser, after_command=True)
    parser.set_defaults(handler=tables.robust_output(handler))
    return parser


def register(subparsers: Any) -> None:
    """Add ``duplicates``, ``merge`` and ``not-duplicate`` to the initiatives group."""
    actions = _initiatives_actions(subparsers)
    parser = _leaf(actions, "duplicates", _list, tr("list initiatives that look like the same one"),
                   tr("List pairs of initiatives that look like the same one, best first, with their score\n"
                      "(0-100) and why: names alike, the same enterprise number, place, e-mail or phone.\n"
                      "Pairs kept apart with 'not-duplicate' are left out."))
    parser.add_argument("--min-score", metavar="N", type=_score, default=None,
                        help=tr("lowest score listed (default: the settings' value, else {score})").format(
                            score=duplicates.DEFAULT_SCAN))
    parser.add_argument("--json", action="store_true", help=tr("a JSON array of pairs"))
    parser = _leaf(actions, "merge", _merge, tr("merge OTHER into KEEP (one undoable action)"),
                   tr("Merge the initiative OTHER into KEEP: KEEP's fields stay, empty ones take OTHER's value;\n"
                      "field=other takes OTHER's value, field=keep keeps KEEP's, field=both joins lists and notes.\n"
                      "OTHER's contacts, requests and follow-ups move to KEEP; OTHER is archived as merged into\n"
                      "KEEP. One undo in the app's history undoes the whole merge."))
    parser.add_argument("keep", metavar="KEEP", help=tr("the id of the initiative to keep"))
    parser.add_argument("other", metavar="OTHER", help=tr("the id of the initiative merged into it"))
    parser.add_argument("choices", nargs="*", metavar="field=other|keep|both", help=tr("what to take from OTHER"))
    parser.add_argument("--json", action="store_true", help=tr("what was done, as JSON"))
    parser = _leaf(actions, "not-duplicate", _not_duplicate, tr("remember that two initiatives are different ones"),
                   tr("Remember that A and B are different initiatives: the duplicate list, the editor and\n"
                      "the import no longer offer them as a pair (synced to field copies)."))
    parser.add_argument("first", metavar="A", help=tr("an initiative's id"))
    parser.add_argument("second", metavar="B", help=tr("the other initiative's id"))

