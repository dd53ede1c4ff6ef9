"""Making field packages: which copies one can be made for, a package of what a copy lacks,
revoking a copy, and the first package that makes a new copy (and checking it out).

Applying packages and syncing with the office database are in :mod:`fourthpillar.services.sync`,
which these names are importable from too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Collection
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.export.atomic import atomic_output
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.services import logins
from fourthpillar.services import staging
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.services.desk import write_atomically
from fourthpillar.store.errors import NotFound
from fourthpillar.store.migrate import MIGRATIONS
from fourthpillar.store.migrate import head_revision
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Meta
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Replica
from fourthpillar.store.models import utc_now
from fourthpillar.sync import pipeline
from fourthpillar.sync import snapshot
from fourthpillar.sync import trust
from fourthpillar.sync.first import FirstPackageWriter
from fourthpillar.sync.first import check_code
from fourthpillar.sync.first import first_package_lines
from fourthpillar.sync.log import floor_vector
from fourthpillar.sync.log import held_vector
from fourthpillar.sync.log import known_vector
from fourthpillar.sync.merge import lock_for_sync
from fourthpillar.sync.package import KIND_FIRST
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.package import encode
from fourthpillar.sync.package import read_package

tr = translator("Sync")


@dataclass(frozen=True)
class PackageMade:
    path: Path
    kind: str
    changes: int
    records: int
    source: str
    for_replica: str | None
    #: False when nothing was ever received from *for_replica* (a typo, or a first exchange):
    #: the package then holds every change this copy can give.
    peer_known: bool = True
    #: A first package: the one-time code that opens it (give it to the new copy's user apart
    #: from the file), and *for_replica* is the new copy's replica id.
    code: str = ""


@dataclass(frozen=True)
class Checkout:
    replica_id: str
    data_dir: Path
    records: int
    province: str | None



def known_schemas() -> set[str]:
    """Every database revision this version of the app knows (Alembic is imported only here, not
    at start-up: the app imports this module when its window opens)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def replica_id(desk: Desk) -> str:
    return desk.replica_id


@dataclass(frozen=True)
class KnownReplica:
    """Another copy of the register this one knows of: one a package can be made for."""

    id: str
    #: When something from it last arrived here (its package, or a sync with it); None if never.
    exchanged_at: dt.datetime | None
    #: How many of its changes this copy holds.
    changes_held: int
    #: The officer of its newest change held here ("" if none): helps tell the copies apart.
    last_officer: str


def known_replicas(desk: Desk) -> list[KnownReplica]:
    """The other copies this one has heard of (received from, or holds changes of), the most
    recent exchange first. Reads only."""
    last_officer = (select(Officer.name).join(Change, Change.officer_id == Officer.id)
                    .where(Change.replica_id == Replica.id).order_by(Change.seq.desc()).limit(1)
                    .correlate(Replica).scalar_subquery())
    with desk.database.session() as session:
        rows = session.execute(select(Replica.id, Replica.exchanged_at, Replica.held, last_officer)
                               .where(Replica.id != desk.replica_id)).all()
        pinned = trust.peers(session)
    revoked = {peer.replica_id for peer in pinned if peer.revoked_at is not None}
    found = [KnownReplica(replica, exchanged_at, held or 0, officer or "")
             for replica, exchanged_at, held, officer in rows if replica not in revoked]
    listed = {item.id for item in found}
    # A copy enrolled here that has not sent anything yet can be sent a package all the same.
    found += [KnownReplica(peer.replica_id, None, 0, "") for peer in pinned
              if peer.replica_id not in listed and peer.replica_id not in revoked]
    never = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(found, key=lambda item: (item.exchanged_at or never, item.id), reverse=True)


def consistent_read(desk: Desk, session: Session) -> None:
    """Everything a package holds must come from one moment of the database."""
    if desk.database.is_sqlite:
        lock_for_sync(session)
    else:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def build_package(desk: Desk, session: Session, *, for_replica: str) -> Package:
    from fourthpillar.sync.log import changes_between

    if for_replica == desk.replica_id:
        raise PackageRefused(tr("that is this copy's own replica id; give the id of the copy the package is for"))
    to_vector = held_vector(session)
    floor = floor_vector(session)
    known = known_vector(session, for_replica)
    from_vector = {origin: max(known.get(origin, 0), floor.get(origin, 0)) for origin in to_vector}
    return Package(source=desk.replica_id, schema=head_revision(), from_vector=from_vector, to_vector=to_vector,
                   changes=changes_between(session, from_vector, to_vector), recipient=for_replica)


def trusted_peer(session: Session, replica: str) -> trust.Peer:
    """The pinned keys of *replica*, or a refusal when it is not enrolled here or was revoked."""
    pinned = trust.peer(session, replica)
    if pinned is None:
        raise PackageRefused(tr(
            "replica {replica} is not enrolled with this copy: packages go only between a copy and the copy "
            "that made its first package").format(replica=replica))
    if pinned.revoked_at is not None:
        raise PackageRefused(tr("replica {replica} was revoked on this copy ({when}); its packages are refused")
                             .format(replica=replica, when=pinned.revoked_at[:16].replace("T", " ")))
    return pinned


def create_package(desk: Desk, *, for_replica: str, path: str | os.PathLike[str]) -> PackageMade:
    """A package of every change *for_replica* is not known to have (since the last exchange),
    signed by this copy and sealed so that only *for_replica* can open it.

    Making a package changes nothing here: if it gets lost, the next one carries it all again.
    """
    for_replica = for_replica.strip()
    with desk.database.session() as session:
        consistent_read(desk, session)
        package = build_package(desk, session, for_replica=for_replica)
        pinned = trusted_peer(session, for_replica)
        keys = trust.own_keys(session)
        peer_known = session.get(Replica, for_replica) is not None
    target = Path(path)
    write_atomically(target, encode(package, keys=keys, recipient=pinned.box_key))
    return PackageMade(target, package.kind, len(package.changes), 0, desk.replica_id, for_replica, peer_known)


def revoke(desk: Desk, *, replica: str) -> None:
    """Refuse every package of *replica* from now on (a lost or stolen laptop); packages for it
    are no longer made either. Its changes already applied stay."""
    with desk.database.session() as session:
        pinned = trust.peer(session, replica.strip())
        if pinned is None or pinned.role != trust.ROLE_COPY:
            raise NotFound("replica", replica)
        if pinned.revoked_at is None:
            trust.pin(session, dataclasses.replace(pinned, revoked_at=utc_now().isoformat()))


def create_first_package(desk: Desk, *, path: str | os.PathLike[str], province: str | None = None) -> PackageMade:
    """The register (or one province's initiatives with their contacts, requests and follow-ups,
    and all officers) for making a field replica with :func:`checkout_package`. On the shared
    database a coordinator's copy holds one of their own provinces (theirs when they have one).

    This enrols the new copy: its replica id and keys are made here, its public keys pinned (with
    its province), and the package, which hands it its private keys and this copy's public ones,
    is encrypted with a key derived from a new one-time code (``PackageMade.code``).

    Rows go from the database to the file a chunk at a time; the file appears under its name
    only once complete (a full disk or an error leaves no half package).
    """
    if province is not None:
        code = province if province in PROVINCES else PROVINCES.code_for(province)
        if code is None:
            raise ValidationFailed([FieldError("province", translate("Validation", "'{value}' is not one of: {choices}")
                                               .format(value=province, choices=", ".join(PROVINCES.codes)))])
        province = code
    province = logins.field_copy_province(desk, province)  # a coordinator's own provinces only
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    code, salt, copy_id = trust.new_code(), trust.new_salt(), trust.new_replica_id()
    copy_keys = trust.KeyPair.generate()
    key = trust.code_key(code, salt)
    with desk.database.session() as session, atomic_output(target, overwrite=True, private=True) as temporary:
        consistent_read(desk, session)
        own = trust.own_keys(session)
        package = Package(source=desk.replica_id, schema=head_revision(), kind=KIND_FIRST,
                          to_vector=held_vector(session), scope=province, recipient=copy_id, salt=salt.hex())
        keys = {"replica_id": copy_id, "keys": copy_keys.to_json(), "maker": own.public()}
        with temporary.open("wb") as file:
            writer = FirstPackageWriter(file, package, key=key, keys=keys)
            snapshot.export_snapshot(session, writer, province=province)
            writer.finish()
        public = copy_keys.public()
        # A whole-register copy is worked on by the office's own officers too: the ones it was given.
        given = None if province is not None else sorted(session.scalars(select(Officer.id)))
        trust.pin(session, trust.Peer(copy_id, public["sign"], public["box"], trust.ROLE_COPY, scope=province,
                                      officers=given))
    return PackageMade(target, KIND_FIRST, 0, writer.records, desk.replica_id, copy_id, code=code)


def checkout_package(*, path: str | os.PathLike[str], data_dir: str | os.PathLike[str], code: str,
                     pipelined: bool = True) -> Checkout:
    """Make a new replica in *data_dir* (which must hold no register yet) from a first package,
    opened with the one-time *code* its maker gave.

    The whole file and the code are checked before anything is written, then it is read a line
    at a time into one transaction, each part authenticated before it is unpacked. The new copy
    takes the replica id and keys the package hands it and pins its maker's public keys. A
    refusal (also one found half-way) leaves the data folder as it was: what the checkout
    created in it is removed again.

    A new register file is filled by :mod:`fourthpillar.sync.pipeline` (unless not *pipelined*);
    an existing register, or a PostgreSQL database, in one transaction.
    """
    package = read_package(Path(path), known_schemas=known_schemas())
    if package.kind != KIND_FIRST:
        raise PackageRefused(tr("this is not a first package; make one with 'sync package --out FILE' "
                                "(without --for) on the office copy"))
    try:
        key = trust.code_key(code, bytes.fromhex(package.salt))
    except ValueError as error:
        raise PackageRefused(tr("this sync package cannot be read ({reason})").format(reason=error)) from error
    check_code(package, key)
    folder = Path(data_dir).expanduser().absolute()
    existed = set(os.listdir(folder)) if folder.is_dir() else None  # None: no folder yet
    in_use = False
    staged = staging.staged_register(data_dir)  # None: into the folder's existing register, in place
    desk = staged.desk if staged is not None else open_desk(data_dir=data_dir)
    try:
        if package.source == desk.replica_id:
            raise PackageRefused(tr("this sync package was made by this copy itself"))
        with staging.filling(desk, staged) as session:
            lock_for_sync(session)
            if any(session.scalar(select(model.id).limit(1)) is not None for model in ENTITIES.values()):
                in_use = True
                raise PackageRefused(tr("{folder} already holds a register; choose an empty data folder").format(
                    folder=data_dir))
            # Closed when the fill ends either way: a refusal half-way must not leave the
            # package open and its reader thread waiting with decrypted pieces (the refusal's
            # traceback, kept by the job, would keep the paused reader alive).
            with closing(first_package_lines(package, key)) as lines:
                replica = _take_identity(session, next(lines, None), maker=package.source)
                if staged is not None and pipelined:
                    count = pipeline.import_new_register(session, staged.partial, lines, source=package.source,
                                                         to_vector=package.to_vector, scope=package.scope)
                else:
                    count = snapshot.import_snapshot(session, lines, source=package.source,
                                                     to_vector=package.to_vector, scope=package.scope)
        if staged is not None:
            staging.put_in_place(staged)
        assert desk.data_dir is not None
        return Checkout(replica, desk.data_dir, count, package.scope)
    except BaseException:
        desk.close()
        if not in_use:
            # A register that appeared under the register's own name while a partial file was
            # filled is another program's (put_in_place refuses it): never removed here.
            _remove_created(folder, existed, keep=staging.register_names(staged) if staged else ())
        raise
    finally:
        desk.close()


def _take_identity(session: Session, line: tuple[str, Any, int] | None, *, maker: str) -> str:
    """A new copy's replica id and keys from its first package's first line; pin its maker."""
    value: Any = line[1] if line is not None else {}
    try:
        replica, keys, public = str(value["replica_id"]), trust.KeyPair.from_json(value["keys"]), value["maker"]
        maker_peer = trust.Peer(maker, str(public["sign"]), str(public["box"]), trust.ROLE_ENROLLER)
        maker_peer.verify_key, maker_peer.box_key  # noqa: B018 -- well-formed keys, or refused here
    except (KeyError, TypeError, ValueError) as error:
        raise PackageRefused(tr("this sync package cannot be read ({reason})").format(reason=error)) from error
    session.merge(Meta(key="replica_id", value=replica))
    trust.set_own_keys(session, keys)
    trust.pin(session, maker_peer)
    return replica


def _remove_created(folder: Path, existed: set[str] | None, *, keep: Collection[str] = ()) -> None:
    """After a refused checkout: remove the database (and folder) the checkout itself created,
    but none of the files named in *keep*."""
    if not folder.is_dir():
        return
    created = [folder / name for name in os.listdir(folder) if name not in (existed or ()) and name not in keep]
    if any(path.is_dir() for path in created):
        return  # more than the files of an empty register: leave it all
    for path in created:
        path.unlink(missing_ok=True)
    if existed is None and not any(folder.iterdir()):
        folder.rmdir()
