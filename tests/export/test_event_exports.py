"""An event's documents (issue 18): the sign-in sheet, the participants spreadsheet, attendance
certificates and the calendar file, with hostile text in every field a person typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fourthpillar.cli.main import main
from fourthpillar.services import events
from fourthpillar.services import exports
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk

from .conftest import HOSTILE
from .conftest import Register
from .conftest import pdf_raw_text
from .conftest import pdf_text
from .conftest import squeeze
from .conftest import workbook_values


def test_the_sign_in_sheet_has_names_and_initiatives_but_no_e_mail_or_phone(
        desk: Desk, register: Register, out: Path) -> None:
    """It goes from hand to hand in the room: else it leaks addresses and phone numbers."""
    result = exports.export_sign_in_sheet(desk, event_id=register.event_id, path=out / "sign-in.pdf")
    assert result.records == 2
    content = pdf_text(result.path)
    assert squeeze(HOSTILE[0]) in content  # the initiative and the title, printed as typed
    assert squeeze(HOSTILE[14]) in content  # the walk-in's name, not a formula or markup
    assert squeeze(HOSTILE[1]) in content  # the trainers: "<b>x</b>" literally
    assert squeeze("Signature") in content
    assert "abebe@example.org" not in content and "walk-in@example.org" not in content
    assert squeeze("+32 470 12 34 56") not in content


def test_the_participants_spreadsheet_is_formula_safe_and_complete(desk: Desk, register: Register, out: Path) -> None:
    """Else a walk-in called =HYPERLINK(...) runs as a formula in Excel, or someone is missing."""
    result = exports.export_participants(desk, event_id=register.event_id, path=out / "participants.xlsx")
    ((_name, rows),) = workbook_values(result.path)
    assert result.records == len(rows) - 1 == 2
    names = {row[0] for row in rows[1:]}
    assert HOSTILE[14] in names and "አበበ በቂላ" in names
    assert {row[3] for row in rows[1:]} == {"abebe@example.org", "walk-in@example.org"}


def test_certificates_go_to_those_who_attended_only(desk: Desk, register: Register, out: Path) -> None:
    """Else someone who never came gets a certificate."""
    made = exports.export_attendance_certificates(desk, event_id=register.event_id, folder=out)
    assert len(made) == 2
    assert all(result.path.name.startswith("certificate-") for result in made)
    texts = [pdf_text(result.path) for result in made]
    assert any(squeeze(HOSTILE[14]) in content for content in texts)
    assert all(squeeze(HOSTILE[0]) in content or squeeze("=1+1") in content for content in texts)
    late = registrations.register_for_event(desk, event_id=register.event_id, values={"name": "Niet gekomen"})
    with pytest.raises(exports.NotAttended):
        exports.export_attendance_certificate(desk, registration_id=late.id, path=out / "no.pdf")
    assert not (out / "no.pdf").exists()


def test_a_certificate_is_in_the_participants_language(desk: Desk, register: Register, out: Path) -> None:
    """A French-speaking participant gets a French certificate, whatever the officer's language."""
    detail = events.get_event(desk, event_id=register.event_id)
    contact_row = next(row for row in detail.registrations if not row.walk_in)
    from fourthpillar.services import initiatives

    initiatives.update_contact(desk, contact_id=contact_row.contact_id or "", changes={"language": "fr"})
    result = exports.export_attendance_certificate(desk, registration_id=contact_row.id, path=out / "c.pdf")
    assert "Attestation de présence" in pdf_raw_text(result.path)


def test_the_calendar_file_places_the_event_in_brussels_time(desk: Desk, register: Register, out: Path) -> None:
    """Else the training shows at the wrong hour in a calendar abroad, or the file is refused."""
    result = exports.export_event_calendar(desk, event_id=register.event_id, path=out / "event.ics")
    content = result.path.read_bytes().decode("utf-8")
    assert f"UID:{register.event_id}@" in content
    assert "DTSTART;TZID=Europe/Brussels:20260310T190000" in content
    assert "DTEND;TZID=Europe/Brussels:20260310T213000" in content and "BEGIN:VTIMEZONE" in content
    assert all(len(line.encode("utf-8")) <= 75 for line in content.split("\r\n"))
    assert "LOCATION:<img src=\"/etc/passwd\"/>" in content.replace("\r\n ", "")


def test_the_export_commands_of_an_event(desk: Desk, register: Register, data_dir: Path, out: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`export pdf sign-in --event ID --out FILE` and its siblings; a wrong id is one line and exit 2."""
    desk.close()

    def run(*args: str) -> tuple[int, str]:
        try:
            status = main(["--data-dir", str(data_dir), "export", *args])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        return status, capsys.readouterr().err

    for args in (("pdf", "sign-in", "--event", register.event_id, "--out", str(out / "s.pdf")),
                 ("xlsx", "participants", "--event", register.event_id, "--out", str(out / "p.xlsx")),
                 ("ics", "event", "--event", register.event_id, "--out", str(out / "e.ics")),
                 ("pdf", "certificates", "--event", register.event_id, "--out", str(out))):
        assert run(*args) == (0, "")
    assert (out / "s.pdf").exists() and (out / "p.xlsx").exists() and (out / "e.ics").exists()
    status, err = run("pdf", "sign-in", "--event", "no-such-event", "--out", str(out / "x.pdf"))
    assert status == 2 and err.count("\n") == 1 and "no-such-event" in err
    assert not (out / "x.pdf").exists()


def test_the_period_report_counts_trainings_participants_and_initiatives(
        desk: Desk, register: Register, out: Path) -> None:
    """Funders ask how many trainings were held and whom they reached, by topic and province."""
    from fourthpillar.services import initiatives

    other = initiatives.register_initiative(desk, values={"name": "Andere", "postcode": "9000"}).id
    contact = initiatives.add_contact(desk, initiative_id=other, values={"name": "Els"}).id
    webinar = events.plan_event(desk, values={"title": "Webinar", "kind": "webinar", "topics": "legal-form",
                                              "starts_on": "2026-03-20", "status": "held"}).id
    registrations.register_for_event(desk, event_id=webinar, values={"contact_id": contact, "status": "attended"})
    events.plan_event(desk, values={"title": "Later", "starts_on": "2026-05-01", "status": "held"})
    figures = exports.get_period_figures(desk, period=exports.ReportPeriod(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    held = figures.events
    assert held is not None
    assert (held.held, held.trainings_held, held.participants, held.initiatives_reached) == (2, 1, 3, 2)
    by_topic = {item.label: item for item in held.by_topic}
    assert (by_topic["fundraising"].events, by_topic["fundraising"].participants) == (1, 2)
    assert (by_topic["legal form"].events, by_topic["legal form"].initiatives) == (1, 1)
    by_province = {item.label: item for item in held.by_province}
    assert by_province["Antwerp"].participants == 1 and by_province["East Flanders"].participants == 1
    assert by_province["not recorded"].participants == 1  # the walk-in
    report = exports.export_period_report(desk, period=exports.ReportPeriod(figures.date_from, figures.date_to),
                                          path=out / "report.pdf")
    assert squeeze("Trainings and events") in pdf_text(report.path)
    stats = exports.export_statistics(desk, period=exports.ReportPeriod(figures.date_from, figures.date_to),
                                      path=out / "stats.xlsx")
    assert "Trainings and events" in [name for name, _rows in workbook_values(stats.path)]


def test_an_erased_walk_in_gets_no_certificate(desk: Desk, register: Register, out: Path) -> None:
    """Else, after an erasure, the office still prints "[erased] took part in …" for them, as if
    the person were still there."""
    from fourthpillar.services import walk_ins

    detail = events.get_event(desk, event_id=register.event_id)
    walk_in = next(row for row in detail.registrations if row.walk_in and row.status == "attended")
    walk_ins.erase_walk_ins(desk, registration_ids=[walk_in.id])
    with pytest.raises(exports.NotAttended, match="erased"):
        exports.export_attendance_certificate(desk, registration_id=walk_in.id, path=out / "erased.pdf")
    assert not (out / "erased.pdf").exists()
    made = exports.export_attendance_certificates(desk, event_id=register.event_id, folder=out)
    assert [result.path.name for result in made] != [] and all(walk_in.id not in result.path.name for result in made)
