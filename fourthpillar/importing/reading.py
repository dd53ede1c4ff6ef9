"""Reading an untrusted spreadsheet (.xlsx, .ods, .xls or .csv) into rows of cell values.

Files come from outside the office and may be corrupt, enormous, zip bombs or carry XML
entity tricks. Every check happens before a parser sees the content (workbooks:
``importing/workbooks.py``); rows, columns, cells and cell sizes are capped, with a message that
says which limit was hit. Here: the limits, the file as bytes, the rows as the import sees them,
and .csv text.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from fourthpillar.i18n import translator
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.store.errors import KnownError

#: A cell as read: text, a number, a date/datetime, a boolean or nothing.
CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None


_tr = translator("Import")


class ImportRefused(KnownError):
    """The file cannot be imported; the message says why. Nothing has been written."""


def import_cancelled() -> Cancelled:
    """What a cancelled import raises: the one :class:`~fourthpillar.jobs.Cancelled` of every long job."""
    return Cancelled(_tr("the import was cancelled; nothing was written"))


@dataclass(frozen=True)
class ReadLimits:
    """What a file may hold before it is refused (generous for a register of ~1,300 rows)."""

    max_file_bytes: int = 50 * 1024 * 1024
    #: Sum of all zip members once decompressed, declared and actual.
    max_uncompressed_bytes: int = 400 * 1024 * 1024
    #: openpyxl holds a workbook's shared text in memory as a whole.
    max_shared_strings_bytes: int = 64 * 1024 * 1024
    #: A member this much larger than its compressed form is a bomb, whatever its size...
    max_compression_ratio: int = 200
    #: ...once it is bigger than this (tiny members compress absurdly well, legitimately).
    ratio_floor_bytes: int = 2 * 1024 * 1024
    max_rows: int = 100_000
    max_columns: int = 200
    #: Cells kept in memory for the preview (rows times their width).
    max_cells: int = 2_000_000
    #: Cells from A1 to a sheet's last row and column, which the workbook reader holds in memory
    #: at once (for an .ods or .xls: of all sheets together, read at once).
    max_sheet_area: int = 4_000_000
    #: Excel's own limit for one cell.
    max_cell_chars: int = 32_767


DEFAULT_LIMITS = ReadLimits()


@dataclass
class Table:
    """The non-blank rows of one sheet: (row number as the user sees it, cell values)."""

    file_name: str
    sheet: str
    sheets: list[str]
    rows: list[tuple[int, tuple[CellValue, ...]]] = field(default_factory=list)


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003) and other OLE files


def _refuse(file_name: str, message: str, **values: Any) -> ImportRefused:
    """The refusal of *file_name*: *message* (already translated) with *values* filled in."""
    return ImportRefused(f"{file_name}: " + message.format(**values))


def _read_bytes(path: Path, limits: ReadLimits) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise _refuse(name, _tr("the file is too large ({size} MB; at most {limit} MB)"),
                          size=size // (1024 * 1024), limit=limits.max_file_bytes // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(name, _tr("the file does not exist")) from None
    except IsADirectoryError:
        raise _refuse(name, _tr("this is a folder, not a file")) from None
    except PermissionError:
        raise _refuse(name, _tr("the file cannot be opened (permission denied)")) from None
    except OSError as error:
        raise _refuse(name, _tr("the file cannot be read ({reason})"), reason=error.strerror or error) from None
    if not data.strip():
        raise _refuse(name, _tr("the file is empty"))
    return data


def file_digest(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """The SHA-256 of the file, to notice it changed between preview and import."""
    return hashlib.sha256(_read_bytes(Path(path), limits)).hexdigest()


def _is_workbook(path: Path, data: bytes) -> bool:
    """A workbook (.xlsx, .ods: a zip; .xls: an OLE compound file) rather than text."""
    if data.startswith(b"PK") and not data.startswith(_ZIP_MAGIC):
        raise _refuse(path.name, _tr("the file is damaged or truncated (not a complete .xlsx or .ods)"))
    return data.startswith((_ZIP_MAGIC, _OLE_MAGIC))


def sheet_names(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The sheets the person can choose from (a .csv has one, named after the file)."""
    path = Path(path)
    data = _read_bytes(path, limits)
    if _is_workbook(path, data):
        from fourthpillar.importing import workbooks  # deferred: the command line starts faster without it

        return workbooks.sheet_names(path.name, data, limits)
    return [path.stem]


def read_table(path: Path, sheet: str | None = None, *, limits: ReadLimits = DEFAULT_LIMITS,
               progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> Table:
    """Read *sheet* (the first when None) of the file at *path*; :class:`ImportRefused` if it cannot."""
    path = Path(path)
    data = _read_bytes(path, limits)
    if _is_workbook(path, data):
        from fourthpillar.importing import workbooks

        return workbooks.read_table(path.name, data, sheet, limits, progress, is_cancelled)
    return _read_csv(path, data, sheet, limits, is_cancelled)


def _too_many_cells(file_name: str, limits: ReadLimits) -> ImportRefused:
    return _refuse(file_name, _tr("the sheet holds more than {limit} cells; split it into smaller files"),
                   limit=f"{limits.max_cells:,}")


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _keep_row(file_name: str, number: int, values: tuple[Any, ...] | list[Any],
              limits: ReadLimits) -> tuple[CellValue, ...] | None:
    """The row trimmed of trailing blanks, None when blank; refuses an absurd row."""
    last = len(values)
    while last and (values[last - 1] is None or values[last - 1] == ""):
        last -= 1
    if last == 0:
        return None
    if number > limits.max_rows:
        raise _refuse(file_name, _tr("the sheet has more than {limit} rows; split it into smaller files"),
                      limit=f"{limits.max_rows:,}")
    if last > limits.max_columns:
        raise _refuse(file_name, _tr("row {row} has a value in column {column}: more than {limit} columns "
                      "is not a register"), row=number, column=_column_letter(last - 1),
                      limit=limits.max_columns)
    row = tuple(values[:last])
    for index, value in enumerate(row):
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            raise _refuse(file_name, _tr("the cell at row {row}, column {column} holds {length} characters "
                          "(at most {limit})"), row=number, column=_column_letter(index),
                          length=f"{len(value):,}", limit=f"{limits.max_cell_chars:,}")
    return row


# --- .csv -------------------------------------------------------------------------------------

def _decode(file_name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" export.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(file_name, _tr("the file is damaged (invalid UTF-16 text)")) from None
    if b"\x00" in data[:65536]:
        raise _refuse(file_name, _tr("this is not a spreadsheet (.xlsx) or a text file (.csv)"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Excel on Belgian Windows saves "CSV" in cp1252.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _refuse(file_name, _tr("this is not a spreadsheet (.xlsx) or a text file (.csv) "
                      "in a known encoding")) from None


def _sniff_delimiter(lines: list[str]) -> str:
    """The separator that splits the first lines into the most columns, most consistently."""
    best, best_score = ",", -1
    for delimiter in (";", ",", "\t"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(cell.strip() for cell in row)]
        if not counts:
            continue
        widest = max(counts)
        score = sum(1 for count in counts if count == widest) * (widest - 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _read_csv(path: Path, data: bytes, sheet: str | None, limits: ReadLimits,
              is_cancelled: IsCancelled) -> Table:
    file_name = path.name
    text = _decode(file_name, data)
    if not text.strip():
        raise _refuse(file_name, _tr("the file is empty"))
    head = text[:65536].splitlines()[:30]
    delimiter = _sniff_delimiter(head)
    table = Table(file_name=file_name, sheet=path.stem, sheets=[path.stem])
    if sheet is not None and sheet != path.stem:
        raise _refuse(file_name, _tr("a .csv file has no sheet named '{sheet}'"), sheet=sheet)
    kept = 0
    try:
        for number, cells in enumerate(_csv_rows(text, delimiter), start=1):
            if number % 1000 == 0 and is_cancelled():
                raise import_cancelled()
            row = _keep_row(file_name, number, [cell.strip() for cell in cells], limits)
            if row is not None:
                table.rows.append((number, row))
                kept += len(row)
                if kept > limits.max_cells:
                    raise _too_many_cells(file_name, limits)
    except csv.Error as error:
        if "field larger" in str(error):
            raise _refuse(file_name, _tr("a cell holds more than {limit} characters"),
                          limit=f"{csv.field_size_limit():,}") from None
        raise _refuse(file_name, _tr("the file is not valid CSV ({reason})"), reason=error) from None
    return table
