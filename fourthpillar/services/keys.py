"""The register's passphrase: from ``FOURTHPILLAR_KEY``, the system's keychain, or the officer.

Order: the ``FOURTHPILLAR_KEY`` variable (scripts, tests: no keychain, no prompt), then the
keychain (``keyring``: Windows Credential Manager, macOS Keychain, Secret Service on Linux),
then a prompt (the app's dialog, ``getpass`` on a terminal), whose answer is then kept in the
keychain so the officer types it once per laptop. Each register has its own keychain entry,
named after its file. Without a keychain (a server, a locked Secret Service) the officer types
the passphrase at every start; nothing is ever written to a file.

The passphrase itself is the key (:mod:`fourthpillar.store.cipher`): the officer must keep it
somewhere safe besides the laptop (the office's password manager), because a backup copied to
another computer, or the register after the keychain is lost, opens only with it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.store import cipher
from fourthpillar.store import conversion
from fourthpillar.store.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

#: The keychain's service name; the account is the register file's full path.
KEYCHAIN_SERVICE = "FourthPillarDesk"
#: A new passphrase shorter than this is refused (it is all that stands between a thief and the data).
MINIMUM_LENGTH = 10
#: Wrong passphrases typed before giving up.
TRIES = 5


@dataclass(frozen=True)
class PassphraseRequest:
    """What a prompt asks: the passphrase of *path* (existing), or a new one for it (*new*)."""

    path: Path
    new: bool
    #: The previous answer did not unlock the register (or was refused: too short, no match).
    problem: str | None = None


#: Asks the officer; returns the passphrase, or None when they cancel.
Prompt = Callable[[PassphraseRequest], str | None]
_prompt: Prompt | None = None


def set_prompt(prompt: Prompt | None) -> None:
    """How this process asks for a passphrase (the app: a dialog; the command line: getpass)."""
    global _prompt
    _prompt = prompt


def _keyring() -> object | None:
    try:
        import keyring  # imported when needed: it looks up its backends, which takes a moment
    except ImportError:
        return None
    return keyring


def _account(path: Path) -> str:
    return str(path.resolve())


def stored_passphrase(path: Path) -> str | None:
    """The keychain's passphrase for the register at *path*; None without one or without a keychain."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(KEYCHAIN_SERVICE, _account(path))  # type: ignore[attr-defined]
    except Exception as error:  # no keychain here, a locked one, a D-Bus error: typed instead
        log.info("keychain not available: %s", type(error).__name__)
        return None
    return value if isinstance(value, str) and value else None


def store_passphrase(path: Path, passphrase: str) -> bool:
    """Keep *passphrase* in the keychain for the register at *path*; False without a keychain."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYCHAIN_SERVICE, _account(path), passphrase)  # type: ignore[attr-defined]
    except Exception as error:
        log.info("passphrase not kept in the keychain: %s", type(error).__name__)
        return False
    return True


def forget_passphrase(path: Path) -> bool:
    """Remove the register's passphrase from the keychain; False when there was none (or no keychain)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.delete_password(KEYCHAIN_SERVICE, _account(path))  # type: ignore[attr-defined]
    except Exception as error:
        log.info("no passphrase removed from the keychain: %s", type(error).__name__)
        return False
    return True


def passphrase_source(path: Path) -> str:
    """Where this process gets the register's passphrase: 'variable', 'keychain' or 'prompt'."""
    if os.environ.get(cipher.KEY_VARIABLE):
        return "variable"
    return "keychain" if stored_passphrase(path) else "prompt"


def _ask(request: PassphraseRequest) -> str:
    if _prompt is None:
        raise cipher.Locked(translate(
            "Keys", "{path} needs its passphrase: the keychain holds none for it and there is no one to ask "
                    "(set FOURTHPILLAR_KEY)").format(path=request.path))
    answer = _prompt(request)
    if answer is None:
        raise cipher.Locked(translate("Keys", "no passphrase was given for {path}").format(path=request.path))
    return answer


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase is refused (the prompt shows it), or None."""
    if len(passphrase) < MINIMUM_LENGTH:
        return translate("Keys", "a passphrase needs at least {count} characters").format(count=MINIMUM_LENGTH)
    if passphrase != repeated:
        return translate("Keys", "the two passphrases differ")
    return None


def _unlocks(path: Path) -> bool:
    try:
        cipher.key_of(path)
    except (cipher.Locked, cipher.WrongKey):
        return False
    return True


def unlock(path: Path, *, verify: bool = True) -> None:
    """Make sure this process can open the SQLite register at *path*, or create it encrypted.

    A register that does not exist yet (or an unencrypted one, about to be converted) gets the
    passphrase from the variable, the keychain or the officer (asked twice). An encrypted one is
    tried with each; a keychain's passphrase that no longer fits is asked for again. Without
    *verify* a passphrase from the variable or the keychain is taken as it is (the app checks it
    in a thread while its window loads; a wrong one surfaces as :class:`~cipher.WrongKey`).
    Raises :class:`~cipher.Locked` (cancelled, nobody to ask) or :class:`~cipher.WrongKey`.
    """
    if os.environ.get(cipher.KEY_VARIABLE):
        return  # the store reads it; a wrong one is one line when the register is opened
    encrypted = cipher.is_encrypted(path)
    if encrypted and cipher.has_passphrase() and _unlocks(path):
        return
    stored = stored_passphrase(path)
    if stored is not None:
        cipher.add_passphrase(stored)
        if not encrypted or not verify or _unlocks(path):
            return
    if not encrypted:
        _choose(path)
        return
    problem = translate("Keys", "the passphrase in the keychain does not unlock it") if stored else None
    for _attempt in range(TRIES):
        typed = _ask(PassphraseRequest(path, new=False, problem=problem))
        cipher.add_passphrase(typed)
        if _unlocks(path):
            store_passphrase(path, typed)
            return
        problem = translate("Keys", "this passphrase does not unlock it")
    raise cipher.WrongKey(translate(
        "Errors", "the passphrase does not unlock {path} (is it this register's passphrase?)").format(path=path))


def _choose(path: Path) -> None:
    """A new passphrase for the register about to be made (or encrypted) at *path*."""
    known = cipher.passphrases()
    if known:
        # The one this process already uses (a field copy checked out here): kept for this file too.
        if not os.environ.get(cipher.KEY_VARIABLE):
            store_passphrase(path, known[0])
        return
    problem = None
    for _attempt in range(TRIES):
        typed = _ask(PassphraseRequest(path, new=True, problem=problem))
        # A prompt asks twice and compares; it hands over the passphrase once both agree.
        problem = new_passphrase_problem(typed, typed)
        if problem is None:
            cipher.add_passphrase(typed)
            store_passphrase(path, typed)
            return
    raise cipher.Locked(translate("Keys", "no passphrase was chosen for {path}").format(path=path))


def unlock_folder(data_dir: str | os.PathLike[str] | None, *, verify: bool = True) -> Path:
    """:func:`unlock` for the data folder's own register file (made or converted if need be); its path."""
    path = paths.database_path(paths.data_dir(data_dir))
    unlock(path, verify=verify)
    return path



def unlock_before_checking(data_dir: str | os.PathLike[str] | None) -> None:
    """At the app's start: the passphrase of the data folder's encrypted register from the
    variable, the keychain or the officer, without deriving its key (:func:`derive_key` does
    that in a thread, while the window loads). Nothing for a missing or unencrypted one: opening
    it asks."""
    path = paths.database_path(paths.data_dir(data_dir))
    if cipher.is_encrypted(path):
        unlock(path, verify=False)


def derive_key(data_dir: str | os.PathLike[str] | None) -> None:
    """Derive and keep the key of the data folder's encrypted register with the passphrases
    given so far (a tenth of a second, on purpose; hashlib lets other threads run meanwhile).
    Safe in any thread; a problem is left for opening the register to report."""
    path = paths.database_path(paths.data_dir(data_dir))
    if cipher.is_encrypted(path) and cipher.has_passphrase():
        with contextlib.suppress(cipher.Error, DatabaseUnavailable, OSError):
            cipher.key_of(path)


def encrypt_if_plain(path: Path) -> Path | None:
    """Encrypt the register at *path* (and its backups and kept damaged files) if it is an
    unencrypted one made before encryption at rest, or the damaged files alone if only they are;
    the folder keeping the unencrypted originals, or None if there was nothing to do.
    Call after :func:`unlock`, before the register is opened."""
    if not cipher.is_plain(path):
        damaged = conversion.encrypt_damaged(path)
        if damaged is not None:
            log.info("damaged files encrypted; unencrypted originals kept until confirmed")
        return damaged
    kept = conversion.encrypt_register(path)
    log.info("register encrypted; unencrypted originals kept until confirmed")
    return kept


def unencrypted_copy(data_dir: str | os.PathLike[str] | None) -> Path | None:
    """The folder holding the unencrypted register (and backups) of before the conversion, while kept."""
    return conversion.unencrypted_copy(paths.database_path(paths.data_dir(data_dir)))


def delete_unencrypted_copy(data_dir: str | os.PathLike[str] | None) -> Path | None:
    """Delete it, once the officer has confirmed that the encrypted register is complete."""
    deleted = conversion.delete_unencrypted(paths.database_path(paths.data_dir(data_dir)))
    if deleted is not None:
        log.info("unencrypted originals deleted")
    return deleted
