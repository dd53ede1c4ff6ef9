"""Signing in to the shared office database: the officer's PostgreSQL password.

Order: libpq's own sources first (the address, ``PGPASSWORD``, a pgpass file, or a server that
asks none), then this computer's keychain (``keyring``, as the register's passphrase in
:mod:`fourthpillar.services.keys`), then the officer: the app's sign-in dialog, ``getpass`` on
a terminal (a prompt set with :func:`set_prompt`). A password the server refuses is asked for
again, saying so. The password goes to the driver with each connection
(``store.database.open_database``): never into the address, a file, a log or a command line;
the keychain keeps it only when the officer ticks "remember on this computer".
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import configured_database_url
from fourthpillar.services.desk import load_config
from fourthpillar.services.desk import open_desk
from fourthpillar.services.keys import KEYCHAIN_SERVICE
from fourthpillar.services.keys import _keyring
from fourthpillar.store.addresses import location
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import LoginRefused

log = logging.getLogger(__name__)

# Passwords the officer may type before the app gives up (each one a round trip to the server).
TRIES = 5
# Before the address in a keychain entry's account: a register's entry is its file's full path.
_ACCOUNT_PREFIX = "database login "


@dataclass(frozen=True)
class PasswordRequest:
    """What the prompt asks: the password of *login* on the database at *where*."""

    login: str
    where: str
    # Why it is asked again (the server refused the last one), or None the first time.
    problem: str | None = None


@dataclass(frozen=True)
class PasswordAnswer:
    """The officer's answer: the login (they may correct it), the password, and whether this
    computer's keychain keeps the password."""

    login: str
    password: str
    remember: bool = False


# Asks the officer; None when they cancel.
Prompt = Callable[[PasswordRequest], PasswordAnswer | None]
_prompt: Prompt | None = None


def set_prompt(prompt: Prompt | None) -> None:
    """How this process asks for a database password (the app: its sign-in dialog; the command
    line: getpass on a terminal; None: nobody to ask)."""
    global _prompt
    _prompt = prompt


class SignInCancelled(DatabaseUnavailable):
    """The officer cancelled the sign-in: the app quits without more ado."""


def default_login(url: str) -> str:
    """The login libpq would use for *url*: the address's user, else ``PGUSER``, else the
    computer's user name (what the sign-in dialog shows first)."""
    try:
        user = make_url(url).username
    except (ArgumentError, ValueError):
        user = None
    if user:
        return user
    try:
        return os.environ.get("PGUSER") or getpass.getuser()
    except (KeyError, OSError):  # no user name at all (a container): the officer types one
        return ""


def with_login(url: str, login: str) -> str:
    """*url* for *login* (the officer corrected the login in the sign-in dialog)."""
    parsed = make_url(url)
    if parsed.username == login:
        return url
    return parsed.set(username=login).render_as_string(hide_password=False)


def _account(url: str, login: str) -> str:
    """The keychain's account for *login* at *url*: the address without password or options."""
    parsed = make_url(url)
    return _ACCOUNT_PREFIX + f"{login}@{parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"


def stored_password(url: str, login: str) -> str | None:
    """The keychain's password of *login* at *url*; None without one or without a keychain."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(KEYCHAIN_SERVICE, _account(url, login))  # type: ignore[attr-defined]
    except Exception as error:  # no keychain here, a locked one, a D-Bus error: typed instead
        log.info("keychain not available: %s", type(error).__name__)
        return None
    return value if isinstance(value, str) and value else None


def store_password(url: str, login: str, password: str) -> bool:
    """Keep *password* in the keychain for *login* at *url*; False without a keychain."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYCHAIN_SERVICE, _account(url, login), password)  # type: ignore[attr-defined]
    except Exception as error:
        log.info("database password not kept in the keychain: %s", type(error).__name__)
        return False
    return True


def forget_password(url: str, login: str) -> bool:
    """Remove the password of *login* at *url* from the keychain; False when there was none."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.delete_password(KEYCHAIN_SERVICE, _account(url, login))  # type: ignore[attr-defined]
    except Exception as error:
        log.info("no database password removed from the keychain: %s", type(error).__name__)
        return False
    return True


def _server_url(data_dir: str | os.PathLike[str] | None, database_url: str | None) -> str | None:
    """The server database's address the desk will open; None for a SQLite register."""
    url = configured_database_url(database_url, load_config(paths.data_dir(data_dir)))
    if url is None or url.startswith("sqlite"):
        return None
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None  # open_desk says what is wrong with it
    return None if parsed.password is not None else url


def open_signed_in(*, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None,
                   ask: bool = True) -> Desk:
    """:func:`~fourthpillar.services.desk.open_desk`, signing in to a server database with a
    password from libpq, the keychain or (with *ask*) the prompt.

    Raises :class:`SignInCancelled` when the officer cancels, :class:`LoginRefused` when the
    server refuses every password (or there is nobody to ask), and whatever ``open_desk`` raises.
    """
    url = _server_url(data_dir, database_url)
    if url is None:
        return open_desk(data_dir=data_dir, database_url=database_url)
    login = default_login(url)
    try:
        return open_desk(data_dir=data_dir, database_url=url)  # libpq's PGPASSWORD, pgpass, or no password
    except LoginRefused as refused:
        last = refused
    kept = stored_password(url, login)
    if kept is not None:
        try:
            return open_desk(data_dir=data_dir, database_url=url, password=kept)
        except LoginRefused as refused:
            last = refused
    problem = None if last.password_missing and kept is None else (
        translate("Errors", "the password kept on this computer was not accepted") if kept is not None
        else str(last))
    prompt = _prompt if ask else None
    for _attempt in range(TRIES if prompt is not None else 0):
        answer = prompt(PasswordRequest(login, location(url), problem)) if prompt is not None else None
        if answer is None:
            raise SignInCancelled(translate("Errors", "no password was given for the database {where}").format(
                where=location(url)))
        login = answer.login.strip() or login
        url = with_login(url, login)
        try:
            desk = open_desk(data_dir=data_dir, database_url=url, password=answer.password)
        except LoginRefused as refused:
            last, problem = refused, translate("Errors", "the server did not accept this login name or password")
            continue
        if answer.remember:
            store_password(url, login, answer.password)
        elif stored_password(url, login) is not None:
            forget_password(url, login)  # one that no longer works, or the officer no longer wants it kept
        return desk
    raise last
