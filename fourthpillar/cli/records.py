"""The register from the command line, for admins' scripts (in the spirit of calibredb).

    fourthpillar initiatives list|add|show|set|archive|restore
    fourthpillar requests    list|add|show|set|archive|restore
    fourthpillar followups   list|add|show|set|done|reopen|archive|restore
    fourthpillar officers    list|add|set|disable|sign-in  (set, disable: cli.logins)

Field names are the model attribute names of ``domain/fields.py``; vocabulary fields take a
code or its label. Bad input of any kind exits with status 2 and one line on stderr naming the
field and the problem, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from typing import Any, NoReturn

from fourthpillar import clock, lists
from fourthpillar.cli import logins, tables
from fourthpillar.cli.common import EXIT_INVALID, CommandError, parse_assignments, print_json
from fourthpillar.domain.countries import country_name
from fourthpillar.domain.dates import ImpossibleDate, parse_date
from fourthpillar.domain.fields import (
    FOLLOW_UP_FIELDS,
    INITIATIVE_FIELDS,
    OFFICER_FIELDS,
    REQUEST_FIELDS,
    Field,
    ValidationFailed,
)
from fourthpillar.domain.vocab import (
    CHANNELS,
    LANGUAGES,
    PROVINCES,
    REQUEST_STATUSES,
    THEMES,
    TOPICS,
    Vocabulary,
)
from fourthpillar.i18n import QT_TRANSLATE_NOOP, current_language, translate
from fourthpillar.lists import ListColumn, RecordList
from fourthpillar.lists.columns import plain_row
from fourthpillar.services import followups, initiatives, officers, records, requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import MAX_PAGE
from fourthpillar.services.records import Page
from fourthpillar.store.errors import NotFound
from fourthpillar.store.queries import ListQuery

#: Rows asked of the database at a time; ``--all`` pages through the list this many at once.
PAGE_SIZE = MAX_PAGE
DEFAULT_LIMIT = 50

Handler = Callable[[Desk, argparse.Namespace], int]



def tr(text: str) -> str:
    return translate("Cli", text)


AS_HELP = QT_TRANSLATE_NOOP("Cli",
    "record this change as that officer (name or id), for this command only. Without it the "
    "change is recorded as the officer signed in at this desk (the app's first start, or "
    "'fourthpillar officers sign-in NAME'); if nobody is signed in, it is recorded without "
    "an officer. --as never signs anyone in and never creates an officer.")

# --------------------------------------------------------------------------------------------
# Parsing


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INVALID, f"{self.prog}: {tables.one_line(message)} " + tr("(see --help)") + "\n")

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # A leaf command knows all its options: report a stray one here, as one line.
        parsed, extra = super().parse_known_args(args, namespace)
        if extra:
            self.error(tr("unrecognised arguments: {arguments}").format(arguments=" ".join(extra)))
        return parsed, extra


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a whole number").format(text=text)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(tr("must be at least 1"))
    return number


def _date_option(option: str, text: str | None) -> dt.date | None:
    """A date from yyyy-mm-dd, dd/mm/yyyy, 'today' or a quick offset like +1w; None if absent."""
    if text is None:
        return None
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
        raise CommandError(f"{option}: " + tr("'{text}' is not a date (use yyyy-mm-dd or dd/mm/yyyy)").format(
            text=text)) from None


def _vocab_option(option: str, vocabulary: Vocabulary, text: str | None,
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


def _find_officer_id(desk: Desk, option: str, name_or_id: str) -> str:
    officer = officers.find_officer(desk, name_or_id=name_or_id)
    if officer is None:
        raise CommandError(f"{option}: " + tr("no officer named or with id '{name}' (see 'fourthpillar officers "
                                               "list')").format(name=name_or_id))
    return officer.id


def _act_as(desk: Desk, args: argparse.Namespace) -> None:
    """Who this change is recorded as: ``--as`` for this command, else the desk's officer.

    On the shared database every change is recorded as the login's officer (the database sees
    to it); only an admin or the owner may record it as someone else.
    """
    name = getattr(args, "as_officer", None)
    if name is not None:
        if desk.login is not None and not desk.login.may_act_as_others:
            raise CommandError("--as: " + tr("on the shared database your changes are recorded as your own "
                                             "login's officer; only an admin may record them as someone else"))
        desk.officer_id = _find_officer_id(desk, "--as", name)


def _assignments(items: list[str], *, required: bool = True) -> dict[str, str]:
    if required and not items:
        raise CommandError(tr("nothing to change: give field=value ..."))
    return parse_assignments(items)


def _quick_due_date(values: dict[str, Any]) -> None:
    """Let a request's ``due_on=`` take +1w, +1m ... as a follow-up's does."""
    due = values.get("due_on")
    if isinstance(due, str) and due.strip().startswith("+"):
        try:
            values["due_on"] = followups.quick_due_date(due)
        except ValueError as error:
            raise CommandError(f"due_on: {error}") from None


def _resolve_officer_fields(desk: Desk, values: dict[str, Any], names: Iterable[str]) -> None:
    """Let ``officer_id=``/``owner_id=`` name an officer instead of giving the id."""
    for name in names:
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            values[name] = _find_officer_id(desk, name, value.strip())


def _no_such(noun: str, record_id: str) -> str:
    """"no initiative with id X", as one sentence per kind so each language can word it."""
    templates = {
        "initiative": tr("no initiative with id {id}"),
        "request": tr("no request with id {id}"),
        "follow-up": tr("no follow-up with id {id}"),
        "officer": tr("no officer with id {id}"),
    }
    return templates.get(noun, tr("no record with id {id}")).format(id=record_id)


def _archived_line(noun: str, record_id: str) -> str:
    templates = {
        "initiative": tr("initiative {id} is archived (fourthpillar initiatives restore {id})"),
        "request": tr("request {id} is archived (fourthpillar requests restore {id})"),
        "follow-up": tr("follow-up {id} is archived (fourthpillar followups restore {id})"),
    }
    return templates[noun].format(id=record_id)


@contextmanager
def _reported(noun: str) -> Iterator[None]:
    """Turn a service's refusal into the one line the user sees."""
    try:
        yield
    except ValidationFailed as error:
        raise CommandError(tables.one_line(str(error))) from None
    except NotFound as error:
        raise CommandError(_no_such(noun, error.record_id)) from None


# --------------------------------------------------------------------------------------------
# What differs between the three lists


@dataclass(frozen=True)
class Kind:
    """One kind of record as the command line shows it (its list's columns: the catalogue's)."""

    noun: str
    plural: str
    #: Count lines (translated where shown): one row, N rows, N of M rows.
    one: str
    many: str
    partial: str
    catalogue: RecordList
    fetch: Callable[[Desk, ListQuery, bool], Page[Any]]

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self.catalogue.columns

    @property
    def vocabularies(self) -> dict[str, Vocabulary]:
        """Field -> the vocabulary whose labels it shows."""
        return {column.key: column.vocabulary for column in self.columns if column.vocabulary is not None}


INITIATIVES = Kind(
    "initiative", "initiatives", QT_TRANSLATE_NOOP("Cli", "1 initiative"),
    QT_TRANSLATE_NOOP("Cli", "{count} initiatives"),
    QT_TRANSLATE_NOOP("Cli", "{shown} of {total} initiatives shown (--limit N or --all for more)"),
    lists.INITIATIVES,
    lambda desk, query, count: initiatives.list_initiatives(desk, query=query, count=count),
)
REQUESTS = Kind(
    "request", "requests", QT_TRANSLATE_NOOP("Cli", "1 request"),
    QT_TRANSLATE_NOOP("Cli", "{count} requests"),
    QT_TRANSLATE_NOOP("Cli", "{shown} of {total} requests shown (--limit N or --all for more)"),
    lists.REQUESTS,
    lambda desk, query, count: requests.list_requests(desk, query=query, count=count),
)
FOLLOW_UPS = Kind(
    "follow-up", "follow-ups", QT_TRANSLATE_NOOP("Cli", "1 follow-up"),
    QT_TRANSLATE_NOOP("Cli", "{count} follow-ups"),
    QT_TRANSLATE_NOOP("Cli", "{shown} of {total} follow-ups shown (--limit N or --all for more)"),
    lists.FOLLOW_UPS,
    lambda desk, query, count: followups.list_follow_ups(desk, query=query, count=count),
)

#: Widest a table cell grows before it is cut with an ellipsis.
CELL_WIDTH = 32
WIDE_CELLS = {"question": 48, "action": 48, "outcome": 48, "id": 36}


def _cell(kind: Kind, key: str, row: Any) -> str:
    if key == "id":
        return str(row.id)
    column = kind.catalogue.column(key)
    return tables.one_line(tables.display(column.value_of(row), column.vocabulary))


def _count_line(shown: int, total: int, kind: Kind) -> str:
    if total < 0 or shown >= total:
        return tr(kind.one) if shown == 1 else tr(kind.many).format(count=shown)
    return tr(kind.partial).format(shown=shown, total=total)


def _pages(desk: Desk, kind: Kind, query: ListQuery, limit: int | None) -> Iterator[Page[Any]]:
    """The list a page at a time from the database; the first page carries the total."""
    offset, remaining, first = 0, limit, True
    while True:
        size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
        page = kind.fetch(desk, replace(query, offset=offset, limit=size), first)
        yield page
        first = False
        offset += len(page.rows)
        if remaining is not None:
            remaining -= len(page.rows)
        if len(page.rows) < size or remaining == 0:
            return


def _write_table(kind: Kind, keys: list[str], pages: Iterator[Page[Any]]) -> None:
    """An aligned table streamed a page at a time, then the count line."""
    labels = {column.key: column.label for column in kind.columns}
    headers = [labels.get(key, key.upper() if key == "id" else key) for key in keys]

    def cells(row: Any) -> list[str]:
        return [_cell(kind, key, row) for key in keys]

    first = next(pages)
    rest = (cells(row) for page in pages for row in page.rows)
    shown = tables.write_table(headers, [WIDE_CELLS.get(key, CELL_WIDTH) for key in keys],
                               [cells(row) for row in first.rows], rest)
    print(_count_line(shown, first.total, kind))


def _column_keys(kind: Kind, text: str | None) -> list[str]:
    if text is None:
        return ["id", *(column.key for column in kind.columns if column.shown_by_default)]
    known = ["id", *(column.key for column in kind.columns)]
    keys = [item.strip().replace("-", "_") for item in text.split(",") if item.strip()]
    for key in keys:
        if key not in known:
            raise CommandError("--columns: " + tr("'{key}' is not a column (choose from {choices})").format(
                key=key, choices=", ".join(known)))
    return keys or known[:1]


def _sort_key(kind: Kind, text: str | None) -> str | None:
    if text is None:
        return None
    wanted = text.strip().casefold().replace("-", "_")
    sortable = [column for column in kind.columns if column.sortable]
    for column in sortable:
        if wanted in (column.key, column.source_label.casefold(), column.label.casefold()):
            return column.key
    choices = ", ".join(column.key for column in sortable)
    raise CommandError("--sort: " + tr("'{text}' is not a column to sort by (choose from {choices})").format(
        text=text, choices=choices))


def _check_live(desk: Desk, option: str, entity: str, noun: str, record_id: str) -> None:
    """A clear refusal for an unknown or archived record, before anything is written."""
    try:
        live = records.is_live(desk, entity=entity, record_id=record_id)
    except NotFound:
        raise CommandError(f"{option}: " + _no_such(noun, record_id)) from None
    if not live:
        raise CommandError(f"{option}: " + _archived_line(noun, record_id))


def _check_initiative(desk: Desk, option: str, initiative_id: str) -> None:
    _check_live(desk, option, "initiative", "initiative", initiative_id)


def _check_request(desk: Desk, option: str, request_id: str) -> None:
    _check_live(desk, option, "request", "request", request_id)


def _check_follow_up(desk: Desk, option: str, follow_up_id: str) -> None:
    _check_live(desk, option, "follow_up", "follow-up", follow_up_id)


def _list(kind: Kind, desk: Desk, args: argparse.Namespace) -> int:
    status_extra: tuple[str, ...] = ()
    status_vocabulary = kind.vocabularies.get("status", Vocabulary("status", []))
    if kind is REQUESTS:
        status_extra = ("open",)
    elif kind is FOLLOW_UPS:
        status_extra = ("open", "done")
    status = _vocab_option("--status", status_vocabulary, getattr(args, "status", None), status_extra)
    if getattr(args, "open", False):
        if status not in (None, "open"):
            raise CommandError("--open: " + tr("cannot be combined with --status {status}").format(status=args.status))
        status = "open"
    officer_text = getattr(args, "officer", None)
    initiative_id = getattr(args, "initiative", None)
    if initiative_id is not None:
        _check_initiative(desk, "--initiative", initiative_id)
    query = ListQuery(
        search=args.search or "",
        status=status,
        province=_vocab_option("--province", PROVINCES, args.province),
        theme=_vocab_option("--theme", THEMES, args.theme),
        topic=_vocab_option("--topic", TOPICS, getattr(args, "topic", None)),
        channel=_vocab_option("--channel", CHANNELS, getattr(args, "channel", None)),
        officer_id=_find_officer_id(desk, "--officer", officer_text) if officer_text else None,
        initiative_id=initiative_id,
        due_from=_date_option("--due-from", getattr(args, "due_from", None)),
        due_to=_date_option("--due-to", getattr(args, "due_to", None)),
        open_only=status == "open",
        include_archived=args.archived,
        sort=_sort_key(kind, args.sort),
        descending=args.desc,
    )
    keys = _column_keys(kind, args.columns)
    pages = _pages(desk, kind, query, None if args.all else args.limit)
    if args.json:
        tables.write_json_rows(plain_row(row) for page in pages for row in page.rows)
    else:
        _write_table(kind, keys, pages)
    return 0


# --------------------------------------------------------------------------------------------
# show


def _show_initiative(desk: Desk, args: argparse.Namespace) -> int:
    with _reported("initiative"):
        detail = initiatives.get_initiative(desk, initiative_id=args.id)
    if args.json:
        print_json(detail)
        return 0
    vocabularies = INITIATIVES.vocabularies
    pairs = [("id", detail.id)]
    for name in INITIATIVE_FIELDS:
        value = getattr(detail, name)
        if name == "partner_countries":
            pairs.append((name, ", ".join(f"{country_name(code, current_language())} ({code})" for code in value)))
        else:
            pairs.append((name, tables.display(value, vocabularies.get(name))))
    pairs += [("created_at", tables.display(detail.created_at)), ("updated_at", tables.display(detail.updated_at)),
              ("version", str(detail.version)), ("archived", tables.display(detail.archived))]
    tables.write_fields(pairs)
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
    return 0


def _show_request(desk: Desk, args: argparse.Namespace) -> int:
    with _reported("request"):
        detail = requests.get_request(desk, request_id=args.id)
    if args.json:
        print_json(detail)
        return 0
    vocabularies = REQUESTS.vocabularies
    pairs = [("id", detail.id), ("initiative", f"{detail.initiative_name} ({detail.initiative_id})")]
    for name in REQUEST_FIELDS:
        value = getattr(detail, name)
        if name == "officer_id":
            pairs.append((name, f"{detail.officer_name} ({value})" if value else ""))
        elif name == "contact_id":
            pairs.append((name, f"{detail.contact_name} ({value})" if value else ""))
        else:
            pairs.append((name, tables.display(value, vocabularies.get(name))))
    pairs += [("answered_on", tables.display(detail.answered_on)), ("created_at", tables.display(detail.created_at)),
              ("updated_at", tables.display(detail.updated_at)), ("version", str(detail.version)),
              ("archived", tables.display(detail.archived))]
    tables.write_fields(pairs)
    tables.write_section(tr("Follow-ups"), [tr("due"), tr("what to do"), tr("owner"), tr("done"), "id"], [
        [item.due_on.isoformat(), tables.one_line(item.action), item.owner_name, tables.display(item.done_on), item.id]
        for item in detail.follow_ups
    ])
    return 0


def _show_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    with _reported("follow-up"):
        row = followups.get_follow_up(desk, follow_up_id=args.id)
    if args.json:
        print_json(row)
        return 0
    tables.write_fields([
        ("id", row.id), ("initiative", f"{row.initiative_name} ({row.initiative_id})"),
        ("request", row.request_id or ""), ("action", row.action), ("due_on", tables.display(row.due_on)),
        ("owner_id", f"{row.owner_name} ({row.owner_id})" if row.owner_id else ""),
        ("done_on", tables.display(row.done_on)), ("outcome", row.outcome), ("version", str(row.version)),
        ("archived", tables.display(row.archived)),
    ])
    return 0


# --------------------------------------------------------------------------------------------
# Changes


def _add_initiative(desk: Desk, args: argparse.Namespace) -> int:
    values = _assignments(args.assignments)
    _act_as(desk, args)
    with _reported("initiative"):
        saved = initiatives.register_initiative(desk, values=values)
    print(saved.id)
    return 0


def _set_initiative(desk: Desk, args: argparse.Namespace) -> int:
    changes = _assignments(args.assignments)
    _act_as(desk, args)
    _check_initiative(desk, "ID", args.id)
    with _reported("initiative"):
        initiatives.update_initiative(desk, initiative_id=args.id, changes=changes)
    print(tr("initiative {id} saved").format(id=args.id))
    return 0


def _add_request(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = _assignments(args.assignments)
    _act_as(desk, args)
    _check_initiative(desk, "--initiative", args.initiative)
    _quick_due_date(values)
    _resolve_officer_fields(desk, values, ["officer_id"])
    with _reported("request"):
        saved = requests.log_request(desk, initiative_id=args.initiative, values=values)
    print(saved.id)
    return 0


def _set_request(desk: Desk, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = _assignments(args.assignments)
    _act_as(desk, args)
    _check_request(desk, "ID", args.id)
    _quick_due_date(changes)
    _resolve_officer_fields(desk, changes, ["officer_id"])
    with _reported("request"):
        requests.update_request(desk, request_id=args.id, changes=changes)
    print(tr("request {id} saved").format(id=args.id))
    return 0


def _add_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    values: dict[str, Any] = _assignments(args.assignments)
    _act_as(desk, args)
    if args.request:
        _check_request(desk, "--request", args.request)
    else:
        _check_initiative(desk, "--initiative", args.initiative)
    _resolve_officer_fields(desk, values, ["owner_id"])
    with _reported("follow-up"):
        saved = followups.plan_follow_up(desk, values=values, initiative_id=args.initiative,
                                         request_id=args.request)
    print(saved.id)
    return 0


def _set_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = _assignments(args.assignments)
    _act_as(desk, args)
    _check_follow_up(desk, "ID", args.id)
    _resolve_officer_fields(desk, changes, ["owner_id"])
    with _reported("follow-up"):
        followups.update_follow_up(desk, follow_up_id=args.id, changes=changes)
    print(tr("follow-up {id} saved").format(id=args.id))
    return 0


def _done_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    done_on = _date_option("--date", args.date)
    _act_as(desk, args)
    _check_follow_up(desk, "ID", args.id)
    with _reported("follow-up"):
        followups.complete_follow_up(desk, follow_up_id=args.id, outcome=args.outcome or "", done_on=done_on)
    print(tr("follow-up {id} done").format(id=args.id))
    return 0


def _reopen_follow_up(desk: Desk, args: argparse.Namespace) -> int:
    _act_as(desk, args)
    _check_follow_up(desk, "ID", args.id)
    with _reported("follow-up"):
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


def _tombstone_line(noun: str, what: str, record_id: str) -> str:
    """What ``archive``/``restore`` did, one sentence per kind and outcome."""
    templates = {
        ("initiative", "already archived"): tr("initiative {id} was already archived"),
        ("initiative", "not archived"): tr("initiative {id} is not archived"),
        ("initiative", "archived"): tr("initiative {id} archived"),
        ("initiative", "restored"): tr("initiative {id} restored"),
        ("request", "already archived"): tr("request {id} was already archived"),
        ("request", "not archived"): tr("request {id} is not archived"),
        ("request", "archived"): tr("request {id} archived"),
        ("request", "restored"): tr("request {id} restored"),
        ("follow-up", "already archived"): tr("follow-up {id} was already archived"),
        ("follow-up", "not archived"): tr("follow-up {id} is not archived"),
        ("follow-up", "archived"): tr("follow-up {id} archived"),
        ("follow-up", "restored"): tr("follow-up {id} restored"),
    }
    return templates[(noun, what)].format(id=record_id)


def _archiving(tombstone: Tombstone, *, archive: bool) -> Handler:
    """``archive ID`` / ``restore ID``; doing it twice is harmless and says so."""

    def run(desk: Desk, args: argparse.Namespace) -> int:
        _act_as(desk, args)
        with _reported(tombstone.noun):
            if tombstone.is_archived(desk, args.id) == archive:
                print(_tombstone_line(tombstone.noun, "already archived" if archive else "not archived", args.id))
                return 0
            (tombstone.archive if archive else tombstone.restore)(desk, args.id)
        print(_tombstone_line(tombstone.noun, "archived" if archive else "restored", args.id))
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
    values = _assignments(args.assignments)
    name = values.get("name", "").strip()
    existing = officers.find_officer(desk, name_or_id=name) if name else None
    if existing is not None:
        raise CommandError("name: " + tr("an officer named '{name}' already exists ({id})").format(
            name=existing.name, id=existing.id))
    _act_as(desk, args)
    if "login" in values:
        with _reported("officer"):
            return logins.add_officer_with_login(desk, args, values)
    if getattr(args, "password_stdin", False):
        raise CommandError("--password-stdin: " + tr("only for an officer with login="))
    with _reported("officer"):
        saved = officers.register_officer(desk, values=values)
    print(saved.id)
    return 0


def _sign_in(desk: Desk, args: argparse.Namespace) -> int:
    if not args.name.strip():
        raise CommandError("NAME: " + tr("is required"))
    with _reported("officer"):
        officer = officers.sign_in(desk, name=args.name.strip(), region=args.region)
    print(tr("signed in as {name} ({id})").format(name=officer.name, id=officer.id))
    return 0


# --------------------------------------------------------------------------------------------
# The parsers


def _leaf(actions: Any, name: str, handler: Handler,
          help_text: str, *, description: str | None = None) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(
        name, help=help_text, description=description or help_text,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    # Also accepted after the command; SUPPRESS keeps a value given before it.
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.set_defaults(handler=tables.robust_output(handler))
    return parser


def _group(subparsers: Any, name: str, help_text: str, epilog: str) -> Any:
    parser = subparsers.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    if type(parser) is argparse.ArgumentParser:
        # The group parser is made by main's parser; a mistyped ACTION is one line here too.
        parser.__class__ = OneLineParser
    return parser.add_subparsers(dest="action", metavar="ACTION", parser_class=OneLineParser)


def _fields_help(fields: Mapping[str, Field]) -> str:
    return tr("fields: {names}").format(names=", ".join(fields))


def _add_list(actions: Any, kind: Kind, *, extra: Callable[[argparse.ArgumentParser], object]) -> None:
    sortable = ", ".join(column.key for column in kind.columns if column.sortable)
    texts = {
        "initiative": (tr("list initiatives"), tr("List initiatives: filtered, searched and sorted by the database.\n"
                                                  "Archived initiatives are left out unless --archived."),
                       tr("include archived initiatives")),
        "request": (tr("list requests"), tr("List requests: filtered, searched and sorted by the database.\n"
                                            "Archived requests are left out unless --archived."),
                    tr("include archived requests")),
        "follow-up": (tr("list follow-ups"), tr("List follow-ups: filtered, searched and sorted by the database.\n"
                                                "Archived follow-ups are left out unless --archived."),
                      tr("include archived follow-ups")),
    }
    help_text, description, archived_help = texts[kind.noun]
    parser = _leaf(actions, "list", lambda desk, args: _list(kind, desk, args), help_text,
                   description=description)
    parser.add_argument("--search", metavar="TEXT", help=tr("words to find (prefixes, accents ignored)"))
    parser.add_argument("--province", help=tr("province code or name (e.g. antwerpen, 'East Flanders')"))
    parser.add_argument("--theme", help=tr("theme code or label"))
    extra(parser)
    parser.add_argument("--archived", action="store_true", help=archived_help)
    parser.add_argument("--sort", metavar="COLUMN", help=tr("sort by: {names}").format(names=sortable))
    parser.add_argument("--desc", action="store_true", help=tr("sort descending"))
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--limit", metavar="N", type=_positive, default=DEFAULT_LIMIT,
                      help=tr("show at most N rows (default {limit})").format(limit=DEFAULT_LIMIT))
    size.add_argument("--all", action="store_true",
                      help=tr("show every row (read {size} at a time from the database)").format(size=PAGE_SIZE))
    parser.add_argument("--columns", metavar="A,B,...",
                        help=tr("columns of the table: {names}").format(
                            names=", ".join(["id", *(column.key for column in kind.columns)])))
    parser.add_argument("--json", action="store_true", help=tr("a JSON array of rows (codes, ISO dates)"))


def _add_filters(parser: argparse.ArgumentParser, *, statuses: str, topic: bool = True,
                 channel: bool = False) -> None:
    parser.add_argument("--status", help=statuses)
    if topic:
        parser.add_argument("--topic", help=tr("topic code or label"))
    if channel:
        parser.add_argument("--channel", help=tr("channel code or label"))
    parser.add_argument("--officer", metavar="NAME_OR_ID", help=tr("assigned officer (requests) or owner (follow-ups)"))
    parser.add_argument("--initiative", metavar="ID", help=tr("of this initiative only"))
    parser.add_argument("--due-from", metavar="DATE", help=tr("due on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)"))
    parser.add_argument("--due-to", metavar="DATE", help=tr("due on or before (same spellings)"))
    parser.add_argument("--open", action="store_true", help=tr("only those still open"))


def _id_argument(parser: argparse.ArgumentParser, noun: str) -> None:
    helps = {"initiative": tr("the initiative's id"), "request": tr("the request's id"),
             "follow-up": tr("the follow-up's id")}
    parser.add_argument("id", metavar="ID", help=helps[noun])


def _as_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_officer", metavar="NAME", help=tr(AS_HELP))


def _assignments_argument(parser: argparse.ArgumentParser, fields: Mapping[str, Field]) -> None:
    parser.add_argument("assignments", nargs="*", metavar="field=value", help=_fields_help(fields))


def _add_archiving(actions: Any, group: str) -> None:
    tombstone = TOMBSTONES[group]
    for name, archive, help_text in (("archive", True, tr("archive (never deleted; hidden from lists)")),
                                     ("restore", False, tr("bring an archived one back"))):
        parser = _leaf(actions, name, _archiving(tombstone, archive=archive), help_text)
        _id_argument(parser, tombstone.noun)
        _as_argument(parser)


EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "Field names are the model attribute names; vocabulary fields take a code or its label,\n"
    "lists are comma-separated, dates are yyyy-mm-dd or dd/mm/yyyy, an empty value clears a field.\n"
    "Changes are recorded as the officer signed in at this desk, or --as NAME for one command.\n"
    "Bad input: exit status 2, one line on stderr naming the field, nothing written.\n")


def register(subparsers: Any) -> None:
    """Add the initiatives, requests, followups and officers command groups."""
    _register_initiatives(subparsers)
    _register_requests(subparsers)
    _register_follow_ups(subparsers)
    _register_officers(subparsers)


def _register_initiatives(subparsers: Any) -> None:
    actions = _group(subparsers, "initiatives", tr("the register of initiatives (4de pijlers)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar initiatives add name="Vrienden van Kasongo" postcode=2000 themes=education,climate
  fourthpillar initiatives list --province antwerpen --search kasongo --sort name
  fourthpillar initiatives set ID status=dormant partner_countries=CD,SN
""")
    _add_list(actions, INITIATIVES, extra=lambda parser: parser.add_argument(
        "--status", help=tr("active, dormant or stopped")))
    parser = _leaf(actions, "add", _add_initiative, tr("register an initiative; prints its id"),
                   description=tr("Register an initiative and print its id. name is required."))
    _assignments_argument(parser, INITIATIVE_FIELDS)
    _as_argument(parser)
    parser = _leaf(actions, "show", _show_initiative, tr("every field, contacts and timeline"))
    _id_argument(parser, "initiative")
    parser.add_argument("--json", action="store_true", help=tr("as JSON (codes, ISO dates)"))
    parser = _leaf(actions, "set", _set_initiative, tr("change fields: set ID field=value ..."))
    _id_argument(parser, "initiative")
    _assignments_argument(parser, INITIATIVE_FIELDS)
    _as_argument(parser)
    _add_archiving(actions, "initiatives")


def _register_requests(subparsers: Any) -> None:
    actions = _group(subparsers, "requests", tr("advice requests (adviesvragen)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar requests add --initiative ID channel=phone topics=subsidies question="Which fund?"
  fourthpillar requests list --open --officer "An Peeters" --due-to +1w
  fourthpillar requests set ID status=answered advice="See 11.fonds" minutes_spent=30
""" + tr("officer_id= takes an officer's name or id; due_on= also takes +1w, +2w, +1m, +3m.") + "\n")
    _add_list(actions, REQUESTS, extra=lambda parser: _add_filters(
        parser, statuses=tr("new, in-progress, waiting, answered, closed, or open"), channel=True))
    parser = _leaf(actions, "add", _add_request, tr("log an advice request; prints its id"),
                   description=tr("Log an advice request and print its id. channel and question are\n"
                                  "required; received_on defaults to today, officer_id to the acting officer."))
    parser.add_argument("--initiative", metavar="ID", required=True, help=tr("the initiative asking"))
    _assignments_argument(parser, REQUEST_FIELDS)
    _as_argument(parser)
    parser = _leaf(actions, "show", _show_request, tr("every field and its follow-ups"))
    _id_argument(parser, "request")
    parser.add_argument("--json", action="store_true", help=tr("as JSON (codes, ISO dates)"))
    parser = _leaf(actions, "set", _set_request, tr("change fields: set ID field=value ..."))
    _id_argument(parser, "request")
    _assignments_argument(parser, REQUEST_FIELDS)
    _as_argument(parser)
    _add_archiving(actions, "requests")


def _register_follow_ups(subparsers: Any) -> None:
    actions = _group(subparsers, "followups", tr("follow-ups (opvolgingen)"),
                     tr(EPILOG) + "\n" + tr("examples:") + """
  fourthpillar followups add --request ID action="Call back about the statutes" due_on=+1w
  fourthpillar followups list --open --officer "An Peeters" --due-to today
  fourthpillar followups done ID --outcome "Statutes sent" --date 28/11/2026
""" + tr("due_on= also takes +1w, +2w, +1m, +3m; owner_id= takes an officer's name or id.") + "\n")
    _add_list(actions, FOLLOW_UPS, extra=lambda parser: _add_filters(parser, statuses=tr("open or done")))
    parser = _leaf(actions, "add", _add_follow_up, tr("plan a follow-up; prints its id"),
                   description=tr("Plan a follow-up on a request or an initiative and print its id.\n"
                                  "action and due_on are required; owner_id defaults to the acting officer."))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--initiative", metavar="ID", help=tr("on this initiative"))
    target.add_argument("--request", metavar="ID", help=tr("on this request (and its initiative)"))
    _assignments_argument(parser, FOLLOW_UP_FIELDS)
    _as_argument(parser)
    parser = _leaf(actions, "show", _show_follow_up, tr("every field"))
    _id_argument(parser, "follow-up")
    parser.add_argument("--json", action="store_true", help=tr("as JSON (codes, ISO dates)"))
    parser = _leaf(actions, "set", _set_follow_up, tr("change fields: set ID field=value ..."))
    _id_argument(parser, "follow-up")
    _assignments_argument(parser, FOLLOW_UP_FIELDS)
    _as_argument(parser)
    parser = _leaf(actions, "done", _done_follow_up, tr("mark done, with its outcome"))
    _id_argument(parser, "follow-up")
    parser.add_argument("--outcome", metavar="TEXT", help=tr("what came of it"))
    parser.add_argument("--date", metavar="DATE", help=tr("done on (default today; yyyy-mm-dd or dd/mm/yyyy)"))
    _as_argument(parser)
    parser = _leaf(actions, "reopen", _reopen_follow_up, tr("mark as not done again"))
    _id_argument(parser, "follow-up")
    _as_argument(parser)
    _add_archiving(actions, "followups")


def _register_officers(subparsers: Any) -> None:
    actions = _group(subparsers, "officers", tr("support officers and who works at this desk"), tr("examples:") + """
  fourthpillar officers add name="An Peeters" region=antwerpen email=an@example.org
  fourthpillar officers sign-in "An Peeters"
""" + tr("On a shared PostgreSQL database (admins): officers add name=NAME login=LOGIN "
         "role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin; officers set ID role=...; "
         "officers disable ID.") + "\n")
    parser = _leaf(actions, "list", _list_officers, tr("list officers (* = signed in at this desk)"))
    parser.add_argument("--json", action="store_true", help=tr("as JSON"))
    parser = _leaf(actions, "add", _add_officer, tr("add an officer; prints the id"),
                   description=tr("Add an officer and print the id. name is required."))
    _assignments_argument(parser, OFFICER_FIELDS)
    _as_argument(parser)
    logins.password_stdin_argument(parser)
    logins.register(actions, _leaf)
    parser = _leaf(actions, "sign-in", _sign_in, tr("remember who works at this desk (adds the officer if new)"))
    parser.add_argument("name", metavar="NAME", help=tr("the officer's name (or id)"))
    parser.add_argument("--region", help=tr("region for a new officer (province code or name)"))
