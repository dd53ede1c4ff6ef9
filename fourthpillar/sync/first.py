"""First packages: the register (or one province of it) for a new field copy, written and read
a line at a time, encrypted with a key derived from a one-time code (layout:
:mod:`fourthpillar.sync.package`)."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Generator
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import BinaryIO

from nacl import bindings
from nacl.exceptions import CryptoError

from fourthpillar.i18n import translator
from fourthpillar.sync import package as layout
from fourthpillar.sync.ahead import read_ahead
from fourthpillar.sync.package import _CUT_OFF
from fourthpillar.sync.package import _DAMAGED
from fourthpillar.sync.package import _FORGED
from fourthpillar.sync.package import _FRAME
from fourthpillar.sync.package import _READ_CHUNK
from fourthpillar.sync.package import _STREAM
from fourthpillar.sync.package import _TRAILER_START
from fourthpillar.sync.package import _WRONG_CODE
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import COMPRESSION_LEVEL
from fourthpillar.sync.package import KIND_FIRST
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.package import _cannot_read
from fourthpillar.sync.package import _head
from fourthpillar.sync.package import _lines
from fourthpillar.sync.package import _refused_unreadable
from fourthpillar.sync.package import _trailer

tr = translator("Sync")
#: Decompressed pieces (at most a megabyte each) read ahead of the checkout (sync/ahead.py).
READ_AHEAD_PIECES = 8


class FirstPackageWriter:
    """Writes a first package to an open binary file a line at a time (layout: module docstring),
    encrypted with *key* (:func:`fourthpillar.sync.trust.code_key` of the code and the header's salt).

    *keys* is the first line: what the new copy needs to know of itself and of its maker.
    Call :meth:`table` before each table's :meth:`rows`, then :meth:`log`, then :meth:`finish`.
    """

    def __init__(self, file: BinaryIO, package: Package, *, key: bytes, keys: dict[str, Any]) -> None:
        self._file = file
        self._digest = hashlib.sha256()
        self._compressor = zlib.compressobj(COMPRESSION_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        self._encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.records = 0
        self.log_rows = 0
        head = _head(package)
        self._ad: bytes | None = head  # the first frame authenticates the header
        self._state = getattr(bindings, _STREAM + "state")()
        self._write(head)
        self._write(getattr(bindings, _STREAM + "init_push")(self._state, key))
        self._line(["keys", keys])

    def _write(self, data: bytes) -> None:
        if data:
            self._digest.update(data)
            self._file.write(data)

    def _frame(self, final: bool) -> None:
        plain = b"".join(self._pending)
        self._pending, self._pending_size = [], 0
        tag = getattr(bindings, _STREAM + ("TAG_FINAL" if final else "TAG_MESSAGE"))
        frame = getattr(bindings, _STREAM + "push")(self._state, plain, self._ad, tag)
        self._ad = None
        self._write(struct.pack(">I", len(frame)) + frame)

    def _compressed(self, data: bytes) -> None:
        for start in range(0, len(data), _FRAME):
            piece = data[start:start + _FRAME]
            self._pending.append(piece)
            self._pending_size += len(piece)
            if self._pending_size >= _FRAME:
                self._frame(final=False)

    def _line(self, value: Any) -> None:
        self._compressed(self._compressor.compress(self._encoder.encode(value).encode("utf-8") + b"\n"))

    def table(self, entity: str, columns: Sequence[str]) -> None:
        self._line(["table", entity, list(columns)])

    def _write_lines(self, kind: str, rows: list[list[Any]]) -> None:
        for start in range(0, len(rows), layout.ROWS_PER_LINE):
            self._line([kind, rows[start:start + layout.ROWS_PER_LINE]])

    def rows(self, rows: list[list[Any]]) -> None:
        self._write_lines("rows", rows)
        self.records += len(rows)

    def log(self, rows: list[list[Any]]) -> None:
        self._write_lines("log", rows)
        self.log_rows += len(rows)

    def finish(self) -> None:
        self._line(["end", self.records, self.log_rows])
        self._pending.append(self._compressor.flush())
        self._frame(final=True)
        self._file.write(_trailer(self._digest.hexdigest()))


def _frames(file: BinaryIO, size: int, digest: Any, key: bytes, head: bytes) -> Iterator[bytes]:
    """The plain text of a first package's secretstream frames in the *size* bytes at the file's
    position, each authenticated before it is given out (the first one with the header *head*)."""
    header_size = getattr(bindings, _STREAM + "HEADERBYTES")
    overhead = getattr(bindings, _STREAM + "ABYTES")
    final = getattr(bindings, _STREAM + "TAG_FINAL")

    def read(count: int) -> bytes:
        data = file.read(count)
        if len(data) != count:
            raise PackageRefused(tr(_CUT_OFF))
        digest.update(data)
        return data

    if size < header_size:
        raise PackageRefused(tr(_CUT_OFF))
    state = getattr(bindings, _STREAM + "state")()
    remaining = size - header_size
    try:
        getattr(bindings, _STREAM + "init_pull")(state, read(header_size), key)
    except (CryptoError, ValueError) as error:
        raise PackageRefused(tr(_WRONG_CODE)) from error
    ad: bytes | None = head
    tag = None
    while tag != final:
        if remaining < 4:
            raise _refused_unreadable(tr("the body ends before its last line"))
        (length,) = struct.unpack(">I", read(4))
        remaining -= 4
        if length > 2 * _FRAME + overhead or length > remaining:
            raise _refused_unreadable(tr("a part of the body is too long"))
        frame = read(length)
        remaining -= length
        try:
            plain, tag = getattr(bindings, _STREAM + "pull")(state, frame, ad)
        except (CryptoError, ValueError) as error:
            raise PackageRefused(tr(_WRONG_CODE) if ad is not None else tr(_FORGED)) from error
        ad = None
        yield plain
    if remaining:
        raise _refused_unreadable(tr("data after the end of the compressed body"))


def check_code(package: Package, key: bytes) -> None:
    """Refuse a first package that *key* (from the code typed) does not open, before anything is written."""
    if package.path is None:
        raise PackageRefused(tr("this is not a first package"))
    try:
        with package.path.open("rb") as file:
            file.seek(len(package.head))
            next(_frames(file, package.body_size, hashlib.sha256(), key, package.head), None)
    except OSError as error:
        raise _cannot_read(package.path, error) from error


def _inflated(frames: Iterator[bytes]) -> Iterator[bytes]:
    """The decompressed body, piece by piece, from the plain text of its frames."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    for data in frames:
        if inflater.eof and data:
            raise _refused_unreadable(tr("data after the end of the compressed body"))
        while data and not inflater.eof:
            yield inflater.decompress(data, _READ_CHUNK)
            data = inflater.unconsumed_tail
        if inflater.eof and (data or inflater.unused_data):
            raise _refused_unreadable(tr("data after the end of the compressed body"))
    if not inflater.eof:
        tail = inflater.flush()  # output zlib still held back when the last input came in
        if tail:
            yield tail
    if not inflater.eof:
        raise _refused_unreadable(tr("the compressed body ends early"))


def _rows_of(value: Any, width: int) -> list[list[Any]]:
    # Counted in C (map) rather than row by row: a first package holds more than a million rows.
    if not isinstance(value, list) or (value and (set(map(type, value)) != {list} or set(map(len, value)) != {width})):
        raise _refused_unreadable(tr("malformed rows"))
    return value


def first_package_lines(package: Package, key: bytes) -> Generator[tuple[str, Any, int], None, None]:
    """The body of a first package checked by :func:`read_package`, opened with *key*, a line at
    a time: ``("keys", {...})`` first, then ``("table", (entity, columns))``, ``("rows", rows)``
    and ``("log", rows)``, each with the length of its line (bytes).

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
            body = _inflated(_frames(file, package.body_size, digest, key, package.head))
            with read_ahead(body, depth=READ_AHEAD_PIECES) as pieces:
                for number, line in enumerate(_lines(pieces)):
                    if ended:
                        raise _refused_unreadable(tr("lines after the end"))
                    try:
                        item = json.loads(line)
                    except ValueError as error:
                        raise _refused_unreadable(error) from error
                    if not isinstance(item, list) or not item or not isinstance(item[0], str):
                        raise _refused_unreadable(tr("malformed line"))
                    kind = item[0]
                    if (kind == "keys") != (number == 0):
                        raise _refused_unreadable(tr("unexpected line '{kind}'").format(kind=kind))
                    if kind == "keys" and len(item) == 2 and isinstance(item[1], dict):
                        yield "keys", item[1], len(line)
                    elif kind == "table" and len(item) == 3 and isinstance(item[1], str) and isinstance(item[2], list) \
                            and all(isinstance(name, str) for name in item[2]):
                        width = len(item[2])
                        yield "table", (item[1], item[2]), len(line)
                    elif kind == "rows" and len(item) == 2 and width is not None:
                        rows = _rows_of(item[1], width)
                        records += len(rows)
                        yield "rows", rows, len(line)
                    elif kind == "log" and len(item) == 2:
                        rows = _rows_of(item[1], len(CHANGE_COLUMNS))
                        log_rows += len(rows)
                        width = None
                        yield "log", rows, len(line)
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
