"""``export ics followups`` and its service: a calendar file that Outlook, Google Calendar and
Thunderbird read, one entry per open follow-up, that updates rather than duplicates on a re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from fourthpillar import clock
from fourthpillar.cli.main import main
from fourthpillar.export.atomic import OutputExists
from fourthpillar.export.ical import LINE_OCTETS
from fourthpillar.export.ical import escape_text
from fourthpillar.export.ical import fold
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import reminders
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk

AWKWARD = 'Bel terug; vraag "statuten", ook \\ map\nen dan: Café Zoë ☺ ' + "lang " * 30


def _events(path: Path) -> dict[str, dict[str, object]]:
    raw = path.read_bytes()
    for line in raw.split(b"\r\n"):
        assert len(line) <= LINE_OCTETS, f"an unfolded line of {len(line)} octets: {line[:40]!r}"
    calendar = Calendar.from_ical(raw)
    return {str(event["UID"]): {"summary": str(event["SUMMARY"]), "description": str(event["DESCRIPTION"]),
                                "start": event.decoded("DTSTART"), "end": event.decoded("DTEND")}
            for event in calendar.walk("VEVENT")}


@pytest.fixture
def planned(desk: Desk) -> dict[str, str]:
    """Five follow-ups: open ones on a request and on an initiative, another officer's, a done
    one and one of an archived initiative."""
    today = clock.today()
    first = initiatives.register_initiative(desk, values={"name": "Kinderen & Toekomst; Congo, vzw"}).id
    request = requests.log_request(desk, initiative_id=first, values={
        "received_on": today.isoformat(), "channel": "email", "question": "Hoe vraag ik subsidies aan?"}).id
    on_request = followups.plan_follow_up(desk, request_id=request, values={
        "action": AWKWARD, "due_on": today.isoformat()}).id
    on_initiative = followups.plan_follow_up(desk, initiative_id=first, values={
        "action": "Stuur de fiche", "due_on": (today + dt.timedelta(days=10)).isoformat()}).id
    other = officers.register_officer(desk, values={"name": "Bram Claes", "region": "oost-vlaanderen"}).id
    theirs = followups.plan_follow_up(desk, initiative_id=first, values={
        "action": "Bezoek", "due_on": today.isoformat(), "owner_id": other}).id
    done = followups.plan_follow_up(desk, initiative_id=first, values={"action": "Klaar", "due_on": today.isoformat()})
    followups.complete_follow_up(desk, follow_up_id=done.id)
    gone = initiatives.register_initiative(desk, values={"name": "Opgeheven vzw"}).id
    followups.plan_follow_up(desk, initiative_id=gone, values={"action": "Weg", "due_on": today.isoformat()})
    initiatives.archive_initiative(desk, initiative_id=gone)
    return {"request": on_request, "initiative": on_initiative, "theirs": theirs, "officer": desk.officer_id or ""}


def test_the_calendar_holds_each_open_follow_up_once_with_its_day_and_text(
        desk: Desk, planned: dict[str, str], tmp_path: Path) -> None:
    """Otherwise an officer's calendar misses reminders, shows done ones, or garbles the text."""
    result = reminders.export_follow_up_calendar(desk, path=tmp_path / "f.ics")
    events = _events(result.path)
    assert result.records == 3
    assert set(events) == {f"{planned[key]}@fourthpillar.11.be" for key in ("request", "initiative", "theirs")}
    event = events[f"{planned['request']}@fourthpillar.11.be"]
    assert event["start"] == clock.today()
    assert event["end"] == clock.today() + dt.timedelta(days=1)
    assert AWKWARD.strip() in str(event["summary"])
    assert "Kinderen & Toekomst; Congo, vzw" in str(event["summary"])
    assert "Kinderen & Toekomst; Congo, vzw" in str(event["description"])
    assert "Hoe vraag ik subsidies aan?" in str(event["description"])
    assert "Hoe vraag" not in str(events[f"{planned['initiative']}@fourthpillar.11.be"]["description"])


def test_filters_by_officer_and_period(desk: Desk, planned: dict[str, str], tmp_path: Path) -> None:
    """Otherwise an officer gets a colleague's reminders or ones far outside the chosen weeks."""
    mine = _events(reminders.export_follow_up_calendar(
        desk, path=tmp_path / "mine.ics", officer_id=planned["officer"]).path)
    assert {uid.split("@")[0] for uid in mine} == {planned["request"], planned["initiative"]}
    soon = _events(reminders.export_follow_up_calendar(
        desk, path=tmp_path / "soon.ics", date_from=clock.today() + dt.timedelta(days=1)).path)
    assert {uid.split("@")[0] for uid in soon} == {planned["initiative"]}


def test_a_second_export_keeps_the_entries_identity(desk: Desk, planned: dict[str, str], tmp_path: Path) -> None:
    """Otherwise importing next week's file doubles every reminder in the calendar."""
    first = _events(reminders.export_follow_up_calendar(desk, path=tmp_path / "a.ics").path)
    followups.update_follow_up(desk, follow_up_id=planned["initiative"], changes={"due_on": "+3m"})
    second = _events(reminders.export_follow_up_calendar(desk, path=tmp_path / "b.ics").path)
    assert set(first) == set(second)
    moved = f"{planned['initiative']}@fourthpillar.11.be"
    assert second[moved]["start"] == followups.quick_due_date("+3m")


def test_an_existing_file_is_replaced_only_when_confirmed(desk: Desk, planned: dict[str, str], tmp_path: Path) -> None:
    """Otherwise an export silently overwrites a file the officer kept."""
    target = tmp_path / "f.ics"
    target.write_text("mine")
    with pytest.raises(OutputExists):
        reminders.export_follow_up_calendar(desk, path=target)
    assert target.read_text() == "mine"
    reminders.export_follow_up_calendar(desk, path=target, overwrite=True)
    assert len(_events(target)) == 3


def test_text_escaping_and_folding_follow_the_standard() -> None:
    """Otherwise a comma or semicolon in an action cuts the entry's text short in the calendar."""
    assert escape_text('a,b;c\\d\ne') == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "é" * 100)
    lines = folded.removesuffix("\r\n").split("\r\n")
    assert all(len(line.encode("utf-8")) <= LINE_OCTETS for line in lines)
    assert "".join(line.removeprefix(" ") for line in lines) == "SUMMARY:" + "é" * 100


def test_the_command_writes_the_calendar_and_rejects_a_bad_date(
        desk: Desk, planned: dict[str, str], data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Otherwise the command line cannot feed a calendar, or prints a traceback for a typo."""
    desk.close()
    target = tmp_path / "f.ics"
    assert main(["--data-dir", str(data_dir), "export", "ics", "followups", "--officer", "an peeters",
                 "--from", "today", "--to", "+1m", "--out", str(target)]) == 0
    assert {uid.split("@")[0] for uid in _events(target)} == {planned["request"], planned["initiative"]}
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "export", "ics", "followups", "--from", "gisteren",
                 "--out", str(tmp_path / "g.ics")]) == 2
    error = capsys.readouterr().err
    assert "--from" in error and "gisteren" in error and "Traceback" not in error
    assert not (tmp_path / "g.ics").exists()


def test_due_now_counts_the_officers_open_follow_ups_overdue_and_due_today(
        desk: Desk, planned: dict[str, str]) -> None:
    """Otherwise the start-up notification counts a colleague's, done or archived follow-ups."""
    assert reminders.due_now(desk) == reminders.DueNow(overdue=0, due_today=1)
    followups.update_follow_up(desk, follow_up_id=planned["initiative"], changes={
        "due_on": clock.today() - dt.timedelta(days=3)})
    assert reminders.due_now(desk) == reminders.DueNow(overdue=1, due_today=1)
    assert reminders.due_now(desk, officer_id="").due_today == 2  # "" = everyone's: the colleague's too


def test_reminders_read_the_same_on_every_database(any_desk: Desk, tmp_path: Path) -> None:
    """Otherwise the office's shared PostgreSQL register gives a different calendar or count."""
    today = clock.today()
    first = initiatives.register_initiative(any_desk, values={"name": "Vzw Overal"}).id
    request = requests.log_request(any_desk, initiative_id=first, values={
        "received_on": today.isoformat(), "channel": "phone", "question": "Welke subsidie?"}).id
    late = followups.plan_follow_up(any_desk, request_id=request, values={
        "action": "Bel terug", "due_on": (today - dt.timedelta(days=2)).isoformat()}).id
    now = followups.plan_follow_up(any_desk, initiative_id=first, values={
        "action": "Mail", "due_on": today.isoformat()}).id
    assert reminders.due_now(any_desk) == reminders.DueNow(overdue=1, due_today=1)
    events = _events(reminders.export_follow_up_calendar(
        any_desk, path=tmp_path / "f.ics", officer_id=any_desk.officer_id, date_to=today).path)
    assert set(events) == {f"{late}@fourthpillar.11.be", f"{now}@fourthpillar.11.be"}
    assert "Welke subsidie?" in str(events[f"{late}@fourthpillar.11.be"]["description"])


def test_the_command_refuses_a_period_that_ends_before_it_starts(
        desk: Desk, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Otherwise an officer who swapped the dates gets an empty calendar and thinks nothing is due."""
    desk.close()
    assert main(["--data-dir", str(data_dir), "export", "ics", "followups", "--from", "+1w", "--to", "today",
                 "--out", str(tmp_path / "f.ics")]) == 2
    assert capsys.readouterr().err.startswith("fourthpillar: --to: ")
    assert not (tmp_path / "f.ics").exists()


def test_the_first_and_last_dates_a_field_accepts_give_a_calendar_that_reads() -> None:
    """Else a follow-up or event typed on 31/12/9999 stops the export with a traceback (there is
    no next day to end it), and one in the year 1 gets a start date no calendar reads ("10101")."""
    from fourthpillar.export.ical import CalendarEvent
    from fourthpillar.export.ical import Reminder
    from fourthpillar.export.ical import calendar_text
    from fourthpillar.export.ical import event_calendar_text

    stamp = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    for day in (dt.date.min, dt.date.max):
        for text in (calendar_text([Reminder("f1", 1, day, "Bellen", "")], stamp=stamp, name="Opvolgingen"),
                     event_calendar_text(CalendarEvent("e1", 1, day, None, None, None, "Dag", "", ""), stamp=stamp),
                     event_calendar_text(CalendarEvent("e2", 1, day, "19:00", None, "21:00", "Avond", "", ""),
                                         stamp=stamp)):
            event = Calendar.from_ical(text).walk("VEVENT")[0]
            start = event.decoded("DTSTART")
            assert (start.date(), start.time()) == (day, dt.time(19, 0)) if isinstance(start, dt.datetime) \
                else start == day
