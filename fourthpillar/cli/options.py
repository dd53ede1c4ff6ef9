"""What the record commands share (and ``export`` takes too): dates, codes and officers given as
options, the acting officer, one-line refusals, and the pieces every command's parser is made of.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any
from typing import TypeVar

from fourthpillar import clock
from fourthpillar.cli import common
from fourthpillar.cli import tables
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import parse_assignments
from fourthpillar.cli.common import print_json
from fourthpillar.domain.dates import ImpossibleDate
from fourthpillar.domain.dates import parse_date
from fourthpillar.domain.fields import Field
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translator
from fourthpillar.lists import ID_KEY
from fourthpillar.lists import REGISTRATIONS
from fourthpillar.lists import RecordList
from fourthpillar.lists import honours
from fourthpillar.services import followups
from fourthpillar.services import officers
from fourthpillar.services import records
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound

Handler = Callable[[Desk, argparse.Namespace], int]
T = TypeVar("T")


tr = translator("Cli")


AS_HELP = QT_TRANSLATE_NOOP("Cli",
    "record this change as that officer (name or id), for this command only. Without it the "
    "change is recorded as the officer signed in at this desk (the app's first start, or "
    "'fourthpillar officers sign-in NAME'); if nobody is signed in, it is recorded without "
    "an officer. --as never signs anyone in and never creates an officer.")


def whole_number(text: str) -> int:
    """An option's whole number, or the refusal argparse shows."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a whole number").format(text=text)) from None


def positive(text: str) -> int:
    number = whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(tr("must be at least 1"))
    return number


def optional_date(option: str, text: str | None) -> dt.date | None:
    """:func:`date_option`, or None when the option was not given."""
    return None if text is None else date_option(option, text)


def date_option(option: str, text: str) -> dt.date:
    """A date from yyyy-mm-dd, dd/mm/yyyy, 'today' or a quick offset like +1w; CommandError
    names *option* for anything else."""
    if text.strip().lower() == "today":
        return clock.today()
    if text.strip().startswith("+"):
        try:
            return followups.quick_due_date(text)
        except ValueError as error:
            raise CommandError(f"{option}: {error}") from None
    try:
        return parse_date(text)
    except ImpossibleDate as error:
        raise CommandError(f"{option}: {error}") from None
    except ValueError:
        raise CommandError(f"{option}: " + tr("'{text}' is not a date (use yyyy-mm-dd, dd/mm/yyyy, today or +1w)")
                           .format(text=text)) from None


def vocab_option(option: str, vocabulary: Vocabulary, text: str | None,
                  extra: tuple[str, ...] = ()) -> str | None:
    if text is None:
        return None
    if text.strip().casefold() in extra:
        return text.strip().casefold()
    code = vocabulary.code_for(text)
    if code is None:
        choices = ", ".join((*vocabulary.codes, *extra))
        raise CommandError(f"{option}: " + tr("'{text}' is not one of: {choices}").format(text=text, choices=choices))
    return code


#: The words ``--status`` takes besides a list's status codes: a request is "open" until answered,
#: a follow-up "open" or "done" (follow-ups have no status of their own).
_STATUS_WORDS: Mapping[str, tuple[str, ...]] = {"requests": ("open",), "follow_ups": ("open", "done")}


def list_status(listed: RecordList, text: str | None) -> str | None:
    """``--status`` of a list, shown or exported: a code or label of its status column, or one of
    :data:`_STATUS_WORDS`; CommandError names anything else."""
    status = next((column for column in listed.columns if column.key == "status"), None)
    vocabulary = status.vocabulary if status is not None and status.vocabulary is not None else Vocabulary("status", [])
    return vocab_option("--status", vocabulary, text, _STATUS_WORDS.get(listed.name, ()))


def list_columns(listed: RecordList, text: str) -> list[str]:
    """``--columns A,B,...`` of a list, shown or exported: its record's id and the catalogue's
    columns, a hyphen standing for the underscore; CommandError names one that is not."""
    known = [ID_KEY, *listed.keys]
    keys = [item.strip().replace("-", "_") for item in text.split(",") if item.strip()]
    for key in keys:
        if key not in known:
            raise CommandError("--columns: " + tr("'{key}' is not a column (choose from {choices})").format(
                key=key, choices=", ".join(known)))
    return keys or [ID_KEY]


def list_sort(listed: RecordList, text: str | None) -> str | None:
    """``--sort COLUMN`` of a list, shown or exported: a sortable column by its key (a hyphen for
    the underscore) or its header, in English or translated; CommandError names anything else."""
    if text is None:
        return None
    wanted = text.strip().casefold().replace("-", "_")
    sortable = [column for column in listed.columns if column.sortable]
    for column in sortable:
        if wanted in (column.key, column.source_label.casefold(), column.label.casefold()):
            return column.key
    choices = ", ".join(column.key for column in sortable)
    raise CommandError("--sort: " + tr("'{text}' is not a column to sort by (choose from {choices})").format(
        text=text, choices=choices))


def find_officer_id(desk: Desk, option: str, name_or_id: str) -> str:
    officer = officers.find_officer(desk, name_or_id=name_or_id)
    if officer is None:
        raise CommandError(f"{option}: " + tr("no officer named or with id '{name}' (see 'fourthpillar officers "
                                               "list')").format(name=name_or_id))
    return officer.id


def optional_officer_id(desk: Desk, option: str, text: str | None) -> str | None:
    """The id of the officer *option* names (a list's or an export's ``--officer``), or None when
    it was not given; CommandError names one that is not known (an empty one too: not everyone's)."""
    return None if text is None else find_officer_id(desk, option, text)


def act_as(desk: Desk, args: argparse.Namespace) -> None:
    """Who this change is recorded as: ``--as`` for this command, else the desk's officer.

    On the shared database every change is recorded as the login's officer (the database sees
    to it); only an admin or the owner may record it as someone else.
    """
    name = getattr(args, "as_officer", None)
    if name is not None:
        if desk.login is not None and not desk.login.may_act_as_others:
            raise CommandError("--as: " + tr("on the shared database your changes are recorded as your own "
                                             "login's officer; only an admin may record them as someone else"))
        desk.officer_id = find_officer_id(desk, "--as", name)


def assignments(items: list[str], *, required: bool = True) -> dict[str, str]:
    if required and not items:
        raise CommandError(tr("nothing to change: give field=value ..."))
    return parse_assignments(items)


def quick_due_date(values: dict[str, Any]) -> None:
    """Let a request's ``due_on=`` take +1w, +1m ... as a follow-up's does."""
    due = values.get("due_on")
    if isinstance(due, str) and due.strip().startswith("+"):
        try:
            values["due_on"] = followups.quick_due_date(due)
        except ValueError as error:
            raise CommandError(f"due_on: {error}") from None


def resolve_officer_fields(desk: Desk, values: dict[str, Any], names: Iterable[str]) -> None:
    """Let ``officer_id=``/``owner_id=`` name an officer instead of giving the id."""
    for name in names:
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            values[name] = find_officer_id(desk, name, value.strip())


def record_line(noun: str, case: str, record_id: str) -> str:
    """What is said of one record: there is "missing" (no record with that id), it "is archived" (so
    it is not changed), was "already archived", is "not archived", was "archived", "restored" or
    "saved" just now. One whole sentence per kind of record and case, so each language can word it."""
    templates = {
        ("initiative", "missing"): tr("no initiative with id {id}"),
        ("initiative", "is archived"): tr("initiative {id} is archived (fourthpillar initiatives restore {id})"),
        ("initiative", "already archived"): tr("initiative {id} was already archived"),
        ("initiative", "not archived"): tr("initiative {id} is not archived"),
        ("initiative", "archived"): tr("initiative {id} archived"),
        ("initiative", "restored"): tr("initiative {id} restored"),
        ("initiative", "saved"): tr("initiative {id} saved"),
        ("request", "missing"): tr("no request with id {id}"),
        ("request", "is archived"): tr("request {id} is archived (fourthpillar requests restore {id})"),
        ("request", "already archived"): tr("request {id} was already archived"),
        ("request", "not archived"): tr("request {id} is not archived"),
        ("request", "archived"): tr("request {id} archived"),
        ("request", "restored"): tr("request {id} restored"),
        ("request", "saved"): tr("request {id} saved"),
        ("follow-up", "missing"): tr("no follow-up with id {id}"),
        ("follow-up", "is archived"): tr("follow-up {id} is archived (fourthpillar followups restore {id})"),
        ("follow-up", "already archived"): tr("follow-up {id} was already archived"),
        ("follow-up", "not archived"): tr("follow-up {id} is not archived"),
        ("follow-up", "archived"): tr("follow-up {id} archived"),
        ("follow-up", "restored"): tr("follow-up {id} restored"),
        ("follow-up", "saved"): tr("follow-up {id} saved"),
        ("event", "missing"): tr("no event with id {id}"),
        ("event", "is archived"): tr("event {id} is archived"),
        ("event", "saved"): tr("event {id} saved"),
        ("registration", "missing"): tr("no registration with id {id}"),
        ("registration", "is archived"): tr("registration {id} is archived"),
        ("registration", "saved"): tr("registration {id} saved"),
        ("officer", "missing"): tr("no officer with id {id}"),
        ("contact", "missing"): tr("no contact person with id {id}"),
        ("contact", "is archived"): tr("contact person {id} is archived"),
    }
    if case == "missing" and (noun, case) not in templates:
        return tr("no record with id {id}").format(id=record_id)
    return templates[(noun, case)].format(id=record_id)


@contextmanager
def reported(noun: str) -> Iterator[None]:
    """Turn a service's refusal into the one line the user sees."""
    try:
        yield
    except ValidationFailed as error:
        raise CommandError(tables.one_line(str(error))) from None
    except NotFound as error:
        raise CommandError(record_line(noun, "missing", error.record_id)) from None


def check_live(desk: Desk, option: str, entity: str, noun: str, record_id: str, *, archived_too: bool = False) -> None:
    """A clear refusal for an unknown or archived record (*archived_too*: only an unknown one),
    before anything is written."""
    try:
        live = records.is_live(desk, entity=entity, record_id=record_id)
    except NotFound:
        raise CommandError(f"{option}: " + record_line(noun, "missing", record_id)) from None
    if not live and not archived_too:
        raise CommandError(f"{option}: " + record_line(noun, "is archived", record_id))


def check_initiative(desk: Desk, option: str, initiative_id: str, *, archived_too: bool = False) -> None:
    check_live(desk, option, "initiative", "initiative", initiative_id, archived_too=archived_too)


def check_event(desk: Desk, option: str, event_id: str, *, archived_too: bool = False) -> None:
    check_live(desk, option, "event", "event", event_id, archived_too=archived_too)


def check_request(desk: Desk, option: str, request_id: str) -> None:
    check_live(desk, option, "request", "request", request_id)


def check_follow_up(desk: Desk, option: str, follow_up_id: str) -> None:
    check_live(desk, option, "follow_up", "follow-up", follow_up_id)


def leaf(actions: Any, name: str, handler: Handler,
          help_text: str, *, description: str | None = None) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(
        name, help=help_text, description=description or help_text,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_location_arguments(parser, after_command=True)
    parser.set_defaults(handler=tables.robust_output(handler))
    return parser


def group(subparsers: Any, name: str, help_text: str, epilog: str) -> Any:
    """A command group (``initiatives``, ...) and the sub-parsers of its actions: main's
    sub-parsers are :class:`~fourthpillar.cli.common.OneLineParser`, and so are theirs. Its action
    is required, as every group's is: the group alone is refused in one line, exit status 2."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser.add_subparsers(dest="action", metavar="ACTION", required=True)


def fields_help(fields: Mapping[str, Field]) -> str:
    return tr("fields: {names}").format(names=", ".join(fields))


def id_argument(parser: argparse.ArgumentParser, noun: str) -> None:
    helps = {"initiative": tr("the initiative's id"), "request": tr("the request's id"),
             "follow-up": tr("the follow-up's id"), "event": tr("the event's id"),
             "registration": tr("the registration's id")}
    parser.add_argument("id", metavar="ID", help=helps[noun])


def as_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_officer", metavar="NAME", help=tr(AS_HELP))


def search_arguments(parser: argparse.ArgumentParser, listed: RecordList | None = None) -> None:
    """``--search``, and ``--province`` and ``--theme`` where *listed* honours them
    (:mod:`fourthpillar.lists.filters`): what lists, shown or exported, are searched and
    narrowed by. Without *listed* (``export xlsx list``, of any list) all three."""
    parser.add_argument("--search", metavar="TEXT", help=tr("words to find (prefixes, accents ignored)"))
    if listed is None:  # the lists of the initiatives and what is theirs
        parser.add_argument("--province", help=tr("province code or name, e.g. antwerpen or 'East Flanders' "
                                                  "(initiatives, requests, follow-ups, registrations)"))
        parser.add_argument("--theme",
                            help=tr("theme code or label (initiatives, requests, follow-ups, registrations)"))
        return
    if honours(listed, "province"):
        parser.add_argument("--province", help=tr("province code or name (e.g. antwerpen, 'East Flanders')"))
    if honours(listed, "theme"):
        parser.add_argument("--theme", help=tr("theme code or label"))


def record_filter_arguments(parser: argparse.ArgumentParser, listed: RecordList | None = None) -> None:
    """``--initiative ID``, ``--event ID`` and ``--kind`` where *listed* honours them; without
    *listed* (``export xlsx list``) all three, each saying which lists take it."""
    registrations = listed is not None and listed.name == REGISTRATIONS.name
    if listed is None:
        initiative_help = tr("of this initiative only (requests, follow-ups; registrations: its people)")
    else:
        initiative_help = tr("of this initiative's people only") if registrations else tr("of this initiative only")
    if listed is None or honours(listed, "initiative_id"):
        parser.add_argument("--initiative", metavar="ID", help=initiative_help)
    if listed is None or honours(listed, "event_id"):
        parser.add_argument("--event", metavar="ID", help=tr("of this event only (registrations)") if listed is None
                            else tr("of this event only"))
    if listed is None or honours(listed, "kind"):
        parser.add_argument("--kind", help=tr("training, info-session, network-day or webinar (events)")
                            if listed is None else tr("training, info-session, network-day or webinar"))


def due_arguments(parser: argparse.ArgumentParser, *, events_too: bool = False) -> None:
    """``--due-from`` and ``--due-to``: a list of requests or follow-ups narrowed to a due period;
    *events_too* where the list may be the events' (``export xlsx list``), which they narrow by
    the day an event starts (``store.queries.ListQuery``)."""
    if events_too:
        parser.add_argument("--due-from", metavar="DATE",
                            help=tr("requests and follow-ups due on or after, events starting on or after "
                                    "(yyyy-mm-dd, dd/mm/yyyy, today, +1w)"))
        parser.add_argument("--due-to", metavar="DATE",
                            help=tr("requests and follow-ups due on or before, events starting on or before "
                                    "(same spellings)"))
        return
    parser.add_argument("--due-from", metavar="DATE", help=tr("due on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)"))
    parser.add_argument("--due-to", metavar="DATE", help=tr("due on or before (same spellings)"))


def assignments_argument(parser: argparse.ArgumentParser, fields: Mapping[str, Field]) -> None:
    parser.add_argument("assignments", nargs="*", metavar="field=value", help=fields_help(fields))


def changes_arguments(parser: argparse.ArgumentParser, fields: Mapping[str, Field]) -> None:
    """``field=value ...`` and ``--as NAME``: what an ``add`` or ``set`` writes, and as whom."""
    assignments_argument(parser, fields)
    as_argument(parser)


def show_leaf(actions: Any, noun: str, fetch: Callable[[Desk, str], Any], write: Callable[[Any], None],
              help_text: str) -> argparse.ArgumentParser:
    """``show ID [--json]`` of one kind of record: *fetch* reads it (by id), *write* prints it as text."""

    def show(desk: Desk, args: argparse.Namespace) -> int:
        with reported(noun):
            detail = fetch(desk, args.id)
        if args.json:
            fields = asdict(detail)
            if not fields.get("computed", True):
                del fields["computed"]  # a page's list-row part: no computed columns to give
            print_json(fields)
        else:
            write(detail)
        return 0

    parser = leaf(actions, "show", show, help_text)
    id_argument(parser, noun)
    parser.add_argument("--json", action="store_true", help=tr("as JSON (codes, ISO dates)"))
    return parser


def set_leaf(actions: Any, noun: str, fields: Mapping[str, Field], update: Callable[[Desk, str, dict[str, Any]], T], *,
             officer_field: str | None = None, quick_due: bool = False,
             then: Callable[[T], object] | None = None) -> argparse.ArgumentParser:
    """``set ID field=value ... [--as NAME]`` of one kind of record: *update* (desk, id, changes) saves
    the changes of a record that is there and not archived, and *then* is given what it returns.
    *officer_field* (``officer_id=``, ``owner_id=``) takes an officer's name; with *quick_due*
    ``due_on=`` also takes +1w, +2w, +1m, +3m."""

    def run(desk: Desk, args: argparse.Namespace) -> int:
        changes: dict[str, Any] = assignments(args.assignments)
        act_as(desk, args)
        check_live(desk, "ID", noun.replace("-", "_"), noun, args.id)
        if quick_due:
            quick_due_date(changes)
        if officer_field is not None:
            resolve_officer_fields(desk, changes, [officer_field])
        with reported(noun):
            saved = update(desk, args.id, changes)
        print(record_line(noun, "saved", args.id))
        if then is not None:
            then(saved)
        return 0

    parser = leaf(actions, "set", run, tr("change fields: set ID field=value ..."))
    id_argument(parser, noun)
    changes_arguments(parser, fields)
    return parser


EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "Field names are the model attribute names; vocabulary fields take a code or its label,\n"
    "lists are comma-separated, dates are yyyy-mm-dd or dd/mm/yyyy, an empty value clears a field.\n"
    "Changes are recorded as the officer signed in at this desk, or --as NAME for one command.\n"
    "Bad input: exit status 2, one line on stderr naming the field, nothing written.\n")
