"""Officers' own logins on the shared PostgreSQL database, from the command line (admins, owner).

    fourthpillar officers add name="Bob Field" login=bob role=coordinator provinces=limburg --password-stdin
    fourthpillar officers set ID role=officer
    fourthpillar officers disable ID
    fourthpillar officers enable ID

The officers command group itself (list, add, sign-in) lives in ``cli.records``; ``officers add``
hands over here when it is given ``login=``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from fourthpillar.cli.common import CommandError
from fourthpillar.cli.common import parse_assignments
from fourthpillar.i18n import translator
from fourthpillar.services import logins
from fourthpillar.services.desk import Desk

Handler = Callable[[Desk, argparse.Namespace], int]
Leaf = Callable[..., argparse.ArgumentParser]

#: The assignments that describe a login rather than the officer's own fields.
ACCESS = ("login", "role", "provinces", "password")


tr = translator("Cli")


def _password(args: argparse.Namespace) -> str | None:
    """The password from the first line of standard input with ``--password-stdin``, never from
    the command line (where other users and the shell history would see it)."""
    if not getattr(args, "password_stdin", False):
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CommandError("--password-stdin: " + tr("no password on standard input"))
    return password


def _provinces(text: str | None) -> list[str] | None:
    return None if text is None else [item for item in text.split(",") if item.strip()]


def add_officer_with_login(desk: Desk, args: argparse.Namespace, values: dict[str, str]) -> int:
    """``officers add ... login=LOGIN``: the officer, their login and its group, one transaction."""
    if "password" in values:
        raise CommandError("password: " + tr("give the password on standard input with --password-stdin"))
    officer = {name: value for name, value in values.items() if name not in ACCESS}
    saved = logins.add_officer_login(desk, values=officer, login=values["login"], role=values.get("role", "officer"),
                                     provinces=_provinces(values.get("provinces")), password=_password(args))
    print(saved.id)
    return 0


def _set_officer(desk: Desk, args: argparse.Namespace) -> int:
    values = parse_assignments(args.assignments)
    unknown = sorted(set(values) - {"role", "provinces"})
    if unknown:
        raise CommandError(f"{unknown[0]}: " + tr("officers set changes role= and provinces= only"))
    password = _password(args)
    if not values and password is None:
        raise CommandError(tr("nothing to change: give role=, provinces= or --password-stdin"))
    logins.set_officer_access(desk, officer_id=args.id, role=values.get("role"),
                              provinces=_provinces(values.get("provinces")), password=password)
    print(args.id)
    return 0


def _disable_officer(desk: Desk, args: argparse.Namespace) -> int:
    ended = logins.disable_officer_login(desk, officer_id=args.id)
    print(tr("{id}: login disabled, {count} open session(s) ended (the officer and their history stay)").format(
        id=args.id, count=ended))
    return 0


def _enable_officer(desk: Desk, args: argparse.Namespace) -> int:
    logins.enable_officer_login(desk, officer_id=args.id)
    print(tr("{id}: login enabled (it may connect again)").format(id=args.id))
    return 0


def password_stdin_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help=tr("read the login's password from the first line of standard input"))


def register(actions: Any, leaf: Leaf) -> None:
    """Add ``officers set``, ``officers disable`` and ``officers enable`` to the officers group's *actions*."""
    parser = leaf(actions, "set", _set_officer, tr("change what an officer's login may do: set ID role=... "
                                                   "provinces=..."))
    parser.add_argument("id", metavar="ID", help=tr("the officer's id"))
    parser.add_argument("assignments", nargs="*", metavar="field=value",
                        help=tr("role=officer|coordinator|admin, provinces=limburg,antwerpen"))
    password_stdin_argument(parser)
    parser = leaf(actions, "disable", _disable_officer,
                  tr("the officer's login can no longer connect; their history stays"))
    parser.add_argument("id", metavar="ID", help=tr("the officer's id"))
    parser = leaf(actions, "enable", _enable_officer, tr("a disabled login may connect again"))
    parser.add_argument("id", metavar="ID", help=tr("the officer's id"))
