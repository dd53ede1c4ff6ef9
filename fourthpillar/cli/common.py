"""What every command shares: where the data is, opening the desk, errors as one clear line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import asdict
from dataclasses import is_dataclass
from pathlib import PurePath
from typing import Any
from typing import NoReturn
from typing import TypeVar

from fourthpillar import i18n
from fourthpillar import paths
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.i18n import translator
from fourthpillar.services import backups
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import configured_database_url
from fourthpillar.services.desk import load_config
from fourthpillar.services.office_password import open_signed_in
from fourthpillar.store.errors import KnownError

log = logging.getLogger(__name__)

T = TypeVar("T")


tr = translator("Cli")


#: Exit status for invalid input or a refused operation: nothing was written.
EXIT_INVALID = 2


class CommandError(Exception):
    """A command-line mistake worth one line to the user (unknown id, bad argument)."""


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line on stderr and exit status 2.

    Every command group's parser is one (main's sub-parsers, and theirs after them).
    """

    def error(self, message: str) -> NoReturn:
        line = re.sub(r"[\x00-\x1f\x7f]+", " ", message).strip()
        self.exit(EXIT_INVALID, f"{self.prog}: {line} " + tr("(see --help)") + "\n")

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # A command knows all its options: report a stray one here, as one line.
        parsed, extra = super().parse_known_args(args, namespace)
        if extra:
            self.error(tr("unrecognised arguments: {arguments}").format(arguments=" ".join(extra)))
        return parsed, extra


def _named(value: str) -> str:
    # An empty value (``--data-dir "$FOLDER"`` with the variable unset) would quietly mean the
    # default register: a script's backup restore or import would change the wrong one.
    if not value:
        raise argparse.ArgumentTypeError(tr("is empty (leave the option out to use the default)"))
    return value


def add_location_arguments(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """``--data-dir`` and ``--database-url``; *after_command*: a command's own copies of the global
    options (these two and ``--language``), so they may follow it, hidden from its help and keeping a
    value given before the command."""
    if after_command:
        parser.add_argument("--data-dir", metavar="DIR", type=_named, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        parser.add_argument("--database-url", metavar="URL", type=_named, default=argparse.SUPPRESS,
                            help=argparse.SUPPRESS)
        parser.add_argument("--language", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return
    parser.add_argument("--data-dir", metavar="DIR", type=_named, default=None,
                        help=tr("data folder (default: $FOURTHPILLAR_DATA_DIR or the user data folder)"))
    parser.add_argument("--database-url", metavar="URL", type=_named, default=None,
                        help=tr("a database URL instead of the data folder's SQLite file"))


def configured_url(args: argparse.Namespace) -> str | None:
    """The database URL the register is at, chosen as ``open_desk`` does (``--database-url``,
    ``$FOURTHPILLAR_DATABASE_URL``, the data folder's config.json); None for the folder's own file."""
    return configured_database_url(args.database_url, load_config(paths.data_dir_path(args.data_dir)))


def add_command(commands: Any, name: str, help_text: str, *,
                handler: Callable[[Desk, argparse.Namespace], int] | None = None,
                handler_without_desk: Callable[[argparse.Namespace], int] | None = None,
                description: str | None = None) -> argparse.ArgumentParser:
    """One command of a group (``sync apply``, ``backup list``, ...) and what runs it: *handler*
    on the opened desk, or *handler_without_desk* (see :func:`run_without_desk`)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=description)
    add_location_arguments(parser, after_command=True)
    if handler_without_desk is not None:
        parser.set_defaults(handler_without_desk=handler_without_desk)
    else:
        parser.set_defaults(handler=handler)
    return parser


def run_command(handler: Callable[[Desk, argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Open the desk, run *handler*, and turn known problems into one line on stderr."""
    kept_before = keys.unencrypted_copy(args.data_dir)
    try:
        desk = open_signed_in(data_dir=args.data_dir, database_url=args.database_url)
    except KnownError as error:
        print(f"fourthpillar: {error}", file=sys.stderr)
        return EXIT_INVALID
    try:
        kept = keys.unencrypted_copy(args.data_dir)
        if kept is not None and kept_before is None:
            print(tr("fourthpillar: the register and its backups are encrypted now; the unencrypted ones are kept "
                     "in {folder} until you delete them with 'fourthpillar key delete-unencrypted'").format(
                folder=kept), file=sys.stderr)
        try:
            tidied = backups.tidy_at_start(desk)
        except KnownError as error:
            print(f"fourthpillar: {error}", file=sys.stderr)
            return EXIT_INVALID
        if tidied.erased_again:
            print(tr("fourthpillar: {count} person(s) erased earlier were back in the register and were erased "
                     "again").format(count=len(tidied.erased_again)), file=sys.stderr)
        return run_without_desk(lambda arguments: handler(desk, arguments), args)
    finally:
        desk.close()


def run_without_desk(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run *handler* without opening the register first (a command set with
    ``set_defaults(handler_without_desk=...)``: one that must work when the register cannot be
    opened, like ``backup recover``); known problems become one line on stderr, as in
    :func:`run_command`."""
    try:
        return handler(args)
    except ValidationFailed as error:
        log.info("command refused: invalid %s", ", ".join(problem.field for problem in error.errors))
        for problem in error.errors:
            print(f"fourthpillar: {problem.field}: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    except (KnownError, CommandError) as error:
        log.info("command refused: %s", type(error).__name__)  # the message may quote a name
        print(f"fourthpillar: {error}", file=sys.stderr)
        return EXIT_INVALID


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(value: Any) -> None:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    elif isinstance(value, list):
        value = [asdict(item) if is_dataclass(item) and not isinstance(item, type) else item for item in value]
    json.dump(value, sys.stdout, default=_json_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_found(args: argparse.Namespace, found: Sequence[T], write: Callable[[T], None], nothing: str) -> int:
    """What a listing command found: as JSON with ``--json``, else *write* prints each one, or the
    line *nothing* says there is none."""
    if args.json:
        print_json(found)
    elif not found:
        print(nothing)
    else:
        for item in found:
            write(item)
    return 0


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``field=value`` pairs from the command line; CommandError names a malformed one."""
    values: dict[str, str] = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise CommandError(tr("'{item}' is not field=value").format(item=item))
        values[field.strip()] = value
    return values
