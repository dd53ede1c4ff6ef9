"""Events and registrations from the command line (issue 18).

    fourthpillar events        list|add|show|set
    fourthpillar registrations list|add|set

As the other kinds (:mod:`fourthpillar.cli.records`): ``field=value`` words with the field names
of ``domain/fields.py`` (``EVENT_FIELDS``, ``REGISTRATION_FIELDS``); bad input exits with
status 2 and one line on stderr, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fourthpillar.cli import tables
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.options import EPILOG
from fourthpillar.cli.options import act_as
from fourthpillar.cli.options import as_argument
from fourthpillar.cli.options import assignments
from fourthpillar.cli.options import changes_arguments
from fourthpillar.cli.options import check_event
from fourthpillar.cli.options import check_live
from fourthpillar.cli.options import group
from fourthpillar.cli.options import leaf
from fourthpillar.cli.options import reported
from fourthpillar.cli.options import resolve_officer_fields
from fourthpillar.cli.options import set_leaf
from fourthpillar.cli.options import show_leaf
from fourthpillar.cli.record_lists import EVENTS
from fourthpillar.cli.record_lists import REGISTRATIONS
from fourthpillar.cli.record_lists import add_list
from fourthpillar.domain.fields import EVENT_FIELDS
from fourthpillar.domain.fields import REGISTRATION_FIELDS
from fourthpillar.domain.vocab import REGISTRATION_STATUSES
from fourthpillar.i18n import translator
from fourthpillar.services import events
from fourthpillar.services import registration_import
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import EventDetail
from fourthpillar.services.registrations import RegistrationSaved

tr = translator("Cli")


def _write_event(detail: EventDetail) -> None:
    officer = {"officer_id": lambda value: f"{detail.officer_name} ({value})" if value else ""}
    places = tables.display(detail.taken) if detail.capacity is None else f"{detail.taken}/{detail.capacity}"
    tables.write_fields([("id", detail.id), *tables.field_pairs(detail, EVENT_FIELDS, EVENTS.vocabularies, officer),
                         ("registered", places), ("waiting", str(detail.waiting)), ("attended", str(detail.attended)),
                         *tables.stamp_pairs(detail)])
    tables.write_section(tr("Registrations"), [tr("name"), tr("initiative"), tr("status"), "id"], [
        [tables.one_line(row.person_name) + ("" if not row.walk_in else " " + tr("(walk-in)")),
         tables.one_line(row.initiative_name), REGISTRATION_STATUSES.label(row.status), row.id]
        for row in detail.registrations
    ])


def _add_event(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = assignments(args.assignments)
    act_as(desk, args)
    resolve_officer_fields(desk, values, ["officer_id"])
    with reported("event"):
        saved = events.plan_event(desk, values=values)
    print(saved.id)
    return 0


def _tell_places(saved: RegistrationSaved) -> None:
    """The waiting list's moves, on stderr: stdout stays the id (or the saved line) for scripts."""
    if saved.status == "waiting":
        print(tr("registration {id} is on the waiting list: the event is full").format(id=saved.id),
              file=sys.stderr)
    for moved in saved.moved_up:
        print(tr("registration {id} moved up from the waiting list").format(id=moved), file=sys.stderr)


def _add_registration(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = assignments(args.assignments, required=args.contact is None)
    act_as(desk, args)
    check_event(desk, "--event", args.event)
    if args.contact is not None:
        if "contact_id" in values:
            raise CommandError("contact_id: " + tr("give the contact person with --contact only"))
        check_live(desk, "--contact", "contact", "contact", args.contact)
        values["contact_id"] = args.contact
    with reported("registration"):
        saved = registrations.register_for_event(desk, event_id=args.event, values=values)
    print(saved.id)
    _tell_places(saved)
    return 0


def _import_registrations(desk: Desk, args: argparse.Namespace) -> int:
    mapping: dict[str, str | None] = {}
    for item in args.map or []:
        header, separator, field = item.partition("=")
        if not separator or not header.strip():
            raise CommandError("--map: " + tr("'{text}' is not HEADER=FIELD").format(text=item))
        mapping[header.strip()] = field.strip() or None
    act_as(desk, args)
    check_event(desk, "--event", args.event)
    with reported("registration"):
        preview = registration_import.preview_registration_import(
            desk, event_id=args.event, path=args.file, sheet=args.sheet, mapping=mapping or None)
    labels = {registration_import.CONTACT: tr("contact person"), registration_import.WALK_IN: tr("walk-in"),
              registration_import.SKIP: tr("skipped: registered already")}
    rows = [[str(row.row), tables.one_line(row.name), tables.one_line(row.contact_name or row.email),
             tables.one_line(row.initiative_name or row.initiative), labels[row.action]] for row in preview.rows]
    rows += [[str(issue.row), "", tables.one_line(issue.column), "", tables.one_line(issue.reason)]
             for issue in preview.problems]
    tables.write_aligned([[tr("row"), tr("name"), tr("contact person or e-mail"), tr("initiative"), tr("import")],
                          *sorted(rows, key=lambda row: int(row[0]))], cap=48)
    print(tr("{contacts} contact persons, {walk_ins} walk-ins, {skipped} skipped, {problems} rows not imported")
          .format(contacts=preview.count(registration_import.CONTACT),
                  walk_ins=preview.count(registration_import.WALK_IN), skipped=preview.count(registration_import.SKIP),
                  problems=len(preview.problems)))
    if args.dry_run:
        return 0
    with reported("registration"):
        done = registration_import.apply_registration_import(desk, preview=preview)
    print(tr("{registered} registered, {waiting} on the waiting list, {skipped} skipped (undo: batch {batch})")
          .format(registered=done.registered, waiting=done.waiting, skipped=done.skipped, batch=done.batch_id))
    return 0


def register(subparsers: Any) -> None:
    """Add the events and registrations command groups."""
    _register_events(subparsers)
    _register_registrations(subparsers)


def _register_events(subparsers: Any) -> None:
    actions = group(subparsers, "events", tr("trainings, info sessions, network days and webinars"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar events add title="Fundraising basics" kind=training starts_on=2026-03-10 start_time=19:00 capacity=20
  fourthpillar events list --from today --kind training
  fourthpillar events set ID status=open place="Vlasfabriekstraat 11, Sint-Gillis"
""" + tr("officer_id= takes an officer's name or id; times are hh:mm (19:30, 19u30).") + "\n")

    def filters(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--status", help=tr("planned, open, full, held or cancelled"))
        parser.add_argument("--topic", help=tr("topic code or label"))
        parser.add_argument("--officer", metavar="NAME_OR_ID", help=tr("the officer in charge"))
        parser.add_argument("--from", dest="due_from", metavar="DATE",
                            help=tr("starting on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)"))
        parser.add_argument("--to", dest="due_to", metavar="DATE", help=tr("starting on or before (same spellings)"))

    add_list(actions, EVENTS, extra=filters)
    parser = leaf(actions, "add", _add_event, tr("plan an event; prints its id"),
                   description=tr("Plan an event and print its id. title and starts_on are required; kind\n"
                                  "defaults to training, officer_id to the acting officer, status to planned."))
    changes_arguments(parser, EVENT_FIELDS)
    show_leaf(actions, "event", lambda desk, ident: events.get_event(desk, event_id=ident), _write_event,
              tr("every field and its registrations"))
    set_leaf(actions, "event", EVENT_FIELDS,
             lambda desk, ident, changes: events.update_event(desk, event_id=ident, changes=changes),
             officer_field="officer_id")


def _register_registrations(subparsers: Any) -> None:
    actions = group(subparsers, "registrations", tr("who registered for an event, and who came"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar registrations add --event ID --contact ID
  fourthpillar registrations add --event ID name="Zoë D'Hondt" email=zoe@example.org
  fourthpillar registrations list --event ID
  fourthpillar registrations set ID status=attended
""" + tr("Past the event's capacity a registration goes on the waiting list; a cancellation moves the "
         "first person waiting up.") + "\n")

    def filters(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--status", help=tr("registered, waiting, cancelled, attended or no-show"))

    add_list(actions, REGISTRATIONS, extra=filters)
    parser = leaf(actions, "add", _add_registration, tr("register a contact person or a walk-in; prints the id"),
                   description=tr("Register a contact person (--contact ID) or a walk-in (name=... email=...)\n"
                                  "for an event and print the registration's id."))
    parser.add_argument("--event", metavar="ID", required=True, help=tr("the event"))
    parser.add_argument("--contact", metavar="ID", help=tr("the contact person (else a walk-in: name=... email=...)"))
    changes_arguments(parser, REGISTRATION_FIELDS)
    set_leaf(actions, "registration", REGISTRATION_FIELDS,
             lambda desk, ident, changes: registrations.update_registration(
                 desk, registration_id=ident, changes=changes),
             then=_tell_places)
    parser = leaf(actions, "import", _import_registrations, tr("register the people of a spreadsheet (.xlsx, .csv)"),
                   description=tr("Register the people listed in a spreadsheet for an event: each row's name and\n"
                                  "e-mail are matched with the contact persons (by e-mail, else by name and\n"
                                  "initiative); other rows become walk-ins. One action: undo takes it all back."))
    parser.add_argument("file", metavar="FILE", type=Path, help=tr("the spreadsheet"))
    parser.add_argument("--event", metavar="ID", required=True, help=tr("the event"))
    parser.add_argument("--sheet", metavar="NAME", help=tr("the sheet (default: the first)"))
    parser.add_argument("--map", metavar="HEADER=FIELD", action="append",
                        help=tr("this column holds that field (name, email, initiative, status, registered_on); "
                                "HEADER= leaves it out"))
    parser.add_argument("--dry-run", action="store_true", help=tr("show what would be imported, write nothing"))
    as_argument(parser)
