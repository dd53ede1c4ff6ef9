"""LibreOffice (.ods) and old Excel (.xls) files for the import tests, written by hand: ordinary
ones, and hostile ones no spreadsheet program would write."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr

# --- .ods ---------------------------------------------------------------------------------------

_ODS_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
    '<office:body><office:spreadsheet>'
)
_ODS_CLOSE = "</office:spreadsheet></office:body></office:document-content>"
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>'
)


def ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>' \
               "</table:table-cell>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods_table(name: str, rows: Sequence[Sequence[Any]], *, trailing_empty: bool = True) -> str:
    """A table as LibreOffice writes it, with its repeated empty rows and columns at the end."""
    body = "".join("<table:table-row>" + "".join(ods_cell(value) for value in row)
                   + '<table:table-cell table:number-columns-repeated="1009"/></table:table-row>' for row in rows)
    if trailing_empty:
        body += ('<table:table-row table:number-rows-repeated="1048570">'
                 '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    return f"<table:table table:name={quoteattr(name)}>{body}</table:table>"


def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[Any]]] | None = None, *, content: str | None = None,
              prolog: str = "") -> Path:
    """An .ods of *sheets* (name -> rows), or with *content* as the body of its spreadsheet."""
    body = content if content is not None else "".join(ods_table(name, rows) for name, rows in (sheets or {}).items())
    document = _ODS_OPEN.replace("?>", "?>" + prolog, 1) + body + _ODS_CLOSE
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", document)
    return path


# --- .xls (BIFF8 in an OLE compound file) -------------------------------------------------------

def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(substream: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, substream, 0x0DBB, 0x07CC, 0, 6))


def _unicode(text: str, *, short: bool = False) -> bytes:
    encoded = text.encode("utf-16-le")
    return (struct.pack("<BB", len(text), 1) if short else struct.pack("<HB", len(text), 1)) + encoded


def xls_stream(sheets: dict[str, Sequence[Sequence[Any]]], *, extra_cells: Sequence[bytes] = (),
               encrypted: bool = False) -> bytes:
    """A BIFF8 workbook stream: the globals (shared strings, sheet list) and each sheet's cells.

    *extra_cells* are raw cell records added to the first sheet (what a hostile file holds).
    """
    strings: list[str] = []
    sheet_parts: list[bytes] = []
    for index, rows in enumerate(sheets.values()):
        cells = b""
        for row_number, row in enumerate(rows):
            for column, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    cells += _record(0x0203, struct.pack("<HHHd", row_number, column, 15, float(value)))
                else:
                    if str(value) not in strings:
                        strings.append(str(value))
                    cells += _record(0x00FD, struct.pack("<HHHI", row_number, column, 15, strings.index(str(value))))
        if index == 0:
            cells += b"".join(extra_cells)
        width = max((len(row) for row in rows), default=0)
        dimensions = _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
        sheet_parts.append(_bof(0x0010) + dimensions + cells + _record(0x000A, b""))
    sst = _record(0x00FC, struct.pack("<II", len(strings), len(strings)) + b"".join(_unicode(s) for s in strings))
    # 15 style XFs and one cell XF (index 15), all "General": what every cell record points to.
    xfs = b"".join(_record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5 if n < 15 else 1, 0x20, 0, 0, 0, 0, 0,
                                               0x20C0)) for n in range(16))
    password = _record(0x002F, b"\x01\x00" + b"\x00" * 52) if encrypted else b""
    names = list(sheets)
    head_size = len(_bof(0x0005)) + len(password) + len(xfs) + len(sst) + len(_record(0x000A, b""))
    head_size += sum(len(_record(0x0085, struct.pack("<IBB", 0, 0, 0) + _unicode(name, short=True)))
                     for name in names)
    boundsheets, offset = b"", head_size
    for name, part in zip(names, sheet_parts, strict=True):
        boundsheets += _record(0x0085, struct.pack("<IBB", offset, 0, 0) + _unicode(name, short=True))
        offset += len(part)
    globals_ = _bof(0x0005) + password + xfs + boundsheets + sst + _record(0x000A, b"")
    return globals_ + b"".join(sheet_parts)


def write_xls(path: Path, stream: bytes, *, stream_name: str = "Workbook", loop_chain: bool = False) -> Path:
    """An OLE compound file (512-byte sectors) holding *stream* as its one stream.

    The stream is padded to 4,096 bytes, so it lives in ordinary sectors (no mini stream).
    *loop_chain* makes the stream's sector chain point back to itself (a damaged file).
    """
    stream = stream + b"\x00" * max(0, 4096 - len(stream))
    sectors = (len(stream) + 511) // 512
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [2 + n + 1 for n in range(sectors - 1)] + [0xFFFFFFFE]
    if loop_chain:
        fat[-1] = 2
    if len(fat) > 128:
        raise ValueError("a test workbook of more than 63 kB needs a second FAT sector")
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<109I", 0, *[0xFFFFFFFF] * 108))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\x00" * 36
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry(stream_name, 2, 0xFFFFFFFF, 2, len(stream))
                 + entry("", 0, 0xFFFFFFFF, 0, 0) * 2)
    path.write_bytes(header + struct.pack("<128I", *fat) + directory + stream.ljust(sectors * 512, b"\x00"))
    return path


def mulrk(row: int, first: int, last: int) -> bytes:
    """One MULRK record: the number 1 in *row*, columns *first* to *last* (0-based)."""
    values = b"".join(struct.pack("<HI", 15, (1 << 2) | 2) for _ in range(first, last + 1))
    return _record(0x00BD, struct.pack("<HH", row, first) + values + struct.pack("<H", last))


def number(row: int, column: int, value: float = 1.0) -> bytes:
    return _record(0x0203, struct.pack("<HHHd", row, column, 15, value))
