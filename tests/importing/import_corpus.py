"""Spreadsheets for the import tests, made on the fly: ordinary ones with openpyxl or csv, hostile
ones by writing the zip parts by hand."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.services.desk import Desk
from fourthpillar.store.import_models import ImportRun
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative

HEADERS = ["Naam", "Vorm", "KBO", "Adres", "Postcode", "Gemeente", "Provincie", "Partnerlanden",
           "Thema", "Contactpersoon", "E-mail", "Tel", "Opgericht", "Panel", "Opmerkingen"]

ROWS: list[list[Any]] = [
    ["Water voor Bukavu", "v.z.w.", "0270.572.293", "Kerkstraat 1", "2800", "Mechelen", "Antw.",
     "Congo (DRC)", "water en sanitatie, onderwijs", "An Peeters", "an@example.org", "0470 12 34 56",
     "1998", "J", "Eerste rij"],
    ["Vrienden van Thiès", "fv", None, "Dorp 2", 8800, "Roeselare", "W-Vl", "Sénégal en Mali",
     "vrouwenrechten", "Jan Claes", "jan@example.org", None, "13/10/1993", "nee", None],
]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, title: str | None = None,
               sheets: dict[str, Sequence[Sequence[Any]]] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Register"
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(list(row))
    for name, extra in (sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in extra:
            other.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, delimiter: str = ";",
              encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def sheet_xml(cells_by_row: dict[int, str], *, dimension: str = "", prolog: str = "") -> str:
    rows = "".join(f'<row r="{number}">{cells}</row>' for number, cells in sorted(cells_by_row.items()))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    opening = SHEET_OPEN if not prolog else SHEET_OPEN.replace("?>", "?>" + prolog, 1)
    return f"{opening}{dim}<sheetData>{rows}</sheetData></worksheet>"


def header_cells(row: int = 1) -> str:
    return text_cell(f"A{row}", "Naam") + text_cell(f"B{row}", "Gemeente")


def write_raw_xlsx(path: Path, sheet: str, *, extra: dict[str, bytes] | None = None,
                   workbook: str = _WORKBOOK) -> Path:
    """An .xlsx made of hand-written parts: what no spreadsheet program would write."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def lie_about_sizes(path: Path, member: str, size: int) -> None:
    """Patch the zip's local and central headers of *member* to declare *size* uncompressed bytes."""
    data = bytearray(path.read_bytes())
    encoded = member.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_length = int.from_bytes(data[start + name_offset - 4:start + name_offset - 2], "little")
            if signature == b"PK\x01\x02":
                name_length = int.from_bytes(data[start + 28:start + 30], "little")
            if data[start + name_offset:start + name_offset + name_length] == encoded:
                data[start + size_offset:start + size_offset + 4] = size.to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))


def snapshot(desk: Desk) -> tuple[int, int, int, int]:
    """Row counts that any write would change: initiatives, contacts, change log, import runs."""
    with desk.database.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Initiative, ContactPerson, Change, ImportRun)
        )
