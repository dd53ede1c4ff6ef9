"""Columns added through the lists' catalogue reach the list, its sort, the export and the
command line: a follow-up's days late, an initiative's enterprise number.

If these fail, a column shows in one place and not another, shows a wrong number of days, or
sorting by it jumbles the list or reads every row for each page.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from fourthpillar import clock
from fourthpillar.cli.main import main
from fourthpillar.services import exports
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery

#: Days before today each follow-up is due (negative: still to come); the last one is done.
DUE = {"ten days late": 10, "three days late": 3, "due today": 0, "next week": -7, "done late": 20}


def _follow_ups(desk: Desk) -> dict[str, str]:
    initiative_id = initiatives.register_initiative(desk, values={"name": "Vrienden van Kasongo"}).id
    today = clock.today()
    made = {action: followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": action, "due_on": today - dt.timedelta(days=days)}).id for action, days in DUE.items()}
    followups.complete_follow_up(desk, follow_up_id=made["done late"], outcome="", done_on=today)
    return made


def test_days_late_counts_from_the_due_date_to_today_for_open_follow_ups(any_desk: Desk) -> None:
    """An open follow-up past its due date is late by the days since; one due today, one still
    to come and one done are not late (empty), on SQLite and on the shared PostgreSQL alike."""
    _follow_ups(any_desk)
    rows = followups.list_follow_ups(any_desk, query=ListQuery()).rows
    late = {row.action: row.computed["days_late"] for row in rows}
    assert late == {"ten days late": 10, "three days late": 3, "due today": None, "next week": None,
                    "done late": None}


def test_sorting_by_days_late_puts_the_latest_first_and_the_empty_last(any_desk: Desk) -> None:
    """The column's first click sorts descending: the most overdue at the top; the ones that are
    not late come last (first when ascending), as empty values do in every column."""
    _follow_ups(any_desk)
    descending = followups.list_follow_ups(any_desk, query=ListQuery(sort="days_late", descending=True)).rows
    assert [row.action for row in descending][:2] == ["ten days late", "three days late"]
    ascending = followups.list_follow_ups(any_desk, query=ListQuery(sort="days_late")).rows
    assert [row.action for row in ascending][-2:] == ["three days late", "ten days late"]
    assert {row.computed["days_late"] for row in ascending[:3]} == {None}


def test_days_late_is_exported_as_a_number_and_shown_on_the_command_line(
        desk: Desk, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The catalogue's one entry is enough for the spreadsheet and the command line too."""
    _follow_ups(desk)
    path = tmp_path / "opvolgingen.xlsx"
    exports.export_list(desk, what="follow_ups", query=ListQuery(sort="days_late", descending=True),
                        columns=["action", "days_late"], path=path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[:3] == [("What to do", "Days late"), ("ten days late", 10), ("three days late", 3)]
    desk.close()
    assert main(["--data-dir", str(data_dir), "followups", "list", "--columns", "action,days-late",
                 "--sort", "days-late", "--desc"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["What", "to", "do", "Days", "late"]
    assert lines[1].split() == ["ten", "days", "late", "10"]
    assert main(["--data-dir", str(data_dir), "followups", "list", "--json", "--sort", "days_late", "--desc"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["action"] == "ten days late" and first["days_late"] == 10 and "computed" not in first


def test_enterprise_number_is_listed_exported_and_sorted_from_its_index(
        desk: Desk, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Sorted by enterprise number (empty ones first), a page is read from the number's index
    without sorting the initiatives that have none; the column exports and prints too."""
    for name, number in (("Zonder nummer", ""), ("Kasongo", "0403.170.701"), ("Aarde", "0202.239.951")):
        initiatives.register_initiative(desk, values={"name": name, "enterprise_number": number})
    rows = initiatives.list_initiatives(desk, query=ListQuery(sort="enterprise_number")).rows
    assert [row.enterprise_number for row in rows] == [None, "0202.239.951", "0403.170.701"]
    # The index gives the whole order, ties included: on SQLite the list breaks them by rowid,
    # which the (enterprise_number) index holds (migration 0017; by id a one-column index would
    # leave SQLite a "TEMP B-TREE FOR RIGHT PART OF ORDER BY"). Three rows give the planner no
    # reason to prefer it: it is named.
    statement = ("SELECT id FROM initiative INDEXED BY ix_initiative_enterprise_number "
                 "ORDER BY enterprise_number, initiative.rowid LIMIT 200")
    with desk.database.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.execute(text("EXPLAIN QUERY PLAN " + statement)))
    assert "TEMP B-TREE" not in plan
    path = tmp_path / "initiatieven.xlsx"
    exports.export_list(desk, what="initiatives", query=ListQuery(sort="enterprise_number", descending=True),
                        columns=["name", "enterprise_number"], path=path)
    assert list(load_workbook(path).active.iter_rows(values_only=True))[1] == ("Kasongo", "0403.170.701")
    desk.close()
    assert main(["--data-dir", str(data_dir), "initiatives", "list", "--columns", "name,enterprise-number",
                 "--sort", "enterprise-number", "--desc"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["Kasongo", "0403.170.701"]
