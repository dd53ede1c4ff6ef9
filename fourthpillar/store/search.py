"""Full-text search: FTS5 on SQLite, regular expressions elsewhere. Both return a WHERE clause."""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from typing import cast

from sqlalchemy import ColumnElement
from sqlalchemy import and_
from sqlalchemy import column
from sqlalchemy import func
from sqlalchemy import literal_column
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import table
from sqlalchemy import text
from sqlalchemy import true
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.sql.operators import custom_op

from fourthpillar.domain.enterprise_number import is_valid_enterprise_number
from fourthpillar.store.models import NAME_KEY_LENGTH
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration

# Columns each FTS5 table indexes (created by migration 0001); also the columns searched elsewhere.
SEARCH_COLUMNS: dict[type[Record], tuple[str, ...]] = {
    Initiative: ("name", "municipality", "postcode", "enterprise_number", "tags", "notes"),
    ContactPerson: ("name", "email", "phone", "role"),
    AdviceRequest: ("question", "advice", "internal_note"),
    FollowUp: ("action", "outcome"),
    # Migration 0012.
    Event: ("title", "place", "trainers", "notes"),
    Registration: ("name", "email"),
}

#: Words a row is also found by, borrowed from the record it belongs to (migration 0018): the
#: requests and follow-ups lists find a row by its initiative's name or municipality, the
#: registrations list by its contact person's name or e-mail. Every word typed must be in the
#: row's own text or in these (so "Oxfam plan" finds Oxfam's request about a plan). On SQLite
#: they are in the row's own full-text entry (one index read per search, issue 17: a two-letter
#: word matched thousands of requests through their initiatives, searched apart); elsewhere each
#: word's regular expression is also tried on these columns of the parent (the model, the column
#: naming it, its columns). Only what officers search these lists by is borrowed: an
#: initiative's postcode, enterprise number, tags and notes find the initiative in its own list,
#: not its requests (and keep the index small).
BORROWED: dict[type[Record], tuple[type[Record], str, tuple[str, ...]]] = {
    AdviceRequest: (Initiative, "initiative_id", ("name", "municipality")),
    FollowUp: (Initiative, "initiative_id", ("name", "municipality")),
    Registration: (ContactPerson, "contact_id", ("name", "email")),
}

#: Whose full-text table keeps where each word stands (FTS5 ``detail=full``): only there can a
#: phrase be searched. The others keep only which rows hold a word (``detail=none``, migration
#: 0016: on the benchmark register of 50,000 initiatives the requests' index went from 72 MB to
#: 27), and a phrase is looked for as its words, all in the row in any order (the last one a
#: prefix): more rows than the phrase, never fewer. The only phrases searched are the spellings
#: of an enterprise number (search_phrases). An initiative's is stored as "0403.170.701", three
#: words, and "0403 170 701" must not also list every initiative whose postcode, number or notes
#: hold those groups of digits apart: its table keeps positions. The others may match loosely:
#: a request, follow-up or event whose text mentions the number still comes up, and one that
#: merely holds the three groups apart is rare (a valid number's check digits) and is one row too
#: many, never one too few; a contact's phone number typed in groups ("0470 12 34 56") is looked
#: for as those words, as any other digits typed are. Both this module and migration 0016 (with
#: a copy of its own: a migration does not change with the app) follow this set;
#: tests/store/test_search_slim.py checks that the database does.
POSITIONED_SEARCH: frozenset[type[Record]] = frozenset({Initiative})

_TOKEN = re.compile(r"\w+", re.UNICODE)
#: A word as FTS5's unicode61 tokenizer sees one: letters and digits (an underscore separates).
_WORD = re.compile(r"[^\W_]+")

#: Latin letters (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional): the only
#: ones whose diacritics FTS5 ("unicode61 remove_diacritics 2") removes.
_LATIN = [chr(code) for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)) for code in range(start, end)
          if unicodedata.category(chr(code)).startswith("L")]
#: Letters with two marks or a non-ASCII base that FTS5 keeps as they are (tests/store/test_search.py
#: checks the whole table against SQLite's own tokenizer).
_KEPT_BY_FTS5 = frozenset("ǡǣǯǽǿ")


def _is_latin(text: str) -> bool:
    return len(text) == 1 and ("\u00c0" <= text < "\u0250" or "\u1e00" <= text < "\u1f00")


def _fold_letter(letter: str) -> str:
    """What FTS5 indexes for one character: lower case, and for Latin letters without accents."""
    lower = letter.lower()
    if lower in _KEPT_BY_FTS5 or not (_is_latin(letter) or _is_latin(lower)):
        return lower
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(ch))
    return plain if len(plain) == 1 else lower


def _spellings() -> dict[str, str]:
    """Folded letter -> a regular-expression class of every letter folding to it, capitals included."""
    variants: dict[str, set[str]] = {}
    for letter in [*_LATIN, *(chr(code) for code in range(ord("a"), ord("z") + 1))]:
        folded = _fold_letter(letter)
        if len(folded) == 1:
            variants.setdefault(folded, {folded, folded.upper()}).update({letter, letter.lower(), letter.upper()})
    return {folded: "[" + "".join(sorted(ch for ch in letters if len(ch) == 1)) + "]"
            for folded, letters in variants.items()}


_SPELLINGS = _spellings()
#: Not a word start: the previous character is a letter or digit (named for Latin letters too, as
#: a database whose character type is plain "C" knows only ASCII ones as [:alnum:]).
_WORD_START = "(^|[^[:alnum:]" + "".join(_LATIN) + "])"
#: What separates two words of a phrase (FTS5: anything that is not a letter or digit).
_NOT_WORD = "[^[:alnum:]" + "".join(_LATIN) + "]+"


#: The longest word searched for; a longer one is looked for by its first letters, which finds
#: at least every row the whole word would. A pasted blob of 80,000 letters took PostgreSQL 8 s
#: to refuse as "regular expression is too complex".
LONGEST_WORD = 64


def match_terms(query: str) -> list[str]:
    """Words of a query as FTS5 indexes text: lower case, Latin letters without accents, "ß" and
    ligatures kept (so "Straße" finds "Straße" and "Søren" finds "Søren", on every database);
    the first twelve, each cut to :data:`LONGEST_WORD` letters."""
    folded = "".join(_fold_letter(ch) for ch in unicodedata.normalize("NFC", query[:12 * (LONGEST_WORD + 1) * 4]))
    return [word[:LONGEST_WORD] for word in _WORD.findall(folded)[:12]]


#: A phrase of words, the last one a prefix ("0403 170 701" finds "0403.170.701").
Phrase = tuple[str, ...]
#: What may stand before an enterprise number, apart or glued on ("BE 0403..." or "BE0403...").
_NUMBER_PREFIXES = ("be", "kbo", "bce")
_GLUED_PREFIX = re.compile(r"^(be|kbo|bce)(?=\d+$)")


def _enterprise_number(words: list[str]) -> tuple[int, tuple[Phrase, ...]] | None:
    """How many of *words* (from the first) spell a valid enterprise number, and its spellings
    to look for; None when they do not start with one.

    Searching ``0403170701``, ``BE 0403 170 701`` or the old ``403170701`` must find the
    initiative whose number is stored as ``0403.170.701`` (three words in the index), and one
    stored as bare digits; the words as typed are kept too (a phone number with those digits)."""
    digits, typed = "", Phrase()
    found: tuple[int, tuple[Phrase, ...]] | None = None
    for index, word in enumerate(words):
        if index == 0 and word in _NUMBER_PREFIXES:
            continue
        word = _GLUED_PREFIX.sub("", word) if index == 0 else word
        if not word.isdigit() or len(digits) + len(word) > 10:
            break
        digits, typed = digits + word, (*typed, word)
        if len(digits) >= 9 and is_valid_enterprise_number(digits):
            number = digits.zfill(10)
            stored = (number[:4], number[4:7], number[7:])
            found = index + 1, tuple(dict.fromkeys([stored, (number,), typed]))
    return found


def search_phrases(query: str) -> list[tuple[Phrase, ...]]:
    """The query as the index is searched: one entry per thing to find (all must be), each a few
    spellings of which one must match. A plain word is one phrase of one word; an enterprise
    number is its stored form, its ten digits or the words typed."""
    words = match_terms(query)
    found: list[tuple[Phrase, ...]] = []
    index = 0
    while index < len(words):
        number = _enterprise_number(words[index:])
        if number is None:
            found.append(((words[index],),))
            index += 1
        else:
            found.append(number[1])
            index += number[0]
    return found


def _pattern(phrase: Phrase) -> str:
    """A PostgreSQL regular expression for words in a row, the last starting with the last of
    *phrase*, in any case or accents (as FTS5's phrase ``"a b c"*``)."""
    def spelt(term: str) -> str:
        return "".join(_SPELLINGS.get(ch) or (f"[{ch}{ch.upper()}]" if len(ch.upper()) == 1 and ch.upper() != ch
                                              else ch) for ch in term)
    return _WORD_START + _NOT_WORD.join(spelt(term) for term in phrase)


def search_terms(query: str) -> list[str]:
    """Words of a query as FTS5 sees them: letters and digits, accents removed, lower case."""
    if query.isascii():  # nothing to decompose (an import folds every name and municipality)
        return _TOKEN.findall(query.lower())[:12]
    folded = unicodedata.normalize("NFKD", query.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _TOKEN.findall(folded)[:12]


def fold(value: str) -> str:
    """Casefolded, accent-free, single-spaced: the key for sorting and duplicate matching."""
    return " ".join(search_terms(value)) if value else ""


def name_key(name: str) -> str:
    """An initiative's ``name_key`` (sorting, duplicate detection): its name folded, cut to the
    column's length. Folding may lengthen a name ("ß" becomes "ss"), so a name of 200 characters
    can fold to more, which PostgreSQL refuses to store; only a key's start matters for sorting."""
    return fold(name)[:NAME_KEY_LENGTH].rstrip()


def unindexed(expression: Any, dialect: str) -> Any:
    """*expression* as SQLite's planner may not use an index for: ``+expression``.

    In a WHERE term this stops the term from choosing the rows to visit (they are then only
    checked); in ORDER BY it stops an index from giving the order. Other dialects get
    *expression* unchanged.
    """
    if dialect != "sqlite":
        return expression
    return UnaryExpression(expression, operator=custom_op("+"), type_=expression.type)


#: Letters Python counts as word characters that FTS5's unicode61 tokenizer (in the SQLite this
#: app ships) takes for separators: a "word" holding one is a phrase to FTS5, which a table
#: without positions refuses, so there it is searched as its parts (tests/store/test_search_slim.py
#: checks the list against SQLite's tokenizer).
_SPLIT_BY_FTS5 = re.compile("[\u0340\u0341\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]+")


def _quoted(phrase: Phrase, positioned: bool) -> str:
    """FTS5's query for *phrase*, its last word a prefix: ``"a b"*`` where the index keeps
    positions, else ``("a" AND "b"*)`` (see POSITIONED_SEARCH)."""
    if positioned:
        return f'"{" ".join(phrase)}"*'
    words = [part for word in phrase for part in _SPLIT_BY_FTS5.split(word) if part] or list(phrase)
    quoted = [*(f'"{word}"' for word in words[:-1]), f'"{words[-1]}"*']
    return quoted[0] if len(quoted) == 1 else "(" + " AND ".join(quoted) + ")"


def _fts_match(model: type[Record], phrases: list[tuple[Phrase, ...]], columns: tuple[str, ...] = ()) -> TextClause:
    """``<table>_fts MATCH '"term1"* AND ("a b"* OR "ab"*)'``: every term as a quoted prefix, safe
    against FTS5 syntax in user text (the words hold only letters and digits); with *columns*,
    in those columns only (a table that keeps positions, POSITIONED_SEARCH)."""
    positioned = model in POSITIONED_SEARCH

    def either(spellings: tuple[Phrase, ...]) -> str:
        quoted = list(dict.fromkeys(_quoted(phrase, positioned) for phrase in spellings))
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
    expression = " AND ".join(either(spellings) for spellings in phrases)
    if columns:
        expression = "{" + " ".join(columns) + "} : (" + expression + ")"
    table_name = model.__tablename__
    return text(f"{table_name}_fts MATCH :fts_{table_name}").bindparams(**{f"fts_{table_name}": expression})


def own_text_join(model: type[Record], query: str) -> tuple[TableClause, ColumnElement[bool]] | None:
    """SQLite: *model*'s full-text table and the ON clause that joins it to the rows whose own
    text matches *query* (None when *query* has no words to look for).

    Joined this way, SQLite reads the matches from the index one at a time, in the index's
    order, and a count that stops after n rows reads about n matches. :func:`matches` collects
    every match first (``rowid IN (...)``, 10 ms for 130,000 of them), which a list must do to
    check the rows of a sort order.
    """
    phrases = search_phrases(query)
    if not phrases:
        return None
    table_name = model.__tablename__
    full_text = table(f"{table_name}_fts", column("rowid"))
    return full_text, and_(full_text.c.rowid == literal_column(f"{table_name}.rowid"),
                           _fts_match(model, phrases))


def own_text_matches(model: type[Record], query: str, limit: int) -> Any:
    """SQLite: ``SELECT count(*)`` of the rows of *model* whose text (own or borrowed) matches *query*, read
    from its full-text index alone and stopping after ``limit + 1``: archived rows and rows the
    list's filters leave out included, so at least as many as the list shows of them. A tenth
    of a millisecond for 5,000 (the index holds every one- to three-letter prefix), where
    reading them with their rows and initiatives takes 20 (services.listing plans with it)."""
    phrases = search_phrases(query)
    table_name = model.__tablename__
    rows: Any = select(literal_column("1")).select_from(text(f"{table_name}_fts")).where(
        _fts_match(model, phrases) if phrases else true()).limit(limit + 1)
    return select(func.count()).select_from(rows.subquery())


def matches(model: type[Record], query: str, dialect: str, *, drive: bool = True) -> ColumnElement[bool]:
    """A condition true for rows of *model* matching every word of *query* (as prefixes), each
    in the row's own text or in the words it borrows from its parent (:data:`BORROWED`).

    With ``drive=False`` SQLite may not find the rows through the full-text index (it checks
    each row it visits against the matches instead), so it can read a long list in the order of
    a sort index and stop after a page: the plan for searches that match many rows
    (services.listing).
    """
    phrases = search_phrases(query)
    if not phrases:
        return true()
    table_name = model.__tablename__
    if dialect == "sqlite":
        rowids: Any = select(literal_column("rowid")).select_from(text(f"{table_name}_fts")).where(
            _fts_match(model, phrases))
        return literal_column(f"{'' if drive else '+'}{table_name}.rowid").in_(rowids)
    # Elsewhere each term is a regular expression that spells out its accented and capital
    # forms, so the stored text is compared as it is: no lower() or translate() whose result
    # depends on the server's locale, and the same words are found as with FTS5 on SQLite.
    columns: list[InstrumentedAttribute[str]] = [getattr(model, name) for name in SEARCH_COLUMNS[model]]
    condition: ColumnElement[bool] = true()
    for spellings in phrases:
        patterns = [_pattern(phrase) for phrase in spellings]
        either = _any_matches(columns, patterns)
        if model in BORROWED:  # a parent holding the word: once per word, not per row
            either = or_(either, _parent_matches(model, [patterns]))
        condition = condition & either
    return condition


def found_by_borrowed_words(model: type[Record], query: str, dialect: str) -> ColumnElement[bool]:
    """A condition true for rows of *model* whose parent's borrowed words (:data:`BORROWED`)
    alone hold every word of *query*: "Oxfam" for every request of Oxfam, but not "Oxfam
    plan" (quick search leaves those rows to their parent's hit)."""
    phrases = search_phrases(query)
    parent_model, parent_column, names = BORROWED[model]
    if not phrases:
        return true()
    if dialect == "sqlite":
        assert parent_model in POSITIONED_SEARCH, "FTS5 filters columns only where it keeps positions"
        table_name = parent_model.__tablename__
        rowids: Any = select(literal_column("rowid")).select_from(text(f"{table_name}_fts")).where(
            _fts_match(parent_model, phrases, names))
        found: ColumnElement[bool] = literal_column(f"{table_name}.rowid").in_(rowids)
        return cast(ColumnElement[bool], getattr(model, parent_column).in_(select(parent_model.id).where(found)))
    return _parent_matches(model, [[_pattern(phrase) for phrase in spellings] for spellings in phrases])


def _any_matches(columns: list[Any], patterns: list[str]) -> ColumnElement[bool]:
    """PostgreSQL: true when one of *columns* (empty for NULL) matches one of *patterns*."""
    return or_(*(func.coalesce(column, "").regexp_match(pattern) for pattern in patterns for column in columns))


def _parent_matches(model: type[Record], words: list[list[str]]) -> ColumnElement[bool]:
    """PostgreSQL: true for rows of *model* whose parent's borrowed words (:data:`BORROWED`)
    hold every one of *words* (each the patterns of its spellings)."""
    parent_model, parent_column, names = BORROWED[model]
    parent: Any = aliased(parent_model)
    columns = [getattr(parent, name) for name in names]
    condition = and_(*(_any_matches(columns, patterns) for patterns in words))
    return cast(ColumnElement[bool], getattr(model, parent_column).in_(select(parent.id).where(condition)))
