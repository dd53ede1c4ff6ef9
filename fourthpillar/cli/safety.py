"""Commands for the safety net and privacy: backups, the integrity check, a person's data, retention.

``backup create|list|restore ID|prune --until ID``, ``backup recover [--backup ID] [--json]``, ``check``,
``person export ID --out DIR``, ``person find TEXT [--json]``, ``person erase ID [ID ...] [--dry-run]``
(a contact person's id or a walk-in's registration id), ``retention list [--json]``,
``retention forget-registrations ID [ID ...]``.

``check`` and ``backup recover`` look at the data folder's file without opening the register,
so they work on a register too damaged to open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fourthpillar import paths
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import add_command
from fourthpillar.cli.common import configured_url
from fourthpillar.cli.common import print_found
from fourthpillar.cli.common import print_json
from fourthpillar.i18n import translator
from fourthpillar.services import backups
from fourthpillar.services import instance
from fourthpillar.services import privacy
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as backup_files

tr = translator("Cli")


#: Exit status of ``check`` when the database has problems.
EXIT_DAMAGED = 1


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    amount = size / 1024
    for unit in ("KB", "MB"):
        if amount < 1024:
            return f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} GB"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[key]} {key.replace('_', '-')}" for key in counts) or tr("counts unknown")


def _when(info: backups.BackupInfo) -> str:
    return info.created_at.strftime("%Y-%m-%d %H:%M UTC")


def _backup_line(info: backups.BackupInfo) -> str:
    when = _when(info)
    return f"{info.id}  {when}  {info.reason:<9}  {_size(info.size):>8}  {_counts(info.counts)}"


def _backup_create(desk: Desk, args: argparse.Namespace) -> int:
    info = backups.create_backup(desk, reason="manual")
    print(tr("backup {id} written to {path}").format(id=info.id, path=info.path))
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    if configured_url(args) is not None:
        desk = open_desk(data_dir=args.data_dir, database_url=args.database_url)
        try:
            found = backups.list_backups(desk)
        finally:
            desk.close()
    else:  # without opening the register, so the ids are there for 'backup recover --backup ID'
        found = backups.list_folder_backups(args.data_dir)
    if args.json:
        print_json([_backup_json(info) for info in found])
    elif not found:
        print(tr("no backups yet"))
    for info in [] if args.json else found:
        print(_backup_line(info))
    return 0


def _backup_restore(desk: Desk, args: argparse.Namespace) -> int:
    if desk.data_dir is None:
        raise CommandError(tr("restore needs a data folder"))
    ids = {info.id for info in backups.list_backups(desk)}
    if args.backup_id not in ids:
        raise CommandError(tr("no backup {id} (see 'backup list')").format(id=repr(args.backup_id)))
    # The app must not be working on the register while its contents are swapped.
    with instance.require_app_lock(desk.data_dir):
        result = backups.restore_backup(desk, backup_id=args.backup_id)
        result.desk.close()
    print(tr("restored {id}; the state before was saved as backup {safety}").format(
        id=result.restored.id, safety=result.safety_backup.id))
    if result.erased_again:
        print(tr("{count} person(s) erased after that backup was made were erased again").format(
            count=len(result.erased_again)))
    return 0


def _backup_prune(desk: Desk, args: argparse.Namespace) -> int:
    chosen = [info for info in backups.list_backups(desk) if info.id == args.until]
    if not chosen:
        raise CommandError(tr("no backup {id} (see 'backup list')").format(id=repr(args.until)))
    removed = backups.prune_backups_before(desk, moment=chosen[0].created_at)
    fresh = backups.create_backup(desk, reason="manual")
    print(tr("pruned {count} older backup(s); new backup {id}").format(count=len(removed), id=fresh.id))
    return 0


def _backup_json(info: backups.BackupInfo) -> dict[str, Any]:
    return {"id": info.id, "path": str(info.path), "created_at": info.created_at, "reason": info.reason,
            "size": info.size, "counts": info.counts, "schema_revision": info.schema_revision}


def _own_register_only(args: argparse.Namespace, command: str) -> None:
    url = configured_url(args)
    if url is not None:
        raise CommandError(tr("'{command}' works on a data folder's own register, and this one is at a database "
                              "URL (--database-url, $FOURTHPILLAR_DATABASE_URL or the folder's config.json); "
                              "a shared database is backed up and restored by its server").format(command=command))


def _backup_recover(args: argparse.Namespace) -> int:
    _own_register_only(args, "backup recover")
    folder = paths.data_dir(args.data_dir)
    # The app must not have the register open while its file is swapped.
    with instance.require_app_lock(folder):
        report = backups.check_database(folder, full=True)
        if report.ok:
            raise CommandError(tr("{path} passes the integrity check, so there is nothing to recover; to go "
                                  "back to a backup use 'backup restore ID' (it keeps the present state)").format(
                                      path=report.path))
        if args.backup is None and backups.newest_good_backup(folder) is None:
            raise CommandError(tr("there is no readable backup in {folder} to recover from; do not delete the "
                                  "damaged file, ask for help").format(
                folder=backup_files.backups_dir(paths.database_path(folder))))
        recovery = backups.recover_from_backup(folder, backup_id=args.backup)
    restored = recovery.restored
    if args.json:
        print_json({"restored": _backup_json(restored), "database": str(report.path),
                    "damaged_path": str(recovery.damaged_path) if recovery.damaged_path else None,
                    "problems": report.problems[:50], "erased_again": recovery.erased_again})
        return 0
    print(tr("recovered {path} from backup {id} of {when} ({counts})").format(
        path=report.path, id=restored.id, when=_when(restored), counts=_counts(restored.counts)))
    if recovery.damaged_path is not None:
        print(tr("the damaged file was kept as {path}").format(path=recovery.damaged_path))
    else:
        print(tr("there was no database file to keep"))
    print(tr("everything entered after the backup was made is not in the recovered register"))
    if recovery.erased_again:
        print(tr("{count} person(s) erased after that backup was made were erased again").format(
            count=len(recovery.erased_again)))
    return 0


def _check(args: argparse.Namespace) -> int:
    url = configured_url(args)
    if url is not None:
        desk = open_desk(data_dir=args.data_dir, database_url=args.database_url)
        try:
            report = backups.integrity_check(desk, full=True)
        finally:
            desk.close()
    else:
        # Read the file as it is: a register too damaged to open can still be checked.
        folder = paths.data_dir(args.data_dir)
        if not paths.database_path(folder).exists():
            raise CommandError(tr("there is no register in {folder} yet").format(folder=folder))
        report = backups.check_database(folder, full=True)
    if report.ok:
        print(f"{report.path}: " + tr("ok"))
        return 0
    if url:
        line = tr("{path}: {count} problem(s)")
    else:
        line = tr("{path}: {count} problem(s); 'fourthpillar backup recover' puts back the newest good backup "
                  "and keeps this file")
    print(line.format(path=report.path, count=len(report.problems)))
    for problem in report.problems[:50]:
        print(f"  {problem}")
    return EXIT_DAMAGED


def _person_export(desk: Desk, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CommandError(tr("--out {path} is a file, not a folder").format(path=out))
    if _walk_in_ids(desk, [args.contact_id], "person export"):
        result = privacy.export_walk_in(desk, registration_id=args.contact_id, out_dir=out)
    else:
        result = privacy.export_person(desk, contact_id=args.contact_id, out_dir=out)
    print(f"{result.json_path}\n{result.pdf_path}")
    return 0


def _mention_line(mention: privacy.Mention) -> str:
    return f"  {mention.entity} {mention.record_id} ({mention.field}): {mention.label}"


def _walk_in_ids(desk: Desk, ids: list[str], command: str) -> list[str]:
    """The ids among *ids* that are walk-ins' registrations (the others are taken as contact ids);
    a contact person's registration is refused, naming the contact's id to use instead."""
    found: list[str] = []
    for record_id in ids:
        registration = walk_ins.find_registration(desk, registration_id=record_id)
        if registration is not None and registration.contact_id is not None:
            raise CommandError(tr("registration {id} is contact person {contact}'s: use '{command} {contact}'").format(
                id=record_id, contact=registration.contact_id, command=command))
        if registration is not None:
            found.append(record_id)
    return found


def _print_redactions(mentions: list[privacy.Mention]) -> None:
    if mentions:
        print("  " + tr("replaced by {mark} in {count} other text(s):").format(
            mark=privacy.REDACTED, count=len(mentions)))
    for mention in mentions:
        print(_mention_line(mention))


def _person_erase_plan(desk: Desk, contact_ids: list[str], walk_in_ids: list[str]) -> int:
    plan = privacy.plan_erasure(desk, contact_ids=contact_ids)
    redactions = list(plan.redactions)
    walk_in_redactions = walk_ins.plan_walk_in_erasure(desk, registration_ids=walk_in_ids) if walk_in_ids else []
    redactions += [mention for mention in walk_in_redactions if mention not in redactions]
    for contact_id, name in plan.people:
        print(tr("would erase contact {id} ({name}): name, role, e-mail and phone, in the record and its "
                 "history").format(id=contact_id, name=name))
    for registration_id in walk_in_ids:
        walk_in = walk_ins.find_registration(desk, registration_id=registration_id)
        print(tr("would erase walk-in {id} ({name}): name and e-mail, in the registration and its history").format(
            id=registration_id, name=walk_in.name if walk_in else ""))
    print(tr("would replace the person by {mark} in {count} other text(s):").format(
        mark=privacy.REDACTED, count=len(redactions)))
    for mention in redactions:
        print(_mention_line(mention))
    return 0


def _person_erase(desk: Desk, args: argparse.Namespace) -> int:
    walk_in_ids = _walk_in_ids(desk, args.contact_ids, "person erase")
    contact_ids = [record_id for record_id in args.contact_ids if record_id not in walk_in_ids]
    if args.dry_run:
        return _person_erase_plan(desk, contact_ids, walk_in_ids)
    if contact_ids:  # every contact id is checked before anything is written
        privacy.plan_erasure(desk, contact_ids=contact_ids)
    # Walk-ins first: an unknown contact id above has already stopped everything.
    walk_in_erasure = walk_ins.erase_walk_ins(desk, registration_ids=walk_in_ids) if walk_in_ids else None
    erasures = privacy.erase_people(desk, contact_ids=contact_ids) if contact_ids else []
    for erasure in erasures:
        print(tr("erased contact {id}: name, role, e-mail and phone removed from the record, {count} history "
                 "entries blanked or redacted").format(id=erasure.contact_id, count=erasure.history_rows_scrubbed))
        _print_redactions(erasure.redacted)
    if walk_in_erasure is not None:
        for registration_id in walk_in_erasure.registration_ids:
            print(tr("erased walk-in {id}: name and e-mail removed from the registration").format(id=registration_id))
        print("  " + tr("{count} history entries blanked or redacted").format(
            count=walk_in_erasure.history_rows_scrubbed))
        _print_redactions(walk_in_erasure.redacted)
    # The later erasure's moment: every backup before it may hold someone erased now.
    moments = [(item.erased_at, item.backups_before) for item in (*erasures[:1], walk_in_erasure) if item]
    erased_at, backups_before = max(moments, key=lambda pair: pair[0])
    if backups_before:
        if args.prune_backups:
            removed = backups.prune_backups_before(desk, moment=erased_at)
            fresh = backups.create_backup(desk, reason="manual")
            print(tr("pruned {count} older backup(s); new backup {id}").format(count=len(removed), id=fresh.id))
        else:
            print(tr("{count} backup(s) made before the erasure still hold the data; run again with "
                     "--prune-backups or prune them in File > Backups").format(count=len(backups_before)))
    return 0


def _person_find(desk: Desk, args: argparse.Namespace) -> int:
    return print_found(args, privacy.find_person(desk, text=args.text),
                       lambda item: print(f"{item.entity}\t{item.record_id}\t{item.field}\t{item.label}"),
                       tr("no record holds '{text}'").format(text=args.text))


def _retention_list(desk: Desk, args: argparse.Namespace) -> int:
    review = privacy.retention_review(desk, years=args.years)
    if args.json:
        print_json(review)
        return 0
    print(tr("initiatives without activity since {date} ({count}):").format(
        date=review.cutoff.isoformat(), count=len(review.inactive_initiatives)))
    for item in review.inactive_initiatives:
        last = item.last_activity.isoformat() if item.last_activity else tr("never")
        print(f"  {item.id}  {item.name}  (" + tr("{municipality}; last activity {date}").format(
            municipality=item.municipality or "-", date=last) + ")")
    print(tr("contact persons without recorded consent ({count}):").format(
        count=len(review.contacts_without_consent)))
    for person in review.contacts_without_consent:
        print(f"  {person.id}  {person.name}  ({person.initiative_name})")
    print(tr("registrations of events more than {years} years ago ({count}); 'retention forget-registrations ID' "
             "archives them and erases the walk-ins:").format(
        years=walk_ins.ATTENDANCE_YEARS, count=len(review.past_registrations)))
    for past in review.past_registrations:
        kind = tr("walk-in") if past.walk_in else tr("contact person")
        print(f"  {past.id}  {past.person_name}  ({past.event_title}, {past.starts_on.isoformat()}; {kind})")
    return 0


def _retention_forget_registrations(desk: Desk, args: argparse.Namespace) -> int:
    past = {item.id: item for item in walk_ins.registrations_past_retention(desk)}
    ids = list(dict.fromkeys(args.registration_ids))
    for registration_id in ids:
        if registration_id not in past:
            raise CommandError(tr("registration {id} is not past the retention period, or is archived already "
                                  "(see 'retention list')").format(id=repr(registration_id)))
    walk_in_count = sum(1 for registration_id in ids if past[registration_id].erasable)
    walk_ins.forget_registrations(desk, registration_ids=ids)
    print(tr("archived {count} registration(s) and erased {walk_ins} walk-in(s); the archiving can be undone, "
             "the erasure not").format(count=len(ids), walk_ins=walk_in_count))
    return 0


def _positive_years(value: str) -> int:
    try:
        years = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{value}' is not a whole number of years").format(value=value)) from None
    if not 1 <= years <= 200:  # a date that many years back must exist
        raise argparse.ArgumentTypeError(tr("must be between 1 and 200 years"))
    return years


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help=tr("make, list or restore backups of the register, or recover a damaged one"))
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    add_command(backup_commands, "create", tr("make a backup now"), handler=_backup_create)
    listing = add_command(backup_commands, "list", tr("the backups, newest first"), handler_without_desk=_backup_list)
    listing.add_argument("--json", action="store_true", help=tr("as JSON"))
    restore = add_command(backup_commands, "restore", tr("put a backup back (the current state is backed up first)"),
                          handler=_backup_restore)
    restore.add_argument("backup_id", metavar="ID", help=tr("a backup id from 'backup list'"))
    prune = add_command(
        backup_commands, "prune", tr("delete a backup and every older one (after an erasure); a fresh backup is made"),
        handler=_backup_prune)
    prune.add_argument("--until", metavar="ID", required=True, help=tr("the newest backup to delete"))
    recover = add_command(
        backup_commands, "recover",
        tr("put the newest good backup in place of a damaged register (the damaged file is kept)"),
        handler_without_desk=_backup_recover)
    recover.add_argument("--backup", metavar="ID", default=None,
                         help=tr("this backup instead of the newest good one (see 'backup list')"))
    recover.add_argument("--json", action="store_true", help=tr("what was restored, as JSON"))

    add_command(subparsers, "check", tr("run the full integrity check of the database"), handler_without_desk=_check)

    person = subparsers.add_parser("person", help=tr("a contact person's or a walk-in's data: export or erase (GDPR)"))
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    export = add_command(person_commands, "export", tr("write everything held about the person (JSON and PDF)"),
                         handler=_person_export)
    export.add_argument("contact_id", metavar="ID", help=tr("a contact id or a walk-in's registration id"))
    export.add_argument("--out", metavar="DIR", required=True, help=tr("folder for the files"))
    find = add_command(
        person_commands, "find",
        tr("every record that holds a name, e-mail or phone (contacts, requests, follow-ups, notes)"),
        handler=_person_find)
    find.add_argument("text", metavar="TEXT", help=tr("a name, e-mail or phone, or part of one"))
    find.add_argument("--json", action="store_true", help=tr("as JSON"))
    erase = add_command(
        person_commands, "erase", tr("remove the person's name, role, e-mail and phone everywhere, also from notes"),
        handler=_person_erase)
    erase.add_argument("contact_ids", metavar="ID", nargs="+",
                       help=tr("one or more contact ids or walk-ins' registration ids ('person find')"))
    erase.add_argument("--dry-run", action="store_true", help=tr("only list what would be erased and redacted"))
    erase.add_argument("--prune-backups", action="store_true",
                       help=tr("also delete the backups made before the erasure (a fresh one is made)"))

    retention = subparsers.add_parser("retention", help=tr("the retention review"))
    retention_commands = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    review = add_command(retention_commands, "list", tr("inactive initiatives and people without consent"),
                         handler=_retention_list)
    review.add_argument("--years", type=_positive_years, default=5, help=tr("inactive for this many years (5)"))
    review.add_argument("--json", action="store_true", help=tr("as JSON"))
    forget = add_command(
        retention_commands, "forget-registrations",
        tr("archive registrations of events held too long ago and erase the walk-ins"),
        handler=_retention_forget_registrations)
    forget.add_argument("registration_ids", metavar="ID", nargs="+",
                        help=tr("one or more registration ids ('retention list')"))
