"""The cells of an old Excel file (.xls, BIFF8 in an OLE compound file), counted before it is read.

calamine parses every sheet of an .xls when it opens one, each as a dense rectangle up to its
last cell: two cell records, in A1 and IV65536, ask for 16 million cells. So the compound
file's ``Workbook`` stream is found here by hand (header, sector allocation table, directory,
the mini stream for a small file) and its records are walked: each sheet's cell records give
its rows, columns and cells. Every sector number, chain and length is checked, and a chain may
not be longer than the file has sectors, so a hostile file cannot loop or read outside itself.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fourthpillar.importing.extent import Extent

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_SPECIAL = 0xFFFFFFFA  # sector numbers from here on are markers, not sectors

#: BIFF record types: the start of a substream and the records that hold one cell each, or a
#: run of cells (MULRK, MULBLANK: first column, ..., last column as the last two bytes).
_BOF = 0x0809
_EOF = 0x000A
_WORKSHEET = 0x0010
_ONE_CELL = {0x0006, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6}  # FORMULA LABELSST NUMBER LABEL BOOLERR RK RSTRING
_BLANKS = {0x0201, 0x00BE}  # BLANK, MULBLANK: no value, but a reader may still hold their place
_MULRK = 0x00BD
_FILEPASS = 0x002F


class NotAWorkbook(Exception):
    """The compound file holds no Excel workbook (another Office document, or an encrypted
    .xlsx, which is a compound file with an ``EncryptedPackage``); ``encrypted`` tells which."""

    def __init__(self, encrypted: bool) -> None:
        super().__init__("encrypted" if encrypted else "not a workbook")
        self.encrypted = encrypted


class Damaged(Exception):
    """The compound file or its records do not hold together."""


class _Compound:
    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise Damaged("header")
        self.data = data
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise Damaged("sector size")
        self.size = 1 << sector_shift
        self.mini_size = 1 << mini_shift
        self.sectors = (len(data) - 512 + self.size - 1) // self.size
        (fat_count, self.first_directory, self.mini_cutoff, self.first_mini_fat, _mini_fat_count,
         first_difat, difat_count) = struct.unpack_from("<I I 4x I I I I I", data, 0x2C)
        fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
        sector = first_difat
        for _ in range(min(difat_count, self.sectors)):
            if sector >= _SPECIAL:
                break
            entries = struct.unpack_from(f"<{self.size // 4}I", self._sector(sector))
            fat_sectors.extend(entries[:-1])
            sector = entries[-1]
        fat_sectors = [number for number in fat_sectors if number < _SPECIAL][:fat_count]
        self.fat: list[int] = []
        for number in fat_sectors:
            self.fat.extend(struct.unpack_from(f"<{self.size // 4}I", self._sector(number)))

    def _sector(self, number: int) -> bytes:
        if number >= self.sectors:
            raise Damaged("sector out of the file")
        start = 512 + number * self.size
        return self.data[start:start + self.size]

    def _chain(self, first: int, table: list[int]) -> Iterator[int]:
        sector, seen = first, 0
        while sector < _SPECIAL:
            if sector >= len(table) or seen > len(table):
                raise Damaged("chain")
            yield sector
            seen += 1
            sector = table[sector]

    def stream(self, first: int, size: int) -> bytes:
        parts = b"".join(self._sector(number) for number in self._chain(first, self.fat))
        if len(parts) < size:
            raise Damaged("stream shorter than its size")
        return parts[:size]

    def entries(self) -> Iterator[tuple[str, int, int, int]]:
        """(name, type, first sector, size) of every directory entry."""
        directory = b"".join(self._sector(number) for number in self._chain(self.first_directory, self.fat))
        for offset in range(0, len(directory) - 127, 128):
            entry = directory[offset:offset + 128]
            length = min(struct.unpack_from("<H", entry, 0x40)[0], 64)
            name = entry[:max(length - 2, 0)].decode("utf-16-le", "replace")
            kind = entry[0x42]
            first, size = struct.unpack_from("<IQ", entry, 0x74)
            yield name, kind, first, size & 0xFFFFFFFF if self.size == 512 else size

    def workbook(self) -> bytes:
        entries = list(self.entries())
        names = {name: (first, size) for name, kind, first, size in entries if kind == 2}
        found = names.get("Workbook") or names.get("Book")
        if found is None:
            raise NotAWorkbook(encrypted="EncryptedPackage" in names)
        first, size = found
        if size > len(self.data):
            raise Damaged("stream larger than the file")
        if size >= self.mini_cutoff:
            return self.stream(first, size)
        root = next(((first, size) for _name, kind, first, size in entries if kind == 5), None)
        if root is None:
            raise Damaged("no root entry")
        mini_stream = self.stream(*root)
        mini_fat: list[int] = []
        for number in self._chain(self.first_mini_fat, self.fat):
            mini_fat.extend(struct.unpack_from(f"<{self.size // 4}I", self._sector(number)))
        parts = []
        for number in self._chain(first, mini_fat):
            start = number * self.mini_size
            if start + self.mini_size > len(mini_stream):
                raise Damaged("mini sector out of the stream")
            parts.append(mini_stream[start:start + self.mini_size])
        data = b"".join(parts)
        if len(data) < size:
            raise Damaged("stream shorter than its size")
        return data[:size]


def sheet_extents(data: bytes, *, max_columns: int) -> list[Extent]:
    """The extent of every worksheet in the .xls file *data* (:class:`NotAWorkbook`, :class:`Damaged`)."""
    stream = _Compound(data).workbook()
    extents: list[Extent] = []
    current: Extent | None = None
    offset = 0
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4:offset + 4 + length]
        offset += 4 + length
        if len(body) < length:
            raise Damaged("record cut short")
        if kind == _FILEPASS:
            raise NotAWorkbook(encrypted=True)
        if kind == _BOF and length >= 4:
            substream = struct.unpack_from("<H", body, 2)[0]
            current = Extent() if substream == _WORKSHEET else None
            if current is not None:
                extents.append(current)
        elif kind == _EOF:
            current = None
        elif current is not None and length >= 4 and (kind in _ONE_CELL or kind in _BLANKS or kind == _MULRK):
            row, column = struct.unpack_from("<HH", body, 0)
            count = 1
            if kind in (_MULRK, 0x00BE) and length >= 6:
                last = struct.unpack_from("<H", body, length - 2)[0]
                count = max(last - column + 1, 1)
            if kind in _BLANKS:
                current.reach(row + 1, column + count)
            else:
                current.value_at(row + 1, column + 1, count, max_columns)
    return extents


def xls_sheet_extents(data: bytes, *, max_columns: int) -> list[Extent]:
    """:func:`sheet_extents`, with a damaged container as :class:`Damaged` whatever went wrong."""
    try:
        return sheet_extents(data, max_columns=max_columns)
    except (struct.error, IndexError, ValueError) as error:
        raise Damaged(str(error)) from None
