"""Untrusted files: each is refused with a message that names the problem, and nothing is written.

If one of these failed, a support officer opening a damaged or malicious spreadsheet would see a
traceback, a frozen app, a machine out of memory, or half an import in the register.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import header_cells
from import_corpus import lie_about_sizes
from import_corpus import sheet_xml
from import_corpus import snapshot
from import_corpus import text_cell
from import_corpus import write_csv
from import_corpus import write_raw_xlsx
from import_corpus import write_xlsx
from other_formats import mulrk
from other_formats import number
from other_formats import write_ods
from other_formats import write_xls
from other_formats import xls_stream

from fourthpillar.importing.reading import ReadLimits
from fourthpillar.services import importing
from fourthpillar.services.desk import Desk
from fourthpillar.services.importing import ImportRefused


def refused(desk: Desk, path: Path, **options: object) -> str:
    """The message of the refusal, after checking that neither preview nor apply wrote anything."""
    before = snapshot(desk)
    with pytest.raises(ImportRefused) as preview_error:
        importing.preview_import(desk, path=path, **options)  # type: ignore[arg-type]
    with pytest.raises(ImportRefused) as apply_error:
        importing.apply_import(desk, path=path, **options)  # type: ignore[arg-type]
    assert str(preview_error.value) == str(apply_error.value)
    assert snapshot(desk) == before
    assert not (desk.data_dir / "import_mappings.json").exists()  # type: ignore[operator]
    return str(preview_error.value)


def test_a_file_that_is_not_a_spreadsheet_is_named_so(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500)
    assert "photo.xlsx: this is not a spreadsheet" in refused(desk, path)


def test_an_old_xls_file_is_imported(desk: Desk, tmp_path: Path) -> None:
    """Excel 97-2003 files are still about: their rows come in as from an .xlsx."""
    path = write_xls(tmp_path / "oud.xls", xls_stream({"Register": [HEADERS, *ROWS], "Archief": [HEADERS]}))
    assert importing.list_sheets(path=path) == ["Register", "Archief"]
    preview = importing.preview_import(desk, path=path)
    assert preview.to_create == 2 and preview.plan is not None
    first, second = preview.plan.rows
    assert first.values["name"] == "Water voor Bukavu" and first.values["postcode"] == "2800"
    assert second.values["postcode"] == "8800" and second.values["municipality"] == "Roeselare"


def test_an_opendocument_spreadsheet_is_imported(desk: Desk, tmp_path: Path) -> None:
    """LibreOffice's own format, with the million repeated empty rows it writes at the end."""
    path = write_ods(tmp_path / "register.ods", {"Register": [HEADERS, *ROWS], "Leeg": []})
    assert importing.list_sheets(path=path) == ["Register", "Leeg"]
    preview = importing.preview_import(desk, path=path)
    assert preview.to_create == 2 and preview.plan is not None
    assert preview.plan.rows[1].values["postcode"] == "8800"
    assert importing.apply_import(desk, preview=preview).created == 2


def test_a_password_protected_xls_is_named_so(desk: Desk, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "geheim.xls", xls_stream({"Register": [HEADERS]}, encrypted=True))
    assert refused(desk, path) == ("geheim.xls: the workbook is protected with a password; save it without one "
                                   "and import that")


def test_an_office_file_that_is_no_workbook_is_named_so(desk: Desk, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "brief.xls", b"a Word document" * 10, stream_name="WordDocument")
    assert "brief.xls: this is an Office file but not a spreadsheet" in refused(desk, path)


def test_an_xls_whose_sectors_go_round_in_circles_is_called_damaged(desk: Desk, tmp_path: Path) -> None:
    """A sector chain that loops must end in a message, not in a frozen app."""
    path = write_xls(tmp_path / "rond.xls", xls_stream({"Register": [HEADERS, *ROWS]}), loop_chain=True)
    assert refused(desk, path) == "rond.xls: the file is damaged or truncated (not a readable .xls)"


@pytest.fixture
def reader_never_called(monkeypatch: pytest.MonkeyPatch) -> None:
    """The workbook reader must not even open what the guards refuse (it would hold it in memory)."""
    import python_calamine

    def opened(*_args: object, **_kwargs: object) -> None:
        pytest.fail("calamine opened a file the guards should have refused")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", opened)


def test_an_xls_with_two_cells_far_apart_is_refused_before_it_is_read(
        desk: Desk, tmp_path: Path, reader_never_called: None) -> None:
    """A1 and IV65536: a reader would hold 16 million cells for two values."""
    path = write_xls(tmp_path / "ver.xls", xls_stream({"Register": [["Naam"]]}, extra_cells=[number(65535, 199)]))
    assert "ver.xls: the sheets span more than 4,000,000 cells" in refused(desk, path)


def test_an_xls_wider_than_a_register_is_refused_before_it_is_read(
        desk: Desk, tmp_path: Path, reader_never_called: None) -> None:
    path = write_xls(tmp_path / "breed.xls", xls_stream({"Register": [HEADERS]}, extra_cells=[mulrk(4, 190, 250)]))
    assert "breed.xls: row 5 has a value in column GS: more than 200 columns" in refused(desk, path)


def test_an_xls_too_large_for_the_limits_is_refused_unread(desk: Desk, tmp_path: Path,
                                                          reader_never_called: None) -> None:
    path = write_xls(tmp_path / "groot.xls", xls_stream({"Register": [HEADERS, *ROWS]}))
    message = refused(desk, path, limits=ReadLimits(max_file_bytes=2048))
    assert message == "groot.xls: the file is too large (0 MB; at most 0 MB)"


REPEATED_ROW = ('<table:table table:name="Bom"><table:table-row table:number-rows-repeated="{rows}">'
                '<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
                "<text:p>x</text:p></table:table-cell></table:table-row></table:table>")


@pytest.mark.parametrize(("rows", "columns", "expected"), [
    (1_000_000, 16_384, "bom.ods: row 1 has a value in column GS: more than 200 columns"),
    (150_000, 3, "bom.ods: the sheet has more than 100,000 rows"),
    (90_000, 150, "bom.ods: the sheet holds more than 2,000,000 cells"),
], ids=["columns", "rows", "cells"])
def test_an_ods_whose_repeats_claim_billions_of_cells_is_refused_before_it_is_read(
        desk: Desk, tmp_path: Path, reader_never_called: None, rows: int, columns: int, expected: str) -> None:
    """A few hundred bytes of .ods can repeat one cell across a million rows and every column."""
    path = write_ods(tmp_path / "bom.ods", content=REPEATED_ROW.format(rows=rows, columns=columns))
    assert path.stat().st_size < 2000
    assert refused(desk, path).startswith(expected)


def test_xml_entity_tricks_in_an_ods_are_refused(desk: Desk, tmp_path: Path, reader_never_called: None) -> None:
    path = write_ods(tmp_path / "entities.ods", {"Register": [HEADERS]}, prolog=BILLION_LAUGHS)
    assert "content.xml carries an XML document type declaration (DTD)" in refused(desk, path)


def test_a_zip_bomb_posing_as_an_ods_is_refused(desk: Desk, tmp_path: Path, reader_never_called: None) -> None:
    path = write_ods(tmp_path / "bom.ods", content=" " * 40_000_000)
    assert path.stat().st_size < 200_000
    message = refused(desk, path)
    assert "content.xml is compressed" in message and "zip bomb" in message


def test_an_xlsx_with_two_cells_far_apart_is_refused_before_it_is_read(
        desk: Desk, tmp_path: Path, reader_never_called: None) -> None:
    """Cells placed without their positions still count where a reader puts them."""
    cells = "".join("<c><v>1</v></c>" for _ in range(60))
    sheet = sheet_xml({1: header_cells(), 90_000: text_cell("A90000", "Ver") + cells})
    path = write_raw_xlsx(tmp_path / "ver.xlsx", sheet)
    assert "ver.xlsx: the sheets span more than 4,000,000 cells" in refused(desk, path)


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n"])
def test_an_empty_file_is_called_empty(desk: Desk, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    assert refused(desk, path) == "leeg.csv: the file is empty"


def test_an_empty_sheet_is_called_empty(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "leeg.xlsx", [])
    assert refused(desk, path) == "leeg.xlsx: sheet 'Register' is empty"


def test_a_missing_file_is_named(desk: Desk, tmp_path: Path) -> None:
    assert "the file does not exist" in refused(desk, tmp_path / "weg.xlsx")


def test_a_truncated_workbook_is_called_damaged_or_truncated(desk: Desk, tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "heel.xlsx", [HEADERS, *ROWS]).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "half.xlsx: the file is damaged or truncated" in refused(desk, path)


def test_a_zip_that_is_no_workbook_is_named_so(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "this zip file is not a spreadsheet (.xlsx or .ods)" in refused(desk, path)


def test_a_workbook_with_a_corrupt_member_is_called_damaged(desk: Desk, tmp_path: Path) -> None:
    path = write_raw_xlsx(tmp_path / "kapot.xlsx", sheet_xml({1: header_cells()}))
    data = bytearray(path.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + len(b"xl/worksheets/sheet1.xml")
    data[start:start + 40] = b"\xff" * 40  # the compressed stream itself is garbage now
    path.write_bytes(bytes(data))
    assert "kapot.xlsx: the file is damaged" in refused(desk, path)


def test_a_zip_bomb_is_refused_by_its_declared_size(desk: Desk, tmp_path: Path) -> None:
    path = write_raw_xlsx(tmp_path / "bom.xlsx", sheet_xml({1: header_cells()}))
    lie_about_sizes(path, "xl/worksheets/sheet1.xml", 3_000_000_000)
    message = refused(desk, path)
    assert "would unpack to 2861 MB" in message and "zip bomb" in message


def test_a_zip_bomb_is_refused_by_its_compression_ratio(desk: Desk, tmp_path: Path) -> None:
    """40 MB of spaces squeezed into ~40 kB: refused before any parser reads it."""
    sheet = sheet_xml({1: header_cells()}).replace("<sheetData>", "<sheetData>" + " " * 40_000_000)
    path = write_raw_xlsx(tmp_path / "bom.xlsx", sheet)
    assert path.stat().st_size < 200_000
    message = refused(desk, path)
    assert "xl/worksheets/sheet1.xml is compressed" in message and "zip bomb" in message


def test_a_zip_bomb_is_refused_by_its_actual_size(desk: Desk, tmp_path: Path) -> None:
    """Members that unpack to more than allowed are caught while counting, whatever they declare."""
    sheet = sheet_xml({1: header_cells()}).replace("<sheetData>", "<sheetData>" + " " * 3_000_000)
    path = write_raw_xlsx(tmp_path / "bom.xlsx", sheet)
    limits = ReadLimits(max_uncompressed_bytes=8 * 1024 * 1024, max_compression_ratio=10_000)
    lie_about_sizes(path, "xl/worksheets/sheet1.xml", 1000)  # declares 1 kB
    message = refused(desk, path, limits=limits)
    assert "bom.xlsx: the file is damaged or truncated" in message  # the lie itself is caught

    honest = write_raw_xlsx(tmp_path / "groot.xlsx", sheet.replace("<sheetData>", "<sheetData>" + " " * 6_000_000))
    message = refused(desk, honest, limits=ReadLimits(max_uncompressed_bytes=8 * 1024 * 1024,
                                                     max_compression_ratio=10_000))
    assert "unpacks to more than 8 MB" in message or "would unpack to" in message


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)
EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_xml_entity_tricks_in_a_sheet_are_refused(desk: Desk, tmp_path: Path, prolog: str) -> None:
    cells = header_cells() + ""
    sheet = sheet_xml({1: cells, 2: text_cell("A2", "&lol4;") if "lol" in prolog else text_cell("A2", "x")},
                      prolog=prolog)
    sheet = sheet.replace("&amp;lol4;", "&lol4;").replace("<t>x</t>", "<t>&xxe;</t>")
    path = write_raw_xlsx(tmp_path / "entities.xlsx", sheet)
    message = refused(desk, path)
    assert "xl/worksheets/sheet1.xml carries an XML document type declaration (DTD)" in message


def test_xml_entity_tricks_in_shared_strings_are_refused(desk: Desk, tmp_path: Path) -> None:
    strings = ('<?xml version="1.0"?>' + BILLION_LAUGHS +
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol4;</t></si></sst>')
    path = write_raw_xlsx(tmp_path / "strings.xlsx", sheet_xml({1: header_cells()}),
                          extra={"xl/sharedStrings.xml": strings.encode()})
    assert "xl/sharedStrings.xml carries an XML document type declaration" in refused(desk, path)


def test_no_recognisable_columns_says_what_headers_are_expected(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vreemd.xlsx", [["foo", "bar"], ["1", "2"]])
    message = refused(desk, path)
    assert message.startswith("vreemd.xlsx: no recognisable column headers in the first 20 rows")
    assert "Naam, Gemeente" in message


def test_a_header_without_data_rows_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kop.xlsx", [HEADERS], title="Lijst 4de pijlers")
    assert refused(desk, path) == "kop.xlsx: there are no data rows below the header (row 3)"


def test_columns_without_a_name_column_are_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "geen-naam.xlsx", [["Gemeente", "Postcode"], ["Gent", "9000"]])
    assert "no column holds the initiatives' names" in refused(desk, path)


def test_an_absurd_number_of_rows_is_refused(desk: Desk, tmp_path: Path) -> None:
    sheet = sheet_xml({1: header_cells(), 2: text_cell("A2", "Een"), 150_000: text_cell("A150000", "Ver weg")})
    path = write_raw_xlsx(tmp_path / "lang.xlsx", sheet)
    assert "lang.xlsx: the sheet has more than 100,000 rows" in refused(desk, path)


def test_an_absurd_number_of_columns_is_refused(desk: Desk, tmp_path: Path) -> None:
    sheet = sheet_xml({1: header_cells() + text_cell("XFD1", "breed"), 2: text_cell("A2", "Een")})
    path = write_raw_xlsx(tmp_path / "breed.xlsx", sheet)
    assert "row 1 has a value in column XFD: more than 200 columns" in refused(desk, path)


def test_a_lying_dimension_does_not_blow_up_memory(desk: Desk, tmp_path: Path) -> None:
    """The sheet claims A1:XFD1048576; only its two real rows are read."""
    sheet = sheet_xml({1: header_cells(), 2: text_cell("A2", "Kleine vzw") + text_cell("B2", "Gent")},
                      dimension="A1:XFD1048576")
    path = write_raw_xlsx(tmp_path / "dim.xlsx", sheet)
    preview = importing.preview_import(desk, path=path)
    assert preview.to_create == 1


def test_a_huge_cell_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cel.csv", [["Naam", "Gemeente", "Opmerkingen"], ["X", "Gent", "y" * 40_000]])
    assert "cel.csv: the cell at row 2, column C holds 40,000 characters (at most 32,767)" in refused(desk, path)


def test_formulas_are_never_evaluated_the_stored_value_is_used(desk: Desk, tmp_path: Path) -> None:
    """Excel stores a formula's last value beside it; that value is imported, the formula never run."""
    cells = (
        '<c r="A2" t="str"><f>CONCATENATE("Wa","ter")</f><v>Opgeslagen naam</v></c>'
        + text_cell("B2", "Gent")
        + '<c r="C2"><f>1+1</f><v>1999</v></c>'
        + '<c r="D2" t="str"><f>cmd|\' /C calc\'!A0</f><v>DDE-waarde</v></c>'
    )
    header = header_cells() + text_cell("C1", "Opgericht") + text_cell("D1", "Opmerkingen")
    path = write_raw_xlsx(tmp_path / "formules.xlsx", sheet_xml({1: header, 2: cells}))
    preview = importing.preview_import(desk, path=path)
    assert preview.plan is not None
    values = preview.plan.rows[0].values
    assert values["name"] == "Opgeslagen naam"
    assert values["founded_year"] == 1999  # the stored 1999, not 1+1
    assert values["notes"] == "DDE-waarde"


def test_text_that_looks_like_a_formula_stays_text(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "tekst.csv", [["Naam", "Gemeente", "Opmerkingen"], ["=1+1", "Gent", "@SUM(A1)"]])
    preview = importing.preview_import(desk, path=path)
    assert preview.plan is not None
    assert preview.plan.rows[0].values["name"] == "=1+1"
    assert preview.plan.rows[0].values["notes"] == "@SUM(A1)"


def test_an_unknown_sheet_is_named_with_the_ones_there_are(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "twee.xlsx", [HEADERS, *ROWS], sheets={"Archief": [HEADERS]})
    assert refused(desk, path, sheet="Blad9") == ("twee.xlsx: there is no sheet named 'Blad9' "
                                                  "(sheets: Register, Archief)")


def test_a_huge_shared_text_table_is_refused_before_openpyxl_loads_it(desk: Desk, tmp_path: Path) -> None:
    strings = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<si><t>Naam</t></si></sst>')
    path = write_raw_xlsx(tmp_path / "tekst.xlsx", sheet_xml({1: header_cells()}),
                          extra={"xl/sharedStrings.xml": strings.encode()})
    lie_about_sizes(path, "xl/sharedStrings.xml", 200 * 1024 * 1024)
    assert "tekst.xlsx: the workbook's shared text is 200 MB (at most 64 MB)" in refused(desk, path)


def test_too_many_cells_for_memory_are_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "veel.csv", [HEADERS, *(ROWS * 20)])
    message = refused(desk, path, limits=ReadLimits(max_cells=300))
    assert message == "veel.csv: the sheet holds more than 300 cells; split it into smaller files"


def test_overflowing_numbers_and_impossible_dates_are_row_problems_not_a_crash(desk: Desk, tmp_path: Path) -> None:
    """10**30, infinity, a year 99999 and 31 February in a spreadsheet: each row is reported, nothing crashes."""
    rows = {
        2: text_cell("A2", "Groot getal") + text_cell("B2", "Gent") + '<c r="C2"><v>1E+30</v></c>'
        + '<c r="D2"><v>1E+30</v></c>',
        3: text_cell("A3", "Oneindig") + text_cell("B3", "Gent") + '<c r="C3"><v>1e400</v></c>'
        + '<c r="D3"><v>-1e400</v></c>',
        4: text_cell("A4", "Verre toekomst") + text_cell("B4", "Gent") + text_cell("C4", "99999-01-01")
        + text_cell("D4", "9000"),
        5: text_cell("A5", "Bestaat niet") + text_cell("B5", "Gent") + text_cell("C5", "31/02/2020")
        + text_cell("D5", "9000"),
    }
    header = header_cells() + text_cell("C1", "Opgericht") + text_cell("D1", "Postcode")
    path = write_raw_xlsx(tmp_path / "getallen.xlsx", sheet_xml({1: header, **rows}))
    preview = importing.preview_import(desk, path=path)
    assert preview.plan is not None
    assert {problem.row for problem in preview.plan.problems} == {2, 3, 4, 5}


def test_a_character_that_is_not_text_is_refused(desk: Desk, tmp_path: Path) -> None:
    """A lone surrogate written as an XML character reference cannot reach the register (no database stores it)."""
    cells = '<c r="A2" t="inlineStr"><is><t>Naam &#xDCFF;</t></is></c>' + text_cell("B2", "Gent")
    path = write_raw_xlsx(tmp_path / "surrogaat.xlsx", sheet_xml({1: header_cells(), 2: cells}))
    assert "surrogaat.xlsx: sheet 'Blad1' is damaged and cannot be read" in refused(desk, path)
