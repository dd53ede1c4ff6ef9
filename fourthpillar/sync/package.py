"""The sync package file: one file that carries changes (or a first snapshot) between replicas.

Layout::

    FOURTHPILLAR-SYNC-PACKAGE\\n
    <header: one line of JSON>\\n
    <body: gzip-compressed>
    \\nSHA256:<64 hex digits>\\n        checksum over every byte before this trailer

The header says the package's ``format``, ``kind``, source replica, schema revision and version
vectors. The body depends on the kind:

- ``changes``: one JSON object ``{"changes": [[...], ...]}``, each change a list following
  :data:`CHANGE_COLUMNS`. Such packages are small and read whole.
- ``first`` (format 2): JSON Lines, one JSON array per line, so that a whole register is written
  and read a line at a time and never held in memory at once::

      ["table", "<entity>", ["<column>", ...]]   the record rows that follow are of this table
      ["rows", [[...], ...]]                     up to ROWS_PER_LINE rows of that table
      ["log", [[...], ...]]                      up to ROWS_PER_LINE change-log rows (CHANGE_COLUMNS)
      ["end", <records>, <log rows>]             the last line: a body that stops early lacks it

  Tables come in :data:`~fourthpillar.sync.merge.ENTITY_ORDER` (foreign keys), the log after them;
  a row is a list in the announced column order, dates and timestamps as ISO text. First
  packages of format 1 (one JSON document) are refused: nothing was released with them.

Reading first checks the checksum, streaming the file in chunks, before any of it is parsed, so
a changed byte anywhere, or a cut-off file (no trailer), is refused before anything is written.
A first package's body is then read a line at a time by :func:`first_package_lines`, which also
refuses a body that is malformed (a forged package with a valid checksum) or that changed since
the check. Refusals raise :class:`PackageRefused` (a :class:`~fourthpillar.store.errors.KnownError`)
with a sentence that says what is wrong; nothing is applied in that case.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fourthpillar import clock
from fourthpillar.i18n import QT_TRANSLATE_NOOP, translate
from fourthpillar.store.errors import KnownError

MAGIC = b"FOURTHPILLAR-SYNC-PACKAGE\n"
#: Raised when the layout or meaning of packages changes; newer packages are refused.
#: 2: a first package's body is JSON Lines (see above).
FORMAT_VERSION = 2
_TRAILER_START = b"\nSHA256:"
_TRAILER_SIZE = len(_TRAILER_START) + 64 + 1
#: Bytes read from the file at a time, and the most a body line may hold once decompressed.
_READ_CHUNK = 1 << 20
_MAX_LINE = 256 << 20
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

KIND_CHANGES = "changes"
KIND_FIRST = "first"

_CUT_OFF = QT_TRANSLATE_NOOP(
    "Sync", "this sync package is incomplete (the file was cut off while copying or sending)")
_DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "this sync package is damaged or was changed after it was made (checksum mismatch)")


def tr(text: str) -> str:
    return translate("Sync", text)


class PackageRefused(KnownError):
    """This package cannot be applied here; the message says why. Nothing was changed."""


@dataclass
class Package:
    """A package's header, and for a package of changes its rows (following :data:`CHANGE_COLUMNS`).

    A first package read from a file keeps only where its body is: read it with
    :func:`first_package_lines`.
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
    #: A first package read from a file: the file, the bytes before its body, the body's size.
    path: Path | None = None
    head: bytes = b""
    body_size: int = 0

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION, "kind": self.kind, "source": self.source, "schema": self.schema,
            "created_at": self.created_at.isoformat(), "from": self.from_vector, "to": self.to_vector,
            "scope": self.scope, "changes": len(self.changes),
        }


def _head(package: Package) -> bytes:
    return MAGIC + json.dumps(package.header(), separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"


def _trailer(hexdigest: str) -> bytes:
    return _TRAILER_START + hexdigest.encode("ascii") + b"\n"


# -- writing --------------------------------------------------------------------------------

def encode(package: Package) -> bytes:
    """A package of changes as the file's bytes: header, compressed body and the checksum trailer."""
    compressor = zlib.compressobj(COMPRESSION_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip, mtime 0
    body = json.dumps({"changes": package.changes}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    content = _head(package) + compressor.compress(body) + compressor.flush()
    return content + _trailer(hashlib.sha256(content).hexdigest())


class FirstPackageWriter:
    """Writes a first package to an open binary file a line at a time (layout: module docstring).

    Call :meth:`table` before each table's :meth:`rows`, then :meth:`log`, then :meth:`finish`.
    """

    def __init__(self, file: BinaryIO, package: Package) -> None:
        self._file = file
        self._digest = hashlib.sha256()
        self._compressor = zlib.compressobj(COMPRESSION_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        self._encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
        self.records = 0
        self.log_rows = 0
        self._write(_head(package))

    def _write(self, data: bytes) -> None:
        if data:
            self._digest.update(data)
            self._file.write(data)

    def _line(self, value: Any) -> None:
        self._write(self._compressor.compress(self._encoder.encode(value).encode("utf-8") + b"\n"))

    def table(self, entity: str, columns: Sequence[str]) -> None:
        self._line(["table", entity, list(columns)])

    def _write_lines(self, kind: str, rows: list[list[Any]]) -> None:
        for start in range(0, len(rows), ROWS_PER_LINE):
            self._line([kind, rows[start:start + ROWS_PER_LINE]])

    def rows(self, rows: list[list[Any]]) -> None:
        self._write_lines("rows", rows)
        self.records += len(rows)

    def log(self, rows: list[list[Any]]) -> None:
        self._write_lines("log", rows)
        self.log_rows += len(rows)

    def finish(self) -> None:
        self._line(["end", self.records, self.log_rows])
        self._write(self._compressor.flush())
        self._file.write(_trailer(self._digest.hexdigest()))


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
            scope=header.get("scope"),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _refused_unreadable(error) from error
    if package.kind not in (KIND_CHANGES, KIND_FIRST):
        raise PackageRefused(tr("this sync package is of an unknown kind ({kind})").format(kind=package.kind))
    if package.kind == KIND_FIRST and version < 2:
        raise PackageRefused(tr("this first package was made by an older test version of Fourth Pillar desk; "
                                "make a new one on the office copy"))
    return package


def read_package(path: Path, *, known_schemas: set[str], own_replica: str | None = None) -> Package:
    """Check the file completely and return its header (and a package of changes' rows), or raise
    :class:`PackageRefused`.

    *known_schemas* are the database revisions this version of the app knows: a package from a
    newer schema is refused rather than half understood. A first package's body is not read
    here (see :func:`first_package_lines`), so giving one where changes are expected costs little.
    """
    head, content_size = _verify(path)
    package = _parse_header(head, known_schemas=known_schemas, own_replica=own_replica)
    package.path, package.head, package.body_size = path, head, content_size - len(head)
    if package.kind == KIND_FIRST:
        return package
    try:
        with path.open("rb") as file:
            file.seek(len(head))
            body = file.read(package.body_size)
        payload = json.loads(gzip.decompress(body))
        package.changes = payload["changes"]
    except OSError as error:
        raise _cannot_read(path, error) from error
    except (EOFError, zlib.error, ValueError, KeyError, TypeError) as error:
        raise _refused_unreadable(error) from error
    if not isinstance(package.changes, list) or any(
            not isinstance(row, list) or len(row) != len(CHANGE_COLUMNS) for row in package.changes):
        raise _refused_unreadable(tr("malformed change rows"))
    return package


def _inflated(file: BinaryIO, size: int, digest: Any) -> Iterator[bytes]:
    """The decompressed body, piece by piece, from the *size* bytes at the file's position."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    remaining = size
    while remaining > 0 and not inflater.eof:
        data = file.read(min(_READ_CHUNK, remaining))
        if not data:
            raise PackageRefused(tr(_CUT_OFF))
        remaining -= len(data)
        digest.update(data)
        while data and not inflater.eof:
            yield inflater.decompress(data, _READ_CHUNK)
            data = inflater.unconsumed_tail
    if not inflater.eof:
        tail = inflater.flush()  # output zlib still held back when the last input came in
        if tail:
            yield tail
    if not inflater.eof:
        raise _refused_unreadable(tr("the compressed body ends early"))
    if remaining or inflater.unused_data:
        raise _refused_unreadable(tr("data after the end of the compressed body"))


def _lines(pieces: Iterator[bytes]) -> Iterator[bytes]:
    pending: list[bytes] = []
    pending_size = 0
    for piece in pieces:
        start = 0
        while (end := piece.find(b"\n", start)) >= 0:
            pending.append(piece[start:end])
            yield b"".join(pending)
            pending, pending_size = [], 0
            start = end + 1
        if start < len(piece):
            pending.append(piece[start:])
            pending_size += len(piece) - start
            if pending_size > _MAX_LINE:
                raise _refused_unreadable(tr("a line of the body is too long"))
    if pending_size:
        raise _refused_unreadable(tr("the body does not end with a complete line"))


def _rows_of(value: Any, width: int) -> list[list[Any]]:
    if not isinstance(value, list) or any(not isinstance(row, list) or len(row) != width for row in value):
        raise _refused_unreadable(tr("malformed rows"))
    return value


def first_package_lines(package: Package) -> Iterator[tuple[str, Any]]:
    """The body of a first package checked by :func:`read_package`, a line at a time:
    ``("table", (entity, columns))``, ``("rows", rows)`` and ``("log", rows)``.

    Raises :class:`PackageRefused` as soon as the body turns out malformed, when it ends before
    its last line, and at the end when the file changed since it was checked: the caller reads
    it inside one transaction and lets the refusal roll everything back.
    """
    if package.path is None or package.kind != KIND_FIRST:
        raise PackageRefused(tr("this is not a first package"))
    digest = hashlib.sha256(package.head)
    records = log_rows = 0
    width: int | None = None
    ended = False
    try:
        with package.path.open("rb") as file:
            file.seek(len(package.head))
            for line in _lines(_inflated(file, package.body_size, digest)):
                if ended:
                    raise _refused_unreadable(tr("lines after the end"))
                try:
                    item = json.loads(line)
                except ValueError as error:
                    raise _refused_unreadable(error) from error
                if not isinstance(item, list) or not item or not isinstance(item[0], str):
                    raise _refused_unreadable(tr("malformed line"))
                kind = item[0]
                if kind == "table" and len(item) == 3 and isinstance(item[1], str) and isinstance(item[2], list) \
                        and all(isinstance(name, str) for name in item[2]):
                    width = len(item[2])
                    yield "table", (item[1], item[2])
                elif kind == "rows" and len(item) == 2 and width is not None:
                    rows = _rows_of(item[1], width)
                    records += len(rows)
                    yield "rows", rows
                elif kind == "log" and len(item) == 2:
                    rows = _rows_of(item[1], len(CHANGE_COLUMNS))
                    log_rows += len(rows)
                    width = None
                    yield "log", rows
                elif kind == "end" and len(item) == 3:
                    if item[1:] != [records, log_rows]:
                        raise _refused_unreadable(tr("rows are missing"))
                    ended = True
                else:
                    raise _refused_unreadable(tr("unexpected line '{kind}'").format(kind=kind))
    except OSError as error:
        raise _cannot_read(package.path, error) from error
    if not ended:
        raise _refused_unreadable(tr("the body ends before its last line"))
    if digest.hexdigest().encode("ascii") != _expected_digest(package.path, package.head, package.body_size):
        raise PackageRefused(tr(_DAMAGED))


def _expected_digest(path: Path, head: bytes, body_size: int) -> bytes:
    try:
        with path.open("rb") as file:
            file.seek(len(head) + body_size + len(_TRAILER_START))
            return file.read(64)
    except OSError as error:
        raise _cannot_read(path, error) from error
