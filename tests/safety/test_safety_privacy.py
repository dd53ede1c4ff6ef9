"""A person's rights: export of everything held about them, erasure without a trace, retention review."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest
from forensics import checkpointed_bytes
from safety_helpers import PERSON_EMAIL
from safety_helpers import PERSON_NAME
from safety_helpers import PERSON_PHONE
from safety_helpers import Register
from safety_helpers import database_file
from safety_helpers import fill
from sqlalchemy import select

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.services import backups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import privacy
from fourthpillar.services import requests
from fourthpillar.services import search
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import new_id


def _file_bytes(desk: Desk) -> bytes:
    """The database file and its -wal after a checkpoint, decrypted, as a forensic reader with the key sees them."""
    return checkpointed_bytes(database_file(desk))


def _traces(data: bytes) -> list[str]:
    lowered = data.lower()
    needles = {
        "name": PERSON_NAME, "first name + surname token": "vanderzwalmenkaai", "old name": 'griet vanderzwalm"',
        "e-mail": PERSON_EMAIL, "old e-mail": "griet@old-mail.be", "e-mail domain": "voorbeeld-mail",
        "phone": PERSON_PHONE, "old phone": "03 123 45 67",
    }
    return [label for label, needle in needles.items() if needle.lower().encode() in lowered]


def test_export_holds_the_record_requests_and_history_but_no_internal_note(
        desk: Desk, register: Register, tmp_path: Path) -> None:
    """The person gets everything held about them (also history), but never the office's internal notes."""
    result = privacy.export_person(desk, contact_id=register.contact_id, out_dir=tmp_path / "out")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["contact"]["name"] == PERSON_NAME and data["contact"]["email"] == PERSON_EMAIL
    assert data["initiative"]["name"] == "Water voor Kisangani"
    assert [request["question"] for request in data["requests"]] == ["How do we apply for the 11.fonds?"]
    assert data["requests"][0]["follow_ups"][0]["action"] == "Send the form"
    changed = {(entry["entity"], entry["field"]) for entry in data["history"]}
    assert ("contact", "name") in changed and ("request", "contact_id") in changed
    assert any(entry["old_value"] == "Griet Vanderzwalm" for entry in data["history"])
    text = result.json_path.read_text(encoding="utf-8") + _pdf_text(result.pdf_path)
    assert "Secret office remark" not in text and "internal_note" not in text
    assert PERSON_NAME in _pdf_text(result.pdf_path)
    assert "Jef Peeters" not in text, "another person's data must not be in this person's export"


def test_export_pdf_prints_markup_in_user_text_literally(desk: Desk, register: Register, tmp_path: Path) -> None:
    """A name with '<b>' or '&' prints as typed; it must not be interpreted (or break the PDF)."""
    initiatives.update_contact(desk, contact_id=register.contact_id,
                               changes={"role": "<b>chair</b> & <img src='x'/>"})
    result = privacy.export_person(desk, contact_id=register.contact_id, out_dir=tmp_path)
    assert "<b>chair</b> & <img src='x'/>" in _pdf_text(result.pdf_path)


def test_export_of_an_unknown_person_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        privacy.export_person(desk, contact_id="no-such-id", out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_erasure_leaves_no_trace_of_the_person_in_the_database_file(desk: Desk, register: Register) -> None:
    """After erasure the name, e-mail and phone cannot be found in the file, even with a hex editor."""
    assert set(_traces(_file_bytes(desk))) >= {"name", "e-mail", "old name", "old e-mail"}, "test data missing"
    privacy.erase_person(desk, contact_id=register.contact_id)
    assert _traces(_file_bytes(desk)) == []


def test_erasure_scrubs_history_and_search_but_keeps_counts(desk: Desk, register: Register) -> None:
    """The person disappears from the record, its history and search; statistics still count them."""
    erasure = privacy.erase_person(desk, contact_id=register.contact_id)
    detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
    erased = next(contact for contact in detail.contacts if contact.id == register.contact_id)
    assert (erased.name, erased.email, erased.phone) == ("[erased]", "", "")
    assert erased.role == "", "a role like 'voorzitter' of a small group identifies the person"
    assert len(detail.contacts) == 2
    assert requests.get_request(desk, request_id=register.request_id).contact_id == register.contact_id
    entries = history.record_history(desk, entity="contact", record_id=register.contact_id)
    shown = json.dumps([[entry.old_value, entry.new_value] for entry in entries])
    assert "Vanderzwalm" not in shown and "@" not in shown and "45 67" not in shown
    assert entries[0].operation == "erase"
    assert erasure.history_rows_scrubbed == 7
    assert search.quick_search(desk, text="Vanderzwalmenkaai", limit=10) == []
    assert search.quick_search(desk, text="Jef", limit=10) != [], "other people must stay findable"


def test_erasure_is_recorded_for_sync_and_cannot_be_undone(desk: Desk, register: Register) -> None:
    """An erasure travels to other replicas as 'erase', and undo never brings the data back."""
    erasure = privacy.erase_person(desk, contact_id=register.contact_id)
    with desk.database.session() as session:
        rows = session.scalars(select(Change).where(Change.batch_id == erasure.batch_id)).all()
        assert [(row.entity, row.entity_id, row.operation) for row in rows] == [
            ("contact", register.contact_id, "erase")]
        assert privacy.is_erased(session, contact_id=register.contact_id)
        assert not privacy.is_erased(session, contact_id=register.other_contact_id)
    history.undo_action(desk, batch_id=erasure.batch_id)
    assert _traces(_file_bytes(desk)) == []


def test_an_incoming_erasure_applies_within_a_sync_session(desk: Desk, register: Register) -> None:
    """A sync apply can carry out another replica's erasure in its own transaction."""
    with desk.database.session() as session:
        privacy.apply_erasure(session, desk, contact_id=register.contact_id, batch_id=new_id())
    with desk.database.session() as session:
        contact = session.get(ContactPerson, register.contact_id)
        assert contact is not None and contact.name == "[erased]"


def test_erasure_lists_older_backups_for_pruning(desk: Desk, register: Register) -> None:
    """Backups made before the erasure still hold the person: they are offered for pruning."""
    old = backups.create_backup(desk, reason="manual")
    erasure = privacy.erase_person(desk, contact_id=register.contact_id)
    assert [info.id for info in erasure.backups_before] == [old.id]
    backups.prune_backups_before(desk, moment=erasure.erased_at)
    assert backups.list_backups(desk) == []


def test_erasure_reports_the_free_text_it_redacted(desk: Desk, register: Register) -> None:
    """The officer is told which notes lost the person's name."""
    initiatives.update_initiative(desk, initiative_id=register.initiative_id,
                                  changes={"notes": f"Call {PERSON_NAME} in spring."})
    erasure = privacy.erase_person(desk, contact_id=register.contact_id)
    assert [(item.entity, item.record_id, item.field) for item in erasure.redacted] == [
        ("initiative", register.initiative_id, "notes")]


def test_erasing_an_unknown_person_changes_nothing(desk: Desk, register: Register) -> None:
    with pytest.raises(NotFound):
        privacy.erase_person(desk, contact_id="no-such-id")
    assert PERSON_NAME.lower().encode() in _file_bytes(desk).lower()


def test_retention_review_lists_inactive_initiatives_and_people_without_consent(
        desk: Desk, register: Register) -> None:
    """The review surfaces what may have to go, and nothing that is still in use."""
    today = clock.today()
    review = privacy.retention_review(desk, years=5, today=today)
    assert review.inactive_initiatives == []
    assert [person.id for person in review.contacts_without_consent] == [register.contact_id]
    later = privacy.retention_review(desk, years=5, today=today + dt.timedelta(days=6 * 366))
    assert [item.id for item in later.inactive_initiatives] == [register.initiative_id]
    # The register was written just now: its activity is dated by the officer's calendar day of
    # that moment, which is already tomorrow when the suite (which pins today) runs past midnight.
    assert later.inactive_initiatives[0].last_activity == clock.local_now().date()


def test_bulk_archive_from_the_review_is_one_undoable_action(desk: Desk, register: Register) -> None:
    other = initiatives.register_initiative(desk, values={"name": "Second"})
    batch = privacy.archive_initiatives(desk, initiative_ids=[register.initiative_id, other.id])
    assert initiatives.get_initiative(desk, initiative_id=other.id).archived
    history.undo_action(desk, batch_id=batch)
    assert not initiatives.get_initiative(desk, initiative_id=register.initiative_id).archived
    assert not initiatives.get_initiative(desk, initiative_id=other.id).archived


def test_bulk_erase_erases_everyone_chosen(desk: Desk, register: Register) -> None:
    results = privacy.erase_people(desk, contact_ids=[register.contact_id, register.other_contact_id])
    assert len({result.batch_id for result in results}) == 1
    assert b"jef peeters" not in _file_bytes(desk).lower()
    assert _traces(_file_bytes(desk)) == []


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_erasure_export_and_review_work_on_the_shared_database_too(any_desk: Desk, tmp_path: Path) -> None:
    """The office's PostgreSQL register honours the same rights; backups are the server's job there."""
    register = fill(any_desk)
    privacy.export_person(any_desk, contact_id=register.contact_id, out_dir=tmp_path)
    erasure = privacy.erase_person(any_desk, contact_id=register.contact_id)
    assert erasure.history_rows_scrubbed == 7
    shown = json.dumps([[entry.old_value, entry.new_value] for entry in history.record_history(
        any_desk, entity="contact", record_id=register.contact_id)])
    assert "Vanderzwalm" not in shown and "@" not in shown
    review = privacy.retention_review(any_desk, years=5)
    assert [person.id for person in review.contacts_without_consent] == []
    assert backups.integrity_check(any_desk).ok
    if not any_desk.database.is_sqlite:
        assert backups.list_backups(any_desk) == [] and backups.backup_if_stale(any_desk) is None
        with pytest.raises(backups.BackupFailed, match="server"):
            backups.create_backup(any_desk)


def test_person_pdf_speaks_the_persons_language(desk: Desk, register: Register, tmp_path: Path) -> None:
    """A French-speaking volunteer receives their data in French, accents intact."""
    initiatives.update_contact(desk, contact_id=register.contact_id, changes={"language": "fr"})
    text = _pdf_text(privacy.export_person(desk, contact_id=register.contact_id, out_dir=tmp_path).pdf_path)
    assert "Vos données personnelles" in text and "Téléphone" in text


def test_person_pdf_reads_like_a_letter_in_the_persons_language(desk: Desk, register: Register,
                                                                 tmp_path: Path) -> None:
    """The PDF goes to the person: it showed raw timestamps ('2026-12-06T03:25:25.965294+00:00'),
    English action words ('create contact') in a Dutch document and 'Taal: nl', with no letterhead."""
    initiatives.update_contact(desk, contact_id=register.contact_id, changes={"language": "nl"})
    text = _pdf_text(privacy.export_person(desk, contact_id=register.contact_id, out_dir=tmp_path).pdf_path)
    assert "Steunpunt 4de Pijler" in text and "Uw persoonsgegevens" in text  # the letterhead and title
    assert "Voorkeurstaal" in text and "Nederlands" in text and "Taal: nl" not in text
    assert "gewijzigd" in text and "aangemaakt" in text  # what happened, in Dutch
    assert i18n.format_long_date(clock.today(), language="nl") in text  # "Gemaakt op 6 december 2026"
    for raw in ("+00:00", "T0", "create contact", "update contact", "None →"):
        assert raw not in text, raw
