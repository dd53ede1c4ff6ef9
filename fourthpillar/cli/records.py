"""The register from the command line, for admins' scripts (in the spirit of calibredb).

    fourthpillar initiatives list|add|show|set|archive|restore
    fourthpillar requests    list|add|show|set|archive|restore
    fourthpillar followups   list|add|show|set|done|reopen|archive|restore
    fourthpillar officers    list|add|set|disable|enable|sign-in  (set, disable, enable: cli.logins)

Field names are the model attribute names of ``domain/fields.py``; vocabulary fields take a
code or its label. Bad input of any kind exits with status 2 and one line on stderr naming the
field and the problem, and nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from dataclasses import dataclass
from typing import Any

from fourthpillar.cli import logins
from fourthpillar.cli import tables
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import print_json
from fourthpillar.cli.options import EPILOG
from fourthpillar.cli.options import Handler
from fourthpillar.cli.options import act_as
from fourthpillar.cli.options import as_argument
from fourthpillar.cli.options import assignments
from fourthpillar.cli.options import changes_arguments
from fourthpillar.cli.options import check_follow_up
from fourthpillar.cli.options import check_initiative
from fourthpillar.cli.options import check_request
from fourthpillar.cli.options import group
from fourthpillar.cli.options import id_argument
from fourthpillar.cli.options import leaf
from fourthpillar.cli.options import optional_date
from fourthpillar.cli.options import quick_due_date
from fourthpillar.cli.options import record_line
from fourthpillar.cli.options import reported
from fourthpillar.cli.options import resolve_officer_fields
from fourthpillar.cli.options import set_leaf
from fourthpillar.cli.options import show_leaf
from fourthpillar.cli.record_lists import FOLLOW_UPS
from fourthpillar.cli.record_lists import INITIATIVES
from fourthpillar.cli.record_lists import REQUESTS
from fourthpillar.cli.record_lists import add_filters
from fourthpillar.cli.record_lists import add_list
from fourthpillar.domain.countries import country_name
from fourthpillar.domain.fields import FOLLOW_UP_FIELDS
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import OFFICER_FIELDS
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.vocab import LANGUAGES
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REQUEST_STATUSES
from fourthpillar.i18n import current_language
from fourthpillar.i18n import translator
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import FollowUpRow
from fourthpillar.services.records import InitiativeDetail
from fourthpillar.services.records import RequestDetail

tr = translator("Cli")


# --------------------------------------------------------------------------------------------
# show


def _write_initiative(detail: InitiativeDetail) -> None:
    countries = {"partner_countries": lambda codes: ", ".join(
        f"{country_name(code, current_language())} ({code})" for code in codes)}
    tables.write_fields([("id", detail.id),
                         *tables.field_pairs(detail, INITIATIVE_FIELDS, INITIATIVES.vocabularies, countries),
                         *tables.stamp_pairs(detail)])
    tables.write_section(tr("Contacts"), [tr("name"), tr("role"), tr("e-mail"), tr("phone"), tr("language"), "id"], [
        [tables.one_line(contact.name), tables.one_line(contact.role), tables.one_line(contact.email),
         tables.one_line(contact.phone), LANGUAGES.label(contact.language), contact.id]
        for contact in detail.contacts
    ])
    tables.write_section(tr("Timeline"), [tr("date"), tr("kind"), tr("status"), tr("what"), "id"], [
        [entry.date.isoformat(), entry.kind.replace("_", "-"),
         REQUEST_STATUSES.label(entry.status) if entry.kind == "request" else entry.status,
         tables.one_line(entry.title), entry.id]
        for entry in detail.timeline
    ])


def _write_request(detail: RequestDetail) -> None:
    people = {"officer_id": lambda value: f"{detail.officer_name} ({value})" if value else "",
              "contact_id": lambda value: f"{detail.contact_name} ({value})" if value else ""}
    tables.write_fields([("id", detail.id), ("initiative", f"{detail.initiative_name} ({detail.initiative_id})"),
                         *tables.field_pairs(detail, REQUEST_FIELDS, REQUESTS.vocabularies, people),
                         ("answered_on", tables.display(detail.answered_on)), *tables.stamp_pairs(detail)])
    tables.write_section(tr("Follow-ups"), [tr("due"), tr("what to do"), tr("owner"), tr("done"), "id"], [
        [item.due_on.isoformat(), tables.one_line(item.action), item.owner_name, tables.display(item.done_on), item.id]
        for item in detail.follow_ups
    ])


def _write_follow_up(row: FollowUpRow) -> None:
    tables.write_fields([
        ("id", row.id), ("initiative", f"{row.initiative_name} ({row.initiative_id})"),
        ("request", row.request_id or ""), ("action", row.action), ("due_on", tables.display(row.due_on)),
        ("owner_id", f"{row.owner_name} ({row.owner_id})" if row.owner_id else ""),
        ("done_on", tables.display(row.done_on)), ("outcome", row.outcome), ("version", str(row.version)),
        ("archived", tables.display(row.archived)),
    ])


# --------------------------------------------------------------------------------------------
# Changes


def _add_initiative(desk: Desk, args: argparse.Namespace) -> int:
    values = assignments(args.assignments)
    act_as(desk, args)
    with reported("initiative"):
        saved = initiatives.register_initiative(desk, values=values)
    print(saved.id)
    return 0


def _add_request(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = assignments(args.assignments)
    act_as(desk, args)
    check_initiative(desk, "--initiative", args.initiative)
    quick_due_date(values)
    resolve_officer_fields(desk, values, ["officer_id"])
    with reported("request"):
        saved = requests.log_request(desk, initiative_id=args.initiative, values=values)
    print(saved.id)
    return 0


def _add_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = assignments(args.assignments)
    act_as(desk, args)
    if args.request:
        check_request(desk, "--request", args.request)
    else:
        check_initiative(desk, "--initiative", args.initiative)
    resolve_officer_fields(desk, values, ["owner_id"])
    with reported("follow-up"):
        saved = followups.plan_follow_up(desk, values=values, initiative_id=args.initiative,
                                         request_id=args.request)
    print(saved.id)
    return 0


def _done_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    done_on = optional_date("--date", args.date)
    act_as(desk, args)
    check_follow_up(desk, "ID", args.id)
    with reported("follow-up"):
        followups.complete_follow_up(desk, follow_up_id=args.id, outcome=args.outcome or "", done_on=done_on)
    print(tr("follow-up {id} done").format(id=args.id))
    return 0


def _reopen_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    act_as(desk, args)
    check_follow_up(desk, "ID", args.id)
    with reported("follow-up"):
        followups.reopen_follow_up(desk, follow_up_id=args.id)
    print(tr("follow-up {id} reopened").format(id=args.id))
    return 0


@dataclass(frozen=True)
class Tombstone:
    """How one kind of record is archived (never deleted) and brought back."""

    noun: str
    is_archived: Callable[[Desk, str], bool]
    archive: Callable[[Desk, str], object]
    restore: Callable[[Desk, str], object]


TOMBSTONES = {
    "initiatives": Tombstone(
        "initiative",
        lambda desk, ident: initiatives.get_initiative(desk, initiative_id=ident).archived,
        lambda desk, ident: initiatives.archive_initiative(desk, initiative_id=ident),
        lambda desk, ident: initiatives.restore_initiative(desk, initiative_id=ident)),
    "requests": Tombstone(
        "request",
        lambda desk, ident: requests.get_request(desk, request_id=ident).archived,
        lambda desk, ident: requests.archive_request(desk, request_id=ident),
        lambda desk, ident: requests.restore_request(desk, request_id=ident)),
    "followups": Tombstone(
        "follow-up",
        lambda desk, ident: followups.get_follow_up(desk, follow_up_id=ident).archived,
        lambda desk, ident: followups.archive_follow_up(desk, follow_up_id=ident),
        lambda desk, ident: followups.restore_follow_up(desk, follow_up_id=ident)),
}


def _archiving(tombstone: Tombstone, *, archive: bool) -> Handler:
    """``archive ID`` / ``restore ID``; doing it twice is harmless and says so."""

    def run(desk: Desk, args: argparse.Namespace) -> int:
        act_as(desk, args)
        with reported(tombstone.noun):
            if tombstone.is_archived(desk, args.id) == archive:
                print(record_line(tombstone.noun, "already archived" if archive else "not archived", args.id))
                return 0
            (tombstone.archive if archive else tombstone.restore)(desk, args.id)
        print(record_line(tombstone.noun, "archived" if archive else "restored", args.id))
        return 0

    return run


# --------------------------------------------------------------------------------------------
# Officers


def _list_officers(desk: Desk, args: argparse.Namespace) -> int:
    people = officers.list_officers(desk)
    if args.json:
        print_json([{**asdict(person), "signed_in": person.id == desk.officer_id} for person in people])
        return 0
    rows = [["*" if person.id == desk.officer_id else "", person.id, tables.one_line(person.name),
             PROVINCES.label(person.region), person.email] for person in people]
    header = ["", "ID", tr("name"), tr("region"), tr("e-mail")]
    if any(person.login for person in people):
        # The shared database: who signs in as what, and may do what.
        header += [tr("login"), tr("role")]
        for row, person in zip(rows, people, strict=True):
            row += [person.login or "", " ".join([person.role, ",".join(person.provinces)]).strip()]
    tables.write_aligned([header, *rows], cap=60)
    print(tr("1 officer (* signed in at this desk)") if len(rows) == 1
           else tr("{count} officers (* signed in at this desk)").format(count=len(rows)))
    return 0


def _add_officer(desk: Desk, args: argparse.Namespace) -> int:
    values = assignments(args.assignments)
    name = values.get("name", "").strip()
    existing = officers.find_officer(desk, name_or_id=name) if name else None
    if existing is not None:
        raise CommandError("name: " + tr("an officer named '{name}' already exists ({id})").format(
            name=existing.name, id=existing.id))
    act_as(desk, args)
    if "login" in values:
        with reported("officer"):
            return logins.add_officer_with_login(desk, args, values)
    if getattr(args, "password_stdin", False):
        raise CommandError("--password-stdin: " + tr("only for an officer with login="))
    with reported("officer"):
        saved = officers.register_officer(desk, values=values)
    print(saved.id)
    return 0


def _sign_in(desk: Desk, args: argparse.Namespace) -> int:
    if not args.name.strip():
        raise CommandError("NAME: " + tr("is required"))
    with reported("officer"):
        officer = officers.sign_in(desk, name=args.name.strip(), region=args.region)
    print(tr("signed in as {name} ({id})").format(name=officer.name, id=officer.id))
    return 0


# --------------------------------------------------------------------------------------------
# The parsers


def _add_archiving(actions: Any, group: str) -> None:
    tombstone = TOMBSTONES[group]
    for name, archive, help_text in (("archive", True, tr("archive (never deleted; hidden from lists)")),
                                     ("restore", False, tr("bring an archived one back"))):
        parser = leaf(actions, name, _archiving(tombstone, archive=archive), help_text)
        id_argument(parser, tombstone.noun)
        as_argument(parser)


def register(subparsers: Any) -> None:
    """Add the initiatives, requests, followups and officers command groups."""
    _register_initiatives(subparsers)
    _register_requests(subparsers)
    _register_follow_ups(subparsers)
    _register_officers(subparsers)


def _register_initiatives(subparsers: Any) -> None:
    actions = group(subparsers, "initiatives", tr("the register of initiatives (4de pijlers)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar initiatives add name="Vrienden van Kasongo" postcode=2000 themes=education,climate
  fourthpillar initiatives list --province antwerpen --search kasongo --sort name
  fourthpillar initiatives set ID status=dormant partner_countries=CD,SN
""")
    add_list(actions, INITIATIVES, extra=lambda parser: parser.add_argument(
        "--status", help=tr("active, dormant or stopped")))
    parser = leaf(actions, "add", _add_initiative, tr("register an initiative; prints its id"),
                   description=tr("Register an initiative and print its id. name is required."))
    changes_arguments(parser, INITIATIVE_FIELDS)
    show_leaf(actions, "initiative", lambda desk, ident: initiatives.get_initiative(desk, initiative_id=ident),
              _write_initiative, tr("every field, contacts and timeline"))
    set_leaf(actions, "initiative", INITIATIVE_FIELDS,
             lambda desk, ident, changes: initiatives.update_initiative(desk, initiative_id=ident, changes=changes))
    _add_archiving(actions, "initiatives")


def _register_requests(subparsers: Any) -> None:
    actions = group(subparsers, "requests", tr("advice requests (adviesvragen)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar requests add --initiative ID channel=phone topics=subsidies question="Which fund?"
  fourthpillar requests list --open --officer "An Peeters" --due-to +1w
  fourthpillar requests set ID status=answered advice="See 11.fonds" minutes_spent=30
""" + tr("officer_id= takes an officer's name or id; due_on= also takes +1w, +2w, +1m, +3m.") + "\n")
    add_list(actions, REQUESTS, extra=lambda parser: add_filters(
        parser, statuses=tr("new, in-progress, waiting, answered, closed, or open"),
        officer=tr("the request's assigned officer: a name or an id"), channel=True))
    parser = leaf(actions, "add", _add_request, tr("log an advice request; prints its id"),
                   description=tr("Log an advice request and print its id. channel and question are\n"
                                  "required; received_on defaults to today, officer_id to the acting officer."))
    parser.add_argument("--initiative", metavar="ID", required=True, help=tr("the initiative asking"))
    changes_arguments(parser, REQUEST_FIELDS)
    show_leaf(actions, "request", lambda desk, ident: requests.get_request(desk, request_id=ident), _write_request,
              tr("every field and its follow-ups"))
    set_leaf(actions, "request", REQUEST_FIELDS,
             lambda desk, ident, changes: requests.update_request(desk, request_id=ident, changes=changes),
             officer_field="officer_id", quick_due=True)
    _add_archiving(actions, "requests")


def _register_follow_ups(subparsers: Any) -> None:
    actions = group(subparsers, "followups", tr("follow-ups (opvolgingen)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar followups add --request ID action="Call back about the statutes" due_on=+1w
  fourthpillar followups list --open --officer "An Peeters" --due-to today
  fourthpillar followups done ID --outcome "Statutes sent" --date 28/11/2026
""" + tr("due_on= also takes +1w, +2w, +1m, +3m; owner_id= takes an officer's name or id.") + "\n")
    add_list(actions, FOLLOW_UPS, extra=lambda parser: add_filters(
        parser, statuses=tr("open or done"), officer=tr("the follow-up's owner: a name or an id")))
    parser = leaf(actions, "add", _add_follow_up, tr("plan a follow-up; prints its id"),
                   description=tr("Plan a follow-up on a request or an initiative and print its id.\n"
                                  "action and due_on are required; owner_id defaults to the acting officer."))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--initiative", metavar="ID", help=tr("on this initiative"))
    target.add_argument("--request", metavar="ID", help=tr("on this request (and its initiative)"))
    changes_arguments(parser, FOLLOW_UP_FIELDS)
    show_leaf(actions, "follow-up", lambda desk, ident: followups.get_follow_up(desk, follow_up_id=ident),
              _write_follow_up, tr("every field"))
    set_leaf(actions, "follow-up", FOLLOW_UP_FIELDS,
             lambda desk, ident, changes: followups.update_follow_up(desk, follow_up_id=ident, changes=changes),
             officer_field="owner_id")
    parser = leaf(actions, "done", _done_follow_up, tr("mark done, with its outcome"))
    id_argument(parser, "follow-up")
    parser.add_argument("--outcome", metavar="TEXT", help=tr("what came of it"))
    parser.add_argument("--date", metavar="DATE", help=tr("done on (default today; yyyy-mm-dd or dd/mm/yyyy)"))
    as_argument(parser)
    parser = leaf(actions, "reopen", _reopen_follow_up, tr("mark as not done again"))
    id_argument(parser, "follow-up")
    as_argument(parser)
    _add_archiving(actions, "followups")


def _register_officers(subparsers: Any) -> None:
    actions = group(subparsers, "officers", tr("support officers and who works at this desk"), tr("examples:") + """
  fourthpillar officers add name="An Peeters" region=antwerpen email=an@example.org
  fourthpillar officers sign-in "An Peeters"
""" + tr("On a shared PostgreSQL database (admins): officers add name=NAME login=LOGIN "
         "role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin; officers set ID role=...; "
         "officers disable ID; officers enable ID.") + "\n")
    parser = leaf(actions, "list", _list_officers, tr("list officers (* = signed in at this desk)"))
    parser.add_argument("--json", action="store_true", help=tr("as JSON"))
    parser = leaf(actions, "add", _add_officer, tr("add an officer; prints the id"),
                   description=tr("Add an officer and print the id. name is required."))
    changes_arguments(parser, OFFICER_FIELDS)
    logins.password_stdin_argument(parser)
    logins.register(actions, leaf)
    parser = leaf(actions, "sign-in", _sign_in, tr("remember who works at this desk (adds the officer if new)"))
    parser.add_argument("name", metavar="NAME", help=tr("the officer's name (or id)"))
    parser.add_argument("--region", help=tr("region for a new officer (province code or name)"))
