"""What the sync tests share: making field copies, exchanging packages, comparing registers."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import struct
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import select
from sqlalchemy import text

from fourthpillar.services import demo
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Conflict
from fourthpillar.store.queries import ListQuery

if TYPE_CHECKING:
    from fourthpillar.sync.package import Package
    from fourthpillar.sync.trust import KeyPair

_numbers = itertools.count()


def checkout(source: Desk, folder: Path, *, name: str, province: str | None = None) -> Desk:
    """A field copy made from *source*'s first package, with an officer signed in."""
    package = folder / f"first-{name}-{next(_numbers)}.fpsync"
    code = sync.create_first_package(source, path=package, province=province).code
    made = sync.checkout_package(path=package, data_dir=folder / name, code=code)
    desk = open_desk(data_dir=made.data_dir)
    officers.sign_in(desk, name=name, region="oost-vlaanderen")
    return desk


def send(source: Desk, target: Desk, folder: Path) -> Path:
    """A package from *source* of what *target* lacks (not applied yet)."""
    path = folder / f"pkg-{next(_numbers)}.fpsync"
    sync.create_package(source, for_replica=target.replica_id, path=path)
    return path


def exchange(source: Desk, target: Desk, folder: Path) -> sync.ApplyResult:
    return sync.apply_package(target, path=send(source, target, folder))


def office_register(office: Desk, tmp_path: Path, *, initiatives_made: int, seed: int) -> None:
    """A few hundred records, an archived initiative, an erased person and an open conflict."""
    demo.load_demo_data(office, initiatives=initiatives_made, seed=seed)
    rows = initiatives.list_initiatives(office, query=ListQuery(limit=3)).rows
    initiatives.archive_initiative(office, initiative_id=rows[0].id)
    contacts = initiatives.get_initiative(office, initiative_id=rows[1].id).contacts
    if contacts:
        privacy.erase_person(office, contact_id=contacts[0].id)
    laptop = checkout(office, tmp_path, name="Bert Claes")
    try:
        initiatives.update_initiative(laptop, initiative_id=rows[2].id, changes={"notes": "laptop"})
        initiatives.update_initiative(office, initiative_id=rows[2].id, changes={"notes": "office"})
        exchange(laptop, office, tmp_path)
    finally:
        laptop.close()


def register_state(desk: Desk) -> dict[str, dict[str, Any]]:
    """Every record's data and archived state: what must be identical on every replica."""
    state: dict[str, dict[str, Any]] = {}
    with desk.database.session() as session:
        for entity, model in ENTITIES.items():
            columns = [column.name for column in model.__table__.columns
                       if column.name not in ("version", "updated_at", "archived_at")]
            for record in session.scalars(select(model)):
                state[f"{entity}:{record.id}"] = {
                    **{name: getattr(record, name) for name in columns},
                    "archived": record.archived_at is not None,
                }
    return state


def open_conflicts(desk: Desk) -> set[tuple[str, str, str, str | None]]:
    sync.list_conflicts(desk)  # settles what was settled meanwhile
    with desk.database.session() as session:
        return {(row.kind, row.entity, row.entity_id, row.field) for row in session.scalars(
            select(Conflict).where(Conflict.resolved_at.is_(None), Conflict.kind != "duplicate"))}


def table_names(desk: Desk, connection: Connection) -> list[str]:
    """The register's own tables (not SQLite's or the search index's)."""
    if desk.database.is_sqlite:
        return [row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
            "AND name NOT LIKE 'sqlite_%'"))]
    return [row[0] for row in connection.execute(text(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))]


def dump(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: to show that a refused package changed nothing at all."""
    with desk.database.engine.connect() as connection:
        names = table_names(desk, connection)
        return {name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
                for name in names}


# -- taking packages apart, as a forger (or a bug) would ----------------------------------------

_STREAM = "crypto_secretstream_xchacha20poly1305_"


def _stream(name: str) -> Any:
    from nacl import bindings

    return getattr(bindings, _STREAM + name)


def split_package(path: Path) -> tuple[bytes, bytes]:
    """A package's magic and header line, and its body (without the checksum trailer)."""
    from fourthpillar.sync.package import MAGIC

    data = path.read_bytes()
    head_end = data.index(b"\n", len(MAGIC)) + 1
    return data[:head_end], data[head_end:-len(b"\nSHA256:") - 65]


def with_checksum(content: bytes) -> bytes:
    """*content* with a valid checksum trailer: what anyone can compute."""
    return content + b"\nSHA256:" + hashlib.sha256(content).hexdigest().encode() + b"\n"


def first_key(head: bytes, code: str) -> bytes:
    from fourthpillar.sync import trust
    from fourthpillar.sync.package import MAGIC

    return trust.code_key(code, bytes.fromhex(json.loads(head[len(MAGIC):])["salt"]))


def open_first(path: Path, code: str) -> tuple[bytes, bytes]:
    """A first package's head and its compressed plain body (opened with the code)."""
    head, body = split_package(path)
    key = first_key(head, code)
    state = _stream("state")()
    header_size = _stream("HEADERBYTES")
    _stream("init_pull")(state, body[:header_size], key)
    position, plain, ad = header_size, [], head
    while position < len(body):
        (length,) = struct.unpack(">I", body[position:position + 4])
        part, _tag = _stream("pull")(state, body[position + 4:position + 4 + length], ad)
        plain.append(part)
        ad = None
        position += 4 + length
    return head, b"".join(plain)


def seal_first(head: bytes, compressed: bytes, code: str) -> bytes:
    """A first package file around *compressed*, encrypted with the code as the app does."""
    key = first_key(head, code)
    state = _stream("state")()
    out = [head, _stream("init_push")(state, key)]
    frame = _stream("push")(state, compressed, head, _stream("TAG_FINAL"))
    out.append(struct.pack(">I", len(frame)) + frame)
    return with_checksum(b"".join(out))


def first_lines(path: Path, code: str) -> tuple[bytes, list[Any]]:
    """A first package's head and its lines, decoded: to be changed and sealed again with
    :func:`forge_first`."""
    head, body = open_first(path, code)
    return head, [json.loads(line) for line in gzip.decompress(body).splitlines()]


def forge_first(path: Path, head: bytes, lines: list[Any], code: str) -> Path:
    """*lines* written to *path* as a first package sealed with *code*: what a bug, or someone
    who has the code, could make."""
    data = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    path.write_bytes(seal_first(head, gzip.compress(data, mtime=0), code))
    return path


def own_keys(desk: Desk) -> KeyPair:
    """*desk*'s own sync keys (what its app signs and opens packages with)."""
    from fourthpillar.sync import trust

    with desk.database.session() as session:
        return trust.own_keys(session)


def opened_package(path: Path, sender: Desk, recipient: Desk) -> Package:
    """The package at *path*, from *sender* to *recipient*, read and opened: its changes as
    plain rows, to be changed and sealed again with :func:`sealed`."""
    from fourthpillar.sync.package import open_changes
    from fourthpillar.sync.package import read_package

    package = read_package(path, known_schemas=sync.known_schemas())
    open_changes(package, sender=own_keys(sender).signing.verify_key, keys=own_keys(recipient))
    return package


def sealed(sender: Desk, package: Any, recipient: Desk, *, changes: list[list[Any]] | None = None) -> bytes:
    """*package* (holding *changes* instead of its own, if given) signed with *sender*'s keys
    and sealed for *recipient*: what the sender's app (or someone holding its keys) could make."""
    from fourthpillar.sync.package import encode

    if changes is not None:
        package.changes = changes
    package.recipient = recipient.replica_id
    return encode(package, keys=own_keys(sender), recipient=own_keys(recipient).box.public_key)
