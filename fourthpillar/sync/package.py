"""The sync package file: one file that carries changes (or a first snapshot) between replicas.

Layout::

    FOURTHPILLAR-SYNC-PACKAGE\\n
    <header: one line of JSON>\\n
    <body: sealed, see below>
    \\nSHA256:<64 hex digits>\\n        checksum over every byte before this trailer

The header says the package's ``format``, ``kind``, ``id``, source replica, ``recipient``,
schema revision and version vectors. The checksum only tells a damaged or cut-off file from a
good one; trust comes from the keys (format 3, :mod:`fourthpillar.sync.trust`):

- ``changes``: the body is a 64-byte Ed25519 signature by the sender over the first line, the
  header and the rest of the body, then a ``SealedBox`` to the recipient's box key holding the
  gzip-compressed change rows, one JSON array per line (:data:`CHANGE_COLUMNS`). The signature is
  checked and the box opened before a byte is decompressed, and decompression stops at
  :data:`MAX_CHANGES_TEXT` bytes and :data:`MAX_CHANGE_LINE` per line (gzip bombs).
- ``first``: encrypted with a key derived from a one-time code and the header's ``salt``
  (argon2id), as a libsodium secretstream of frames (4-byte length, then the frame), the header
  authenticated with the first frame. Inside, gzip-compressed JSON Lines, one JSON array per
  line, so that a whole register is written and read a line at a time::

      ["keys", {...}]                            the new copy's replica id and keys, the maker's public keys
      ["table", "<entity>", ["<column>", ...]]   the record rows that follow are of this table
      ["rows", [[...], ...]]                     up to ROWS_PER_LINE rows of that table
      ["log", [[...], ...]]                      up to ROWS_PER_LINE change-log rows (CHANGE_COLUMNS)
      ["end", <records>, <log rows>]             the last line: a body that stops early lacks it

  Tables come in :data:`~fourthpillar.sync.merge.ENTITY_ORDER` (foreign keys), the log after them;
  a row is a list in the announced column order, dates and timestamps as ISO text. Packages
  of formats 1 and 2 (unsigned) are refused: "made by an older version; make a new package".

Reading first checks the checksum, streaming the file in chunks, before any of it is parsed, so
a changed byte anywhere, or a cut-off file (no trailer), is refused before anything is written.
A package of changes is opened by :func:`open_changes` (signature, box, capped decompression); a
first package's body is read a line at a time by :func:`fourthpillar.sync.first.first_package_lines`, each frame
authenticated before it is decompressed, which also refuses a body that is malformed or that
changed since the check. Refusals raise :class:`PackageRefused` (a :class:`~fourthpillar.store.errors.KnownError`)
with a sentence that says what is wrong; nothing is applied in that case.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.exceptions import CryptoError
from nacl.public import PublicKey
from nacl.public import SealedBox
from nacl.signing import VerifyKey

from fourthpillar import clock
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translator
from fourthpillar.store.errors import KnownError
from fourthpillar.sync.trust import KeyPair

MAGIC = b"FOURTHPILLAR-SYNC-PACKAGE\n"
#: Raised when the layout or meaning of packages changes; newer packages are refused.
#: 2: a first package's body is JSON Lines (see above). 3: signed and sealed (see above).
FORMAT_VERSION = 3
_TRAILER_START = b"\nSHA256:"
_TRAILER_SIZE = len(_TRAILER_START) + 64 + 1
#: Bytes read from the file at a time, and the most a body line may hold once decompressed.
_READ_CHUNK = 1 << 20
_MAX_LINE = 256 << 20
#: The most a package of changes may hold: its sealed body, its text, one change row.
MAX_CHANGES_BODY = 128 << 20
MAX_CHANGES_TEXT = 256 << 20
MAX_CHANGE_LINE = 4 << 20
#: Plain text per frame of a first package's secretstream.
_FRAME = 1 << 20
_SIGNATURE = 64
_STREAM = "crypto_secretstream_xchacha20poly1305_"
#: Rows per line of a first package: big enough for fast bulk inserts, small enough for memory.
ROWS_PER_LINE = 1000
#: zlib level of a package body: a whole register compresses in about 2.5 s on one core (level 6,
#: the default, takes 4 s for a file 2 % smaller; level 3, 1.6 s for one 16 % larger).
COMPRESSION_LEVEL = 5

#: The columns of a change row as carried in a package, in this order.
CHANGE_COLUMNS = (
    "id", "batch_id", "entity", "entity_id", "operation", "field", "old_value", "new_value",
    "officer_id", "replica_id", "changed_at", "seq", "parents", "context",
)
#: Where each of those columns stands in a change row: ``row[SEQ]``. Every reader of change rows
#: uses these; plain numbers, as the loops over a whole register's rows index each row.
(ID, BATCH_ID, ENTITY, ENTITY_ID, OPERATION, FIELD, OLD_VALUE, NEW_VALUE,
 OFFICER_ID, REPLICA_ID, CHANGED_AT, SEQ, PARENTS, CONTEXT) = range(len(CHANGE_COLUMNS))

KIND_CHANGES = "changes"
KIND_FIRST = "first"

_CUT_OFF = QT_TRANSLATE_NOOP(
    "Sync", "this sync package is incomplete (the file was cut off while copying or sending)")
_DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "this sync package is damaged or was changed after it was made (checksum mismatch)")
_FORGED = QT_TRANSLATE_NOOP(
    "Sync", "this sync package was changed after it was made, or not made by the copy it names "
    "(its signature does not match); nothing was applied")
_WRONG_CODE = QT_TRANSLATE_NOOP(
    "Sync", "this code does not open this first package (a typing error, or the code of another package)")


tr = translator("Sync")


class PackageRefused(KnownError):
    """This package cannot be applied here; the message says why. Nothing was changed."""


@dataclass
class Package:
    """A package's header, and for a package of changes its rows (following :data:`CHANGE_COLUMNS`).

    A first package read from a file keeps only where its body is: read it with
    :func:`fourthpillar.sync.first.first_package_lines`.
    """

    source: str
    schema: str
    kind: str = KIND_CHANGES
    created_at: dt.datetime = field(default_factory=lambda: clock.now())
    #: Per origin replica, the package holds its changes with from < seq <= to.
    from_vector: dict[str, int] = field(default_factory=dict)
    to_vector: dict[str, int] = field(default_factory=dict)
    #: Province of a first package made for one province, else None.
    scope: str | None = None
    changes: list[list[Any]] = field(default_factory=list)
    #: The copy the package is for (None: a first package, which the code opens).
    recipient: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: A first package's argon2id salt (hex).
    salt: str = ""
    #: A package read from a file: the file, the bytes before its body, the body's size, and for
    #: a package of changes the body itself until :func:`open_changes` opens it.
    path: Path | None = None
    head: bytes = b""
    body_size: int = 0
    body: bytes = b""
    change_count: int = 0

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION, "kind": self.kind, "id": self.id, "source": self.source,
            "recipient": self.recipient, "schema": self.schema, "salt": self.salt,
            "created_at": self.created_at.isoformat(), "from": self.from_vector, "to": self.to_vector,
            "scope": self.scope, "changes": len(self.changes),
        }


def _head(package: Package) -> bytes:
    return MAGIC + json.dumps(package.header(), separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"


def _trailer(hexdigest: str) -> bytes:
    return _TRAILER_START + hexdigest.encode("ascii") + b"\n"


# -- writing --------------------------------------------------------------------------------

def encode(package: Package, *, keys: KeyPair, recipient: PublicKey) -> bytes:
    """A package of changes as the file's bytes: header, signed and sealed body, checksum trailer."""
    compressor = zlib.compressobj(COMPRESSION_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip, mtime 0
    encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
    text = "".join(encoder.encode(row) + "\n" for row in package.changes).encode("utf-8")
    sealed = SealedBox(recipient).encrypt(compressor.compress(text) + compressor.flush())
    head = _head(package)
    signature = keys.signing.sign(head + sealed).signature
    content = head + signature + sealed
    return content + _trailer(hashlib.sha256(content).hexdigest())


# -- reading --------------------------------------------------------------------------------

def _refused_unreadable(error: Exception | str) -> PackageRefused:
    """"cannot be read (...)": *error* is a translated reason, or the technical detail of a parser."""
    return PackageRefused(tr("this sync package cannot be read ({reason})").format(reason=error))


def _cannot_read(path: Path, error: OSError) -> PackageRefused:
    return PackageRefused(tr("cannot read {path}: {error}").format(path=path, error=error.strerror or error))


def _verify(path: Path) -> tuple[bytes, int]:
    """Check magic and checksum by streaming the file; return its first line plus header and
    the size of everything before the trailer."""
    try:
        with path.open("rb") as file:
            start = file.read(len(MAGIC))
            if start != MAGIC:
                raise PackageRefused(tr("this file is not a Fourth Pillar desk sync package"))
            size = file.seek(0, 2)
            if size < len(MAGIC) + _TRAILER_SIZE:
                raise PackageRefused(tr(_CUT_OFF))
            file.seek(size - _TRAILER_SIZE)
            trailer = file.read(_TRAILER_SIZE)
            expected = trailer[len(_TRAILER_START):-1]
            if (not trailer.startswith(_TRAILER_START) or not trailer.endswith(b"\n")
                    or len(expected) != 64 or expected.strip(b"0123456789abcdef")):
                raise PackageRefused(tr(_CUT_OFF))
            content_size = size - _TRAILER_SIZE
            digest = hashlib.sha256()
            file.seek(0)
            remaining = content_size
            head = b""
            while remaining > 0:
                chunk = file.read(min(_READ_CHUNK, remaining))
                if not chunk:
                    raise PackageRefused(tr(_CUT_OFF))
                if not head:
                    head = chunk
                digest.update(chunk)
                remaining -= len(chunk)
    except OSError as error:
        raise _cannot_read(path, error) from error
    if digest.hexdigest().encode("ascii") != expected:
        raise PackageRefused(tr(_DAMAGED))
    newline = head.find(b"\n", len(MAGIC))
    if newline < 0:
        raise _refused_unreadable(tr("no header line"))
    return head[:newline + 1], content_size


def _parse_header(head: bytes, *, known_schemas: set[str], own_replica: str | None) -> Package:
    try:
        header = json.loads(head[len(MAGIC):])
        if not isinstance(header, dict):
            raise ValueError(tr("header is not an object"))
        version = int(header["format"])
    except (ValueError, KeyError, TypeError) as error:
        raise _refused_unreadable(error) from error
    if version > FORMAT_VERSION:
        raise PackageRefused(tr("this sync package was made by a newer version of Fourth Pillar desk "
                                "(package format {version}); update the app first").format(version=version))
    if version < FORMAT_VERSION:
        raise PackageRefused(tr("this sync package was made by an older version of Fourth Pillar desk "
                                "(it is not signed); make a new package with this version"))
    schema = str(header.get("schema"))
    if schema not in known_schemas:
        raise PackageRefused(tr("this sync package was made by a newer version of Fourth Pillar desk "
                                "(database revision {schema}); update the app first").format(schema=schema))
    source = str(header.get("source"))
    if own_replica is not None and source == own_replica:
        raise PackageRefused(tr("this sync package was made by this copy itself; apply it on the other copy"))
    try:
        package = Package(
            source=source, schema=schema, kind=str(header["kind"]),
            created_at=dt.datetime.fromisoformat(header["created_at"]),
            from_vector={str(k): int(v) for k, v in header["from"].items()},
            to_vector={str(k): int(v) for k, v in header["to"].items()},
            scope=header.get("scope"), id=str(header["id"]), salt=str(header.get("salt") or ""),
            recipient=None if header.get("recipient") is None else str(header["recipient"]),
            change_count=int(header.get("changes") or 0),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _refused_unreadable(error) from error
    if package.kind not in (KIND_CHANGES, KIND_FIRST):
        raise PackageRefused(tr("this sync package is of an unknown kind ({kind})").format(kind=package.kind))
    return package


def read_package(path: Path, *, known_schemas: set[str], own_replica: str | None = None) -> Package:
    """Check the file completely and return its header (and a package of changes' rows), or raise
    :class:`PackageRefused`.

    *known_schemas* are the database revisions this version of the app knows: a package from a
    newer schema is refused rather than half understood. A first package's body is not read
    here (see :func:`fourthpillar.sync.first.first_package_lines`), so giving one where changes
    are expected costs little; a package of changes is opened by :func:`open_changes`.
    """
    head, content_size = _verify(path)
    package = _parse_header(head, known_schemas=known_schemas, own_replica=own_replica)
    package.path, package.head, package.body_size = path, head, content_size - len(head)
    if package.kind == KIND_FIRST:
        return package
    if package.body_size > MAX_CHANGES_BODY:
        raise _refused_unreadable(tr("too large for a package of changes"))
    try:
        with path.open("rb") as file:
            file.seek(len(head))
            package.body = file.read(package.body_size)
    except OSError as error:
        raise _cannot_read(path, error) from error
    return package


def open_changes(package: Package, *, sender: VerifyKey, keys: KeyPair) -> list[list[Any]]:
    """The change rows of a package read by :func:`read_package`, once its signature is found to
    be *sender*'s and its box opens with this copy's *keys*; only then is it decompressed, within
    :data:`MAX_CHANGES_TEXT` and :data:`MAX_CHANGE_LINE`."""
    signature, sealed = package.body[:_SIGNATURE], package.body[_SIGNATURE:]
    try:
        sender.verify(package.head + sealed, signature)
    except (BadSignatureError, ValueError) as error:
        raise PackageRefused(tr(_FORGED)) from error
    try:
        compressed = SealedBox(keys.box).decrypt(sealed)
    except CryptoError as error:
        raise PackageRefused(tr("this sync package was made for another copy (this copy's key does not open "
                                "it); nothing was applied")) from error
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    rows: list[list[Any]] = []
    try:
        for line in _lines(_capped(inflater, compressed, MAX_CHANGES_TEXT), MAX_CHANGE_LINE):
            row = json.loads(line)
            if not isinstance(row, list) or len(row) != len(CHANGE_COLUMNS):
                raise _refused_unreadable(tr("malformed change rows"))
            rows.append(row)
    except (zlib.error, ValueError) as error:
        raise _refused_unreadable(error) from error
    if not inflater.eof or inflater.unused_data:
        raise _refused_unreadable(tr("the compressed body ends early"))
    if len(rows) != package.change_count:
        raise _refused_unreadable(tr("rows are missing"))
    package.changes = rows
    return rows


def _capped(inflater: Any, data: bytes, limit: int) -> Iterator[bytes]:
    """*data* decompressed a piece at a time, refused once more than *limit* bytes come out."""
    total = 0
    while data and not inflater.eof:
        piece = inflater.decompress(data, _READ_CHUNK)
        total += len(piece)
        if total > limit:
            raise _refused_unreadable(tr("it unpacks to more than a package can hold"))
        yield piece
        data = inflater.unconsumed_tail
    if not inflater.eof:
        tail = inflater.flush()  # output zlib still held back when the last input came in
        if total + len(tail) > limit:
            raise _refused_unreadable(tr("it unpacks to more than a package can hold"))
        yield tail


def _lines(pieces: Iterator[bytes], max_line: int = _MAX_LINE) -> Iterator[bytes]:
    pending: list[bytes] = []
    pending_size = 0
    for piece in pieces:
        start = 0
        while (end := piece.find(b"\n", start)) >= 0:
            if pending_size + end - start > max_line:
                raise _refused_unreadable(tr("a line of the body is too long"))
            pending.append(piece[start:end])
            yield b"".join(pending)
            pending, pending_size = [], 0
            start = end + 1
        if start < len(piece):
            pending.append(piece[start:])
            pending_size += len(piece) - start
            if pending_size > max_line:
                raise _refused_unreadable(tr("a line of the body is too long"))
    if pending_size:
        raise _refused_unreadable(tr("the body does not end with a complete line"))
