"""Encryption at rest: the SQLite register and every backup are SQLCipher 4 databases.

A stolen field laptop must show nothing of the register: not the file, not its -wal, not a
backup. Every page is encrypted (AES-256, HMAC-SHA512 per page) with a key made from the
officer's passphrase by SQLCipher's own key derivation: PBKDF2-HMAC-SHA512, 256,000 rounds,
with the file's random 16-byte salt (its first bytes). A passphrase and not a random key kept
only in the keychain, because the officer can type it where there is no keychain (a new
laptop, a backup copied elsewhere) and ``sqlcipher`` opens every file with it (``PRAGMA key``).

The derivation takes a good tenth of a second, on purpose. It is done here, with hashlib (the
same function, so the files stay plain SQLCipher), once per salt and process, and SQLCipher
gets the derived key as a raw key: the app opens many connections (the pool, checks, backups)
and would otherwise pay that tenth of a second for each. A copy of a register (a backup, the
encrypted file a conversion writes) takes the register's salt and key, so it costs nothing.

Where the passphrase comes from is the services' business (``services/keys.py``: the
``FOURTHPILLAR_KEY`` variable, the keychain, a prompt); they hand it over with
:func:`add_passphrase`. The variable is also read here, so that scripts and tests that use the
store alone open encrypted files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as driver

from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.store.errors import DatabaseUnavailable

#: The variable holding the passphrase for scripts and tests (no keychain, no prompt).
KEY_VARIABLE = "FOURTHPILLAR_KEY"
#: The first bytes of an unencrypted SQLite file.
PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
#: SQLCipher 4's defaults: files made here open in any SQLCipher 4 with PRAGMA key = 'passphrase'.
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"

#: The driver, its exceptions and its connection class, for the store's modules that use it directly.
__all__ = ["Connection", "DatabaseError", "Error", "FileKey", "Locked", "NotADatabase", "OperationalError", "WrongKey",
           "driver"]
Error = driver.Error
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
Connection = driver.Connection


#: None for None, called in C: ``dict.get`` of an empty dict gives None for any key. A Python
#: function doing the same cost 65 ns more per value (a checkout binds over three million Nones).
_NONE: Any = {}.get

# The driver binds str, int, float and bytes as they are but sends every other value through its
# adapter protocol, which for None and bool looks for two attributes that are not there: two
# exceptions made and dropped per value, 800 ns instead of 50 (a first package checkout binds
# millions of them). Registered, they go straight through, bound as before (NULL, 1 and 0).
driver.register_adapter(type(None), _NONE)
driver.register_adapter(bool, int)


class Locked(DatabaseUnavailable):
    """An encrypted file and no passphrase to open it with (or none to encrypt a new one)."""


class WrongKey(DatabaseUnavailable):
    """No passphrase this process was given opens the file."""


class NotADatabase(DatabaseUnavailable):
    """The file is neither plain SQLite nor SQLCipher's (damaged, or another kind of file)."""


@dataclass(frozen=True)
class FileKey:
    """The raw key of one encrypted file and the salt it was derived with (the file's first bytes)."""

    key: bytes
    salt: bytes

    def pragma_value(self, *, with_salt: bool) -> str:
        """The value of ``PRAGMA key`` (or ``ATTACH … KEY``): SQLCipher's raw-key form. The salt
        is given for a new file, which then starts with it; an existing file has its own."""
        return f"x'{self.key.hex()}{self.salt.hex() if with_salt else ''}'"

    def __repr__(self) -> str:  # never in a log or a traceback
        return "FileKey(…)"


_lock = threading.Lock()
_quiet = False
_passphrases: list[str] = []
#: Salt → key, for every encrypted file opened in this process.
_keys: dict[bytes, bytes] = {}
#: (passphrase, salt) → the key it gives, for :func:`key_with` (which asks about passphrases
#: that may not open the file: changing the passphrase).
_derived: dict[tuple[str, bytes], bytes] = {}


def add_passphrase(passphrase: str) -> None:
    """Open encrypted files with *passphrase* from now on (it comes first for new files)."""
    if not passphrase:
        return
    with _lock:
        if passphrase in _passphrases:
            _passphrases.remove(passphrase)
        _passphrases.insert(0, passphrase)


def forget_passphrases() -> None:
    """Forget every passphrase and key given so far (tests; a lock screen)."""
    with _lock:
        _passphrases.clear()
        _keys.clear()
        _derived.clear()


def passphrases() -> list[str]:
    """The passphrases to try, ``FOURTHPILLAR_KEY`` first."""
    from_environment = os.environ.get(KEY_VARIABLE, "")
    given = list(_passphrases)
    return [from_environment, *(p for p in given if p != from_environment)] if from_environment else given


def has_passphrase() -> bool:
    return bool(passphrases())


def derive(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation (hashlib releases Python's lock meanwhile: other threads run)."""
    return hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def header(path: Path) -> bytes:
    """The first bytes of the file (empty if it is missing, empty or unreadable)."""
    try:
        with open(path, "rb") as file:
            return file.read(SALT_BYTES)
    except OSError:
        return b""


def is_plain(path: Path) -> bool:
    """True for an unencrypted SQLite file."""
    return header(path) == PLAIN_HEADER


def is_encrypted(path: Path) -> bool:
    """True for a file that is not empty and not plain SQLite: SQLCipher's (or another kind of file)."""
    first = header(path)
    return len(first) == SALT_BYTES and first != PLAIN_HEADER


def _silence_logging() -> None:
    """SQLCipher writes a line to stderr for every page a wrong key fails to decrypt: a command
    must say one clear line, and the log is ours (it names no files' contents either way)."""
    global _quiet
    if _quiet:
        return
    connection = driver.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
    _quiet = True


def _opens(path: Path, key: FileKey) -> bool:
    """Whether *key* opens *path*: reading the schema checks the first page's HMAC."""
    try:
        connection = driver.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except driver.Error:
        return False
    try:
        connection.execute(f"PRAGMA key = \"{key.pragma_value(with_salt=False)}\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        message = str(error).lower()
        if "not a database" in message or "encrypted" in message:
            return False
        raise
    finally:
        connection.close()
    return True


def key_of(path: Path) -> FileKey | None:
    """The key of the existing encrypted file *path*; None for a plain, empty or missing file.

    Raises :class:`Locked` when no passphrase is known, :class:`WrongKey` when none opens it.
    """
    salt = header(path)
    if len(salt) < SALT_BYTES or salt == PLAIN_HEADER:
        return None
    _silence_logging()
    with _lock:
        known = _keys.get(salt)
        if known is not None:
            return FileKey(known, salt)
    tried = passphrases()
    if not tried:
        raise Locked(translate(
            "Errors", "{path} is encrypted and no passphrase was given (the keychain holds none for it; "
                      "scripts set FOURTHPILLAR_KEY)").format(path=path))
    with _lock:  # one derivation at a time: a second thread waits for the first's result
        known = _keys.get(salt)
        if known is not None:
            return FileKey(known, salt)
        for passphrase in tried:
            candidate = FileKey(derive(passphrase, salt), salt)
            try:
                fits = _opens(path, candidate)
            except driver.Error:
                fits = False
            if fits:
                _keys[salt] = candidate.key
                return candidate
    with contextlib.suppress(OSError):
        if path.stat().st_size % 512:  # SQLCipher writes whole pages: this was never one of its files
            raise NotADatabase(translate(
                "Errors", "{where} is not a readable database (damaged or another kind of file)").format(where=path))
    raise WrongKey(translate("Errors", "the passphrase does not unlock {path} (is it this register's passphrase?)")
                   .format(path=path))


def key_with(path: Path, passphrase: str) -> FileKey | None:
    """The key *passphrase* gives the existing encrypted file *path* if it opens it; else None
    (also for a plain, empty or missing file). Remembered, as :func:`key_of` does; a
    derivation is made once per passphrase and salt (backups share the register's salt)."""
    salt = header(path)
    if len(salt) < SALT_BYTES or salt == PLAIN_HEADER or not passphrase:
        return None
    _silence_logging()
    with _lock:
        derived = _derived.get((passphrase, salt))
    if derived is None:
        derived = derive(passphrase, salt)
        with _lock:
            _derived[(passphrase, salt)] = derived
    candidate = FileKey(derived, salt)
    with _lock:
        if _keys.get(salt) == candidate.key:
            return candidate
    try:
        fits = _opens(path, candidate)
    except driver.Error:
        fits = False
    if not fits:
        return None
    with _lock:
        _keys[salt] = candidate.key
    return candidate


def new_key(*, like: FileKey | None = None, passphrase: str | None = None) -> FileKey:
    """The key for a new file: *like*'s (a copy of an encrypted file), else a new salt with
    *passphrase* or the first one given. Raises :class:`Locked` when there is no passphrase."""
    if like is not None:
        return like
    tried = [passphrase] if passphrase else passphrases()
    if not tried:
        raise Locked(translate("Errors", "no passphrase was given to encrypt the register with"))
    salt = secrets.token_bytes(SALT_BYTES)
    key = FileKey(derive(tried[0], salt), salt)
    with _lock:
        _keys[salt] = key.key
        _derived[(tried[0], salt)] = key.key
    return key


def connect(path: Path, *, read_only: bool = False, timeout: float = 5.0, key: FileKey | None = None,
            plain: bool = False, **options: Any) -> Connection:
    """A connection to the SQLite file *path*, unlocked.

    An existing file is opened with its own key (None: plain); a missing or empty one becomes a
    new encrypted database, with *key* (that of the register it copies) or a new one, or an
    unencrypted one when *plain* (only conversions and tests make those). Raises
    :class:`Locked` or :class:`WrongKey` (one line each) before anything is written.
    """
    _silence_logging()
    existing = key_of(path)
    new = existing is None and not is_plain(path)
    if new and not read_only:
        with contextlib.suppress(OSError):  # a missing folder: SQLite says so, as one line
            paths.create_private_file(path)
    use = existing if existing is not None else (None if (plain or not new) else new_key(like=key))
    if read_only:
        connection = driver.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout, **options)
    else:
        connection = driver.connect(str(path), timeout=timeout, **options)
    if use is not None:
        try:
            connection.execute(f"PRAGMA key = \"{use.pragma_value(with_salt=new)}\"")
            if new and not read_only:
                # Writes the first page (and the salt) now: a second connection must find this
                # file's key, not take the still empty file for another new one.
                connection.execute("PRAGMA user_version = 0")
        except BaseException:
            connection.close()
            raise
    return connection


def export(source: Connection, target: Path, key: FileKey | None) -> None:
    """Write everything in *source* into the new file *target*, encrypted with *key* (None: plain).

    SQLCipher's ``sqlcipher_export``: it copies the schema and rows (search indexes included)
    between files of different kinds, which SQLite's backup API cannot do.
    """
    target.unlink(missing_ok=True)
    paths.create_private_file(target)
    value = key.pragma_value(with_salt=True) if key is not None else ""
    before = source.isolation_level
    source.isolation_level = None  # ATTACH cannot run inside a transaction
    try:
        source.execute("ATTACH DATABASE ? AS exported KEY ?", (str(target), value))
        try:
            source.execute("SELECT sqlcipher_export('exported')")
            version = source.execute("PRAGMA main.user_version").fetchone()[0]
            source.execute(f"PRAGMA exported.user_version = {int(version)}")
        finally:
            source.execute("DETACH DATABASE exported")
    finally:
        source.isolation_level = before
    with open(target, "rb+") as file:
        os.fsync(file.fileno())


def checkpoint_and_close(connection: Connection) -> None:
    """Fold the -wal into the file before closing (a copy of the file alone then holds everything)."""
    with contextlib.suppress(driver.Error):
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
