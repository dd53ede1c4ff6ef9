"""Streaming workbooks: openpyxl's write-only mode, one row at a time, never a sheet in memory.

Every sheet gets a bold frozen header, an autofilter over its rows, widths chosen per column
kind and a tab name. Values keep their types (dates as dates, numbers as numbers); text goes
through :mod:`fourthpillar.export.safety` so no cell is ever a formula.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment
from openpyxl.styles import Border
from openpyxl.styles import Font
from openpyxl.styles import PatternFill
from openpyxl.styles import Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from fourthpillar import __version__
from fourthpillar.export.safety import FORMULA_TRIGGERS
from fourthpillar.export.safety import MAX_CELL_CHARS
from fourthpillar.export.safety import cell_text
from fourthpillar.export.safety import needs_text_guard

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"

#: Column kinds and their default widths (in characters).
WIDTHS = {"text": 24, "long": 60, "date": 12, "datetime": 17, "number": 11, "short": 14, "name": 36}

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="E4572E"))
_WRAP = Alignment(wrap_text=True, vertical="top")
_TRIGGER_START = frozenset(FORMULA_TRIGGERS)
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
#: Excel counts days from 30 December 1899; before 1 March 1900 it also counts a 29 February
#: 1900 that never was (openpyxl's ``to_excel`` corrects those days).
_EXCEL_DAY_ZERO = dt.date(1899, 12, 30).toordinal()
_FIRST_EXACT_DAY = dt.date(1900, 3, 1)


@dataclass(frozen=True)
class Column:
    """A sheet column: its header (already translated), its kind and optionally its width."""

    title: str
    kind: str = "text"
    width: float | None = None
    #: An Excel number format for this column's numbers or dates (e.g. "0%", "mmm yyyy").
    number_format: str | None = None

    @property
    def resolved_width(self) -> float:
        return self.width or WIDTHS.get(self.kind, WIDTHS["text"])


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique tab name (at most 31 characters, none of ``[]:*?/\\``)."""
    base = _SHEET_NAME_FORBIDDEN.sub("-", cell_text(title)).strip("'") or "Sheet"
    base = base[:31]
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


class Sheet:
    """One worksheet being written; :meth:`append` takes a row of plain Python values.

    openpyxl writes the sheet's frame (columns, frozen header, autofilter) and the package; the
    rows are serialised here, straight to the sheet's XML stream, with the few styles they need
    (date format, quote prefix, wrapping) registered once. openpyxl's own write-only mode builds
    and styles a cell object per value, which made a 100,000-row list slower than the database
    read feeding it.
    """

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column]) -> None:
        self._sheet = workbook.create_sheet(title)
        self._columns = list(columns)
        self.rows = 0
        self._wrapped = [column.kind == "long" for column in self._columns]
        self._formats = [column.number_format for column in self._columns]
        self._letters = [get_column_letter(index) for index in range(1, len(self._columns) + 1)]
        self._styles: dict[tuple[str | None, bool, bool], str] = {}
        for letter, column in zip(self._letters, self._columns, strict=True):
            self._sheet.column_dimensions[letter].width = column.resolved_width
        # Both belong to the sheet's start, so they must be set before the first row.
        self._sheet.freeze_panes = "A2"
        self._write = self._open_rows()
        header = [
            self._text_cell(letter, "1", cell_text(column.title), self._header_style(cell_text(column.title)))
            for letter, column in zip(self._letters, self._columns, strict=True)
        ]
        self._write(f'<row r="1">{"".join(header)}</row>')

    def _open_rows(self) -> Callable[[str], Any]:
        """Start the sheet's XML up to ``<sheetData>`` and return the function writing inside it.

        openpyxl's write-only sheet closes ``<sheetData>`` and writes the rest of the sheet when
        the generator kept in ``_rows`` is closed (at save), as for rows it wrote itself.
        """
        sheet: Any = self._sheet
        sheet._get_writer()
        writer = sheet._writer
        xf = writer.xf.send(True)
        # et_xmlfile (openpyxl without lxml, as shipped) writes through a plain text function.
        raw = getattr(xf, "_file", None)
        if not callable(raw):
            raise RuntimeError("openpyxl writes through lxml here: the list export needs et_xmlfile's writer")

        def rows() -> Iterator[None]:
            with xf.element("sheetData"), contextlib.suppress(GeneratorExit):
                while True:
                    yield
            writer.xf.send(None)

        sheet._rows = rows()
        next(sheet._rows)
        write: Callable[[str], Any] = raw
        return write

    def _style(self, number_format: str | None = None, *, quoted: bool = False, wrapped: bool = False) -> str:
        """The workbook's id of a cell style (registered on first use), as an ``s`` attribute."""
        key = (number_format, quoted, wrapped)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(self._sheet)
            if number_format is not None:
                template.number_format = number_format
            template.quotePrefix = quoted
            if wrapped:
                template.alignment = _WRAP
            style = self._styles[key] = f' s="{template.style_id}"'
        return style

    def _header_style(self, title: str) -> str:
        template = WriteOnlyCell(self._sheet)
        template.font = _HEADER_FONT
        template.fill = _HEADER_FILL
        template.border = _HEADER_BORDER
        template.quotePrefix = needs_text_guard(title)
        return f' s="{template.style_id}"'

    @staticmethod
    def _text_cell(letter: str, row: str, text: str, style: str = "") -> str:
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'

    def _date_cell(self, letter: str, row: str, value: dt.date, number_format: str) -> str:
        if value.__class__ is dt.date and value >= _FIRST_EXACT_DAY:
            serial: Any = value.toordinal() - _EXCEL_DAY_ZERO
        else:  # a moment of the day, or a day of 1900's phantom leap day
            serial = to_excel(value)
        return f'<c r="{letter}{row}"{self._style(number_format)} t="n"><v>{serial}</v></c>'

    def _cell(self, letter: str, row: str, value: Any, wrapped: bool, number_format: str | None) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            text = cell_text(value)
            if not text:
                return ""
            guarded = needs_text_guard(text)
            # The inline string type keeps "=1+1" from becoming a formula; the quote prefix keeps
            # it text when someone edits the cell in a spreadsheet program.
            if guarded or (wrapped and "\n" in text):
                return self._text_cell(letter, row, text, self._style(quoted=guarded, wrapped=wrapped))
            return self._text_cell(letter, row, text)
        if isinstance(value, bool):
            return f'<c r="{letter}{row}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            style = "" if number_format is None else self._style(number_format)
            return f'<c r="{letter}{row}"{style} t="n"><v>{safe_string(value)}</v></c>'
        if isinstance(value, dt.datetime):
            local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
            return self._date_cell(letter, row, local, number_format or DATETIME_FORMAT)
        if isinstance(value, dt.date):
            return self._date_cell(letter, row, value, number_format or DATE_FORMAT)
        return self._cell(letter, row, str(value), wrapped, None)

    def append(self, values: Sequence[Any]) -> None:
        if len(values) != len(self._columns):
            raise ValueError(f"{len(values)} values for {len(self._columns)} columns")
        self.rows += 1
        row = str(self.rows + 1)
        cells: list[str] = []
        add = cells.append
        # The common cells (plain text, whole numbers, days, empty) are written inline; this loop
        # runs for every cell of a 100,000-row list, so it avoids a call per cell.
        for value, letter, wrapped, number_format in zip(
            values, self._letters, self._wrapped, self._formats, strict=False
        ):
            kind = value.__class__
            if value is None:
                continue
            if kind is str:
                # Printable means no control character, line break or other separator: nothing
                # to remove or normalise. Anything else takes the careful path.
                if (value and value[0] not in _TRIGGER_START and len(value) <= MAX_CELL_CHARS
                        and value.isprintable() and value[-1] != " " and value[0] != " "):
                    add(f'<c r="{letter}{row}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
                    continue
            elif kind is int and number_format is None:
                add(f'<c r="{letter}{row}" t="n"><v>{value}</v></c>')
                continue
            elif kind is dt.date and value >= _FIRST_EXACT_DAY:
                add(f'<c r="{letter}{row}"{self._style(number_format or DATE_FORMAT)} t="n">'
                    f"<v>{value.toordinal() - _EXCEL_DAY_ZERO}</v></c>")
                continue
            add(self._cell(letter, row, value, wrapped, number_format))
        self._write(f'<row r="{row}">{"".join(cells)}</row>')

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.append(row)

    def close(self) -> None:
        self._sheet.close()
        writer = getattr(self._sheet, "_writer", None)
        if writer is not None:
            writer.cleanup()

    def finish(self) -> None:
        last = get_column_letter(max(1, len(self._columns)))
        self._sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"


class WorkbookWriter:
    """A write-only workbook with the document title in its properties."""

    def __init__(self, *, title: str, author: str) -> None:
        self.workbook = Workbook(write_only=True)
        self.workbook.properties.title = cell_text(title)
        self.workbook.properties.creator = cell_text(author)
        self.workbook.properties.lastModifiedBy = f"Fourth Pillar desk {__version__}"
        self._sheets: list[Sheet] = []
        self._names: set[str] = set()

    def add_sheet(self, title: str, columns: Sequence[Column]) -> Sheet:
        sheet = Sheet(self.workbook, sheet_name(title, self._names), columns)
        self._sheets.append(sheet)
        return sheet

    def __enter__(self) -> WorkbookWriter:
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        if error is not None:
            self.discard()

    def discard(self) -> None:
        """Abandon the workbook (a cancel or an error): close and delete openpyxl's temporary
        sheet files instead of leaving them open until garbage collection."""
        for sheet in self._sheets:
            with contextlib.suppress(Exception):
                sheet.close()

    def save(self, path: Path) -> None:
        if not self._sheets:
            self.add_sheet("Sheet", [Column("")])
        for sheet in self._sheets:
            sheet.finish()
        self.workbook.save(str(path))
