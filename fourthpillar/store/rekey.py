"""Changing the register's passphrase: the register and every backup re-encrypted with a key
made from the new one.

Each file is exported into a new file beside it, encrypted with the new key
(``sqlcipher_export``), checked (the quick check, the same record counts) and only then renamed
over the original, atomically. ``PRAGMA rekey`` would rewrite the pages in place instead, and
whether a crash half-way leaves a file that opens with either key would then depend on the
journal; a rename leaves each file whole, under the old key or the new one, whenever the process
is killed. The register's -wal is folded into it first: a -wal must never meet another file.

The backups go first and the register last. A change refused half-way (the register locked by
another program, a full disk) puts the backups it re-encrypted back under the old passphrase, so
that "not changed" is true of every file. One that stops without a chance to (a crash) leaves the
register with its old passphrase and some backups with the new one; the same change made again
finishes it, leaving a file the new passphrase already opens as it is. A backup
that neither passphrase opens (one of another register, copied in) keeps its own. Files in
``damaged/`` keep the passphrase they had: they may not be readable at all, and are kept as
they were found.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.jobs import Progress
from fourthpillar.jobs import no_progress
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store import conversion
from fourthpillar.store.errors import DatabaseUnavailable


@dataclass(frozen=True)
class Rekeyed:
    """What a change of passphrase did to the register's files: the *backups* that open with the
    new passphrase now (re-encrypted now or by an earlier, interrupted change), and those
    neither passphrase opens, *kept* as they are."""

    backups: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def rekey_file(path: Path, key: cipher.FileKey) -> None:
    """Put a copy of the encrypted file *path* encrypted with *key* in its place. Raises
    :class:`DatabaseUnavailable` when it cannot be done, with *path* unchanged."""

    def not_open_elsewhere() -> None:
        if Path(f"{path}-wal").exists():
            raise DatabaseUnavailable(translate(
                "Errors", "{path} could not be re-encrypted: another program has it open").format(path=path))

    conversion.export_in_place(
        path, key, source=lambda: cipher.connect(path, timeout=files.BUSY_WAIT), before_replace=not_open_elsewhere,
        failed=QT_TRANSLATE_NOOP("Errors", "{path} could not be re-encrypted: {error}"),
        not_same=QT_TRANSLATE_NOOP("Errors", "{path} could not be re-encrypted: the new copy did not match it"))


def rekey_register(database: Path, *, current: str, new: str, progress: Progress = no_progress) -> Rekeyed:
    """Re-encrypt every backup of *database*, then *database* itself, with a key from *new*.

    The register must open with *current* or *new* (:class:`cipher.WrongKey` otherwise, nothing
    changed) and nothing else may have it open.
    """
    if cipher.key_with(database, new) is None and cipher.key_with(database, current) is None:
        raise cipher.WrongKey(translate("Errors", "the current passphrase does not unlock {path}").format(
            path=database))
    cipher.add_passphrase(current)  # :func:`rekey_file` opens each file with its own key
    key = cipher.new_key(passphrase=new)
    done: list[Path] = []
    kept: list[Path] = []
    # Re-encrypted by this call: put back under *current* if the change is refused before the register's turn.
    rekeyed: list[Path] = []

    def rekey_unless_done(path: Path) -> None:
        if cipher.key_with(path, new) is None:
            if cipher.key_with(path, current) is None:
                kept.append(path)
                return
            rekey_file(path, key)
            rekeyed.append(path)
        if path != database:
            done.append(path)

    backups = [info.path for info in files.read_backups(files.backups_dir(database))]
    total = len(backups) + 1
    try:
        for number, path in enumerate([*backups, database]):
            progress(number, total)
            rekey_unless_done(path)
    except DatabaseUnavailable:
        # The officer is told the passphrase was not changed: no backup may open with the new one only.
        if cipher.key_with(database, new) is None:
            _put_back(rekeyed, cipher.new_key(passphrase=current))
        raise
    # A backup that was being made meanwhile (the app's daily one) is finished by now: from the
    # register's old key, it would be the one file the old passphrase still opens.
    for info in files.read_backups(files.backups_dir(database)):
        if info.path not in done and info.path not in kept:
            rekey_unless_done(info.path)
    progress(total, total)
    return Rekeyed(done, kept)


def _put_back(paths: list[Path], key: cipher.FileKey) -> None:
    """Re-encrypt *paths* with *key* again, as far as it goes (a full disk may refuse this too:
    the same change made again then finishes what was begun)."""
    for path in paths:
        try:
            rekey_file(path, key)
        except DatabaseUnavailable:
            continue
