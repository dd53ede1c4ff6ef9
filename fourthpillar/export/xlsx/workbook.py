"""Streaming workbooks: openpyxl's write-only mode, one row at a time, never a sheet in memory.

Every sheet gets a bold frozen header, an autofilter over its rows, widths chosen per column
kind and a tab name. Values keep their types (dates as dates, numbers as numbers); text goes
through :mod:`fourthpillar.export.safety` so no cell is ever a formula.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from fourthpillar import __version__
from fourthpillar.export.safety import (
    FORMULA_TRIGGERS,
    MAX_CELL_CHARS,
    cell_text,
    needs_text_guard,
)

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
    """One worksheet being written; :meth:`append` takes a row of plain Python values."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column]) -> None:
        self._sheet = workbook.create_sheet(title)
        self._columns = list(columns)
        self.rows = 0
        self._wrapped = [column.kind == "long" for column in self._columns]
        self._formats = [column.number_format for column in self._columns]
        self._date_styles: dict[str, Any] = {}
        for index, column in enumerate(self._columns, start=1):
            self._sheet.column_dimensions[get_column_letter(index)].width = column.resolved_width
        # Both belong to the sheet's start, so they must be set before the first row.
        self._sheet.freeze_panes = "A2"
        header = []
        for column in self._columns:
            cell = WriteOnlyCell(self._sheet, value=cell_text(column.title))
            cell.data_type = "s"
            cell.quotePrefix = needs_text_guard(cell.value)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.border = _HEADER_BORDER
            header.append(cell)
        self._sheet.append(header)

    def _date_cell(self, value: dt.date, number_format: str) -> Any:
        # A date cell per row of a 100,000-row list: copy a prepared style instead of going
        # through openpyxl's value binding and number-format lookup for every one.
        style = self._date_styles.get(number_format)
        if style is None:
            template = WriteOnlyCell(self._sheet)
            template.number_format = number_format
            style = self._date_styles[number_format] = template._style
        cell = Cell(self._sheet, row=1, column=1, style_array=style)
        cell._value = value
        cell.data_type = "d"
        return cell

    def _cell(self, value: Any, wrapped: bool, number_format: str | None) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            text = cell_text(value)
            if not text:
                return None
            if needs_text_guard(text) or (wrapped and "\n" in text):
                cell = WriteOnlyCell(self._sheet, value=text)
                # The explicit string type keeps "=1+1" from becoming a formula; the quote
                # prefix keeps it text when someone edits the cell in a spreadsheet program.
                cell.data_type = "s"
                if needs_text_guard(text):
                    cell.quotePrefix = True
                if wrapped:
                    cell.alignment = _WRAP
                return cell
            return text
        if isinstance(value, bool | int | float):
            if number_format is None or isinstance(value, bool):
                return value
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = number_format
            return cell
        if isinstance(value, dt.datetime):
            local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
            return self._date_cell(local, number_format or DATETIME_FORMAT)
        if isinstance(value, dt.date):
            return self._date_cell(value, number_format or DATE_FORMAT)
        return self._cell(str(value), wrapped, None)

    def append(self, values: Sequence[Any]) -> None:
        if len(values) != len(self._columns):
            raise ValueError(f"{len(values)} values for {len(self._columns)} columns")
        row: list[Any] = []
        add = row.append
        # The common cells (plain text, plain numbers, empty) pass straight through; this loop
        # runs for every cell of a 100,000-row list, so it avoids a call per cell.
        for value, wrapped, number_format in zip(values, self._wrapped, self._formats, strict=False):
            kind = value.__class__
            if kind is str:
                # Printable means no control character, line break or other separator: nothing
                # to remove or normalise. Anything else takes the careful path.
                if value and value[0] not in _TRIGGER_START and len(value) <= MAX_CELL_CHARS and value.isprintable():
                    add(value)
                    continue
            elif value is None or ((kind is int or kind is float) and number_format is None):
                add(value)
                continue
            elif kind is dt.date:
                add(self._date_cell(value, number_format or DATE_FORMAT))
                continue
            add(self._cell(value, wrapped, number_format))
        self._sheet.append(row)
        self.rows += 1

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
