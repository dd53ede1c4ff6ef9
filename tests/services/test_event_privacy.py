"""Registrations are the person's data (issue 18, GDPR): the person's export lists them, `person
find` finds walk-ins, an erasure removes a walk-in's name and e-mail everywhere, and attendance
is kept five years."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text

from fourthpillar import clock
from fourthpillar.jobs import Cancelled
from fourthpillar.services import events
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import privacy
from fourthpillar.services import registrations
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import Change
from fourthpillar.store.models import Registration


def _setup(desk: Desk, *, starts_on: dt.date | None = None) -> tuple[str, str, str]:
    """An event with a contact person (attended) and a walk-in registered; their ids."""
    event_id = events.plan_event(desk, values={
        "title": "Subsidies voor beginners", "starts_on": starts_on or clock.today(), "status": "held",
        "notes": "Zoë Walkin vroeg naar de slides."}).id
    initiative_id = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                         values={"name": "Griet Peeters", "email": "griet@example.be"}).id
    registered = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id})
    registrations.update_registration(desk, registration_id=registered.id, changes={"status": "attended"})
    walk_in = registrations.register_for_event(desk, event_id=event_id, values={
        "name": "Zoë Walkin", "email": "zoe.walkin@example.be", "status": "attended"}).id
    return event_id, contact_id, walk_in


def test_the_person_export_lists_their_registrations(any_desk: Desk, tmp_path: Path) -> None:
    """Else an access request leaves out which trainings the person attended."""
    _event, contact_id, _walk_in = _setup(any_desk)
    made = privacy.export_person(any_desk, contact_id=contact_id, out_dir=tmp_path)
    data = json.loads(made.json_path.read_text(encoding="utf-8"))
    assert [(item["event"], item["status"]) for item in data["registrations"]] == [
        ("Subsidies voor beginners", "attended")]
    assert any(entry["entity"] == "registration" for entry in data["history"])
    assert made.pdf_path.stat().st_size > 0


def test_a_walk_ins_export_holds_their_name_e_mail_and_registration_only(any_desk: Desk, tmp_path: Path) -> None:
    """Else a walk-in's access request cannot be answered, or a contact's registration is
    exported as if it were a walk-in's."""
    event_id, contact_id, walk_in = _setup(any_desk)
    made = privacy.export_walk_in(any_desk, registration_id=walk_in, out_dir=tmp_path)
    data = json.loads(made.json_path.read_text(encoding="utf-8"))
    assert (data["contact"]["name"], data["contact"]["email"]) == ("Zoë Walkin", "zoe.walkin@example.be")
    assert [(item["event"], item["status"]) for item in data["registrations"]] == [
        ("Subsidies voor beginners", "attended")]
    assert {entry["record_id"] for entry in data["history"]} == {walk_in}
    assert "Griet" not in made.json_path.read_text(encoding="utf-8")
    assert made.pdf_path.read_bytes().startswith(b"%PDF")
    contacts_registration = next(row.id for row in events.get_event(any_desk, event_id=event_id).registrations
                                 if not row.walk_in)
    with pytest.raises(KnownError, match=contact_id):
        privacy.export_walk_in(any_desk, registration_id=contacts_registration, out_dir=tmp_path)


def test_person_find_finds_walk_ins_and_a_contacts_registrations(any_desk: Desk) -> None:
    """Else an erasure request about a walk-in, or a contact's trainings, goes unnoticed."""
    _event, _contact, walk_in = _setup(any_desk)
    found = {(record.entity, record.field) for record in privacy.find_person(any_desk, text="walkin")}
    assert ("registration", "name") in found and ("event", "notes") in found
    assert any(record.record_id == walk_in for record in privacy.find_person(any_desk, text="zoe.walkin@"))
    assert ("registration", "contact_id") in {(record.entity, record.field)
                                              for record in privacy.find_person(any_desk, text="Griet")}


def test_erasing_a_walk_in_leaves_no_trace_of_their_name_or_e_mail(any_desk: Desk) -> None:
    """GDPR erasure: else the walk-in's name stays in the history or the event's notes."""
    event_id, _contact, walk_in = _setup(any_desk)
    erased = walk_ins.erase_walk_ins(any_desk, registration_ids=[walk_in])
    assert erased.registration_ids == [walk_in]
    row = registrations.get_registration(any_desk, registration_id=walk_in)
    assert (row.person_name, row.email, row.status) == ("[erased]", "", "attended")  # the count stays
    assert "Zoë" not in events.get_event(any_desk, event_id=event_id).notes
    with any_desk.database.session() as session:
        values = " ".join(str(value) for pair in session.execute(select(Change.old_value, Change.new_value))
                          for value in pair)
    assert "Walkin" not in values and "zoe.walkin" not in values
    assert not [record for record in privacy.find_person(any_desk, text="zoe.walkin")]


def test_a_contacts_registration_is_erased_with_the_contact_not_as_a_walk_in(any_desk: Desk) -> None:
    """Else an officer blanks a registration and believes the person erased."""
    event_id, contact_id, _walk_in = _setup(any_desk)
    registration = next(row for row in events.get_event(any_desk, event_id=event_id).registrations
                        if not row.walk_in)
    with pytest.raises(KnownError):
        walk_ins.erase_walk_ins(any_desk, registration_ids=[registration.id])
    # The same person registered once as a walk-in under her own name: erased with her.
    again = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Griet Peeters",
                                                                                  "status": "attended"}).id
    privacy.erase_person(any_desk, contact_id=contact_id)
    assert registrations.get_registration(any_desk, registration_id=again).person_name == "[…]"


def test_attendance_is_kept_five_years_then_archived_and_walk_ins_erased(desk: Desk) -> None:
    """The retention rule: else attendance lists are kept for ever."""
    old_event, _contact, walk_in = _setup(desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    _setup(desk, starts_on=clock.today() - dt.timedelta(days=365))
    review = privacy.retention_review(desk)
    past = review.past_registrations
    assert {item.event_id for item in past} == {old_event} and len(past) == 2
    walk_ins.forget_registrations(desk, registration_ids=[item.id for item in past])
    assert walk_ins.registrations_past_retention(desk) == []
    assert registrations.get_registration(desk, registration_id=walk_in).person_name == "[erased]"
    assert events.get_event(desk, event_id=old_event).registrations == []


def _jan_peeters_twice(desk: Desk) -> tuple[str, str, str]:
    """Walk-in Jan Peeters at an event six years ago and (the same name and e-mail, his name
    typed "Jan Peters" first) at one last month, whose notes name him: the old registration's
    id, the recent one's and the recent event's."""
    ids = []
    for days_ago, typed in ((6 * 365, "Jan Peeters"), (30, "Jan Peters")):
        event_id = events.plan_event(desk, values={
            "title": "Vrijwilligers verzekeren", "starts_on": clock.today() - dt.timedelta(days=days_ago),
            "status": "held", "notes": "Jan Peeters bracht de polis mee."}).id
        registration_id = registrations.register_for_event(desk, event_id=event_id, values={
            "name": typed, "email": "jan.peeters@example.be", "status": "attended"}).id
        registrations.update_registration(desk, registration_id=registration_id, changes={"name": "Jan Peeters"})
        ids += [registration_id, event_id]
    return ids[0], ids[2], ids[3]


def _history_of(desk: Desk, registration_id: str) -> str:
    with desk.database.session() as session:
        return " ".join(str(value) for pair in session.execute(select(Change.old_value, Change.new_value).where(
            Change.entity == "registration", Change.entity_id == registration_id)) for value in pair)


def test_a_clean_up_forgets_the_old_registration_but_not_a_recent_one_under_the_same_name(any_desk: Desk) -> None:
    """The same walk-in (or a namesake) came again last month: else the retention clean-up of
    his registration of six years ago also erased his recent one's name, e-mail and history,
    attendance the office must keep five more years."""
    old, recent, recent_event = _jan_peeters_twice(any_desk)
    before = _history_of(any_desk, recent)
    walk_ins.forget_registrations(any_desk, registration_ids=[item.id for item in
                                                               walk_ins.registrations_past_retention(any_desk)])
    forgotten = registrations.get_registration(any_desk, registration_id=old)
    assert (forgotten.person_name, forgotten.email) == ("[erased]", "")
    assert "Peeters" not in _history_of(any_desk, old) and "Peters" not in _history_of(any_desk, old)
    kept = registrations.get_registration(any_desk, registration_id=recent)
    assert (kept.person_name, kept.email, kept.status) == ("Jan Peeters", "jan.peeters@example.be", "attended")
    assert _history_of(any_desk, recent) == before and "Jan Peters" in before
    # The recent event's notes are as likely to be about the Jan Peeters the office keeps.
    assert events.get_event(any_desk, event_id=recent_event).notes == "Jan Peeters bracht de polis mee."


def test_a_clean_up_redacts_a_name_no_kept_person_has_and_keeps_one_a_kept_person_has(any_desk: Desk) -> None:
    """Else the clean-up left a forgotten walk-in's name in notes and in the history of a
    registration renamed from them (a place handed over), or wiped from the notes the name of a
    contact person or a registration the office keeps (spelled in other case or spacing)."""
    today = clock.today()
    old_event = events.plan_event(any_desk, values={
        "title": "Vrijwilligers verzekeren", "starts_on": today - dt.timedelta(days=6 * 365), "status": "held"}).id
    for name in ("Jan Peeters", "Mieke Claes", "Ruben Vos"):
        registrations.register_for_event(any_desk, event_id=old_event, values={
            "name": name, "email": name.lower().replace(" ", ".") + "@example.be"})
    recent_event = events.plan_event(any_desk, values={
        "title": "Netwerkdag", "starts_on": today - dt.timedelta(days=30), "status": "held",
        "notes": "Jan Peeters gaf zijn plaats aan Lies Maes; Mieke Claes en Ruben Vos kwamen ook."}).id
    handed_over = registrations.register_for_event(any_desk, event_id=recent_event, values={
        "name": "Jan Peeters", "email": "jan.peeters@example.be"}).id
    registrations.update_registration(any_desk, registration_id=handed_over, changes={
        "name": "Lies Maes", "email": "lies@example.be"})
    registrations.register_for_event(any_desk, event_id=recent_event, values={"name": " mieke  CLAES "})
    initiative_id = initiatives.register_initiative(any_desk, values={"name": "Fietsherstelplaats"}).id
    initiatives.add_contact(any_desk, initiative_id=initiative_id, values={"name": "ruben vos"})
    walk_ins.forget_registrations(any_desk, registration_ids=[
        item.id for item in walk_ins.registrations_past_retention(any_desk)])
    # "mieke  CLAES" is not how the note spells her (two spaces): that mention goes, Ruben Vos's stays.
    assert events.get_event(any_desk, event_id=recent_event).notes == (
        "[…] gaf zijn plaats aan Lies Maes; […] en Ruben Vos kwamen ook.")
    kept = registrations.get_registration(any_desk, registration_id=handed_over)
    assert (kept.person_name, kept.email) == ("Lies Maes", "lies@example.be")
    assert "Jan Peeters" not in _history_of(any_desk, handed_over)
    assert "jan.peeters@" not in _history_of(any_desk, handed_over)
    assert "Lies Maes" in _history_of(any_desk, handed_over)


def test_erasing_a_walk_in_on_request_covers_their_registrations_under_the_same_name(any_desk: Desk) -> None:
    """An erasure request (the event page's Erase, `person erase`) is the person's: else their
    other registrations keep their name. The question lists those registrations first."""
    old, recent, _recent_event = _jan_peeters_twice(any_desk)
    planned = walk_ins.plan_walk_in_erasure(any_desk, registration_ids=[old])
    assert ("registration", recent, "name") in {(item.entity, item.record_id, item.field) for item in planned}
    walk_ins.erase_walk_ins(any_desk, registration_ids=[old])
    assert registrations.get_registration(any_desk, registration_id=recent).person_name == "[…]"
    assert "Peeters" not in _history_of(any_desk, recent)


def _copies(desk: Desk, walk_in: str, many: int) -> list[str]:
    """*many* copies of the walk-in, each with a name and e-mail of its own ("Walk-in 7",
    walk.in7@example.be), made in SQL (the ORM takes minutes); the walk-in's id and theirs."""
    columns = [column.name for column in Registration.__table__.columns if column.name not in ("id", "name", "email")]
    listed = ", ".join(f'"{name}"' for name in columns)
    with desk.database.session() as session:
        session.execute(text(
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :many) "
            f"INSERT INTO registration (id, name, email, {listed}) "
            f"SELECT 'copy-' || i, 'Walk-in ' || i, 'walk.in' || i || '@example.be', {listed} "
            f"FROM n, registration WHERE registration.id = :walk_in"), {"many": many, "walk_in": walk_in})
        return [walk_in, *session.execute(text("SELECT id FROM registration WHERE id LIKE 'copy-%'")).scalars()]


def test_erasing_more_walk_ins_than_one_statement_takes_plans_them_all(desk: Desk) -> None:
    """A first retention clean-up of a large register forgets tens of thousands of walk-ins at
    once; put in one statement, their ids went past SQLite's 32,766 values a statement (and their
    names past its expressions 1,000 deep) and the officer got an error instead of the list of
    texts the erasure will change."""
    event_id, _contact_id, walk_in = _setup(desk)
    many = 33_000
    ids = _copies(desk, walk_in, many)
    assert len(ids) == many + 1
    planned = walk_ins.plan_walk_in_erasure(desk, registration_ids=ids)
    assert [(mention.entity, mention.field) for mention in planned] == [("event", "notes")]
    assert events.get_event(desk, event_id=event_id).title == "Subsidies voor beginners"


def test_a_retention_clean_up_of_many_walk_ins_erases_and_archives_them_all(any_desk: Desk) -> None:
    """Forgetting more walk-ins at once than one statement takes (their ids in one ``IN``, their
    names in one condition): else the clean-up stopped with a database error and kept them all,
    or erased the names but left them typed in notes, or archived them as more than one action."""
    event_id, _contact, walk_in = _setup(any_desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    many = 1_200  # more ids than one statement's IN takes (IDS_PER_STATEMENT), and many more names
    ids = _copies(any_desk, walk_in, many)
    initiative_id = initiatives.register_initiative(any_desk, values={
        "name": "Fietsherstelplaats", "notes": "Walk-in 7 kwam in januari met Walk-in 7000 en WALK.IN12@EXAMPLE.BE; "
                                              "zoë walkin belde."}).id
    past = [item.id for item in walk_ins.registrations_past_retention(any_desk)]
    assert set(ids) < set(past)
    batch_id = walk_ins.forget_registrations(any_desk, registration_ids=past).batch_id
    assert walk_ins.registrations_past_retention(any_desk) == []
    with any_desk.database.session() as session:
        left = session.execute(select(Registration.name, Registration.email, Registration.archived_at)
                               .where(Registration.id.in_(ids[:1] + ids[-1:]))).all()
        named = session.scalar(select(func.count()).select_from(Registration).where(
            Registration.contact_id.is_(None), Registration.name != "[erased]"))
        values = " ".join(str(value) for pair in session.execute(select(Change.old_value, Change.new_value))
                          for value in pair)
    assert [(name, email, archived is not None) for name, email, archived in left] == [("[erased]", "", True)] * 2
    assert named == 0
    assert "Walkin" not in values and "zoe.walkin" not in values
    assert initiatives.get_initiative(any_desk, initiative_id=initiative_id).notes == (
        "[…] kwam in januari met Walk-in 7000 en […]; […] belde.")
    assert events.get_event(any_desk, event_id=event_id).notes == "[…] vroeg naar de slides."
    with any_desk.database.session() as session:  # the erasure and the archiving: one action
        archived = session.scalar(select(func.count()).select_from(Change).where(
            Change.batch_id == batch_id, Change.operation == "archive"))
    assert archived == len(past)
    history.undo_action(any_desk, batch_id=batch_id)  # the archiving can be undone, the erasure not
    back = walk_ins.registrations_past_retention(any_desk)
    assert len(back) == len(past) and {item.person_name for item in back if item.walk_in} == {"[erased]"}


def test_an_unknown_or_archived_registration_is_named_and_nothing_is_erased(desk: Desk) -> None:
    """Else an erasure or a clean-up given a mistyped id (or one archived meanwhile) erased the
    others and failed half-way, or named some other id than the first wrong one."""
    event_id, _contact, walk_in = _setup(desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    with pytest.raises(NotFound) as refused:
        walk_ins.erase_walk_ins(desk, registration_ids=[walk_in, "no-such-id", "nor-this-one"])
    assert refused.value.record_id == "no-such-id"
    assert registrations.get_registration(desk, registration_id=walk_in).person_name == "Zoë Walkin"
    archived = registrations.register_for_event(desk, event_id=event_id, values={"name": "Piet Walkin"}).id
    registrations.archive_registration(desk, registration_id=archived)
    with pytest.raises(NotFound) as refused:
        walk_ins.forget_registrations(desk, registration_ids=[walk_in, archived])
    assert refused.value.record_id == archived
    assert registrations.get_registration(desk, registration_id=walk_in).person_name == "Zoë Walkin"
    assert walk_ins.erase_walk_ins(desk, registration_ids=[walk_in, archived]).registration_ids == [walk_in, archived]


def _register_state(desk: Desk) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[str]]:
    """Everything a clean-up could change: the registrations, the history, the free text."""
    with desk.database.session() as session:
        rows = sorted(tuple(map(str, row)) for row in session.execute(
            select(Registration.id, Registration.name, Registration.email, Registration.archived_at)))
        history = sorted(tuple(map(str, row)) for row in session.execute(
            select(Change.id, Change.old_value, Change.new_value)))
        notes = sorted(str(note) for note in session.scalars(text("SELECT notes FROM event")))
    return rows, history, notes


def test_a_clean_up_reports_its_progress_to_the_end(desk: Desk) -> None:
    """Forgetting tens of thousands of walk-ins takes a while: else the officer sees no sign of
    life, or a bar that goes back or stops short of its end."""
    _event, _contact, walk_in = _setup(desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    ids = _copies(desk, walk_in, 1_200)
    past = [item.id for item in walk_ins.registrations_past_retention(desk)]
    reported: list[tuple[int, int]] = []
    walk_ins.forget_registrations(desk, registration_ids=past,
                                  progress=lambda done, total: reported.append((done, total)))
    totals = {total for _done, total in reported}
    assert len(totals) == 1 and totals.pop() > len(ids)
    assert [done for done, _total in reported] == sorted(done for done, _total in reported)
    assert reported[0][0] == 0 and reported[-1][0] == reported[-1][1] and len(reported) > 6
    assert walk_ins.registrations_past_retention(desk) == []


@pytest.mark.parametrize("stop_at", [0.0, 0.5, 1.0])
def test_a_cancelled_clean_up_leaves_the_register_as_it_was(any_desk: Desk, stop_at: float) -> None:
    """Cancelled at its start, half-way or at its very end: else some walk-ins were erased (for
    good: an erasure cannot be undone) and others not, or registrations archived without their
    walk-ins erased."""
    _event, _contact, walk_in = _setup(any_desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    _copies(any_desk, walk_in, 1_200)
    past = [item.id for item in walk_ins.registrations_past_retention(any_desk)]
    before = _register_state(any_desk)
    asked = {"cancel": False}

    def progress(done: int, total: int) -> None:
        asked["cancel"] = done >= stop_at * total

    with pytest.raises(Cancelled):
        walk_ins.forget_registrations(any_desk, registration_ids=past, progress=progress,
                                      is_cancelled=lambda: asked["cancel"])
    assert _register_state(any_desk) == before
    assert len(walk_ins.registrations_past_retention(any_desk)) == len(past)


def test_a_clean_up_cancelled_while_it_redacts_free_text_leaves_the_register_as_it_was(any_desk: Desk) -> None:
    """Redacting the free text and the history reads every text table and the whole history,
    the clean-up's longest part: else its bar stood still and Cancel went unheard all that time,
    or a Cancel heard there left some walk-ins erased."""
    _event, _contact, walk_in = _setup(any_desk, starts_on=clock.today() - dt.timedelta(days=6 * 365))
    _copies(any_desk, walk_in, 1_200)
    past = walk_ins.registrations_past_retention(any_desk)
    erased = sum(1 for item in past if item.erasable)
    before = _register_state(any_desk)
    heard: list[int] = []

    def progress(done: int, total: int) -> None:
        # The walk-ins' values, then their history, then the free text: a third of the erasure each.
        if 2 * erased < done < 3 * erased:
            heard.append(done)

    with pytest.raises(Cancelled):
        walk_ins.forget_registrations(any_desk, registration_ids=[item.id for item in past], progress=progress,
                                      is_cancelled=lambda: bool(heard))
    assert heard and _register_state(any_desk) == before
    assert len(walk_ins.registrations_past_retention(any_desk)) == len(past)
