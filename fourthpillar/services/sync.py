"""Use cases for field work: field packages, applying them, conflicts, and syncing directly with
the shared office database.

A coordinator's laptop holds a replica made from a first package (``checkout_package``); then
either side makes a package of what the other lacks (``create_package``) and the other applies
it (``apply_package``). ``sync_with`` does both directions against another database at once.
Merging is per field (see :mod:`fourthpillar.sync.merge`); what it cannot decide is listed by
``list_conflicts`` and settled by ``resolve_conflict``, whose decision travels like any change
(both in :mod:`fourthpillar.services.sync_conflicts`, importable from here, as is
``count_conflicts``, which counts them without writing).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.i18n import translator
from fourthpillar.services import backups
from fourthpillar.services import erasure
from fourthpillar.services import logins
from fourthpillar.services import office_password
from fourthpillar.services import privacy
from fourthpillar.services import sync_merges
from fourthpillar.services.backups import BackupInfo
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.services.registrations import settle_events

# Listed and settled in sync_conflicts, made in sync_packages: also known from here (__all__).
from fourthpillar.services.sync_conflicts import ARCHIVED
from fourthpillar.services.sync_conflicts import LIVE
from fourthpillar.services.sync_conflicts import ConflictGone
from fourthpillar.services.sync_conflicts import ConflictView
from fourthpillar.services.sync_conflicts import count_conflicts
from fourthpillar.services.sync_conflicts import list_conflicts
from fourthpillar.services.sync_conflicts import resolve_conflict
from fourthpillar.services.sync_conflicts import state_label
from fourthpillar.services.sync_packages import Checkout
from fourthpillar.services.sync_packages import KnownReplica
from fourthpillar.services.sync_packages import PackageMade
from fourthpillar.services.sync_packages import build_package
from fourthpillar.services.sync_packages import checkout_package
from fourthpillar.services.sync_packages import consistent_read
from fourthpillar.services.sync_packages import create_first_package
from fourthpillar.services.sync_packages import create_package
from fourthpillar.services.sync_packages import known_replicas
from fourthpillar.services.sync_packages import known_schemas
from fourthpillar.services.sync_packages import replica_id
from fourthpillar.services.sync_packages import revoke
from fourthpillar.services.sync_packages import trusted_peer
from fourthpillar.services.sync_values import refuse_unstorable
from fourthpillar.store.models import Registration
from fourthpillar.store.models import utc_now
from fourthpillar.store.tables import chunks
from fourthpillar.sync import snapshot
from fourthpillar.sync import trust
from fourthpillar.sync.history_values import Superseded
from fourthpillar.sync.log import held_vector
from fourthpillar.sync.log import key_of
from fourthpillar.sync.log import merge_known
from fourthpillar.sync.merge import apply_changes
from fourthpillar.sync.merge import lock_for_sync
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import KIND_FIRST
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.package import open_changes
from fourthpillar.sync.package import read_package
from fourthpillar.sync.rules import check_changes
from fourthpillar.sync.rules import refusal

tr = translator("Sync")


@dataclass(frozen=True)
class ApplyResult:
    source: str
    applied: int
    skipped: int
    conflicts: int
    created: int
    #: People erased by this apply (or erased before and brought back by it, erased again).
    erased: int = 0
    #: When people were erased: this copy's backups made before, which still hold them (offer to prune).
    backups_before: list[BackupInfo] = field(default_factory=list)
    #: Registrations put on the waiting list here because, together, the copies booked more places
    #: than the event has (each counted only the registrations it held).
    waiting: int = 0


@dataclass(frozen=True)
class SyncResult:
    other_replica: str
    sent: ApplyResult
    received: ApplyResult



def _erases(package: Package) -> bool:
    return any(row[OPERATION] == "erase" for row in package.changes)


def _back_up_and_apply(desk: Desk, package: Package, *, backup: bool) -> ApplyResult:
    """:func:`_apply`, with *backup* after :func:`_back_up_if_new`: which values of the package's
    changes later ones replace (history) is worked out once for all their checks."""
    superseded = Superseded(package.changes)
    if backup:
        _back_up_if_new(desk, package, superseded)
    return _apply(desk, package, superseded)


def _apply(desk: Desk, package: Package, superseded: Superseded) -> ApplyResult:
    if package.kind == KIND_FIRST:
        raise PackageRefused(tr("this is a first package: open it with 'sync checkout' to make a new copy"))
    if package.source == desk.replica_id:
        raise PackageRefused(tr("this sync package was made by this copy itself; apply it on the other copy"))
    refuse_unstorable(package, superseded)
    if not desk.database.is_sqlite:
        # A coordinator brings back the copies of their provinces only (the database checks it too).
        with desk.database.session() as session:
            sender = trust.peer(session, package.source)
        logins.check_package_scope(desk, replica=package.source, scope=sender.scope if sender is not None else None)
    with desk.database.session() as session:
        lock_for_sync(session)
        held = held_vector(session)
        pinned = trust.peer(session, package.source)
        problems = check_changes(session, package.changes, held=held, sender=package.source, peer=pinned,
                                 superseded=superseded)
        if problems:
            raise PackageRefused(refusal(problems))
        if package.to_vector.get(desk.replica_id, 0) > held.get(desk.replica_id, 0):
            raise PackageRefused(tr(
                "the other copy holds changes made here that this copy no longer has (was it restored from a "
                "backup?); new changes here would be mistaken for those, so nothing was applied"))
        missing = {origin: seq for origin, seq in package.from_vector.items() if held.get(origin, 0) < seq}
        if missing:
            origin, seq = sorted(missing.items())[0]
            raise PackageRefused(tr(
                "this package continues from changes this copy does not have yet ({count} "
                "change(s) of replica {origin}); first apply a package from the copy it came from, "
                "or sync with the office database").format(count=seq - held.get(origin, 0), origin=origin))
        erasing = _erases(package)
        needles: list[str] = []
        if erasing:
            privacy.secure_delete(session)
            # What this copy knows of the people (names, e-mails, phones), before the merge blanks it.
            needles = erasure.needles_of(session, _erased_ids(package))
        outcome = apply_changes(session, package.changes, own_replica=desk.replica_id, scope=snapshot.scope_of(session))
        # A copy's work on an initiative merged away lands on the kept one (services.sync_merges).
        fresh = {key_of(row[REPLICA_ID], row[SEQ]) for row in package.changes
                 if row[SEQ] > held.get(row[REPLICA_ID], 0)}
        outcome.conflicts += sync_merges.follow_merges(session, ChangeWriter(session, desk), touched=outcome.touched,
                                                       fresh=fresh, now=utc_now())
        waiting = _settle_places(session, desk, outcome.touched)
        if outcome.erased:
            # Text typed here (notes, questions) loses the people too, as an edit that syncs back.
            erasure.redact(session, ChangeWriter(session, desk), needles, besides=_erased_ids(package))
            erasure.scrub_history(session, needles)
            privacy.purge_search_index(session)
        merge_known(session, package.source, package.to_vector, when=utc_now())
    if outcome.erased:
        privacy.flush_erased_pages(desk)
    again = erasure.keep_erasures(desk)
    moment = utc_now()
    before = backups.backups_before(desk, moment=moment) if outcome.erased or again else []
    return ApplyResult(package.source, outcome.applied, outcome.skipped, outcome.conflicts, outcome.created,
                       outcome.erased + len(again), before, waiting)


def _settle_places(session: Session, desk: Desk, touched: set[tuple[str, str]]) -> int:
    """The capacity rule again for every event the package touched (its registrations or the
    event itself), in one batch of this apply so that it travels back: a field copy counts only
    its province's registrations, so together the copies can book more places than there are.
    A province's copy never moves anybody up nor reopens an event (it cannot see every place)."""
    event_ids = {entity_id for entity, entity_id in touched if entity == "event"}
    registration_ids = [entity_id for entity, entity_id in touched if entity == "registration"]
    for chunk in chunks(registration_ids):
        event_ids.update(session.scalars(select(Registration.event_id).distinct().where(Registration.id.in_(chunk))))
    if not event_ids:
        return 0
    partial = snapshot.scope_of(session) is not None
    return settle_events(session, ChangeWriter(session, desk), event_ids, partial=partial)


def _erased_ids(package: Package) -> list[str]:
    return sorted({str(row[ENTITY_ID]) for row in package.changes
                   if row[OPERATION] == "erase" and row[ENTITY] == "contact"})


def _back_up_if_new(desk: Desk, package: Package, superseded: Superseded) -> None:
    """A backup copy (reason "sync") before a package that brings anything new to a SQLite copy."""
    if not desk.database.is_sqlite or desk.data_dir is None:
        return
    with desk.database.session() as session:
        held = held_vector(session)
        if all(seq <= held.get(origin, 0) for origin, seq in package.to_vector.items()):
            return
        # A package that will be refused for its changes leaves no backup behind either (the
        # apply checks again, in its own transaction).
        problems = check_changes(session, package.changes, held=held, sender=package.source,
                                 peer=trust.peer(session, package.source), superseded=superseded)
    if problems:
        raise PackageRefused(refusal(problems))
    if _erases(package):
        return  # a fresh copy of a person being erased is exactly what must not be made
    backups.backup_before(desk, reason="sync")


def apply_package(desk: Desk, *, path: str | os.PathLike[str], backup: bool = True) -> ApplyResult:
    """Merge a package into this replica, in one transaction; refused packages change nothing.

    With *backup*, a SQLite copy is backed up first when the package brings anything new.
    """
    package = read_package(Path(path), known_schemas=known_schemas(), own_replica=desk.replica_id)
    if package.kind != KIND_FIRST:
        _open(desk, package)
    return _back_up_and_apply(desk, package, backup=backup and package.kind != KIND_FIRST)


def _open(desk: Desk, package: Package) -> None:
    """Check that a package of changes is for this copy and comes from a copy enrolled here,
    then its signature, and unpack its changes (refusals change nothing)."""
    if package.recipient != desk.replica_id:
        raise PackageRefused(tr("this sync package was made for another copy (replica {replica}); apply it "
                                "there").format(replica=package.recipient))
    with desk.database.session() as session:
        pinned = trusted_peer(session, package.source)
        keys = trust.own_keys(session)
    open_changes(package, sender=pinned.verify_key, keys=keys)


def sync_with(desk: Desk, *, database_url: str, password: str | None = None, ask: bool = False) -> SyncResult:
    """Exchange with another database directly (the shared office database): send what it lacks,
    then take what this copy lacks, through the same merge as packages. *password* is the office
    database's, typed in the sign-in dialog; without it, libpq's or the keychain's, or (with
    *ask*: the command line on a terminal) ``office_password``'s prompt."""
    # A SQLite file keeps its own data folder (its backups go beside it, not into this copy's).
    folder = desk.data_dir
    if database_url.startswith("sqlite") and "///" in database_url:
        folder = Path(database_url.split("///", 1)[1]).parent
    # Without *ask* nobody is asked here: the app runs this off the window's thread.
    other = (open_desk(data_dir=folder, database_url=database_url, password=password) if password is not None
             else office_password.open_signed_in(data_dir=folder, database_url=database_url, ask=ask))
    try:
        if other.replica_id == desk.replica_id:
            raise PackageRefused(tr("that database is this copy itself"))
        with desk.database.session() as session:
            consistent_read(desk, session)
            outgoing = build_package(desk, session, for_replica=other.replica_id)
        sent = _back_up_and_apply(other, outgoing, backup=True)
        with other.database.session() as session:
            consistent_read(other, session)
            incoming = build_package(other, session, for_replica=desk.replica_id)
        received = _back_up_and_apply(desk, incoming, backup=True)
        return SyncResult(other.replica_id, sent, received)
    finally:
        other.close()


__all__ = [
    "ARCHIVED",
    "LIVE",
    "ApplyResult",
    "Checkout",
    "ConflictGone",
    "ConflictView",
    "KnownReplica",
    "PackageMade",
    "PackageRefused",
    "SyncResult",
    "apply_package",
    "checkout_package",
    "count_conflicts",
    "create_first_package",
    "create_package",
    "key_of",
    "known_replicas",
    "list_conflicts",
    "replica_id",
    "resolve_conflict",
    "revoke",
    "state_label",
    "sync_with",
]
