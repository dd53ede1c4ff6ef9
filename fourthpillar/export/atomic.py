"""Writing an export file so that the chosen name only ever holds a complete file.

The file is written under a hidden temporary name in the target folder (same file system, so
the final rename is atomic), flushed to disk, then renamed. A cancel, an exception, a full
disk or a crash leaves at most the hidden temporary file (removed when Python still runs),
never a half file under the chosen name. An existing file is replaced only with
``overwrite=True``; without it the final step links the new file in place, which fails instead
of replacing should a file of that name appear while the export ran.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from fourthpillar.i18n import translator
from fourthpillar.store.errors import KnownError
from fourthpillar.store.placing import place_unless_taken

tr = translator("Export")


class ExportFailed(KnownError):
    """The file could not be written (folder missing, no permission, disk full); nothing was left."""


class OutputExists(ExportFailed):
    """The chosen file exists and replacing it was not confirmed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(tr("{path} already exists (confirm replacing it, or use --force)").format(path=path))


def check_target(path: Path, *, overwrite: bool) -> None:
    """Refuse early (before any work) a target that cannot or may not be written."""
    try:
        is_folder, folder_exists, exists = path.is_dir(), path.parent.is_dir(), path.exists()
    except OSError as error:  # a name the system cannot hold (too long): said, not a traceback
        raise _describe(error, path) from error
    if is_folder:
        raise ExportFailed(tr("{path} is a folder, not a file name").format(path=path))
    if not folder_exists:
        raise ExportFailed(tr("the folder {folder} does not exist").format(folder=path.parent))
    if exists and not overwrite:
        raise OutputExists(path)


def _describe(error: OSError, path: Path) -> ExportFailed:
    if error.errno == errno.ENOSPC:
        return ExportFailed(tr("the disk is full: {path} was not written").format(path=path))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(tr("no permission to write {path}").format(path=path))
    return ExportFailed(tr("{path} could not be written: {error}").format(path=path, error=error.strerror or error))


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _publish(temporary: Path, path: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, path)
        return
    if not place_unless_taken(temporary, path):
        raise OutputExists(path)


def _create_temporary(target: Path, *, private: bool = False) -> Path:
    # Not tempfile.mkstemp: its 0600 mode would carry over to the published file, which
    # should get the same permissions as any file the person saves (0666 less the umask),
    # unless it is *private* (a sync package: the register's data, for one person's eyes).
    for _attempt in range(100):
        temporary = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise _describe(error, target) from error
        os.close(descriptor)
        return temporary
    raise ExportFailed(tr("no temporary file could be created beside {path}").format(path=target))


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, overwrite: bool = False, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it becomes *path*, otherwise it is removed.

    A *private* file is created readable and writable by its owner only (0600 on POSIX).

    Raises :class:`OutputExists` when *path* exists and *overwrite* is false, and
    :class:`ExportFailed` for a missing folder, a full disk or a refused permission.
    """
    target = Path(path).expanduser().absolute()
    check_target(target, overwrite=overwrite)
    temporary = _create_temporary(target, private=private)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        _publish(temporary, target, overwrite=overwrite)
        _fsync_folder(target.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _describe(error, target) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
