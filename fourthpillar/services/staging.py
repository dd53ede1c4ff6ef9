"""A new register filled in a partial file and put in place whole: a first package's checkout.

Filling a brand-new register needs no journal: on any failure the file is thrown away, and a
checkout killed half-way leaves only ``fourthpillar.<pid>.sqlite3.partial`` beside where the
register belongs, which nothing opens as a register (the next checkout, or the app's start in
that folder, deletes it: :func:`fourthpillar.store.backup.remove_stale_partials`). The register
appears under its own name only once complete and on disk. Without a journal SQLite writes each
page once, into the file; with its WAL every page went into the -wal first and was copied into
the file again when the transaction ended (a gigabyte each for 50,000 initiatives).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.jobs import beside
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import configured_database_url
from fourthpillar.services.desk import load_config
from fourthpillar.services.desk import open_new_register
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.placing import place_unless_taken

#: How often what a checkout wrote so far goes to disk while it fills the partial file.
FLUSH_SECONDS = 1.0


@dataclass(frozen=True)
class StagedRegister:
    """A desk on the partial file that becomes *target* (:func:`put_in_place`)."""

    desk: Desk
    partial: Path
    target: Path


def staged_register(data_dir: str | os.PathLike[str]) -> StagedRegister | None:
    """A new register for *data_dir*, made as a partial file beside where it belongs; None when
    the folder holds a register already or names another database (then it is filled in place,
    inside its own transaction). The passphrase is chosen for the register as opening it would."""
    folder = paths.data_dir(data_dir)
    paths.make_tree_private(folder)
    if configured_database_url(None, load_config(folder)) is not None:
        return None
    target = paths.database_path(folder)
    if any(Path(f"{target}{extra}").exists() for extra in ("", *files.COMPANIONS)):
        return None
    files.remove_stale_partials(folder)  # what a checkout killed earlier left
    keys.unlock(target)
    partial = folder / f"{target.stem}.{os.getpid()}{target.suffix}{files.PARTIAL}"
    try:
        desk = open_new_register(folder, partial)
    except BaseException:
        _remove(partial)
        raise
    return StagedRegister(desk, partial, target)


def without_journal(session: Session) -> None:
    """Let *session* (before it writes anything) fill a staged register without a journal and
    without waiting for the disk: the file is thrown away if anything goes wrong, and
    :func:`put_in_place` writes it to disk once."""
    session.execute(text("PRAGMA journal_mode = OFF"))
    session.execute(text("PRAGMA synchronous = OFF"))


@contextmanager
def written_out_meanwhile(staged: StagedRegister, *, every: float = FLUSH_SECONDS) -> Iterator[None]:
    """While the partial file fills, have what SQLite wrote to it so far written to disk every
    *every* seconds, by a thread of its own (waiting for the disk needs no Python lock): the
    disk then works beside the checkout rather than after it (half a second to a second for a
    gigabyte). Nothing changes in what is promised: the file is only the partial one
    meanwhile, and :func:`put_in_place` still flushes it whole before giving it its name."""
    # Closing this second handle drops every POSIX lock the process holds on the file, SQLite's
    # included. Harmless here: the partial file has no other reader or writer (nothing knows its
    # name), and callers leave this block only after their session has ended.

    def flush(stop: threading.Event) -> None:
        try:
            with open(staged.partial, "rb+") as file:  # writable: Windows flushes no read-only handle
                while not stop.wait(every):
                    os.fsync(file.fileno())
        except OSError:
            pass  # only an earlier start lost: put_in_place's own flush says what is wrong

    with beside(flush, "partial register flusher"):
        yield


@contextmanager
def filling(desk: Desk, staged: StagedRegister | None) -> Iterator[Session]:
    """The one session that fills *desk*: when it is a staged register's (*staged*), without a
    journal (:func:`without_journal`) and with what it wrote so far written to disk meanwhile
    (:func:`written_out_meanwhile`, left only after the session has ended); else as usual."""
    if staged is None:
        with desk.database.session() as session:
            yield session
        return
    with written_out_meanwhile(staged), desk.database.session() as session:
        without_journal(session)
        yield session


def put_in_place(staged: StagedRegister) -> None:
    """Close the filled partial file, write it to disk and give it the register's name (which
    nothing may have taken meanwhile). Raises :class:`DatabaseUnavailable` if it cannot."""
    staged.desk.close()
    connection = cipher.connect(staged.partial)
    try:
        connection.execute("PRAGMA journal_mode = WAL")  # as every register is kept
    finally:
        connection.close()
    with open(staged.partial, "rb+") as file:
        os.fsync(file.fileno())
    left = [extra for extra in files.COMPANIONS if Path(f"{staged.partial}{extra}").exists()]
    if left or not place_unless_taken(staged.partial, staged.target):
        raise DatabaseUnavailable(translate(
            "Errors", "the new register could not be put in place as {path} (another program is using that "
                      "folder); choose an empty data folder").format(path=staged.target))
    files.fsync_folder(staged.target.parent)


def register_names(staged: StagedRegister) -> set[str]:
    """The names of the register's file and its companions in the data folder."""
    return {f"{staged.target.name}{extra}" for extra in ("", *files.COMPANIONS)}


def _remove(path: Path) -> None:
    for extra in ("", *files.COMPANIONS):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink()
