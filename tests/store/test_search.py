"""Searching finds the same records on SQLite (FTS5) and on PostgreSQL (regular expressions).

The promise, on both: every word of the search must start a word of the record (in any order),
case and the accents of Latin letters do not matter, "ß", "ø", "ł" and ligatures are letters of
their own (as FTS5 keeps them), and archived records are only found when asked for.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata

import pytest
from sqlalchemy import select
from sqlalchemy import update
from store_helpers import add_all
from store_helpers import initiative

from fourthpillar.store import queries
from fourthpillar.store.database import Database
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.search import match_terms
from fourthpillar.store.search import matches

NAMES = [
    ("Vzw Zoë", {}),
    ("Gent Helpt", {"municipality": "Gent", "postcode": "9000"}),
    ("Hulpgent", {"municipality": "Merelbeke"}),
    ("École du Monde", {"municipality": "Liège", "postcode": "4000"}),
    ("Søren Kierkegaard Fonds", {}),
    ("Łódź Partners", {}),
    ("Nguyễn Văn Linh", {"notes": "Contact via de ambassade"}),
    ("Straßenkinder", {}),
    ("İstanbul Köprü", {}),
    ("Kinderen_van_Nu", {}),
    ("Москва Центр", {}),
    ("Waterputten", {"tags": ["water", "sanitation"], "enterprise_number": "0123456789"}),
]

#: Search text -> the names it must find, on either database.
EXPECTED: dict[str, set[str]] = {
    "zoe": {"Vzw Zoë"},
    "ZOË": {"Vzw Zoë"},
    "zo": {"Vzw Zoë"},
    "gent": {"Gent Helpt"},  # not "Hulpgent": a word must start with the search
    "GEN": {"Gent Helpt"},
    "helpt gent": {"Gent Helpt"},
    "gent zoe": set(),
    "ecole": {"École du Monde"},
    "ÉCOLE": {"École du Monde"},
    "liege": {"École du Monde"},
    "4000": {"École du Monde"},
    "søren": {"Søren Kierkegaard Fonds"},
    "SØREN": {"Søren Kierkegaard Fonds"},
    "łódź": {"Łódź Partners"},
    "Łodz": {"Łódź Partners"},
    "nguyen": {"Nguyễn Văn Linh"},
    "Nguyễn van": {"Nguyễn Văn Linh"},
    "ambassade": {"Nguyễn Văn Linh"},
    "straße": {"Straßenkinder"},
    "STRAẞEN": {"Straßenkinder"},
    "istanbul": {"İstanbul Köprü"},
    "kopru": {"İstanbul Köprü"},
    "van": {"Nguyễn Văn Linh", "Kinderen_van_Nu"},
    "nu": {"Kinderen_van_Nu"},
    "москва": {"Москва Центр"},
    "ЦЕНТР": {"Москва Центр"},
    "water": {"Waterputten"},
    "sanitation": {"Waterputten"},
    "0123": {"Waterputten"},
    "k": {"Søren Kierkegaard Fonds", "Kinderen_van_Nu", "İstanbul Köprü"},
    "zzzq": set(),
}


def _found(database: Database, search: str, *, include_archived: bool = False) -> set[str]:
    with database.session() as session:
        statement = queries.initiatives(ListQuery(search=search, include_archived=include_archived),
                                        session.get_bind().dialect.name).statement
        return {record.name for record in session.scalars(statement)}


@pytest.fixture
def named(database: Database) -> Database:
    add_all(database, *(initiative(name, **values) for name, values in NAMES))  # type: ignore[arg-type]
    return database


@pytest.mark.parametrize("search", list(EXPECTED))
def test_a_search_finds_the_same_records_on_either_database(named: Database, search: str) -> None:
    """An office moving to the shared database must find "Zoë" by typing "zoe", and must not
    lose names with letters like ø, ł, ß or Vietnamese accents (PostgreSQL used to miss those)."""
    assert _found(named, search) == EXPECTED[search]


@pytest.mark.parametrize(("search", "expected"), [
    ("", None), ("   ", None), ("--", None), ("*", None), ('"', None),
    ('"zoë*', {"Vzw Zoë"}), ("NEAR(gent", set()), ("gent OR zoe", set()), ("a_", {"Nguyễn Văn Linh"}),
])
def test_searches_without_words_or_with_fts_syntax_are_harmless(named: Database, search: str,
                                                                 expected: set[str] | None) -> None:
    """Typing quotes, stars or FTS5 operators must neither crash the list nor change what a word
    finds; a search without words lists everything."""
    everything = {name for name, _values in NAMES}
    assert _found(named, search) == (everything if expected is None else expected)


def test_the_search_index_follows_creates_updates_and_archives(database: Database) -> None:
    """A renamed initiative is found under its new name only, and an archived one disappears
    from searches unless archived records are asked for (SQLite keeps a separate index)."""
    [record_id] = add_all(database, initiative("Vzw Regenboog", notes="jeugdwerking"))
    assert _found(database, "regenboog") == {"Vzw Regenboog"}
    with database.session() as session:
        record = session.get(Initiative, record_id)
        assert record is not None
        record.name = "Vzw Zonneschijn"
        record.notes = "sport"
    assert _found(database, "regenboog") == set()
    assert _found(database, "jeugdwerking") == set()
    assert _found(database, "zonneschijn sport") == {"Vzw Zonneschijn"}
    with database.session() as session:
        session.execute(update(Initiative).where(Initiative.id == record_id)
                        .values(archived_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC)))
    assert _found(database, "zonneschijn") == set()
    assert _found(database, "zonneschijn", include_archived=True) == {"Vzw Zonneschijn"}


def test_requests_are_found_by_their_own_text_or_their_initiative(database: Database) -> None:
    """Searching the requests list for an initiative's name lists its requests; archived requests
    and requests of archived initiatives stay out unless asked for."""
    gent, brugge = initiative("Gent Helpt"), initiative("Brugge Deelt")
    add_all(database, gent, brugge)
    asked, about_subsidy, archived = add_all(
        database,
        AdviceRequest(initiative_id=gent.id, received_on=dt.date(2026, 1, 5), channel="email",
                      question="Hoe schrijven we een jaarverslag?"),
        AdviceRequest(initiative_id=brugge.id, received_on=dt.date(2026, 1, 6), channel="phone",
                      question="Vraag over de subsidie", advice="Zie het reglement"),
        AdviceRequest(initiative_id=brugge.id, received_on=dt.date(2026, 1, 7), channel="phone",
                      question="Subsidie voor Gent?", archived_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC)),
    )

    def found(search: str, include_archived: bool = False) -> set[str]:
        with database.session() as session:
            statement = queries.requests(ListQuery(search=search, include_archived=include_archived),
                                         session.get_bind().dialect.name).statement
            return {row[0].id for row in session.execute(statement)}

    assert found("gent") == {asked}
    assert found("gent", include_archived=True) == {asked, archived}
    assert found("SUBSIDIE") == {about_subsidy}
    assert found("reglement") == {about_subsidy}
    assert found("brugge") == {about_subsidy}


def test_contact_people_are_found_by_name_email_and_phone(database: Database) -> None:
    """The quick search finds a contact person by any part of an e-mail address or by a name
    typed without its accents."""
    home = initiative("Gent Helpt")
    add_all(database, home)
    [contact_id] = add_all(database, ContactPerson(initiative_id=home.id, name="Renée Dubois",
                                                   email="renee.dubois@gent-helpt.be", phone="+32 9 123 45 67"))
    with database.session() as session:
        dialect = session.get_bind().dialect.name

        def found(search: str) -> list[str]:
            return list(session.scalars(select(ContactPerson.id).where(matches(ContactPerson, search, dialect))))

        assert found("renee") == [contact_id]
        assert found("dubois@gent") == [contact_id]
        assert found("helpt.be") == [contact_id]
        assert found("123 45") == [contact_id]
        assert found("ubois") == []


def test_search_words_are_folded_exactly_as_sqlite_indexes_them() -> None:
    """The PostgreSQL search spells each word the way SQLite's full-text index folds it; if the
    two disagreed for a letter, a name with that letter would be found on one database only."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("CREATE VIRTUAL TABLE words USING fts5vocab(t, 'row')")
    # Every Latin letter, and the plain Greek and Russian alphabets (FTS5 only lowers their case).
    ranges = ((0x41, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00), (0x391, 0x3C2), (0x3C3, 0x3CA), (0x410, 0x450))
    letters = [chr(code) for start, end in ranges for code in range(start, end)
               if unicodedata.category(chr(code)).startswith("L")]
    disagreements = []
    for letter in letters:
        connection.execute("DELETE FROM t")
        connection.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (f"q{letter}q",))
        indexed = [row[0] for row in connection.execute("SELECT term FROM words")]
        if indexed != match_terms(f"q{letter}q"):
            disagreements.append((letter, indexed, match_terms(f"q{letter}q")))
    connection.close()
    assert disagreements == []
