"""The sync package file: one file that carries changes (or a first snapshot) between replicas.

Layout::

    FOURTHPILLAR-SYNC-PACKAGE\\n
    <header: one line of JSON>\\n
    <body: gzip-compressed JSON>
    \\nSHA256:<64 hex digits>\\n        checksum over every byte before this trailer

The checksum covers header and body, so a changed byte anywhere, or a cut-off file (no
trailer), is found before anything is read from the body. Reading refuses with
:class:`PackageRefused` (a :class:`~fourthpillar.store.errors.KnownError`) and a sentence that
says what is wrong; nothing is applied in that case.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fourthpillar.store.errors import KnownError

MAGIC = b"FOURTHPILLAR-SYNC-PACKAGE\n"
#: Raised when the layout or meaning of packages changes; newer packages are refused.
FORMAT_VERSION = 1
_TRAILER = re.compile(rb"\nSHA256:([0-9a-f]{64})\n\Z")
_TRAILER_SIZE = len(b"\nSHA256:") + 64 + 1

#: The columns of a change row as carried in a package, in this order.
CHANGE_COLUMNS = (
    "id", "batch_id", "entity", "entity_id", "operation", "field", "old_value", "new_value",
    "officer_id", "replica_id", "changed_at", "seq", "parents", "context",
)

KIND_CHANGES = "changes"
KIND_FIRST = "first"


class PackageRefused(KnownError):
    """This package cannot be applied here; the message says why. Nothing was changed."""


@dataclass
class Package:
    """A package's content in memory. ``changes`` rows follow :data:`CHANGE_COLUMNS`."""

    source: str
    schema: str
    kind: str = KIND_CHANGES
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    #: Per origin replica, the package holds its changes with from < seq <= to.
    from_vector: dict[str, int] = field(default_factory=dict)
    to_vector: dict[str, int] = field(default_factory=dict)
    #: Province of a first package made for one province, else None.
    scope: str | None = None
    changes: list[list[Any]] = field(default_factory=list)
    #: First packages only: {"records": {entity: {"columns": [...], "rows": [[...]]}}, "log": [...]}.
    snapshot: dict[str, Any] | None = None

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION, "kind": self.kind, "source": self.source, "schema": self.schema,
            "created_at": self.created_at.isoformat(), "from": self.from_vector, "to": self.to_vector,
            "scope": self.scope, "changes": len(self.changes),
        }


def encode(package: Package) -> bytes:
    """The file's bytes: header, compressed body and the checksum trailer."""
    header = json.dumps(package.header(), separators=(",", ":"), sort_keys=True).encode("utf-8")
    content = MAGIC + header + b"\n" + _compressed_json({"changes": package.changes, "snapshot": package.snapshot})
    return content + b"\nSHA256:" + hashlib.sha256(content).hexdigest().encode("ascii") + b"\n"


def _compressed_json(value: Any) -> bytes:
    """gzip of *value* as JSON, encoded piece by piece: a first package of a whole register never
    exists as one big JSON text in memory."""
    compressor = zlib.compressobj(5, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing, mtime 0
    parts: list[bytes] = []
    pending: list[str] = []
    size = 0
    for piece in json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).iterencode(value):
        pending.append(piece)
        size += len(piece)
        if size > 1 << 20:
            parts.append(compressor.compress("".join(pending).encode("utf-8")))
            pending, size = [], 0
    parts.append(compressor.compress("".join(pending).encode("utf-8")))
    parts.append(compressor.flush())
    return b"".join(parts)


def decode(data: bytes, *, known_schemas: set[str], own_replica: str | None = None) -> Package:
    """Check *data* completely and return its content, or raise :class:`PackageRefused`.

    *known_schemas* are the database revisions this version of the app knows: a package from a
    newer schema is refused rather than half understood.
    """
    if not data.startswith(MAGIC):
        raise PackageRefused("this file is not a Fourth Pillar desk sync package")
    trailer = _TRAILER.search(data[-_TRAILER_SIZE:]) if len(data) >= len(MAGIC) + _TRAILER_SIZE else None
    if trailer is None:
        raise PackageRefused("this sync package is incomplete (the file was cut off while copying or sending)")
    content = data[:-_TRAILER_SIZE]
    if hashlib.sha256(content).hexdigest().encode("ascii") != trailer.group(1):
        raise PackageRefused("this sync package is damaged or was changed after it was made (checksum mismatch)")
    header_line, newline, body = content[len(MAGIC):].partition(b"\n")
    try:
        if not newline:
            raise ValueError("no header line")
        header = json.loads(header_line)
        if not isinstance(header, dict):
            raise ValueError("header is not an object")
        version = int(header["format"])
    except (ValueError, KeyError, TypeError) as error:
        raise PackageRefused(f"this sync package cannot be read ({error})") from error
    if version > FORMAT_VERSION:
        raise PackageRefused(f"this sync package was made by a newer version of Fourth Pillar desk "
                             f"(package format {version}); update the app first")
    schema = str(header.get("schema"))
    if schema not in known_schemas:
        raise PackageRefused(f"this sync package was made by a newer version of Fourth Pillar desk "
                             f"(database revision {schema}); update the app first")
    source = str(header.get("source"))
    if own_replica is not None and source == own_replica:
        raise PackageRefused("this sync package was made by this copy itself; apply it on the other copy")
    try:
        payload = json.loads(gzip.decompress(body))
        package = Package(
            source=source, schema=schema, kind=str(header["kind"]),
            created_at=dt.datetime.fromisoformat(header["created_at"]),
            from_vector={str(k): int(v) for k, v in header["from"].items()},
            to_vector={str(k): int(v) for k, v in header["to"].items()},
            scope=header.get("scope"), changes=payload["changes"], snapshot=payload["snapshot"],
        )
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, AttributeError) as error:
        raise PackageRefused(f"this sync package cannot be read ({error})") from error
    if package.kind not in (KIND_CHANGES, KIND_FIRST):
        raise PackageRefused(f"this sync package is of an unknown kind ({package.kind})")
    if not isinstance(package.changes, list) or any(
            not isinstance(row, list) or len(row) != len(CHANGE_COLUMNS) for row in package.changes):
        raise PackageRefused("this sync package cannot be read (malformed change rows)")
    return package


def read_package(path: Path, *, known_schemas: set[str], own_replica: str | None = None) -> Package:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PackageRefused(f"cannot read {path}: {error.strerror or error}") from error
    return decode(data, known_schemas=known_schemas, own_replica=own_replica)
