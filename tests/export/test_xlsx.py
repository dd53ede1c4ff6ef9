"""Spreadsheet exports: values read back equal what was entered, no cell is ever a formula,
types are real, the network list respects consent, and the statistics match the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fourthpillar.export.safety import MAX_CELL_CHARS
from fourthpillar.export.xlsx.workbook import Column
from fourthpillar.export.xlsx.workbook import WorkbookWriter
from fourthpillar.lists import FOLLOW_UPS
from fourthpillar.services import exports
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery

from .conftest import HOSTILE
from .conftest import OTHER_CONTACT
from .conftest import Register
from .conftest import as_date
from .conftest import workbook_values

#: Text the store would trim, so it is written straight through the workbook writer.
LEADING = ["\t=cmd|' /C calc'!A0", "\tx", "\r=1+1", "\n@SUM(A1)", "\r\nline", " =1+1", "+", "-", "=", "@"]


def test_hostile_text_round_trips_through_the_writer_and_never_becomes_a_formula(out: Path) -> None:
    """A spreadsheet program must show "=1+1" as typed, not run it (CSV/DDE injection)."""
    values = [
        *HOSTILE,
        *LEADING,
        "x" * 40_000,
        "a\x00b\x07c\x1fd",
        42,
        -2,
        3.5,
        True,
        dt.date(2026, 3, 2),
        dt.datetime(2026, 3, 2, 14, 30, tzinfo=dt.UTC),
        None,
    ]
    writer = WorkbookWriter(title="=evil()", author="@me")
    sheet = writer.add_sheet("Lijst [1]: a/b?", [Column("=Header", "long")])
    for value in values:
        sheet.append([value])
    path = out / "w.xlsx"
    writer.save(path)
    ((title, rows),) = workbook_values(path)
    assert title == "Lijst -1-- a-b-"
    read = [row[0] for row in rows]
    assert read[0] == "=Header"
    expected_text = [
        *HOSTILE,
        "\t=cmd|' /C calc'!A0",
        "\tx",
        "\n=1+1",
        "\n@SUM(A1)",
        "\nline",
        " =1+1",
        "+",
        "-",
        "=",
        "@",
    ]
    assert read[1 : 1 + len(expected_text)] == expected_text
    cut = read[1 + len(expected_text)]
    assert isinstance(cut, str) and len(cut) == MAX_CELL_CHARS and cut.startswith("xxxx") and "[cut:" in cut
    assert read[2 + len(expected_text)] == "abcd"
    numbers = read[3 + len(expected_text) :]
    assert numbers[:4] == [42, -2, 3.5, True]
    assert as_date(numbers[4]) == dt.date(2026, 3, 2)
    assert isinstance(numbers[5], dt.datetime)
    assert len(numbers) == 6  # the all-empty last row is simply not written


def test_request_list_exports_every_row_with_real_types_and_full_text(
    desk: Desk, register: Register, out: Path
) -> None:
    """The list export must hold what the officer filtered, all of it, readable and typed."""
    path = out / "requests.xlsx"
    columns = ["received_on", "initiative_name", "question", "topics", "status", "minutes_spent", "updated_at"]
    result = exports.export_list(desk, what="requests", query=ListQuery(sort="received_on"), columns=columns, path=path)
    assert result.records == 2
    ((title, rows),) = workbook_values(path)
    assert title == "Advice requests"
    assert rows[0] == ["Received", "Initiative", "Question", "Topics", "Status", "Minutes", "Last change"]
    first = rows[1]
    assert as_date(first[0]) == dt.date(2026, 3, 2)
    assert first[1] == HOSTILE[0]
    assert first[2] == requests.get_request(desk, request_id=register.request_id).question
    assert first[3] == "fundraising, subsidies"
    assert first[4] == "answered"
    assert first[5] == 437
    assert isinstance(first[6], dt.datetime)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G3"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["C"].width >= 50
    assert sheet["A2"].number_format == "dd/mm/yyyy"


def test_list_export_follows_filter_search_and_sort(desk: Desk, register: Register, out: Path) -> None:
    path = out / "r.xlsx"
    exports.export_list(desk, what="requests", query=ListQuery(channel="phone"), columns=["initiative_name"], path=path)
    ((_, rows),) = workbook_values(path)
    assert rows == [["Initiative"], ["Andere vzw Geheim"]]
    exports.export_list(
        desk,
        what="initiatives",
        query=ListQuery(search="kinderen"),
        columns=["name", "province"],
        path=path,
        overwrite=True,
    )
    ((_, rows),) = workbook_values(path)
    assert rows == [["Name", "Province"], [HOSTILE[0], "Antwerp"]]
    exports.export_list(
        desk,
        what="initiatives",
        query=ListQuery(sort="name", descending=True),
        columns=["name"],
        path=path,
        overwrite=True,
    )
    ((_, rows),) = workbook_values(path)
    assert [row[0] for row in rows[1:]] == [HOSTILE[0], "Andere vzw Geheim"]
    exports.export_list(
        desk,
        what="followups",
        query=ListQuery(),
        columns=FOLLOW_UPS.default_columns(),
        path=path,
        overwrite=True,
    )
    ((_, rows),) = workbook_values(path)
    assert rows[1][2] == "Bel terug: <b>x</b>"


def test_list_export_refuses_unknown_lists_and_columns_without_a_file(desk: Desk, out: Path) -> None:
    from fourthpillar.domain.fields import ValidationFailed

    path = out / "x.xlsx"
    with pytest.raises(ValidationFailed):
        exports.export_list(desk, what="contacts", query=ListQuery(), columns=["name"], path=path)
    with pytest.raises(ValidationFailed):
        exports.export_list(desk, what="requests", query=ListQuery(), columns=["internal_note"], path=path)
    assert list(out.iterdir()) == []


def test_network_list_has_a_sheet_per_province_and_only_consenting_contacts(
    desk: Desk, register: Register, out: Path
) -> None:
    """Sharing a contact person who did not consent is a GDPR breach; internal notes never go out."""
    path = out / "network.xlsx"
    result = exports.export_network_list(desk, path=path)
    assert result.records == 2 and result.sheets == 2
    sheets = dict(workbook_values(path))
    assert list(sheets) == ["Antwerp", "East Flanders"]
    antwerp = sheets["Antwerp"]
    assert antwerp[1][0] == HOSTILE[0]
    row = dict(zip(antwerp[0], antwerp[1], strict=True))
    assert row["Contact persons"] == "አበበ በቂላ (<b>x</b>)"
    assert row["Phone"] == "+32 470 12 34 56"
    assert "Ethiopië" in str(row["Partner countries"]) and "Marokko" in str(row["Partner countries"])
    everything = repr(sheets)
    assert "Zonder Toestemming" not in everything
    assert "INTERNE-NOTITIE" not in everything and "passwd" not in everything  # no notes, no street
    assert OTHER_CONTACT in repr(sheets["East Flanders"])


def test_statistics_workbook_has_the_period_report_figures(desk: Desk, register: Register, out: Path) -> None:
    path = out / "stats.xlsx"
    period = exports.ReportPeriod(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    exports.export_statistics(desk, period=period, path=path)
    figures = exports.get_period_figures(desk, period=period)
    sheets = dict(workbook_values(path))
    summary = {row[0]: row[1] for row in sheets["Summary"][1:]}
    assert summary["Advice requests"] == figures.requests == 2
    assert summary["Initiatives helped"] == 2
    assert summary["Requests answered"] == 1
    months = sheets["Per month"][1:]
    assert len(months) == 12 and as_date(months[2][0]) == dt.date(2026, 3, 1) and months[2][1] == 2
    topics = {row[0]: row[1:] for row in sheets["By topic"][1:]}
    assert topics["fundraising"] == [1, 0.5, 1]
    channels = {row[0]: row[1] for row in sheets["By channel"][1:]}
    assert channels["e-mail"] == 1 and channels["phone"] == 1
    assert load_workbook(path)["By topic"]["C2"].number_format == "0%"


def test_list_network_and_summary_exports_work_on_both_databases(any_desk: Desk, out: Path) -> None:
    """The shared office database is PostgreSQL: streaming and figures must not assume SQLite."""
    from .conftest import build_register

    built = build_register(any_desk)
    result = exports.export_list(
        any_desk,
        what="requests",
        query=ListQuery(search="kasongo"),
        columns=["id", "initiative_name", "question"],
        path=out / "l.xlsx",
    )
    assert result.records == 1
    ((_, rows),) = workbook_values(out / "l.xlsx")
    assert [rows[0][0], rows[1][0]] == ["ID", built.request_id]  # the command line's --columns id
    assert exports.export_network_list(any_desk, path=out / "n.xlsx").records == 2
    exports.export_initiative_summary(any_desk, initiative_id=built.initiative_id, shared=True, path=out / "s.pdf")
    assert sorted(path.name for path in out.iterdir()) == ["l.xlsx", "n.xlsx", "s.pdf"]


def test_every_list_column_can_be_exported(desk: Desk, register: Register, out: Path) -> None:
    """A column added to a list's catalogue must export too, under its header, with every other
    column of its list: else "Export this list" fails or leaves a column out."""
    from fourthpillar import lists

    for listed in lists.LISTS:
        path = out / f"{listed.name}.xlsx"
        result = exports.export_list(desk, what=listed.name, query=ListQuery(include_archived=True),
                                     columns=listed.keys, path=path)
        ((_, rows),) = workbook_values(path)
        assert rows[0] == [column.label for column in listed.columns], listed.name
        assert result.records == len(rows) - 1 > 0, listed.name


def test_days_around_1900_spaces_and_markup_read_back_as_written(out: Path) -> None:
    """The sheet's rows are written as XML by us: a wrong day count would shift the founding date
    of an old association, and unescaped markup or trimmed spaces would change what was typed."""
    values = [
        dt.date(1900, 1, 2),
        dt.date(1900, 2, 28),
        dt.date(1900, 3, 1),
        dt.date(2026, 12, 31),
        dt.datetime(2026, 3, 2, 14, 30),
        " leading and trailing ",
        "a < b && c > d ]]>",
        "tab\tinside",
        "line\nbreak",
        12.25,
        10**12,
    ]
    writer = WorkbookWriter(title="t", author="a")
    sheet = writer.add_sheet("t", [Column("value", "long")])
    for value in values:
        sheet.append([value])
    path = out / "days.xlsx"
    writer.save(path)
    ((_, rows),) = workbook_values(path)
    read = [row[0] for row in rows[1:]]
    assert [as_date(value) for value in read[:4]] == values[:4]
    assert read[4] == values[4]
    assert read[5:] == values[5:]
    cells = load_workbook(path).active
    assert [cells.cell(row=row, column=1).number_format for row in range(2, 6)] == ["dd/mm/yyyy"] * 4
    assert cells["A6"].number_format == "dd/mm/yyyy hh:mm"
