"""Full-text search: FTS5 on SQLite, regular expressions elsewhere. Both return a WHERE clause."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, literal_column, or_, select, table, text, true
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import TextClause, UnaryExpression
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.sql.operators import custom_op

from fourthpillar.store.models import NAME_KEY_LENGTH, AdviceRequest, ContactPerson, FollowUp, Initiative, Record

# Columns each FTS5 table indexes (created by migration 0001); also the columns searched elsewhere.
SEARCH_COLUMNS: dict[type[Record], tuple[str, ...]] = {
    Initiative: ("name", "municipality", "postcode", "enterprise_number", "tags", "notes"),
    ContactPerson: ("name", "email", "phone", "role"),
    AdviceRequest: ("question", "advice", "internal_note"),
    FollowUp: ("action", "outcome"),
}

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


def match_terms(query: str) -> list[str]:
    """Words of a query as FTS5 indexes text: lower case, Latin letters without accents, "ß" and
    ligatures kept (so "Straße" finds "Straße" and "Søren" finds "Søren", on every database)."""
    folded = "".join(_fold_letter(ch) for ch in unicodedata.normalize("NFC", query))
    return _WORD.findall(folded)[:12]


def _pattern(term: str) -> str:
    """A PostgreSQL regular expression for a word starting with *term*, in any case or accents."""
    letters = "".join(_SPELLINGS.get(ch) or (f"[{ch}{ch.upper()}]" if len(ch.upper()) == 1 and ch.upper() != ch
                                             else ch) for ch in term)
    return _WORD_START + letters


def search_terms(query: str) -> list[str]:
    """Words of a query as FTS5 sees them: letters and digits, accents removed, lower case."""
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


def _fts_match(table_name: str, terms: list[str]) -> TextClause:
    """``<table>_fts MATCH '"term1"* "term2"*'``: every term as a quoted prefix, safe against FTS5
    syntax in user text."""
    expression = " ".join(f'"{term}"*' for term in terms)
    return text(f"{table_name}_fts MATCH :fts_{table_name}").bindparams(**{f"fts_{table_name}": expression})


def own_text_join(model: type[Record], query: str) -> tuple[TableClause, ColumnElement[bool]] | None:
    """SQLite: *model*'s full-text table and the ON clause that joins it to the rows whose own
    text matches *query* (None when *query* has no words to look for).

    Joined this way, SQLite reads the matches from the index one at a time, in the index's
    order, and a count that stops after n rows reads about n matches. :func:`matches` collects
    every match first (``rowid IN (...)``, 10 ms for 130,000 of them), which a list must do to
    check the rows of a sort order.
    """
    terms = match_terms(query)
    if not terms:
        return None
    table_name = model.__tablename__
    full_text = table(f"{table_name}_fts", column("rowid"))
    return full_text, and_(full_text.c.rowid == literal_column(f"{table_name}.rowid"), _fts_match(table_name, terms))


def matches(model: type[Record], query: str, dialect: str, *, drive: bool = True) -> ColumnElement[bool]:
    """A condition true for rows of *model* matching every word of *query* (as prefixes).

    With ``drive=False`` SQLite may not find the rows through the full-text index (it checks
    each row it visits against the matches instead), so it can read a long list in the order of
    a sort index and stop after a page: the plan for searches that match many rows
    (services.listing).
    """
    terms = match_terms(query)
    if not terms:
        return true()
    table_name = model.__tablename__
    if dialect == "sqlite":
        rowids: Any = select(literal_column("rowid")).select_from(text(f"{table_name}_fts")).where(
            _fts_match(table_name, terms))
        return literal_column(f"{'' if drive else '+'}{table_name}.rowid").in_(rowids)
    # Elsewhere each term is a regular expression that spells out its accented and capital
    # forms, so the stored text is compared as it is: no lower() or translate() whose result
    # depends on the server's locale, and the same words are found as with FTS5 on SQLite.
    columns: list[InstrumentedAttribute[str]] = [getattr(model, name) for name in SEARCH_COLUMNS[model]]
    condition: ColumnElement[bool] = true()
    for term in terms:
        pattern = _pattern(term)
        condition = condition & or_(*(func.coalesce(column, "").regexp_match(pattern) for column in columns))
    return condition
