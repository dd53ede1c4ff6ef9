"""Searching the lists whose full-text index keeps no word positions (migration 0016).

On SQLite the search indexes of contact people, requests, follow-ups, events and registrations
keep only which rows hold a word (``detail=none``): a third of the size. They must still find
what the officers type: the start of a word, several words in any order, and an enterprise number
typed in groups, which on these tables is looked for as its words rather than as a phrase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy import text
from store_helpers import add_all
from store_helpers import fresh_database
from store_helpers import initiative

from fourthpillar.domain.enterprise_number import is_valid_enterprise_number
from fourthpillar.store.database import Database
from fourthpillar.store.migrate import migrate_to
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration
from fourthpillar.store.search import _SPLIT_BY_FTS5
from fourthpillar.store.search import POSITIONED_SEARCH
from fourthpillar.store.search import SEARCH_COLUMNS
from fourthpillar.store.search import match_terms
from fourthpillar.store.search import matches
from fourthpillar.store.search import own_text_matches

NUMBER = "0403.170.701"

#: Per slimmed list: its text for the record to find and for one that must not be found.
TEXTS: dict[type[Record], tuple[dict[str, str], dict[str, str]]] = {
    ContactPerson: ({"name": "Korneel Vandamme", "role": "penningmeester", "phone": "0476 58 78 83"},
                    {"name": "Vandamme Bart", "role": "voorzitter", "phone": "0477 11 22 33"}),
    AdviceRequest: ({"question": f"Vraag over de subsidie van vzw {NUMBER} (Korneel)"},
                    {"question": "Vraag over de statuten"}),
    FollowUp: ({"action": "Subsidiedossier nalezen met Korneel", "outcome": "vraag doorgestuurd"},
               {"action": "Statuten nalezen", "outcome": ""}),
    Event: ({"title": "Vorming subsidies aanvragen", "trainers": "Korneel Vandamme"},
            {"title": "Vorming boekhouding", "trainers": "Lies Claes"}),
    Registration: ({"name": "Korneel Vandamme", "email": "korneel@example.be"},
                   {"name": "Vandamme Lies", "email": "lies@example.be"}),
}

#: Per slimmed list: searches that must find the first record of TEXTS and not the second.
SEARCHES: dict[type[Record], list[str]] = {
    ContactPerson: ["korn", "penning vandamme", "vandamme korneel", "0476 58 78", "0476 58 78 83"],
    AdviceRequest: ["subs", "korneel vraag", "subsidie korneel", "0403 170 701", "BE 0403 170 701", "0403170701"],
    FollowUp: ["subsidiedos", "vraag korn", "korneel subsidiedossier"],
    Event: ["subsid", "korneel vorming", "vandamme subsidies"],
    Registration: ["kor", "vandamme korneel", "korneel@example"],
}


def _records(database: Database) -> dict[type[Record], tuple[str, str]]:
    """One record to find and one not to find on every slimmed list; their ids per model."""
    home = initiative("Gent Helpt")
    add_all(database, home)
    event = Event(title="Infosessie", starts_on=dt.date(2026, 3, 1))
    add_all(database, event)
    required: dict[type[Record], dict[str, object]] = {
        ContactPerson: {"initiative_id": home.id},
        AdviceRequest: {"initiative_id": home.id, "received_on": dt.date(2026, 1, 5), "channel": "email"},
        FollowUp: {"initiative_id": home.id, "due_on": dt.date(2026, 2, 1)},
        Event: {"starts_on": dt.date(2026, 3, 2)},
        Registration: {"event_id": event.id, "registered_on": dt.date(2026, 2, 20)},
    }
    found: dict[type[Record], tuple[str, str]] = {}
    for model, (wanted, other) in TEXTS.items():
        first, second = add_all(database, model(**required[model], **wanted), model(**required[model], **other))
        found[model] = (first, second)
    return found


def test_every_list_but_the_initiatives_has_a_slimmed_index() -> None:
    """The tests below cover every list whose index keeps no positions (a new one gets its case)."""
    assert set(TEXTS) == set(SEARCH_COLUMNS) - POSITIONED_SEARCH
    assert is_valid_enterprise_number(NUMBER.replace(".", ""))


@pytest.mark.parametrize("model", list(TEXTS), ids=lambda model: model.__tablename__)
def test_slimmed_lists_find_word_starts_several_words_and_enterprise_numbers(database: Database,
                                                                              model: type[Record]) -> None:
    """An officer typing the start of a name, two words in either order, or (in a request) the
    enterprise number the question mentions, typed in groups, must still see the record."""
    wanted, _not_wanted = _records(database)[model]
    with database.session() as session:
        dialect = session.get_bind().dialect.name
        for search in SEARCHES[model]:
            found = set(session.scalars(select(model.id).where(matches(model, search, dialect))))
            assert found == {wanted}, search
            if dialect == "sqlite":  # the count that plans a list reads the index alone
                assert session.execute(own_text_matches(model, search, 10)).scalar_one() == 1, search


def test_the_initiatives_search_an_enterprise_number_as_a_phrase(database: Database) -> None:
    """Searching an enterprise number must list the initiative that has it, not every initiative
    whose notes hold its groups of digits apart (the initiatives' index keeps positions)."""
    add_all(database, initiative("Verspreid", notes="Zie dossier 170 en 701 van 0403"),
            initiative("Met nummer", enterprise_number=NUMBER))
    with database.session() as session:
        dialect = session.get_bind().dialect.name
        for search in ("0403 170 701", "BE 0403 170 701", "0403170701"):
            names = set(session.scalars(select(Initiative.name).where(matches(Initiative, search, dialect))))
            assert names == {"Met nummer"}, search


@pytest.fixture
def sqlite_database(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """An empty register at the current schema on SQLite: the only database with FTS5 tables."""
    with fresh_database(request, "sqlite", data_dir) as opened:
        yield opened


def test_the_slimmed_indexes_are_declared_without_positions(sqlite_database: Database) -> None:
    """A later migration that made these indexes again with positions would bring back some
    70 MB on a register of 50,000 initiatives (and one without them for the initiatives would
    find an enterprise number's groups anywhere): the tables are declared as store.search says."""
    with sqlite_database.session() as session:
        declared = dict(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                             "AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")).all())
    assert set(declared) == {f"{model.__tablename__}_fts" for model in SEARCH_COLUMNS}
    for model in SEARCH_COLUMNS:
        sql = declared[f"{model.__tablename__}_fts"].replace(" ", "")
        slim = model not in POSITIONED_SEARCH
        assert ("detail=none" in sql) == slim, sql
        assert ("columnsize=0" in sql) == slim, sql


def test_the_downgrade_brings_back_the_indexes_with_positions(sqlite_database: Database) -> None:
    """Going back to the previous version of the app (0015) must leave it a search index it can
    read, holding the records; upgrading again slims it once more."""
    home = initiative("Gent Helpt")
    add_all(sqlite_database, home)
    [wanted] = add_all(sqlite_database, AdviceRequest(initiative_id=home.id, received_on=dt.date(2026, 1, 5),
                                                      channel="email", question=f"Nummer {NUMBER}?"))

    def migrate(revision: str, *, down: bool = False) -> str:
        with sqlite_database.engine.begin() as connection:
            migrate_to(connection, revision, down=down)
            connection.execute(text("INSERT INTO advice_request_fts(advice_request_fts) VALUES ('integrity-check')"))
            found = connection.execute(text("SELECT rowid FROM advice_request_fts WHERE advice_request_fts "
                                            "MATCH 'nummer'")).scalars().all()
            assert len(found) == 1
            return str(connection.execute(text(
                "SELECT sql FROM sqlite_master WHERE name = 'advice_request_fts'")).scalar_one())

    assert "detail" not in migrate("0015", down=True)
    assert "detail=none" in migrate("head")
    with sqlite_database.session() as session:
        found = session.scalars(select(AdviceRequest.id).where(matches(AdviceRequest, "0403 170 701", "sqlite")))
        assert list(found) == [wanted]


def test_a_word_fts5_splits_is_searched_as_its_parts_on_slimmed_lists(sqlite_database: Database) -> None:
    """A few letters count as letters for Python but separate words for FTS5 (New Tai Lue vowel
    signs, some tone marks); a word holding one would be a phrase, which an index without
    positions refuses: the list would fail instead of showing what was searched."""
    connection = sqlite_database.engine.raw_connection()
    try:
        connection.execute("CREATE VIRTUAL TABLE temp.t USING fts5(x, tokenize='unicode61 remove_diacritics 2', "
                           "detail=none)")
        connection.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(temp, t, 'instance')")
        characters = [chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code < 0xE000]
        connection.executemany("INSERT INTO temp.t (rowid, x) VALUES (?, ?)",
                               [(code, f"a{ch}b") for code, ch in ((ord(ch), ch) for ch in characters)])
        words: dict[int, int] = {}
        for (row,) in connection.execute("SELECT doc FROM temp.words"):
            words[row] = words.get(row, 0) + 1
        # What Python's word pattern (store.search.match_terms) keeps as one word, FTS5 splits:
        split = {ch for ch in characters if words.get(ord(ch), 0) > 1 and len(match_terms(f"a{ch}b")) == 1}
    finally:
        connection.close()
    assert {ch for ch in split if not _SPLIT_BY_FTS5.search(ch)} == set()
    home = initiative("Gent Helpt")
    add_all(sqlite_database, home)
    [wanted] = add_all(sqlite_database, AdviceRequest(initiative_id=home.id, received_on=dt.date(2026, 1, 5),
                                                      channel="email", question="Vraag over ᦵᦂᦲ"))
    with sqlite_database.session() as session:
        found = session.scalars(select(AdviceRequest.id).where(matches(AdviceRequest, "ᦵᦂᦲ", "sqlite")))
        assert list(found) == [wanted]
