"""The register's passphrase on the command line: asked with getpass on a terminal, and the
``key`` commands.

``key status`` says whether the register is encrypted and where its passphrase comes from;
``key change`` gives the register and its backups a new passphrase (the current one comes from
where it always does; the new one is asked twice, or read from standard input);
``key forget`` removes it from this computer's keychain (it is asked again at the next start);
``key delete-unencrypted`` deletes the unencrypted register and backups kept since the register
was encrypted (once the officer has checked that it is complete).
Scripts set ``FOURTHPILLAR_KEY`` instead: nothing is asked then.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from fourthpillar import paths
from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import add_location_arguments
from fourthpillar.cli.common import print_json
from fourthpillar.i18n import translator
from fourthpillar.services import instance
from fourthpillar.services import keys
from fourthpillar.services import passphrase
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import configured_database_url
from fourthpillar.services.desk import load_config
from fourthpillar.store import cipher
from fourthpillar.store.database import sqlite_file

tr = translator("Cli")


def terminal_prompt(request: keys.PassphraseRequest) -> str | None:
    """Ask on the terminal (nothing echoed); None when the officer ends the input (Ctrl+D, Ctrl+C)."""
    try:
        if request.problem:
            print(f"fourthpillar: {request.problem}", file=sys.stderr)
        if not request.new:
            return getpass.getpass(tr("Passphrase of {path}: ").format(path=request.path))
        print(tr("The register {path} is encrypted with a passphrase you choose now. Keep it somewhere safe "
                 "besides this computer: without it neither the register nor its backups can be opened.")
              .format(path=request.path), file=sys.stderr)
        while True:
            chosen = getpass.getpass(tr("New passphrase (at least {count} characters): ").format(
                count=keys.MINIMUM_LENGTH))
            problem = keys.new_passphrase_problem(chosen, getpass.getpass(tr("The same passphrase again: ")))
            if problem is None:
                return chosen
            print(f"fourthpillar: {problem}", file=sys.stderr)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None


def use_terminal() -> None:
    """Ask on the terminal when there is one; a script without one gets a clear refusal instead."""
    keys.set_prompt(terminal_prompt if sys.stdin.isatty() and sys.stderr.isatty() else None)


def _register_file(args: argparse.Namespace) -> str | None:
    folder = paths.data_dir(args.data_dir)
    url = configured_database_url(args.database_url, load_config(folder)) or paths.sqlite_url(folder)
    path = sqlite_file(url)
    return str(path) if path is not None else None


def _status(args: argparse.Namespace) -> int:
    where = _register_file(args)
    facts: dict[str, object]
    if where is None:
        facts = {"register": None, "encrypted": None, "passphrase_from": None}
        text = tr("the register is a shared database: its server protects it")
    else:
        path = Path(where)
        encrypted = cipher.is_encrypted(path)
        source = keys.passphrase_source(path)
        facts = {"register": where, "encrypted": encrypted, "passphrase_from": source}
        text = "\n".join([
            tr("register: {path}").format(path=where),
            tr("encrypted: yes") if encrypted else tr("encrypted: no (it is encrypted when it is next opened)"),
            {"variable": tr("passphrase from: the FOURTHPILLAR_KEY variable"),
             "keychain": tr("passphrase from: this computer's keychain"),
             "prompt": tr("passphrase from: asked at every start (the keychain holds none)")}[source],
        ])
        kept = keys.unencrypted_copy(args.data_dir)
        facts["unencrypted_copy"] = str(kept) if kept is not None else None
        if kept is not None:
            text += "\n" + tr("an unencrypted copy of before the encryption is kept in {folder}: delete it with "
                              "'fourthpillar key delete-unencrypted' once the register is complete").format(folder=kept)
    if args.json:
        print_json(facts)
    else:
        print(text)
    return 0


def _forget(args: argparse.Namespace) -> int:
    where = _register_file(args)
    if where is not None and keys.forget_passphrase(Path(where)):
        print(tr("the passphrase of {path} was removed from this computer's keychain").format(path=where))
    else:
        print(tr("this computer's keychain held no passphrase for the register"))
    return 0


def _delete_unencrypted(args: argparse.Namespace) -> int:
    deleted = keys.delete_unencrypted_copy(args.data_dir)
    if deleted is None:
        print(tr("there is no unencrypted copy to delete"))
    else:
        print(tr("deleted the unencrypted copy in {folder}").format(folder=deleted))
    return 0


def _new_passphrase(args: argparse.Namespace) -> tuple[str, str]:
    """The new passphrase and its repetition: one line of standard input, or asked twice."""
    if args.new_passphrase_stdin:
        line = sys.stdin.readline()
        typed = line[:-1] if line.endswith("\n") else line
        typed = typed[:-1] if typed.endswith("\r") else typed
        return typed, typed
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise CommandError(tr("there is no terminal to ask the new passphrase on: give it on standard input with "
                              "--new-passphrase-stdin"))
    try:
        typed = getpass.getpass(tr("New passphrase (at least {count} characters): ").format(count=keys.MINIMUM_LENGTH))
        return typed, getpass.getpass(tr("The same passphrase again: "))
    except (EOFError, KeyboardInterrupt) as stopped:
        raise CommandError(tr("the passphrase was not changed")) from stopped


def _change(desk: Desk, args: argparse.Namespace) -> int:
    current = passphrase.current_passphrase(desk)
    if current is None:  # opened, so some passphrase did: only if it was forgotten meanwhile
        raise CommandError(tr("the current passphrase is not known; give it with FOURTHPILLAR_KEY"))
    new, repeated = _new_passphrase(args)
    # The app must not be working on the register while its files are swapped.
    with instance.require_app_lock(desk.data_dir or args.data_dir):
        result = passphrase.change_passphrase(desk, current=current, new=new, repeated=repeated)
        result.desk.close()
    path = result.desk.database.sqlite_path
    lines = [tr("the passphrase of {path} was changed; {count} backup(s) re-encrypted with it").format(
        path=path, count=len(result.backups))]
    lines += [tr("{path} opens with neither passphrase and was left as it was").format(path=kept)
              for kept in result.kept]
    if result.keychain_updated:
        lines.append(tr("this computer's keychain holds the new passphrase"))
    if result.variable_is_old:
        lines.append(tr("FOURTHPILLAR_KEY still holds the old passphrase: set it to the new one"))
    if args.json:
        print_json({"register": str(path), "backups": [str(backup) for backup in result.backups],
                    "kept": [str(kept) for kept in result.kept], "keychain_updated": result.keychain_updated,
                    "variable_is_old": result.variable_is_old})
    else:
        print("\n".join(lines))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("key", help=tr("the register's passphrase (encryption at rest)"))
    commands = parser.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    status = commands.add_parser("status", help=tr("is the register encrypted, and where does its passphrase come "
                                                   "from"))
    status.add_argument("--json", action="store_true", help=tr("print JSON"))
    status.set_defaults(handler_without_desk=_status)
    change = commands.add_parser("change", help=tr(
        "give the register and its backups a new passphrase (asked twice, or read from standard input)"))
    change.add_argument("--new-passphrase-stdin", action="store_true",
                        help=tr("read the new passphrase from the first line of standard input"))
    change.add_argument("--json", action="store_true", help=tr("print JSON"))
    change.set_defaults(handler=_change)
    forget = commands.add_parser("forget", help=tr("remove the passphrase from this computer's keychain"))
    forget.set_defaults(handler_without_desk=_forget)
    delete = commands.add_parser("delete-unencrypted", help=tr(
        "delete the unencrypted register and backups kept since the register was encrypted"))
    delete.set_defaults(handler_without_desk=_delete_unencrypted)
    for command in (status, change, forget, delete):
        add_location_arguments(command, after_command=True)
