"""Exports from the command line: PDF summaries and reports, spreadsheets (the commands are
listed in ``_COMMANDS`` below, which also starts ``export --help``).

An existing FILE is replaced only with ``--force``. Unknown ids and invalid arguments exit with
status 2 and one line on stderr; no file is created then.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fourthpillar import lists
from fourthpillar.cli import common
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.list_query import list_query
from fourthpillar.cli.options import date_option
from fourthpillar.cli.options import due_arguments
from fourthpillar.cli.options import list_columns
from fourthpillar.cli.options import optional_date
from fourthpillar.cli.options import optional_officer_id
from fourthpillar.cli.options import record_filter_arguments
from fourthpillar.cli.options import search_arguments
from fourthpillar.cli.options import vocab_option
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import translator
from fourthpillar.lists import RecordList
from fourthpillar.services import exports
from fourthpillar.services import reminders
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports import ExportResult

Handler = Callable[[Desk, argparse.Namespace], int]

#: The export commands at a glance (the start of ``export --help``).
_COMMANDS = """\
    fourthpillar export pdf summary --initiative ID [--shared] --out FILE
    fourthpillar export pdf advice --request ID --out FILE
    fourthpillar export pdf report --from DATE --to DATE [--province P] [--officer NAME] --out FILE
    fourthpillar export pdf sign-in --event ID --out FILE
    fourthpillar export pdf certificate --registration ID --out FILE
    fourthpillar export pdf certificates --event ID --out FOLDER
    fourthpillar export xlsx list --what initiatives|requests|followups|events|registrations [filters] --out FILE
    fourthpillar export xlsx network --out FILE
    fourthpillar export xlsx participants --event ID --out FILE
    fourthpillar export xlsx stats --from DATE --to DATE [--province P] [--officer NAME] --out FILE
    fourthpillar export ics followups [--officer NAME] [--from DATE] [--to DATE] --out FILE
    fourthpillar export ics event --event ID --out FILE
"""


tr = translator("Cli")


def _done(result: ExportResult) -> int:
    print(f"{result.path} (" + tr("{count} records").format(count=result.records) + ")")
    return 0


def _pdf_summary(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_initiative_summary(
        desk, initiative_id=args.initiative, shared=args.shared, path=args.out, overwrite=args.force))


def _pdf_advice(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_advice_summary(desk, request_id=args.request, path=args.out, overwrite=args.force))


def _period(desk: Desk, args: argparse.Namespace) -> exports.ReportPeriod:
    return exports.ReportPeriod(date_from=date_option("--from", args.date_from),
                                date_to=date_option("--to", args.date_to),
                                province=vocab_option("--province", PROVINCES, args.province),
                                officer_id=optional_officer_id(desk, "--officer", args.officer))


def _pdf_report(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_period_report(desk, period=_period(desk, args), path=args.out, overwrite=args.force))


def _xlsx_stats(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_statistics(desk, period=_period(desk, args), path=args.out, overwrite=args.force))


def _xlsx_network(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_network_list(desk, path=args.out, overwrite=args.force))


#: ``--what``'s choices as the commands spell them (``followups list``; "follow_ups" and "follow-ups" are taken too).
_WHAT = tuple(known.name.replace("_", "") for known in lists.LISTS)


def _list_named(text: str) -> RecordList:
    """``--what``: the list of that name ("followups"; also "follow_ups" and "follow-ups")."""
    listed = lists.list_named(text)
    if listed is None:
        raise argparse.ArgumentTypeError(tr("'{text}' is not one of: {choices}").format(
            text=text, choices=", ".join(_WHAT)))
    return listed


def _xlsx_list(desk: Desk, args: argparse.Namespace) -> int:
    # Its filters, --columns and --sort are checked as the list commands check them, and a filter
    # the list does not honour is refused: the spreadsheet holds the rows the list command shows.
    listed: RecordList = args.what
    query = list_query(desk, listed, args)
    columns = listed.default_columns() if args.columns is None else list_columns(listed, args.columns)
    return _done(exports.export_list(desk, what=listed.name, query=query, columns=columns, path=args.out,
                                     overwrite=args.force))


def _pdf_sign_in(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_sign_in_sheet(desk, event_id=args.event, path=args.out, overwrite=args.force))


def _pdf_certificate(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_attendance_certificate(desk, registration_id=args.registration, path=args.out,
                                                       overwrite=args.force))


def _pdf_certificates(desk: Desk, args: argparse.Namespace) -> int:
    if not args.out.is_dir():
        raise CommandError("--out: " + tr("{path} is not a folder").format(path=args.out))
    made = exports.export_attendance_certificates(desk, event_id=args.event, folder=args.out, overwrite=args.force)
    for result in made:
        print(result.path)
    print(tr("{count} certificates").format(count=len(made)))
    return 0


def _xlsx_participants(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_participants(desk, event_id=args.event, path=args.out, overwrite=args.force))


def _ics_event(desk: Desk, args: argparse.Namespace) -> int:
    return _done(exports.export_event_calendar(desk, event_id=args.event, path=args.out, overwrite=args.force))


def _ics_followups(desk: Desk, args: argparse.Namespace) -> int:
    date_from, date_to = optional_date("--from", args.date_from), optional_date("--to", args.date_to)
    if date_from is not None and date_to is not None and date_to < date_from:
        raise CommandError("--to: " + tr("the last day is before the first day"))
    return _done(reminders.export_follow_up_calendar(
        desk, path=args.out, overwrite=args.force, officer_id=optional_officer_id(desk, "--officer", args.officer),
        date_from=date_from, date_to=date_to))


def _leaf(actions: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=help_text)
    common.add_location_arguments(parser, after_command=True)
    parser.add_argument("--out", metavar="FILE", required=True, type=Path, help=tr("the file to write"))
    parser.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    parser.set_defaults(handler=handler)
    return parser


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", required=True,
                        help=tr("first day (yyyy-mm-dd or dd/mm/yyyy)"))
    parser.add_argument("--to", dest="date_to", metavar="DATE", required=True, help=tr("last day (included)"))
    parser.add_argument("--province", help=tr("only initiatives in this province (code or name)"))
    parser.add_argument("--officer", metavar="NAME_OR_ID", help=tr("only requests handled by this officer"))


def register(subparsers: Any) -> None:
    rules = tr("An existing FILE is replaced only with --force. Unknown ids and invalid arguments exit with "
               "status 2 and one line on stderr; no file is created then.")
    description = _COMMANDS + "\n" + textwrap.fill(rules, width=90)
    group = subparsers.add_parser("export", help=tr("write PDF summaries, reports and spreadsheets"),
                                  description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    formats = group.add_subparsers(dest="format", metavar="FORMAT", required=True)

    pdf = formats.add_parser("pdf", help=tr("PDF documents")).add_subparsers(
        dest="document", metavar="DOCUMENT", required=True)
    summary = _leaf(pdf, "summary", _pdf_summary, tr("an initiative's summary (fiche)"))
    summary.add_argument("--initiative", metavar="ID", required=True, help=tr("the initiative's id"))
    summary.add_argument("--shared", action="store_true",
                         help=tr("the version for the initiative: no internal notes, no time spent"))
    advice = _leaf(pdf, "advice", _pdf_advice, tr("the advice summary of one request, for the initiative"))
    advice.add_argument("--request", metavar="ID", required=True, help=tr("the request's id"))
    _period_arguments(_leaf(pdf, "report", _pdf_report, tr("the period report with figures and charts")))
    event_help = tr("the event's id")
    _leaf(pdf, "sign-in", _pdf_sign_in, tr("an event's sign-in sheet: names, initiatives, a signature column")
          ).add_argument("--event", metavar="ID", required=True, help=event_help)
    _leaf(pdf, "certificate", _pdf_certificate, tr("one participant's certificate of attendance")).add_argument(
        "--registration", metavar="ID", required=True, help=tr("the registration's id"))
    _leaf(pdf, "certificates", _pdf_certificates,
          tr("a certificate for each participant who attended, into the folder --out")).add_argument(
        "--event", metavar="ID", required=True, help=event_help)

    xlsx = formats.add_parser("xlsx", help=tr("spreadsheets")).add_subparsers(
        dest="document", metavar="DOCUMENT", required=True)
    listing = _leaf(xlsx, "list", _xlsx_list, tr("a list with its filters, sort and columns"))
    listing.add_argument("--what", required=True, type=_list_named, help=tr("which list"),
                         metavar="|".join(_WHAT))
    search_arguments(listing)
    listing.add_argument("--status", help=tr("status code or label (requests: also 'open'; follow-ups: open, done)"))
    listing.add_argument("--topic", help=tr("topic code or label (requests, follow-ups, events)"))
    listing.add_argument("--channel", help=tr("channel code or label (requests)"))
    listing.add_argument("--officer", metavar="NAME_OR_ID",
                         help=tr("assigned officer, follow-up owner or the event's officer in charge"))
    record_filter_arguments(listing)
    due_arguments(listing, events_too=True)
    listing.add_argument("--archived", action="store_true", help=tr("include archived records"))
    listing.add_argument("--sort", metavar="COLUMN", help=tr("sort by this column"))
    listing.add_argument("--desc", action="store_true", help=tr("sort descending"))
    listing.add_argument("--columns", metavar="A,B,...", help=tr("the columns, in order (default: the list's)"))
    _leaf(xlsx, "network", _xlsx_network, tr("the network list: one sheet per province"))
    _leaf(xlsx, "participants", _xlsx_participants, tr("an event's registrations, with e-mail and phone")
          ).add_argument("--event", metavar="ID", required=True, help=event_help)
    _period_arguments(_leaf(xlsx, "stats", _xlsx_stats, tr("the period report's figures as tables")))

    ics = formats.add_parser("ics", help=tr("calendar files (iCalendar)")).add_subparsers(
        dest="document", metavar="DOCUMENT", required=True)
    calendar = _leaf(ics, "followups", _ics_followups,
                     tr("open follow-ups as all-day calendar entries (Outlook, Google, Thunderbird)"))
    calendar.add_argument("--officer", metavar="NAME_OR_ID", help=tr("only follow-ups of this officer"))
    calendar.add_argument("--from", dest="date_from", metavar="DATE",
                          help=tr("due on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)"))
    calendar.add_argument("--to", dest="date_to", metavar="DATE", help=tr("due on or before"))
    _leaf(ics, "event", _ics_event, tr("one event as a calendar entry")).add_argument(
        "--event", metavar="ID", required=True, help=event_help)
