"""Words a list row borrows from the record it belongs to (store.search.BORROWED, migration 0018):
a request or follow-up is found by its initiative's name and municipality, a registration by its
contact person's name and e-mail, and each follows a rename, a merge and an erasure, on SQLite
(triggers keep the full-text index) and PostgreSQL (regular expressions over the joined parent)."""

from __future__ import annotations

from forensics import checkpointed_bytes
from sqlalchemy import text

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import merge
from fourthpillar.services import privacy
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services import search
from fourthpillar.services.desk import Desk
from fourthpillar.store.migrate import migrate_to
from fourthpillar.store.queries import ListQuery


def _request_ids(desk: Desk, text: str) -> set[str]:
    return {row.id for row in requests.list_requests(desk, query=ListQuery(search=text, count_limit=1000)).rows}


def _follow_up_ids(desk: Desk, text: str) -> set[str]:
    return {row.id for row in followups.list_follow_ups(desk, query=ListQuery(search=text, count_limit=1000)).rows}


def _registration_ids(desk: Desk, text: str) -> set[str]:
    return {row.id for row in registrations.list_registrations(desk, query=ListQuery(search=text)).rows}


def _indexes_agree(desk: Desk) -> None:
    """Each search index holds what its rows (with their borrowed words) hold: FTS5's check
    against the content (rank 1), which a stale borrowed word fails."""
    if not desk.database.is_sqlite:
        return
    with desk.database.engine.begin() as connection:
        for table in ("advice_request", "follow_up", "registration", "initiative", "contact_person"):
            connection.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))


def _initiative_with_work(desk: Desk, name: str, municipality: str) -> tuple[str, str, str]:
    initiative_id = initiatives.register_initiative(desk, values={"name": name, "municipality": municipality}).id
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "email", "question": "Hoe maken we een begroting voor het plan?"}).id
    follow_up_id = followups.plan_follow_up(desk, request_id=request_id, values={
        "action": "Begroting nalezen", "due_on": "2026-05-01"}).id
    return initiative_id, request_id, follow_up_id


def test_every_word_may_come_from_the_row_or_its_initiative(any_desk: Desk) -> None:
    """An officer typing "Oxfam plan" looks for Oxfam's request about a plan: the words are
    found in the request and in its initiative's name together; a word in neither finds nothing,
    and another initiative's requests about a plan stay out."""
    _, request_id, follow_up_id = _initiative_with_work(any_desk, "Oxfam Wereldwinkel", "Leuven")
    _initiative_with_work(any_desk, "Broederlijk Delen", "Gent")
    assert _request_ids(any_desk, "Oxfam plan") == {request_id}
    assert _request_ids(any_desk, "leuven begroting") == {request_id}
    assert _follow_up_ids(any_desk, "oxfam nalezen") == {follow_up_id}
    assert _request_ids(any_desk, "Oxfam zwembad") == set()
    assert len(_request_ids(any_desk, "plan")) == 2


def test_a_renamed_initiatives_work_is_found_under_its_new_name_only(any_desk: Desk) -> None:
    """Else the requests list still shows a renamed or moved initiative's requests under its
    old name (and not under the new one) until the register is rebuilt."""
    initiative_id, request_id, follow_up_id = _initiative_with_work(any_desk, "Vzw Regenboog", "Gent")
    initiatives.update_initiative(any_desk, initiative_id=initiative_id,
                                  changes={"name": "Vzw Zonneschijn", "municipality": "Brugge"})
    assert _request_ids(any_desk, "regenboog") == set()
    assert _request_ids(any_desk, "gent") == set()
    assert _request_ids(any_desk, "zonneschijn brugge") == {request_id}
    assert _follow_up_ids(any_desk, "regenboog") == set()
    assert _follow_up_ids(any_desk, "zonnesch") == {follow_up_id}
    # An edit of something else leaves them as they were.
    initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"notes": "sport"})
    assert _request_ids(any_desk, "zonneschijn") == {request_id}
    _indexes_agree(any_desk)


def test_merged_work_is_found_under_the_kept_initiatives_name(any_desk: Desk) -> None:
    """Merging moves the other initiative's requests and follow-ups to the kept one: searching
    the kept one's name must list them, and the merged-away name no longer."""
    keep_id, kept_request, kept_follow_up = _initiative_with_work(any_desk, "Kinderen van Kisangani", "Mechelen")
    other_id, moved_request, moved_follow_up = _initiative_with_work(any_desk, "Kisangani Kinderen", "Lier")
    merge.merge_initiatives(any_desk, keep_id=keep_id, other_id=other_id, choices={"name": "keep"})
    assert _request_ids(any_desk, "mechelen") == {kept_request, moved_request}
    assert _follow_up_ids(any_desk, "mechelen") == {kept_follow_up, moved_follow_up}
    assert _request_ids(any_desk, "lier") == set()
    _indexes_agree(any_desk)


def test_the_quick_search_leaves_an_initiatives_work_to_its_hit(any_desk: Desk) -> None:
    """Ctrl+K "Oxfam" shows the initiative, not also ten of its requests; "Oxfam begroting"
    (not the initiative's words alone) shows its request and follow-up about the budget."""
    _, request_id, follow_up_id = _initiative_with_work(any_desk, "Oxfam Wereldwinkel", "Leuven")
    assert [hit.kind for hit in search.quick_search(any_desk, text="oxfam")] == ["initiative"]
    assert [(hit.kind, hit.id) for hit in search.quick_search(any_desk, text="oxfam begroting")] \
        == [("request", request_id), ("follow_up", follow_up_id)]


def test_the_quick_search_shows_work_that_matches_by_its_own_words(any_desk: Desk) -> None:
    """Ctrl+K "begroting" must list the requests about a budget even when their initiatives'
    notes speak of one too (more of them than the hits shown): a request is left to its
    initiative's hit only when the initiative's name and municipality alone hold the words."""
    found = []
    for number in range(12):
        initiative_id, request_id, _ = _initiative_with_work(any_desk, f"Groep {number:02}", "Gent")
        initiatives.update_initiative(any_desk, initiative_id=initiative_id, changes={"notes": "begroting 2027"})
        found.append(request_id)
    hits = search.quick_search(any_desk, text="begroting", limit=10)
    assert [hit.kind for hit in hits].count("initiative") == 10
    requests_shown = [hit.id for hit in hits if hit.kind == "request"]
    assert len(requests_shown) == 10 and set(requests_shown) <= set(found)


def _registered_contact(desk: Desk) -> tuple[str, str]:
    event_id = events.plan_event(desk, values={"title": "Subsidies voor beginners", "starts_on": clock.today()}).id
    initiative_id = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id, values={
        "name": "Griet Vanderzwalm", "email": "griet.vanderzwalm@example.be"}).id
    registration_id = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id}).id
    return contact_id, registration_id


def test_a_registration_follows_its_contact_persons_name(any_desk: Desk) -> None:
    """The registrations list finds a contact's registration by the contact's name or e-mail,
    and after the contact is renamed by the new name only."""
    contact_id, registration_id = _registered_contact(any_desk)
    assert _registration_ids(any_desk, "vanderzwalm") == {registration_id}
    assert _registration_ids(any_desk, "griet.vander") == {registration_id}
    initiatives.update_contact(any_desk, contact_id=contact_id, changes={"name": "Griet Peeters"})
    assert _registration_ids(any_desk, "vanderzwalm griet") == {registration_id}  # the e-mail still holds it
    initiatives.update_contact(any_desk, contact_id=contact_id, changes={"email": "griet@example.be"})
    assert _registration_ids(any_desk, "vanderzwalm") == set()
    assert _registration_ids(any_desk, "peeters") == {registration_id}
    _indexes_agree(any_desk)


def test_an_erased_contact_leaves_the_registrations_search_and_the_file(any_desk: Desk) -> None:
    """Else an erased person is still found by name in the registrations list, or their name
    is still readable in the register's search index."""
    contact_id, registration_id = _registered_contact(any_desk)
    privacy.erase_person(any_desk, contact_id=contact_id)
    assert _registration_ids(any_desk, "vanderzwalm") == set()
    assert _registration_ids(any_desk, "griet") == set()
    assert registrations.get_registration(any_desk, registration_id=registration_id).id == registration_id
    _indexes_agree(any_desk)
    if any_desk.database.is_sqlite:
        path = any_desk.database.sqlite_path
        assert path is not None
        assert b"vanderzwalm" not in checkpointed_bytes(path).lower()


def test_the_borrowed_words_go_back_and_forth_with_the_migration(desk: Desk) -> None:
    """Going back to 0017 (an older app opening a restored copy) must leave it search indexes of
    the rows' own words that match their tables, and upgrading again borrows the initiative's."""
    _, request_id, _ = _initiative_with_work(desk, "Vzw Regenboog", "Gent")

    def migrate(revision: str, *, down: bool = False) -> set[int]:
        with desk.database.engine.begin() as connection:
            migrate_to(connection, revision, down=down)
            for table in ("advice_request", "follow_up", "registration"):
                connection.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))
            return set(connection.execute(text(
                "SELECT rowid FROM advice_request_fts WHERE advice_request_fts MATCH 'regenboog'")).scalars())

    assert len(migrate("0017", down=True)) == 0
    assert len(migrate("head")) == 1
    assert _request_ids(desk, "regenboog begroting") == {request_id}
