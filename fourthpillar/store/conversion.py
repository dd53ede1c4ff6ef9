"""Encrypting an unencrypted register (one made before encryption at rest), its backups and the
damaged files kept beside it, once.

Each file is exported into a new encrypted file beside it (``sqlcipher_export``), checked (the
integrity check and the same record counts), and only then put in its place with an atomic
rename. The unencrypted original is kept in ``unencrypted/`` (a hard link: no second copy on
disk) until the officer confirms that the register is complete; then that folder is deleted. A
crash at any moment leaves either the unencrypted file (converted again at the next start) or
the encrypted one in place, never a half-written file under the register's name.

A damaged register kept in ``damaged/`` by a recovery is a copy of the register as it was, so an
unencrypted one (kept before encryption at rest, or by a recovery of a register not yet
converted) is encrypted too when it can be read; one too damaged to be copied is moved, with its
-wal and -shm, into ``unencrypted/damaged/``, and so deleted with the other originals once the
officer confirms. This is also done for a register encrypted before ``damaged/`` was looked at.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from fourthpillar import clock
from fourthpillar import paths
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store.errors import DatabaseUnavailable

#: Beside the register: the unencrypted originals, until the officer confirms (then deleted).
UNENCRYPTED_FOLDER = "unencrypted"


def unencrypted_folder(database: Path) -> Path:
    return database.parent / UNENCRYPTED_FOLDER


def _keep(original: Path, kept: Path) -> None:
    """*original* also under *kept*: a hard link, or a copy where the file system has none."""
    paths.private_folder(kept.parent)
    kept.unlink(missing_ok=True)
    try:
        os.link(original, kept)
    except OSError:
        shutil.copyfile(original, kept)
        paths.make_private(kept)


def same_records(original: Path, copy_path: Path) -> bool:
    """Whether the (re-)encrypted copy passes the quick check and holds as many rows in every table."""
    def tables(connection: cipher.Connection) -> dict[str, int]:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite%'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}

    source = cipher.connect(original, read_only=True)
    copy = cipher.connect(copy_path, read_only=True)
    try:
        verdict = copy.execute("PRAGMA quick_check").fetchall()
        return verdict == [("ok",)] and tables(source) == tables(copy)
    finally:
        source.close()
        copy.close()


def export_in_place(path: Path, key: cipher.FileKey, *, source: Callable[[], cipher.Connection],
                    before_replace: Callable[[], None], failed: str, not_same: str) -> None:
    """Put a copy of the SQLite file *path* (read through the connection *source* opens), encrypted
    with *key*, in its place once it holds the same records; *before_replace* runs just before.
    Raises :class:`DatabaseUnavailable` when it cannot be done, with *path* unchanged: *failed*
    ({path}, {error}) or *not_same* ({path}) says why, translated in context "Errors"."""
    partial = path.with_name(f"{path.name}.{os.getpid()}{files.SUFFIX}{files.PARTIAL}")
    try:
        connection = source()
        try:
            # Folds a -wal into the file and removes it: the original then is one whole file (and
            # no -wal with pages under an old key is left to meet the new file).
            connection.execute("PRAGMA journal_mode = DELETE")
            cipher.export(connection, partial, key)
        finally:
            connection.close()
        if not same_records(path, partial):
            raise DatabaseUnavailable(translate("Errors", not_same).format(path=path))
        before_replace()
        os.replace(partial, path)
        files.fsync_folder(path.parent)
    except (cipher.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(translate("Errors", failed).format(
            path=path, error=getattr(error, "strerror", None) or error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def encrypt_file(path: Path, *, key: cipher.FileKey, kept: Path) -> None:
    """Put an encrypted copy (with *key*) of the unencrypted SQLite file *path* in its place; the
    original stays under *kept*. Raises :class:`DatabaseUnavailable` when it cannot be done, with
    *path* unchanged."""
    export_in_place(
        path, key, source=lambda: cipher.connect(path, plain=True), before_replace=lambda: _keep(path, kept),
        failed=QT_TRANSLATE_NOOP("Errors", "{path} could not be encrypted: {error}"),
        not_same=QT_TRANSLATE_NOOP("Errors", "{path} could not be encrypted: the encrypted copy did not match it"))


def encrypt_register(database: Path, *, now: dt.datetime | None = None) -> Path:
    """Encrypt the unencrypted register *database* and every unencrypted backup of it, keeping
    the originals in ``unencrypted/``; returns that folder."""
    folder = unencrypted_folder(database)
    stamp = (now or clock.now()).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    key = cipher.new_key()
    encrypt_file(database, key=key, kept=folder / f"{database.stem}-{stamp}{database.suffix}")
    for info in files.read_backups(files.backups_dir(database)):
        if cipher.is_plain(info.path):
            encrypt_file(info.path, key=key, kept=folder / files.BACKUPS_FOLDER / info.path.name)
    encrypt_damaged(database, key=key)
    return folder


def _database_of(companion: Path) -> Path | None:
    """The database file a -wal, -shm or -journal belongs to; None for any other file."""
    for suffix in files.COMPANIONS:
        if companion.name.endswith(suffix):
            return companion.with_name(companion.name[:-len(suffix)])
    return None


def plain_damaged(database: Path) -> list[Path]:
    """The unencrypted files in *database*'s ``damaged/`` folder: plain SQLite files, and the
    companions of one (or of a file no longer there, whose kind nobody can tell)."""
    folder = database.parent / files.DAMAGED_FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        owner = _database_of(path)
        if (cipher.is_plain(path) if owner is None else (not owner.exists() or cipher.is_plain(owner))):
            found.append(path)
    return found


def _move(path: Path, folder: Path) -> None:
    """Move *path* into *folder* (one file system: a rename), never over another file."""
    paths.private_folder(folder)
    target = folder / path.name
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.name}-{number}"
    os.replace(path, target)


def encrypt_damaged(database: Path, *, key: cipher.FileKey | None = None) -> Path | None:
    """Encrypt the unencrypted damaged files kept beside *database* (with *key*, else the
    register's), or move those that cannot be read into ``unencrypted/damaged/``; returns the
    folder of unencrypted originals, or None when there was nothing to do."""
    found = plain_damaged(database)
    if not found:
        return None
    kept = unencrypted_folder(database) / files.DAMAGED_FOLDER
    key = key or cipher.key_of(database) or cipher.new_key()
    for path in found:
        if _database_of(path) is None:
            try:
                encrypt_file(path, key=key, kept=kept / path.name)
            except DatabaseUnavailable:  # too damaged to be copied: kept unencrypted until confirmed
                _move(path, kept)
    for path in found:  # what is left of the unencrypted files' -wal, -shm and -journal
        if _database_of(path) is not None and path.exists():
            _move(path, kept)
    files.fsync_folder(database.parent / files.DAMAGED_FOLDER)
    return unencrypted_folder(database)


def unencrypted_copy(database: Path) -> Path | None:
    """The folder of unencrypted originals still kept beside *database*, if any."""
    folder = unencrypted_folder(database)
    return folder if folder.is_dir() else None


def delete_unencrypted(database: Path) -> Path | None:
    """Delete the unencrypted originals (the officer confirmed the encrypted register is complete)."""
    folder = unencrypted_copy(database)
    if folder is not None:
        shutil.rmtree(folder)
    return folder
