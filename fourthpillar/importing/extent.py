"""How many cells a sheet of an untrusted workbook holds, counted from its raw XML before any
spreadsheet reader sees it.

calamine keeps a sheet in memory as a dense rectangle from A1 to its last value: a cell in
XFD1048576 would ask for 17 billion cells, and in an .ods file a few bytes
(``table:number-columns-repeated`` inside a repeated row) can claim as many. So the rows, the
columns and the cells with a value are counted here, streaming over the XML with a scanner that
only looks at element names and attributes (the members' prologs have been checked already: no
DTD, so no entity can hide anything). It errs on the side of counting more: a cell element that
is not empty-and-self-closing counts as a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An element's start (or end) with its attributes; quoted values may hold ">".
_ATTRIBUTES = rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)"
_XLSX_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])" + _ATTRIBUTES + rb">")
_XLSX_REF = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]{1,3})(\d{1,7})[\"']")
_XLSX_ROW = re.compile(rb"\br\s*=\s*[\"'](\d{1,7})[\"']")
#: What Excel, LibreOffice and openpyxl write: every cell with its place first. When every cell
#: element of a piece is of this form, the piece is counted without a Python step per element.
_XLSX_PLAIN_CELL = re.compile(rb"<c r=\"([A-Z]{1,3})([0-9]{1,7})\"" + _ATTRIBUTES + rb">")
_XLSX_ANY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_XLSX_ANY_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_XLSX_PLAIN_ROW = re.compile(rb"<row r=\"([0-9]{1,7})\"")
_ODS_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])"
                      + _ATTRIBUTES + rb">")
_ODS_ROWS = re.compile(rb"number-rows-repeated\s*=\s*[\"'](\d{1,10})[\"']")
_ODS_COLUMNS = re.compile(rb"number-columns-repeated\s*=\s*[\"'](\d{1,10})[\"']")
_ODS_VALUE = re.compile(rb"value-type\s*=")
_ODS_NAME = re.compile(rb"\bname\s*=\s*\"([^\"]*)\"")


@dataclass
class Extent:
    """What one sheet holds: its last row and column with a value (1-based) and how many cells have one."""

    sheet: str = ""
    rows: int = 0
    columns: int = 0
    cells: int = 0
    #: The first value found beyond *max_columns*: (row, column), else None.
    too_wide: tuple[int, int] | None = None

    def value_at(self, row: int, column: int, count: int, max_columns: int) -> None:
        """*count* values in *row* from *column* on (a repeat), the last at ``column + count - 1``."""
        self.cells += count
        self.rows = max(self.rows, row)
        last = column + count - 1
        self.columns = max(self.columns, last)
        if last > max_columns and self.too_wide is None:
            self.too_wide = (row, max(column, max_columns + 1))


    def reach(self, row: int, column: int) -> None:
        """A place a reader holds in memory without a value there (a blank cell with a format)."""
        self.rows = max(self.rows, row)
        self.columns = max(self.columns, column)

    @property
    def area(self) -> int:
        """Cells from A1 to the last row and column: what a reader holds in memory for the sheet."""
        return self.rows * self.columns


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class XlsxSheetScanner:
    """Counts one worksheet part (``xl/worksheets/sheetN.xml``), fed in pieces.

    Rows and cells may leave out their ``r`` attribute: they then follow the previous one, as
    spreadsheet readers place them.
    """

    def __init__(self, *, max_columns: int) -> None:
        self.extent = Extent()
        self._max_columns = max_columns
        self._row = self._column = 0

    def feed(self, xml: bytes) -> None:
        cells = _XLSX_PLAIN_CELL.findall(xml)
        rows = _XLSX_PLAIN_ROW.findall(xml)
        if len(cells) == len(_XLSX_ANY_CELL.findall(xml)) and len(rows) == len(_XLSX_ANY_ROW.findall(xml)):
            self._feed_plain(cells, rows)
        else:
            self._feed_any(xml)

    def _feed_plain(self, cells: list[tuple[bytes, bytes, bytes]], rows: list[bytes]) -> None:
        """Every cell says where it is: count them in bulk."""
        if rows:
            self._row = int(rows[-1])
        valued = [(letters, number) for letters, number, attributes in cells if not attributes.rstrip().endswith(b"/")]
        if cells:
            self._column = _column_number(cells[-1][0])
        if not valued:
            return
        columns = {letters: _column_number(letters) for letters in {letters for letters, _number in valued}}
        extent = self.extent
        extent.cells += len(valued)
        extent.rows = max(extent.rows, max(int(number) for _letters, number in valued))
        extent.columns = max(extent.columns, max(columns.values()))
        if extent.too_wide is None and extent.columns > self._max_columns:
            extent.too_wide = next((int(number), columns[letters]) for letters, number in valued
                                   if columns[letters] > self._max_columns)

    def _feed_any(self, xml: bytes) -> None:
        extent, row, column = self.extent, self._row, self._column
        for match in _XLSX_TAG.finditer(xml):
            attributes = match.group(2)
            if match.group(1) == b"row":
                found = _XLSX_ROW.search(attributes)
                row = int(found.group(1)) if found else row + 1
                column = 0
                continue
            found = _XLSX_REF.search(attributes)
            if found:
                column, cell_row = _column_number(found.group(1)), int(found.group(2))
            else:
                column, cell_row = column + 1, max(row, 1)
            if not attributes.rstrip().endswith(b"/"):  # <c .../> holds no value
                extent.value_at(cell_row, column, 1, self._max_columns)
        self._row, self._column = row, column

    @property
    def extents(self) -> list[Extent]:
        return [self.extent]


class OdsContentScanner:
    """Counts every table of an OpenDocument ``content.xml``, repeats counted out, fed in pieces."""

    def __init__(self, *, max_columns: int) -> None:
        self.extents: list[Extent] = []
        self._max_columns = max_columns
        self._current = Extent()
        self._row = self._column = 0
        self._repeat_rows = 1
        self._in_row: list[tuple[int, int]] = []  # (first column, count) of the row's values

    def feed(self, xml: bytes) -> None:
        for match in _ODS_TAG.finditer(xml):
            closing, name, attributes = match.group(1), match.group(2), match.group(3)
            if name == b"table":
                if not closing:
                    found = _ODS_NAME.search(attributes)
                    self._current = Extent(sheet=found.group(1).decode("utf-8", "replace") if found else "")
                    self.extents.append(self._current)
                    self._row = 0
            elif name == b"table-row":
                self._row_tag(closing, attributes)
            elif not closing:
                found = _ODS_COLUMNS.search(attributes)
                count = max(int(found.group(1)), 1) if found else 1
                if not attributes.rstrip().endswith(b"/") or _ODS_VALUE.search(attributes):
                    self._in_row.append((self._column + 1, count))
                self._column += count

    def _row_tag(self, closing: bytes, attributes: bytes) -> None:
        if closing:
            self._close_row()
            self._row += self._repeat_rows
            return
        found = _ODS_ROWS.search(attributes)
        self._repeat_rows = max(int(found.group(1)), 1) if found else 1
        self._column, self._in_row = 0, []
        if attributes.rstrip().endswith(b"/"):  # an empty row
            self._row += self._repeat_rows

    def _close_row(self) -> None:
        """Count the row's values once for each time the row is repeated."""
        if not self._in_row:
            return
        extent, row, repeat = self._current, self._row, self._repeat_rows
        for first, count in self._in_row:
            extent.value_at(row + 1, first, count, self._max_columns)
        if repeat > 1:
            extent.cells += sum(count for _first, count in self._in_row) * (repeat - 1)
            extent.rows = max(extent.rows, row + repeat)
        self._in_row = []
