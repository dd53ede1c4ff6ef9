"""The shared office database's password on the command line: libpq's ``PGPASSWORD`` or pgpass
file, the keychain, or asked with getpass on a terminal (never an option on the command line,
which the shell's history and other users would see)."""

from __future__ import annotations

import getpass
import sys

from fourthpillar.i18n import translate
from fourthpillar.services import office_password


def terminal_prompt(request: office_password.PasswordRequest) -> office_password.PasswordAnswer | None:
    """Ask on the terminal (nothing echoed); None when the officer ends the input (Ctrl+D, Ctrl+C)."""
    try:
        if request.problem:
            print(f"fourthpillar: {request.problem}", file=sys.stderr)
        typed = getpass.getpass(translate("Cli", "Password of {login} on {where}: ").format(
            login=request.login, where=request.where))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None
    return office_password.PasswordAnswer(request.login, typed) if typed else None


def use_terminal() -> None:
    """Ask on the terminal when there is one; a script without one gets the server's refusal."""
    office_password.set_prompt(terminal_prompt if sys.stdin.isatty() and sys.stderr.isatty() else None)
