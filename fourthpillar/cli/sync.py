"""Field packages and syncing from the command line.

    fourthpillar sync package --out FILE [--province P]     first package (enrols a field copy; prints its code)
    fourthpillar sync package --for REPLICA --out FILE      what REPLICA lacks since the last exchange
    fourthpillar sync checkout FILE [--code CODE]           a new copy from a first package (--data-dir)
    fourthpillar sync revoke REPLICA                        refuse that copy's packages from now on
    fourthpillar sync apply FILE [--json]                   merge a package here
    fourthpillar sync conflicts [--json]                    what the merge left for a person
    fourthpillar sync resolve CONFLICT_ID --take mine|theirs | --value VALUE
    fourthpillar sync with DATABASE_URL                     exchange directly with another database
    fourthpillar replica id                                 this copy's replica id

A refused package (damaged, cut off, not a package, from a newer version, made here, not signed
by an enrolled copy, made for another copy, breaking the field rules) exits with status 2 and one
line; nothing is applied.
"""

from __future__ import annotations

import argparse
import getpass
from dataclasses import asdict
from typing import Any

from fourthpillar import paths
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import add_command
from fourthpillar.cli.common import configured_url
from fourthpillar.cli.common import print_found
from fourthpillar.cli.common import print_json
from fourthpillar.i18n import translator
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk

tr = translator("Cli")


def _package(desk: Desk, args: argparse.Namespace) -> int:
    if args.for_replica and args.province:
        raise CommandError(tr("--province is for a first package; a package --for a copy holds what it lacks"))
    if args.for_replica:
        made = sync.create_package(desk, for_replica=args.for_replica, path=args.out)
    else:
        made = sync.create_first_package(desk, path=args.out, province=args.province)
    if args.json:
        print_json({**asdict(made), "path": str(made.path)})
        return 0
    if args.for_replica:
        print(f"{made.path}: " + tr("{count} change(s) for replica {replica}").format(
            count=made.changes, replica=made.for_replica))
        if not made.peer_known:
            print(tr("note: nothing was ever received from that replica id, so the package holds everything "
                     "this copy can give; check the id with 'replica id' on the other copy"))
    else:
        print(f"{made.path}: " + tr("first package with {count} record(s) for the new copy {replica}; open it with "
                                    "'sync checkout' and this code (give it apart from the file):").format(
            count=made.records, replica=made.for_replica))
        print(made.code)
    return 0


def _checkout(args: argparse.Namespace) -> int:
    # Without opening the register first: opening would create an empty one, and the checkout
    # then fills it in place instead of filling a new file without a journal (services.staging).
    if configured_url(args) is not None:
        raise CommandError(tr("a field copy is a SQLite file in a data folder; give --data-dir, not --database-url"))
    data_dir = paths.data_dir_path(args.data_dir)  # made by the checkout, and removed again if it refuses
    code = args.code
    if code is None:
        try:
            code = getpass.getpass(tr("Code of the first package: "))
        except (EOFError, KeyboardInterrupt) as error:
            raise CommandError(tr("no code given: give --code CODE")) from error
    made = sync.checkout_package(path=args.file, data_dir=data_dir, code=code)
    scope = f" ({made.province})" if made.province else ""
    print(f"{made.data_dir}: " + tr("new copy {replica} with {count} record(s)").format(
        replica=made.replica_id, count=made.records) + scope)
    return 0


def _apply(desk: Desk, args: argparse.Namespace) -> int:
    result = sync.apply_package(desk, path=args.file)
    if args.json:
        print_json(result)
    else:
        print(tr("applied {applied}, already here {skipped}, new records {created}, conflicts {conflicts}").format(
            applied=result.applied, skipped=result.skipped, created=result.created, conflicts=result.conflicts))
        _waiting_line(result.waiting)
        _erasure_lines(result)
    return 0


def _waiting_line(waiting: int) -> None:
    """Registrations the copies booked together beyond an event's capacity (each saw only its own)."""
    if waiting:
        print(tr("{count} registration(s) beyond an event's capacity went to the waiting list").format(count=waiting))


def _erasure_lines(result: sync.ApplyResult) -> None:
    """People erased by the apply, and this copy's backups that still hold them (as after 'person erase')."""
    if result.erased:
        print(tr("erased {count} person(s) as the other copy did").format(count=result.erased))
    if result.erased and result.backups_before:
        newest = max(result.backups_before, key=lambda info: info.created_at)
        print(tr("{count} backup(s) made before the erasure still hold the data; delete them with "
                 "'backup prune --until {id}' or in File > Backups").format(
            count=len(result.backups_before), id=newest.id))


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _print_conflict(conflict: sync.ConflictView) -> None:
    what = conflict.field or (tr("archived") if conflict.kind != "duplicate" else tr("duplicate"))
    print(f"{conflict.id}  {conflict.entity} '{conflict.label}'  {what}")
    print("    " + tr("mine: {mine}   theirs: {theirs}   common: {common}   showing: {current}").format(
        mine=_shown(conflict.mine), theirs=_shown(conflict.theirs), common=_shown(conflict.common),
        current=_shown(conflict.current)))


def _conflicts(desk: Desk, args: argparse.Namespace) -> int:
    return print_found(args, sync.list_conflicts(desk), _print_conflict, tr("no open conflicts"))


def _resolve(desk: Desk, args: argparse.Namespace) -> int:
    if (args.take is None) == (args.value is None):
        raise CommandError(tr("give --take mine|theirs or --value VALUE"))
    batch = sync.resolve_conflict(desk, conflict_id=args.conflict_id, take=args.take, value=args.value)
    print(tr("resolved; undo with batch {batch}").format(batch=batch))
    return 0


def _with(desk: Desk, args: argparse.Namespace) -> int:
    result = sync.sync_with(desk, database_url=args.database, ask=True)  # the password on a terminal, if need be
    if args.json:
        print_json(asdict(result))
    else:
        print(tr("sent {sent} change(s), received {received}, conflicts {there} there / {here} here").format(
            sent=result.sent.applied, received=result.received.applied, there=result.sent.conflicts,
            here=result.received.conflicts))
        _waiting_line(result.sent.waiting + result.received.waiting)
        _erasure_lines(result.received)
    return 0


def _revoke(desk: Desk, args: argparse.Namespace) -> int:
    sync.revoke(desk, replica=args.replica)
    print(tr("replica {replica} revoked: its packages are refused from now on").format(replica=args.replica))
    return 0


def _replica_id(desk: Desk, args: argparse.Namespace) -> int:
    print(sync.replica_id(desk))
    return 0


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("sync", help=tr("field packages and syncing with other copies"))
    commands = group.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)

    package = add_command(commands, "package", tr("make a package (a first one, or --for a copy)"), handler=_package)
    package.add_argument("--out", required=True, metavar="FILE", help=tr("the package file to write"))
    package.add_argument("--for", dest="for_replica", metavar="REPLICA",
                         help=tr("replica id of the copy it is for: holds what that copy lacks"))
    package.add_argument("--province", metavar="P", help=tr(
        "first package: only this province's initiatives (a coordinator's: one of their own, theirs by default)"))
    package.add_argument("--json", action="store_true", help=tr("the result as JSON (with the code)"))

    checkout = add_command(commands, "checkout", tr("make a new copy in --data-dir from a first package"),
                           handler_without_desk=_checkout)
    checkout.add_argument("file", metavar="FILE")
    checkout.add_argument("--code", metavar="CODE", help=tr("the first package's code (asked for when left out)"))

    revoke = add_command(commands, "revoke", tr("refuse a copy's packages from now on (a lost laptop)"),
                         handler=_revoke)
    revoke.add_argument("replica", metavar="REPLICA")

    apply = add_command(commands, "apply", tr("merge a package into this copy"), handler=_apply)
    apply.add_argument("file", metavar="FILE")
    apply.add_argument("--json", action="store_true", help=tr("counts as JSON"))

    conflicts = add_command(commands, "conflicts", tr("list open conflicts"), handler=_conflicts)
    conflicts.add_argument("--json", action="store_true")

    resolve = add_command(commands, "resolve", tr("settle a conflict"), handler=_resolve)
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID")
    resolve.add_argument("--take", choices=("mine", "theirs"))
    resolve.add_argument("--value", metavar="VALUE")

    with_parser = add_command(commands, "with", tr("exchange directly with another database"), handler=_with)
    with_parser.add_argument("database", metavar="DATABASE_URL")
    with_parser.add_argument("--json", action="store_true")

    replica = subparsers.add_parser("replica", help=tr("this copy's replica id"))
    replica_commands = replica.add_subparsers(dest="replica_command", metavar="COMMAND", required=True)
    add_command(replica_commands, "id", tr("print this copy's replica id"), handler=_replica_id)
