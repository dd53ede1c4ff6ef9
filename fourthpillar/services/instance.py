"""One app per data folder: an operating-system lock on a file in the folder.

The app takes the lock at start and keeps it until it quits; a second launch on the same folder
gets None and can say who holds it. The lock dies with the process (also on a crash or a kill),
so there is never a stale lock to clean up by hand. Command-line writes do not take it: SQLite
(WAL and a busy timeout) serialises them with the app's. Only what needs the register to itself
(restore, recovery) asks for it.

The running app also listens on a local socket (a named pipe on Windows) named by
:func:`server_name`, so a second launch on the same folder can ask it to come to the front
instead of only saying that it is open (``fourthpillar/ui/single_instance.py``).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from fourthpillar import clock
from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.store.errors import KnownError

LOCK_FILE = "fourthpillar.lock"
#: Prefix of the running app's local server name (see :func:`server_name`).
SERVER_PREFIX = "fourthpillar-"
#: Hex digits of the hash kept in the name: short enough for a Unix socket path under macOS's
#: long temporary folder (104 bytes at most), long enough that two folders never share a name.
_SERVER_HASH_DIGITS = 20
# Windows locks byte ranges, and a locked range cannot be read: lock a byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 30
#: The lock file's key for the moment the session holding it ended cleanly.
_CLOSED = "closed_at"


@dataclass(frozen=True)
class LockHolder:
    """Who holds the data folder, as written in the lock file (fields may be unknown)."""

    pid: int | None
    host: str
    started_at: str

    def describe(self) -> str:
        """"process 4242 on office-pc since 2026-11-28T09:00:00", in the officer's language."""
        parts = [translate("Desk", "process {pid}").format(pid=self.pid) if self.pid is not None
                 else translate("Desk", "another process")]
        if self.host:
            parts.append(translate("Desk", "on {host}").format(host=self.host))
        if self.started_at:
            parts.append(translate("Desk", "since {moment}").format(moment=self.started_at))
        return " ".join(parts)


class DeskInUse(KnownError):
    """The data folder is open in the app; the message names the holder."""

    def __init__(self, folder: Path, holder: LockHolder | None) -> None:
        self.folder = folder
        self.holder = holder
        if holder is None:
            message = translate("Desk", "the desk in {folder} is already open; close it there first")
        else:
            message = translate("Desk", "the desk in {folder} is already open by {holder}; close it there first")
        super().__init__(message.format(folder=folder, holder=holder.describe() if holder else ""))


class AppLock:
    """The held lock; :meth:`release` (or process exit) frees it.

    ``unclean_shutdown`` is True when the session that held the folder before did not release
    its lock: it crashed, was killed, or the computer went down with it (the app then checks
    the register in full, ``services/integrity.py``).
    """

    def __init__(self, path: Path, handle: IO[str], *, unclean_shutdown: bool = False) -> None:
        self.path = path
        self._handle: IO[str] | None = handle
        self.unclean_shutdown = unclean_shutdown

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _mark_closed(handle)
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> AppLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        # flock belongs to the open file, so even a second open in this same process is refused.
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _mark_closed(handle: IO[str]) -> None:
    """Say in the lock file that this session ended cleanly (the next start reads it)."""
    try:
        handle.seek(0)
        facts = json.loads(handle.read().strip("\0 \n") or "{}")
        if not isinstance(facts, dict):
            facts = {}
        facts[_CLOSED] = clock.now().isoformat(timespec="seconds")
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(facts))
        handle.flush()
    except (OSError, ValueError):
        pass  # the next start then checks the register in full: slower, never unsafe


def _ended_cleanly(text: str) -> bool:
    """What the lock file left by the previous session says: nothing (no session before), or
    that it closed; a holder's record without that is a session that never got to release it."""
    if not text.strip("\0 \n"):
        return True
    try:
        facts = json.loads(text.strip("\0 \n"))
    except ValueError:
        return False
    return isinstance(facts, dict) and _CLOSED in facts


def _lock_path(data_dir: str | os.PathLike[str] | None) -> Path:
    return paths.data_dir(data_dir) / LOCK_FILE


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def server_name(data_dir: str | os.PathLike[str] | None = None) -> str:
    """The local server name of the app that has *data_dir* open: the same for every spelling
    of the folder (relative, with ``..``, another case on Windows), different for another folder
    or another user.

    Only letters, digits and ``-``: valid as a named pipe on Windows and as a socket file name
    in the temporary folder on macOS and Linux.
    """
    folder = os.path.normcase(os.path.realpath(paths.data_dir(data_dir)))
    key = f"{_user_name()}\0{folder}".encode("utf-8", "surrogatepass")
    return SERVER_PREFIX + hashlib.sha256(key).hexdigest()[:_SERVER_HASH_DIGITS]


def read_holder(data_dir: str | os.PathLike[str] | None = None) -> LockHolder | None:
    """What the lock file says about its holder (None if there is nothing readable)."""
    try:
        text = _lock_path(data_dir).read_text(encoding="utf-8").strip("\0 \n")
        facts = json.loads(text)
    except (OSError, ValueError):
        return None
    if not isinstance(facts, dict):
        return None
    pid = facts.get("pid")
    return LockHolder(pid if isinstance(pid, int) else None, str(facts.get("host", "")),
                      str(facts.get("started_at", "")))


def acquire_app_lock(data_dir: str | os.PathLike[str] | None = None) -> AppLock | None:
    """Take the data folder for this process; None if another process has it (see :func:`read_holder`)."""
    path = _lock_path(data_dir)
    # "a+" neither truncates nor fails: the holder's text stays readable until we own the lock.
    # Created 0600: it names the host and who holds the data folder.
    handle = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, paths.PRIVATE_FILE), "a+",
                       encoding="utf-8")
    paths.make_private(path)
    try:
        if not _try_lock(handle):
            handle.close()
            return None
        handle.seek(0)
        unclean = not _ended_cleanly(handle.read())
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started_at": clock.now().isoformat(timespec="seconds"),
        }))
        handle.flush()
    except BaseException:
        handle.close()
        raise
    return AppLock(path, handle, unclean_shutdown=unclean)


def require_app_lock(data_dir: str | os.PathLike[str] | None = None) -> AppLock:
    """The lock, or :class:`DeskInUse` naming who has the folder open."""
    lock = acquire_app_lock(data_dir)
    if lock is None:
        raise DeskInUse(paths.data_dir(data_dir), read_holder(data_dir))
    return lock
