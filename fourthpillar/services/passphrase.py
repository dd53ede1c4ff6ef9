"""Changing the register's passphrase (``key change``, File ▸ Change passphrase…).

The officer gives the current passphrase and the new one (twice). The register and every backup
are re-encrypted with a key from the new one (:mod:`fourthpillar.store.rekey`: a copy renamed
over each file, so that a crash leaves every file under the old key or the new one), and this
computer's keychain, if it held the old passphrase, gets the new one. Files kept in ``damaged/``
keep the passphrase they had. The desk is closed meanwhile (nothing may have the file open) and
reopened on the re-encrypted register, as a restore does.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from fourthpillar.i18n import translate
from fourthpillar.jobs import Progress
from fourthpillar.jobs import no_progress
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher
from fourthpillar.store import rekey
from fourthpillar.store.errors import KnownError

log = logging.getLogger(__name__)


class PassphraseNotChanged(KnownError):
    """The passphrase was not changed; the message says why. ``desk`` is the register reopened
    when the desk had been closed for the change (continue with it), None when it is untouched."""

    def __init__(self, message: str, desk: Desk | None = None) -> None:
        super().__init__(message)
        self.desk = desk


@dataclass(frozen=True)
class PassphraseChanged:
    """*desk*: the register reopened with its new key (use this one, the old Desk is closed);
    *backups*: those that open with the new passphrase now; *kept*: those neither passphrase
    opened (of another register or passphrase), left as they were; *keychain_updated*: the
    keychain held the old passphrase and now holds the new one; *variable_is_old*:
    ``FOURTHPILLAR_KEY`` is set and still holds the old passphrase."""

    desk: Desk
    backups: list[Path]
    kept: list[Path]
    keychain_updated: bool
    variable_is_old: bool


def new_passphrase_problem(*, current: str, new: str, repeated: str) -> str | None:
    """Why *new* (typed twice: *repeated*) cannot replace *current*, one line; None if it can."""
    if not new:
        return translate("Keys", "the new passphrase is empty")
    problem = keys.new_passphrase_problem(new, repeated)
    if problem is None and new == current:
        return translate("Keys", "the new passphrase is the same as the current one")
    return problem


def register_file(desk: Desk) -> Path:
    """The desk's SQLite register; a shared database has no passphrase of ours."""
    return desk.register_file(lambda: PassphraseNotChanged(translate(
        "Keys", "the register is a shared database: its server protects it, it has no passphrase here")))


def current_passphrase(desk: Desk) -> str | None:
    """The passphrase that opened the desk's register (from the variable, the keychain or the
    officer), for the command line, which does not ask for it a second time."""
    path = register_file(desk)
    return next((known for known in cipher.passphrases() if cipher.key_with(path, known) is not None), None)


def change_passphrase(desk: Desk, *, current: str, new: str, repeated: str | None = None,
                      progress: Progress = no_progress) -> PassphraseChanged:
    """Re-encrypt the register and its backups with *new*; *desk* is closed by this call
    (continue with ``result.desk``). Raises :class:`PassphraseNotChanged`: a wrong *current*
    passphrase, an empty or too short *new* one, or one that differs from *repeated*."""
    path = register_file(desk)
    problem = new_passphrase_problem(current=current, new=new, repeated=new if repeated is None else repeated)
    if problem is not None:
        raise PassphraseNotChanged(problem)
    if not current or cipher.key_with(path, current) is None:
        raise PassphraseNotChanged(translate(
            "Keys", "the current passphrase is wrong: it does not unlock {path}").format(path=path))
    url, data_dir, officer_id = desk.database.url, desk.data_dir, desk.officer_id
    desk.close()
    try:
        done = rekey.rekey_register(path, current=current, new=new, progress=progress)
    except KnownError as error:
        raise PassphraseNotChanged(translate("Keys", "the passphrase was not changed: {reason}").format(
            reason=error), _reopened(data_dir, url, officer_id)) from error
    cipher.add_passphrase(new)
    keychain = keys.stored_passphrase(path) is not None and keys.store_passphrase(path, new)
    log.info("passphrase changed: %d backups re-encrypted, %d kept", len(done.backups), len(done.kept))
    fresh = open_desk(data_dir=data_dir, database_url=url)
    fresh.officer_id = officer_id
    variable = os.environ.get(cipher.KEY_VARIABLE)
    return PassphraseChanged(fresh, done.backups, done.kept, keychain, bool(variable) and variable != new)


def _reopened(data_dir: Path | None, url: str, officer_id: str | None) -> Desk | None:
    try:
        desk = open_desk(data_dir=data_dir, database_url=url)
    except KnownError:
        return None
    desk.officer_id = officer_id
    return desk
