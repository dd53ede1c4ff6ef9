"""Entry point: no command opens the app; a command runs headless for admins' scripts.

Command groups live in their own modules, each with ``register(subparsers)`` that adds its
sub-commands and sets ``handler(desk, args) -> int`` on them, or ``handler_without_desk(args) -> int``
for a command that must work when the register cannot be opened (``backup recover``, ``check``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import Any
from typing import NoReturn

from fourthpillar import __version__
from fourthpillar import i18n
from fourthpillar import logs
from fourthpillar import paths
from fourthpillar.cli import common
from fourthpillar.cli import parser_words
from fourthpillar.i18n import translator

tr = translator("Cli")


#: Modules that add command groups; each has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    "fourthpillar.cli.records",
    "fourthpillar.cli.events",
    # Adds duplicates, merge and not-duplicate to the initiatives group: after records.
    "fourthpillar.cli.duplicates",
    "fourthpillar.cli.safety",
    "fourthpillar.cli.demo",
    "fourthpillar.cli.importing",
    "fourthpillar.cli.export",
    "fourthpillar.cli.sync",
    "fourthpillar.cli.keys",
)


#: The sub-parsers' ``dest`` names: the words of a command that the log may name.
COMMAND_WORDS = ("command", "action", "format", "document", "sync_command", "replica_command", "backup_command",
                 "person_command", "retention_command", "import_command", "key_command")


def build_parser() -> argparse.ArgumentParser:
    # A mistake before the command is one line too, like every command's (common.OneLineParser).
    parser = common.OneLineParser(
        prog="fourthpillar",
        description=tr("Fourth Pillar desk. Without a command, the app opens."),
    )
    parser.add_argument("--version", action="version", version=f"fourthpillar {__version__}",
                        help=tr("show the program's version and stop"))
    common.add_location_arguments(parser)
    parser.add_argument("--language", choices=i18n.LANGUAGES, default=None,
                        help=tr("language of messages and exports (default: the one chosen in the app's "
                                "settings, else the system's language if Dutch or French, else English)"))
    # Each command group, and each command in it, refuses a mistake in one line as well.
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=common.OneLineParser)
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def choose_language(args: argparse.Namespace) -> None:
    """Messages and exports in ``--language``, else the data folder's setting, else the system's language.

    A missing data folder is left missing: ``--help`` must not make one, nor a checkout it refuses.
    """
    language = args.language
    if language is None:
        from fourthpillar.services.desk import load_config

        try:
            language = i18n.configured_language(load_config(paths.data_dir_path(args.data_dir)))
        except OSError:  # no data folder yet (--help makes none): the variable, else the system's
            language = i18n.configured_language({})
    i18n.use_language(language)


class _PreParseFailed(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    """Reads a few options ahead of the full parser; its mistakes are left to the full parser."""

    def error(self, message: str) -> NoReturn:
        raise _PreParseFailed(message)


def _language_first(arguments: list[str]) -> None:
    """Choose the language before the full parser is built, so our own help texts and refusals
    are in it; only when the app is about to open (no command, nothing amiss) is it left untouched.

    Arguments the early pass cannot read (``--data-dir`` without its folder) are read up to the
    mistake: the folder named before it, else the environment's or the default one, gives the
    language the full parser then refuses in, unless ``--language`` follows the mistake
    (``--data-dir --language nl``)."""
    pre = _QuietParser(add_help=False)
    common.add_location_arguments(pre)
    pre.add_argument("--language", default=None)
    # Ends at the latest with no arguments at all, which always parse: only optional options, none required.
    for end in range(len(arguments), -1, -1):
        try:
            known, rest = pre.parse_known_args(arguments[:end])
        except _PreParseFailed:
            continue
        break
    if end < len(arguments) and known.language is None:
        after = _QuietParser(add_help=False)
        after.add_argument("--language", default=None)
        with contextlib.suppress(_PreParseFailed):  # ``--language`` without its value: the full parser names it
            known.language = after.parse_known_args(arguments[end:])[0].language
    language_ok = known.language in (None, *i18n.LANGUAGES)
    if end == len(arguments) and not rest and language_ok:
        return  # the app opens: it chooses its own language
    if not language_ok:
        known.language = None  # the full parser names the bad value
    choose_language(known)


def _is_text(argument: str) -> bool:
    """False for an argument with bytes the system could not decode (Python keeps them as lone
    surrogates, which no file or database can store)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    logs.setup_logging()  # the app's and the command line's log (ids only, never names)
    parser_words.install()  # argparse's own words ("usage:", its refusals) in the chosen language
    _language_first(arguments)
    for argument in arguments:
        if not _is_text(argument):
            shown = argument.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
            print("fourthpillar: " + tr("the argument {argument} holds bytes that are not text in this system's "
                                        "character set; nothing was done").format(argument=shown), file=sys.stderr)
            return common.EXIT_INVALID
    parser = build_parser()
    args, extra = parser.parse_known_args(arguments)
    if args.command is None:
        if extra:
            parser.error(tr("unrecognised arguments: {arguments}").format(arguments=" ".join(extra)))
        from fourthpillar.ui.app import run_app  # Qt is loaded only for the app itself.

        return int(run_app(data_dir=args.data_dir, database_url=args.database_url, qt_arguments=[sys.argv[0]],
                           language=args.language))
    args = parser.parse_args(arguments)
    # The command's words, never its values (they may be names or e-mail addresses).
    logging.getLogger("fourthpillar.cli").info("command: %s", " ".join(
        str(getattr(args, name)) for name in COMMAND_WORDS if isinstance(getattr(args, name, None), str)))
    choose_language(args)  # again: the full parser has the final word on --language
    from fourthpillar.cli import keys as key_commands
    from fourthpillar.cli import sign_in

    key_commands.use_terminal()  # the register's passphrase, when neither FOURTHPILLAR_KEY nor the keychain has it
    sign_in.use_terminal()  # the office database's password, when neither libpq nor the keychain has it
    without_desk: Any = getattr(args, "handler_without_desk", None)
    if without_desk is not None:
        return common.run_without_desk(without_desk, args)
    # Every command group requires its action (a group alone was refused above), so a command has its handler.
    handler: Any = args.handler
    return common.run_command(handler, args)
