"""Field packages and syncing from the command line.

    fourthpillar sync package --out FILE [--province P]     first package (makes a field copy)
    fourthpillar sync package --for REPLICA --out FILE      what REPLICA lacks since the last exchange
    fourthpillar sync checkout FILE                         a new copy from a first package (--data-dir)
    fourthpillar sync apply FILE [--json]                   merge a package here
    fourthpillar sync conflicts [--json]                    what the merge left for a person
    fourthpillar sync resolve CONFLICT_ID --take mine|theirs | --value VALUE
    fourthpillar sync with DATABASE_URL                     exchange directly with another database
    fourthpillar replica id                                 this copy's replica id

A refused package (damaged, cut off, not a package, from a newer version, made here) exits with
status 2 and one line; nothing is applied.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from fourthpillar.cli.common import CommandError, print_json
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk


def _package(desk: Desk, args: argparse.Namespace) -> int:
    if args.for_replica and args.province:
        raise CommandError("--province is for a first package; a package --for a copy holds what it lacks")
    if args.for_replica:
        made = sync.create_package(desk, for_replica=args.for_replica, path=args.out)
        print(f"{made.path}: {made.changes} change(s) for replica {made.for_replica}")
        if not made.peer_known:
            print("note: nothing was ever received from that replica id, so the package holds everything "
                  "this copy can give; check the id with 'replica id' on the other copy")
    else:
        made = sync.create_first_package(desk, path=args.out, province=args.province)
        print(f"{made.path}: first package with {made.records} record(s); open it with 'sync checkout'")
    return 0


def _checkout(desk: Desk, args: argparse.Namespace) -> int:
    data_dir = desk.data_dir
    if desk.database.sqlite_path is None or data_dir is None:
        raise CommandError("a field copy is a SQLite file in a data folder; give --data-dir, not --database-url")
    desk.close()
    made = sync.checkout_package(path=args.file, data_dir=data_dir)
    scope = f" ({made.province})" if made.province else ""
    print(f"{made.data_dir}: new copy {made.replica_id} with {made.records} record(s){scope}")
    return 0


def _apply(desk: Desk, args: argparse.Namespace) -> int:
    result = sync.apply_package(desk, path=args.file)
    if args.json:
        print_json(result)
    else:
        print(f"applied {result.applied}, already here {result.skipped}, new records {result.created}, "
              f"conflicts {result.conflicts}")
    return 0


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _conflicts(desk: Desk, args: argparse.Namespace) -> int:
    found = sync.list_conflicts(desk)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no open conflicts")
    for conflict in found:
        what = conflict.field or ("archived" if conflict.kind != "duplicate" else "duplicate")
        print(f"{conflict.id}  {conflict.entity} '{conflict.label}'  {what}")
        print(f"    mine: {_shown(conflict.mine)}   theirs: {_shown(conflict.theirs)}   "
              f"common: {_shown(conflict.common)}   showing: {_shown(conflict.current)}")
    return 0


def _resolve(desk: Desk, args: argparse.Namespace) -> int:
    if (args.take is None) == (args.value is None):
        raise CommandError("give --take mine|theirs or --value VALUE")
    batch = sync.resolve_conflict(desk, conflict_id=args.conflict_id, take=args.take, value=args.value)
    print(f"resolved; undo with batch {batch}")
    return 0


def _with(desk: Desk, args: argparse.Namespace) -> int:
    result = sync.sync_with(desk, database_url=args.database)
    if args.json:
        print_json(asdict(result))
    else:
        print(f"sent {result.sent.applied} change(s), received {result.received.applied}, "
              f"conflicts {result.sent.conflicts} there / {result.received.conflicts} here")
    return 0


def _replica_id(desk: Desk, args: argparse.Namespace) -> int:
    print(sync.replica_id(desk))
    return 0


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("sync", help="field packages and syncing with other copies")
    commands = group.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)

    package = commands.add_parser("package", help="make a package (a first one, or --for a copy)")
    package.add_argument("--out", required=True, metavar="FILE", help="the package file to write")
    package.add_argument("--for", dest="for_replica", metavar="REPLICA",
                         help="replica id of the copy it is for: holds what that copy lacks")
    package.add_argument("--province", metavar="P", help="first package: only this province's initiatives")
    package.set_defaults(handler=_package)

    checkout = commands.add_parser("checkout", help="make a new copy in --data-dir from a first package")
    checkout.add_argument("file", metavar="FILE")
    checkout.set_defaults(handler=_checkout)

    apply = commands.add_parser("apply", help="merge a package into this copy")
    apply.add_argument("file", metavar="FILE")
    apply.add_argument("--json", action="store_true", help="counts as JSON")
    apply.set_defaults(handler=_apply)

    conflicts = commands.add_parser("conflicts", help="list open conflicts")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_conflicts)

    resolve = commands.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID")
    resolve.add_argument("--take", choices=("mine", "theirs"))
    resolve.add_argument("--value", metavar="VALUE")
    resolve.set_defaults(handler=_resolve)

    with_parser = commands.add_parser("with", help="exchange directly with another database")
    with_parser.add_argument("database", metavar="DATABASE_URL")
    with_parser.add_argument("--json", action="store_true")
    with_parser.set_defaults(handler=_with)

    replica = subparsers.add_parser("replica", help="this copy's replica id")
    replica_commands = replica.add_subparsers(dest="replica_command", metavar="COMMAND", required=True)
    replica_commands.add_parser("id", help="print this copy's replica id").set_defaults(handler=_replica_id)
