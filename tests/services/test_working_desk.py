"""The day's work through the services, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from fourthpillar import clock
from fourthpillar.domain.dates import add_months
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import dashboard
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services import search
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.queries import ListQuery

KINDEREN = {
    "name": "Kinderen & Toekomst vzw",
    "legal_form": "vzw",
    "enterprise_number": "BE 0417 497 106",
    "street": "Meir 1",
    "postcode": "2000",
    "municipality": "Antwerpen",
    "partner_countries": "CD; RW",
    "themes": "education, children-youth",
    "founded_year": "1998",
    "notes": "Werkt met scholen in Bukavu",
}


def register(desk: Desk, **overrides: object) -> str:
    return initiatives.register_initiative(desk, values={**KINDEREN, **overrides}).id


def test_registered_initiative_reads_back_with_derived_province(any_desk: Desk) -> None:
    """What the officer typed is what the initiative page shows, province filled in."""
    initiative_id = register(any_desk)
    detail = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
    assert detail.name == "Kinderen & Toekomst vzw"
    assert detail.enterprise_number == "0417.497.106"
    assert detail.province == "antwerpen"
    assert detail.partner_countries == ["CD", "RW"]
    assert detail.themes == ["education", "children-youth"]
    assert detail.founded_year == 1998
    assert detail.version == 1


def test_invalid_initiative_writes_nothing(any_desk: Desk) -> None:
    """A refused save leaves the register as it was."""
    with pytest.raises(ValidationFailed) as caught:
        register(any_desk, enterprise_number="0417.497.107", postcode="123")
    assert {e.field for e in caught.value.errors} == {"enterprise_number", "postcode"}
    assert initiatives.list_initiatives(any_desk, query=ListQuery()).total == 0


def test_enterprise_number_cannot_be_registered_twice(any_desk: Desk) -> None:
    """Two records for one vzw would split its history; the second is refused by name."""
    register(any_desk)
    with pytest.raises(ValidationFailed, match="Kinderen"):
        register(any_desk, name="Kinderen en Toekomst")


def test_request_lifecycle_and_follow_ups(any_desk: Desk) -> None:
    """Log a request, answer it, plan and complete a follow-up; the page's timeline shows it all."""
    initiative_id = register(any_desk)
    contact = initiatives.add_contact(any_desk, initiative_id=initiative_id,
                                      values={"name": "Jan Peeters", "email": "jan@example.org"})
    saved = requests.log_request(any_desk, initiative_id=initiative_id, values={
        "channel": "phone", "topics": "legal-form, subsidies", "question": "Moeten we een vzw worden?",
        "contact_id": contact.id, "due_on": "2026-12-15"})
    request = requests.get_request(any_desk, request_id=saved.id)
    assert request.status == "new"
    assert request.officer_name == "An Peeters"  # assigned to the officer at the desk
    assert request.contact_name == "Jan Peeters"
    assert request.received_on == clock.today()

    for status in ("in-progress", "waiting", "answered"):
        requests.set_request_status(any_desk, request_id=saved.id, status=status)
    requests.update_request(any_desk, request_id=saved.id,
                            changes={"advice": "Een vzw is aangewezen vanaf ...", "minutes_spent": "45",
                                     "internal_note": "Voorzitter was onzeker"})
    request = requests.get_request(any_desk, request_id=saved.id)
    assert request.status == "answered"
    assert request.answered_on == clock.today()
    assert request.minutes_spent == 45

    follow_up = followups.plan_follow_up(any_desk, request_id=saved.id,
                                         values={"action": "Statuten nalezen", "due_on": "+1m"})
    row = requests.get_request(any_desk, request_id=saved.id).follow_ups[0]
    assert row.due_on == add_months(clock.today(), 1)
    followups.complete_follow_up(any_desk, follow_up_id=follow_up.id, outcome="Statuten in orde")
    detail = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
    kinds = {(entry.kind, entry.done) for entry in detail.timeline}
    assert kinds == {("request", True), ("follow_up", True)}
    assert [c.name for c in detail.contacts] == ["Jan Peeters"]


def test_quick_due_dates() -> None:
    """+1 week, +1 month and +3 months land on the dates an officer expects."""
    today = dt.date(2026, 1, 31)
    assert followups.quick_due_date("+1w", today=today) == dt.date(2026, 2, 7)
    assert followups.quick_due_date("+1m", today=today) == dt.date(2026, 2, 28)
    assert followups.quick_due_date("+3m", today=today) == dt.date(2026, 4, 30)
    with pytest.raises(ValueError, match="quick due date"):
        followups.quick_due_date("next week", today=today)


def test_lists_filter_search_and_sort_in_the_database(any_desk: Desk) -> None:
    """The lists find by search words (accents ignored), filter and sort on every column."""
    a = register(any_desk)
    b = register(any_desk, name="Brug naar Cotonou", enterprise_number="", postcode="8800",
                 municipality="Roeselare", themes="water-sanitation", notes="Waterputten in Bénin")
    register(any_desk, name="Élan Solidaire", enterprise_number="", postcode="9000", municipality="Gent",
             themes="climate")
    page = initiatives.list_initiatives(any_desk, query=ListQuery(search="benin water"))
    assert [row.id for row in page.rows] == [b]
    assert initiatives.list_initiatives(any_desk, query=ListQuery(search="roese")).total == 1
    assert initiatives.list_initiatives(any_desk, query=ListQuery(province="antwerpen")).rows[0].id == a
    assert initiatives.list_initiatives(any_desk, query=ListQuery(theme="climate")).total == 1
    names = [row.name for row in initiatives.list_initiatives(any_desk, query=ListQuery(sort="name")).rows]
    assert names == ["Brug naar Cotonou", "Élan Solidaire", "Kinderen & Toekomst vzw"]
    descending = initiatives.list_initiatives(any_desk, query=ListQuery(sort="municipality", descending=True))
    assert [row.municipality for row in descending.rows] == ["Roeselare", "Gent", "Antwerpen"]
    paged = initiatives.list_initiatives(any_desk, query=ListQuery(sort="name", offset=1, limit=1))
    assert [row.name for row in paged.rows] == ["Élan Solidaire"] and paged.total == 3

    requests.log_request(any_desk, initiative_id=b, values={
        "channel": "email", "topics": "fundraising", "question": "Hoe vinden we sponsors?"})
    requests.log_request(any_desk, initiative_id=a, values={
        "channel": "phone", "topics": "governance", "question": "Wie tekent de rekeningen?", "status": "closed"})
    assert requests.list_requests(any_desk, query=ListQuery(search="sponsors")).total == 1
    # Searching a request list by the initiative's name finds its requests too.
    assert requests.list_requests(any_desk, query=ListQuery(search="cotonou")).total == 1
    assert requests.list_requests(any_desk, query=ListQuery(topic="governance")).total == 1
    assert requests.list_requests(any_desk, query=ListQuery(status="open")).total == 1
    assert requests.list_requests(any_desk, query=ListQuery(province="west-vlaanderen")).total == 1
    for column in ("received_on", "initiative_name", "channel", "status", "officer_name", "due_on",
                   "answered_on", "minutes_spent", "updated_at"):
        for descending_order in (False, True):
            assert requests.list_requests(
                any_desk, query=ListQuery(sort=column, descending=descending_order)).total == 2


def test_archive_hides_and_undo_restores(any_desk: Desk) -> None:
    """Archiving takes an initiative (and its requests) out of the lists; Ctrl+Z brings it back."""
    initiative_id = register(any_desk)
    requests.log_request(any_desk, initiative_id=initiative_id,
                         values={"channel": "event", "question": "Vraag op de Dag van de 4de Pijler"})
    archived = initiatives.archive_initiative(any_desk, initiative_id=initiative_id)
    assert initiatives.list_initiatives(any_desk, query=ListQuery()).total == 0
    assert requests.list_requests(any_desk, query=ListQuery()).total == 0
    assert initiatives.list_initiatives(any_desk, query=ListQuery(include_archived=True)).total == 1
    redo = history.undo_action(any_desk, batch_id=archived.batch_id)
    assert initiatives.list_initiatives(any_desk, query=ListQuery()).total == 1
    assert requests.list_requests(any_desk, query=ListQuery()).total == 1
    history.undo_action(any_desk, batch_id=redo)
    assert initiatives.list_initiatives(any_desk, query=ListQuery()).total == 0


def test_undo_of_an_edit_puts_every_field_back(any_desk: Desk) -> None:
    initiative_id = register(any_desk)
    edit = initiatives.update_initiative(any_desk, initiative_id=initiative_id,
                                         changes={"name": "Nieuwe naam", "postcode": "3500"})
    assert initiatives.get_initiative(any_desk, initiative_id=initiative_id).province == "limburg"
    history.undo_action(any_desk, batch_id=edit.batch_id)
    detail = initiatives.get_initiative(any_desk, initiative_id=initiative_id)
    assert (detail.name, detail.postcode, detail.province) == ("Kinderen & Toekomst vzw", "2000", "antwerpen")


def test_history_records_who_changed_which_field(any_desk: Desk) -> None:
    """Every change says who made it, which field, old and new value, and from which replica."""
    initiative_id = register(any_desk)
    initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"municipality": "Berchem"})
    entries = history.record_history(any_desk, entity="initiative", record_id=initiative_id)
    change = next(e for e in entries if e.operation == "update")
    assert (change.field, change.old_value, change.new_value) == ("municipality", '"Antwerpen"', '"Berchem"')
    assert change.officer_name == "An Peeters"
    assert change.replica_id == any_desk.replica_id


def test_save_over_someone_elses_newer_save_is_refused(any_desk: Desk) -> None:
    """Two officers with the same record open: the second save does not silently overwrite."""
    initiative_id = register(any_desk)
    opened_at = initiatives.get_initiative(any_desk, initiative_id=initiative_id).version
    initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"notes": "eerste"},
                                  expected_version=opened_at)
    with pytest.raises(StaleRecord):
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"notes": "tweede"},
                                      expected_version=opened_at)
    assert initiatives.get_initiative(any_desk, initiative_id=initiative_id).notes == "eerste"


def test_unknown_ids_are_named(any_desk: Desk) -> None:
    with pytest.raises(NotFound, match="initiative"):
        requests.log_request(any_desk, initiative_id="nope", values={"channel": "phone", "question": "?"})
    initiative_id = register(any_desk)
    with pytest.raises(ValidationFailed, match="officer_id"):
        requests.log_request(any_desk, initiative_id=initiative_id,
                             values={"channel": "phone", "question": "?", "officer_id": "ghost"})


def test_dashboard_shows_my_follow_ups_by_urgency(any_desk: Desk) -> None:
    """The officer sees what is overdue, due today and due this week, and only their own."""
    initiative_id = register(any_desk)
    today = dt.date(2026, 11, 28)
    colleague = officers.register_officer(any_desk, values={"name": "Bart Claes"}).id
    for action, days in (("te laat", -2), ("vandaag", 0), ("deze week", 3), ("later", 30)):
        followups.plan_follow_up(any_desk, initiative_id=initiative_id,
                                 values={"action": action, "due_on": today + dt.timedelta(days=days)})
    followups.plan_follow_up(any_desk, initiative_id=initiative_id,
                             values={"action": "van Bart", "due_on": today, "owner_id": colleague})
    requests.log_request(any_desk, initiative_id=initiative_id, values={"channel": "phone", "question": "?"})
    board = dashboard.get_dashboard(any_desk, today=today)
    assert [row.action for row in board.overdue] == ["te laat"]
    assert [row.action for row in board.due_today] == ["vandaag"]
    assert [row.action for row in board.due_this_week] == ["deze week"]
    assert board.open_requests_by_status["new"] == 1
    assert board.initiatives_per_province == {"antwerpen": 1}
    assert board.recent_activity and board.recent_activity[0].officer_name == "An Peeters"


def test_recent_activity_says_a_follow_up_was_done_or_reopened(any_desk: Desk) -> None:
    """Else: recent activity logs a completed follow-up as "Follow-up changed" (twice: its done date
    and its outcome), and a reopened one the same way."""
    initiative_id = register(any_desk)
    follow_up = followups.plan_follow_up(any_desk, initiative_id=initiative_id,
                                         values={"action": "Statuten nalezen", "due_on": clock.today()})
    followups.complete_follow_up(any_desk, follow_up_id=follow_up.id, outcome="In orde")

    def follow_up_entries() -> list[str]:
        board = dashboard.get_dashboard(any_desk)
        return sorted(entry.operation for entry in board.recent_activity if entry.entity_id == follow_up.id)

    assert follow_up_entries() == ["complete", "create"]
    followups.reopen_follow_up(any_desk, follow_up_id=follow_up.id)
    assert follow_up_entries() == ["complete", "create", "reopen"]


def test_quick_search_finds_every_kind(any_desk: Desk) -> None:
    """Ctrl+K finds initiatives, people, questions and follow-ups from one box."""
    initiative_id = register(any_desk)
    initiatives.add_contact(any_desk, initiative_id=initiative_id, values={"name": "Griet Zwartjes"})
    requests.log_request(any_desk, initiative_id=initiative_id,
                         values={"channel": "phone", "question": "Zwembad voor de school?"})
    followups.plan_follow_up(any_desk, initiative_id=initiative_id,
                             values={"action": "Zwaluwnesten tellen", "due_on": "+1w"})
    kinds = {hit.kind for hit in search.quick_search(any_desk, text="zw")}
    assert kinds == {"contact", "request", "follow_up"}
    assert [hit.kind for hit in search.quick_search(any_desk, text="toekomst")] == ["initiative"]
    assert search.quick_search(any_desk, text='"*) OR (') == []
    # Only an underscore holds no word to look for: nothing is found, not the first of everything.
    assert search.quick_search(any_desk, text="_") == []


def test_history_reads_in_words_and_warns_before_undoing_over_later_edits(any_desk: Desk) -> None:
    """The history view shows labels and names, not codes, and says when an undo would
    overwrite a later edit of the same field."""
    initiative_id = register(any_desk)
    first = initiatives.update_initiative(any_desk, initiative_id=initiative_id,
                                          changes={"status": "dormant", "partner_countries": "BO"})
    entries = history.record_history(any_desk, entity="initiative", record_id=initiative_id)
    status = next(e for e in entries if e.field == "status" and e.operation == "update")
    assert (status.field_label, status.old_text, status.new_text) == ("status", "active", "dormant")
    countries = next(e for e in entries if e.field == "partner_countries" and e.operation == "update")
    assert countries.new_text == "Bolivia"
    assert status.from_this_replica
    assert history.changed_again_since(any_desk, batch_id=first.batch_id) == []
    initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"status": "stopped"})
    assert history.changed_again_since(any_desk, batch_id=first.batch_id) == ["status"]
