"""Workbooks (.xlsx, .ods, .xls) read with calamine, once the guards have passed.

calamine (Rust) reads a 50,000-row workbook in about a second where openpyxl took seven. It
holds a sheet in memory as a dense rectangle from A1 to its last value, and opens an .ods or
.xls by reading every sheet, so nothing reaches it before these checks:

- .xlsx and .ods are zips: the declared uncompressed sizes are checked, then every member is
  decompressed once (streamed, counted) so a header that lies about its size is caught too;
  every XML member's prolog is parsed with defusedxml forbidding a DTD, entity declarations and
  external references (a DTD may only appear before the root element, so the prolog suffices);
- the cells are counted from the raw XML (``importing/extent.py``): the chosen sheet of an
  .xlsx, every table of an .ods with its repeats counted out;
- .xls: the file size, then every sheet's cell records in the compound file (``importing/biff.py``);
- rows, columns, cells and the area held in memory are capped before calamine parses;
- formulas are never evaluated: calamine reads the value Excel or LibreOffice stored with them.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml  # type: ignore[import-untyped]
import defusedxml.ElementTree as safe_xml  # type: ignore[import-untyped]

from fourthpillar.i18n import translator
from fourthpillar.importing import biff
from fourthpillar.importing.extent import Extent
from fourthpillar.importing.extent import OdsContentScanner
from fourthpillar.importing.extent import XlsxSheetScanner
from fourthpillar.importing.reading import _OLE_MAGIC
from fourthpillar.importing.reading import CellValue
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.importing.reading import ReadLimits
from fourthpillar.importing.reading import Table
from fourthpillar.importing.reading import _column_letter
from fourthpillar.importing.reading import _keep_row
from fourthpillar.importing.reading import _refuse
from fourthpillar.importing.reading import _too_many_cells
from fourthpillar.importing.reading import import_cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress

XLSX, ODS, XLS = "xlsx", "ods", "xls"


_tr = translator("Import")


_CHUNK = 4 * 1024 * 1024
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


# --- the guards ---------------------------------------------------------------------------------

def _check_zip(file_name: str, data: bytes, limits: ReadLimits) -> tuple[zipfile.ZipFile, str]:
    """The archive and its kind (xlsx or ods), once its sizes are within limits and its XML is safe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise _refuse(file_name, _tr("the file is damaged or truncated (not a readable .xlsx or .ods)")) from None
    names = {member.filename for member in members}
    if "xl/workbook.xml" in names:
        kind = XLSX
    elif "content.xml" in names:
        kind = ODS
    else:
        raise _refuse(file_name, _tr("this zip file is not a spreadsheet (.xlsx or .ods)"))
    declared = sum(member.file_size for member in members)
    if declared > limits.max_uncompressed_bytes:
        raise _refuse(file_name, _tr("the file would unpack to {size} MB (at most {limit} MB): "
                      "it looks like a zip bomb"), size=declared // (1024 * 1024),
                      limit=limits.max_uncompressed_bytes // (1024 * 1024))
    for member in members:
        if member.filename == "xl/sharedStrings.xml" and member.file_size > limits.max_shared_strings_bytes:
            raise _refuse(file_name, _tr("the workbook's shared text is {size} MB (at most {limit} MB)"),
                          size=member.file_size // (1024 * 1024),
                          limit=limits.max_shared_strings_bytes // (1024 * 1024))
    for member in members:
        if (member.file_size > limits.ratio_floor_bytes
                and member.file_size > limits.max_compression_ratio * max(member.compress_size, 1)):
            raise _refuse(file_name, _tr("{member} is compressed {ratio} times: it looks like a zip bomb"),
                          member=member.filename, ratio=member.file_size // max(member.compress_size, 1))
    actual = 0
    for member in members:
        try:
            with archive.open(member) as stream:
                if member.filename.endswith((".xml", ".rels", ".vml", ".rdf")):
                    _check_xml_prolog(file_name, member.filename, stream)
                while chunk := stream.read(1024 * 1024):
                    actual += len(chunk)
                    if actual > limits.max_uncompressed_bytes:
                        raise _refuse(file_name, _tr("the file unpacks to more than {limit} MB: "
                                      "it looks like a zip bomb"),
                                      limit=limits.max_uncompressed_bytes // (1024 * 1024))
        except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError, OSError):
            raise _refuse(file_name, _tr("the file is damaged or truncated ({member} cannot be unpacked)"),
                          member=member.filename) from None
    return archive, kind


class _PrologEnd(Exception):
    pass


def _check_xml_prolog(file_name: str, member: str, stream: Any) -> None:
    """Parse *member* up to its root element with DTDs, entities and external references forbidden."""
    try:
        for _event, _element in safe_xml.iterparse(stream, events=("start",), forbid_dtd=True,
                                                   forbid_entities=True, forbid_external=True):
            raise _PrologEnd
    except _PrologEnd:
        return
    except defusedxml.DTDForbidden:
        raise _refuse(file_name, _tr("{member} carries an XML document type declaration (DTD); "
                      "such files can hide entity attacks and are refused"), member=member) from None
    except defusedxml.EntitiesForbidden:
        raise _refuse(file_name, _tr("{member} declares XML entities (an entity-expansion attack?); "
                      "refused"), member=member) from None
    except defusedxml.ExternalReferenceForbidden:
        raise _refuse(file_name, _tr("{member} refers to an external XML entity; refused"),
                      member=member) from None
    except ParseError:
        raise _refuse(file_name, _tr("the file is damaged ({member} is not well-formed XML)"),
                      member=member) from None


def _scan(archive: zipfile.ZipFile, member: str, scanner: XlsxSheetScanner | OdsContentScanner) -> None:
    """Feed *member* to *scanner* in pieces cut before a ``<`` (never inside a tag)."""
    carried = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            chunk = carried + chunk
            cut = chunk.rfind(b"<")
            cut = len(chunk) if cut <= 0 else cut
            scanner.feed(chunk[:cut])
            carried = chunk[cut:]
    scanner.feed(carried)


def _xlsx_sheet_parts(archive: zipfile.ZipFile, sheet: str | None) -> list[str]:
    """The zip members to count for *sheet* (the first when None): its own part, as the workbook
    and its relationships name it, or every worksheet part when they do not say."""
    every = [name for name in archive.namelist() if name.startswith("xl/worksheets/") and name.endswith(".xml")]
    try:
        workbook = safe_xml.fromstring(archive.read("xl/workbook.xml"))
        relations = safe_xml.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ParseError, defusedxml.DefusedXmlException):
        return every
    targets = {element.get("Id"): element.get("Target", "") for element in relations
               if element.tag.endswith("Relationship")}
    sheets = [element for element in workbook.iter() if element.tag.endswith("}sheet")]
    for element in sheets:
        if sheet is None or element.get("name") == sheet:
            target = targets.get(element.get(_RELATIONSHIPS), "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return [part] if part in every else every
    return every


def _check_extents(file_name: str, extents: list[Extent], limits: ReadLimits) -> None:
    for extent in extents:
        if extent.too_wide is not None:
            row, column = extent.too_wide
            raise _refuse(file_name, _tr("row {row} has a value in column {column}: more than {limit} columns "
                          "is not a register"), row=row, column=_column_letter(column - 1),
                          limit=limits.max_columns)
        if extent.rows > limits.max_rows:
            raise _refuse(file_name, _tr("the sheet has more than {limit} rows; split it into smaller files"),
                          limit=f"{limits.max_rows:,}")
        if extent.cells > limits.max_cells:
            raise _too_many_cells(file_name, limits)
    area = sum(extent.area for extent in extents)
    if area > limits.max_sheet_area:
        raise _refuse(file_name, _tr("the sheets span more than {limit} cells from A1 to their last values; "
                      "split the file into smaller ones"), limit=f"{limits.max_sheet_area:,}")


def _guard(file_name: str, data: bytes, limits: ReadLimits, sheet: str | None = None, *,
           count_sheet: bool = False) -> str:
    """Every check before calamine may open the file; the kind of workbook. An .xlsx is read one
    sheet at a time: with *count_sheet*, the cells of *sheet* (the first when None) are counted."""
    if data.startswith(_OLE_MAGIC):
        try:
            extents = biff.xls_sheet_extents(data, max_columns=limits.max_columns)
        except biff.NotAWorkbook as error:
            if error.encrypted:
                raise _refuse(file_name, _tr("the workbook is protected with a password; save it without one "
                              "and import that")) from None
            raise _refuse(file_name, _tr("this is an Office file but not a spreadsheet; save it as .xlsx, "
                          ".ods or .csv and import that")) from None
        except biff.Damaged:
            raise _refuse(file_name, _tr("the file is damaged or truncated (not a readable .xls)")) from None
        _check_extents(file_name, extents, limits)
        return XLS
    archive, kind = _check_zip(file_name, data, limits)
    if kind == ODS:  # read whole at opening: every table is counted first
        scanner = OdsContentScanner(max_columns=limits.max_columns)
        _scan(archive, "content.xml", scanner)
        _check_extents(file_name, scanner.extents, limits)
    elif count_sheet:
        for part in _xlsx_sheet_parts(archive, sheet):
            sheet_scanner = XlsxSheetScanner(max_columns=limits.max_columns)
            _scan(archive, part, sheet_scanner)
            _check_extents(file_name, sheet_scanner.extents, limits)
    return kind


# --- reading ------------------------------------------------------------------------------------

def _open(file_name: str, data: bytes) -> Any:
    import python_calamine  # deferred: the command line starts faster without it

    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise _refuse(file_name, _tr("the workbook is protected with a password; save it without one "
                      "and import that")) from None
    except (python_calamine.CalamineError, ValueError, OverflowError) as error:
        raise _refuse(file_name, _tr("the workbook is damaged and cannot be read ({reason})"),
                      reason=type(error).__name__) from None


def sheet_names(file_name: str, data: bytes, limits: ReadLimits) -> list[str]:
    _guard(file_name, data, limits)
    workbook = _open(file_name, data)
    try:
        return [sheet.name for sheet in workbook.sheets_metadata]
    finally:
        workbook.close()


def _cells(values: list[Any]) -> list[CellValue]:
    """A row's cells as the import takes them: nothing for an empty one (calamine gives ""), a
    duration as text. One comprehension: a function call per cell was a visible part of reading."""
    return [None if value == "" else str(value) if isinstance(value, dt.timedelta) else value
            for value in values]


def read_table(file_name: str, data: bytes, sheet: str | None, limits: ReadLimits,
               progress: Progress, is_cancelled: IsCancelled) -> Table:
    import python_calamine

    _guard(file_name, data, limits, sheet, count_sheet=True)
    workbook = _open(file_name, data)
    try:
        sheets = workbook.sheets_metadata
        names = [entry.name for entry in sheets]
        if not names:
            raise _refuse(file_name, _tr("the workbook has no sheets"))
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise _refuse(file_name, _tr("there is no sheet named '{sheet}' (sheets: {names})"),
                          sheet=chosen, names=", ".join(names))
        if sheets[names.index(chosen)].typ != python_calamine.SheetTypeEnum.WorkSheet:
            raise _refuse(file_name, _tr("'{sheet}' is a chart sheet, not a table"), sheet=chosen)
        try:
            rows = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
        except (python_calamine.CalamineError, ValueError, OverflowError) as error:
            raise _refuse(file_name, _tr("sheet '{sheet}' is damaged and cannot be read ({reason})"),
                          sheet=chosen, reason=type(error).__name__) from None
    finally:
        workbook.close()
    return _table(file_name, chosen, names, rows, limits, progress, is_cancelled)


def _table(file_name: str, sheet: str, names: list[str], rows: list[list[Any]], limits: ReadLimits,
           progress: Progress, is_cancelled: IsCancelled) -> Table:
    table = Table(file_name=file_name, sheet=sheet, sheets=names)
    cells = 0
    total = len(rows)
    for number, values in enumerate(rows, start=1):
        if number % 1000 == 0:
            if is_cancelled():
                raise import_cancelled()
            progress(number, total)
        row = _keep_row(file_name, number, _cells(values), limits)
        if row is not None:
            table.rows.append((number, row))
            cells += len(row)
            if cells > limits.max_cells:
                raise _too_many_cells(file_name, limits)
    return table


__all__ = ["ImportRefused", "read_table", "sheet_names"]
