"""Importing an event's registrations from a spreadsheet (issue 18): columns mapped, rows matched
with the contact persons, a preview that writes nothing, one undoable action."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from fourthpillar.cli.main import main
from fourthpillar.importing.reading import ImportRefused
from fourthpillar.services import events
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import registration_import
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Inschrijvingen netwerkdag"])  # a title above the header
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _register(desk: Desk) -> tuple[str, str, str]:
    """An event (3 places) and two contact persons called the same in different initiatives."""
    event_id = events.plan_event(desk, values={"title": "Netwerkdag", "starts_on": "2027-06-20", "capacity": 3,
                                               "status": "open"}).id
    kasongo = initiatives.register_initiative(desk, values={"name": "Vrienden van Kasongo"}).id
    gent = initiatives.register_initiative(desk, values={"name": "Gent helpt"}).id
    griet = initiatives.add_contact(desk, initiative_id=kasongo, values={"name": "Griet Peeters",
                                                                         "email": "griet@kasongo.be"}).id
    initiatives.add_contact(desk, initiative_id=gent, values={"name": "Jan Claes"})
    initiatives.add_contact(desk, initiative_id=kasongo, values={"name": "Jan Claes"})
    return event_id, griet, kasongo


ROWS: list[list[object]] = [
    ["Naam", "E-mailadres", "Organisatie", "Opmerking"],
    ["G. Peeters", "GRIET@kasongo.be", "", "via e-mail gevonden"],
    ["Jan Claes", "", "Gent helpt", "via naam en initiatief"],
    ["Zoë D'Hondt", "zoe@example.be", "", "een losse deelnemer"],
    ["Griet Peeters", "", "Vrienden van Kasongo", "twee keer in het bestand"],
    ["Fout Adres", "geen-adres", "", "onleesbaar e-mailadres"],
    ["Nog Iemand", "nog@example.be", "", "na de plaatsen: wachtlijst"],
]


def test_the_preview_matches_rows_with_contacts_and_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    """Else a contact person is registered as a stranger, or twice."""
    event_id, griet, _ = _register(desk)
    preview = registration_import.preview_registration_import(
        desk, event_id=event_id, path=_workbook(tmp_path / "lijst.xlsx", ROWS))
    assert preview.header_row == 2
    assert preview.mapping == {"Naam": "name", "E-mailadres": "email", "Organisatie": "initiative",
                               "Opmerking": None}
    actions = {row.name: (row.action, row.reason) for row in preview.rows}
    assert actions["G. Peeters"] == ("contact", "email")
    assert actions["Jan Claes"] == ("contact", "name")  # the one of Gent helpt, not of Kasongo
    assert actions["Zoë D'Hondt"] == ("walk-in", "")
    assert actions["Griet Peeters"] == ("skip", "registered")  # the same person as row 3
    assert [(issue.row, issue.column) for issue in preview.problems] == [(7, "E-mailadres")]
    assert next(row for row in preview.rows if row.name == "G. Peeters").contact_id == griet
    assert events.get_event(desk, event_id=event_id).registrations == []


def test_the_import_is_one_action_that_keeps_the_waiting_list(desk: Desk, tmp_path: Path) -> None:
    """Past the capacity people wait; one undo takes the whole import back."""
    event_id, _, _ = _register(desk)
    path = _workbook(tmp_path / "lijst.xlsx", ROWS)
    preview = registration_import.preview_registration_import(desk, event_id=event_id, path=path)
    done = registration_import.apply_registration_import(desk, preview=preview)
    assert (done.registered, done.waiting, done.skipped, done.not_imported) == (3, 1, 1, 1)
    detail = events.get_event(desk, event_id=event_id)
    assert {row.person_name: row.status for row in detail.registrations}["Nog Iemand"] == "waiting"
    history.undo_action(desk, batch_id=done.batch_id)
    assert events.get_event(desk, event_id=event_id).registrations == []


def test_a_file_changed_since_the_preview_or_without_names_is_refused(desk: Desk, tmp_path: Path) -> None:
    """Else the import writes rows nobody saw in the preview."""
    event_id, _, _ = _register(desk)
    path = _workbook(tmp_path / "lijst.xlsx", ROWS)
    preview = registration_import.preview_registration_import(desk, event_id=event_id, path=path)
    _workbook(path, [*ROWS, ["Later Toegevoegd", "", "", ""]])
    with pytest.raises(ImportRefused):
        registration_import.apply_registration_import(desk, preview=preview)
    with pytest.raises(ImportRefused):
        registration_import.preview_registration_import(
            desk, event_id=event_id, path=_workbook(tmp_path / "cijfers.xlsx", [["Bedrag", "Datum"], [3, "x"]]))
    assert events.get_event(desk, event_id=event_id).registrations == []


def test_a_chosen_mapping_and_the_files_status_are_followed(desk: Desk, tmp_path: Path) -> None:
    """An attendance list after the event: the status column says who came."""
    event_id, _, _ = _register(desk)
    events.update_event(desk, event_id=event_id, changes={"status": "held", "capacity": ""})
    path = tmp_path / "aanwezig.csv"
    path.write_text("Deelnemer;Kolom B;Aanwezig\nAn Vos;an@example.be;attended\nBo Wit;;no-show\n", encoding="utf-8")
    preview = registration_import.preview_registration_import(desk, event_id=event_id, path=path,
                                                              mapping={"Kolom B": "email"})
    registration_import.apply_registration_import(desk, preview=preview)
    rows = registrations.list_registrations(desk, query=ListQuery(event_id=event_id)).rows
    assert {(row.person_name, row.email, row.status) for row in rows} == {
        ("An Vos", "an@example.be", "attended"), ("Bo Wit", "", "no-show")}


def test_the_import_command(desk: Desk, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`registrations import --event ID FILE`: --dry-run writes nothing; a bad file is one line, exit 2."""
    event_id, _, _ = _register(desk)
    desk.close()
    path = _workbook(tmp_path / "lijst.xlsx", ROWS)

    def run(*args: str) -> tuple[int, str, str]:
        try:
            status = main(["--data-dir", str(data_dir), "registrations", "import", "--event", event_id, *args])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    status, out, _ = run(str(path), "--dry-run")
    assert status == 0 and "2 contact persons, 2 walk-ins, 1 skipped, 1 rows not imported" in out
    status, out, _ = run(str(path))
    assert status == 0 and "3 registered, 1 on the waiting list" in out
    status, out, err = run(str(tmp_path / "missing.xlsx"))
    assert status == 2 and out == "" and err.count("\n") == 1


def test_a_sheet_of_names_without_e_mail_imported_again_books_nobody_twice(desk: Desk, tmp_path: Path) -> None:
    """Else importing the sign-up list again (a few names added since) registers every walk-in
    without an e-mail a second time: two places each, two lines on the sign-in sheet."""
    event_id, _, _ = _register(desk)
    names = [["Naam"], ["Wim Vandamme"], ["Els Maes"]]
    first = registration_import.preview_registration_import(
        desk, event_id=event_id, path=_workbook(tmp_path / "eerst.xlsx", names))
    registration_import.apply_registration_import(desk, preview=first)
    again = registration_import.preview_registration_import(
        desk, event_id=event_id, path=_workbook(tmp_path / "later.xlsx", [*names, ["Nieuw Gezicht"], ["els maes"]]))
    assert {row.name: row.action for row in again.rows} == {
        "Wim Vandamme": "skip", "Els Maes": "skip", "Nieuw Gezicht": "walk-in", "els maes": "skip"}
    registration_import.apply_registration_import(desk, preview=again)
    assert sorted(row.person_name for row in events.get_event(desk, event_id=event_id).registrations) == [
        "Els Maes", "Nieuw Gezicht", "Wim Vandamme"]
