"""Full-text search: FTS5 on SQLite, LIKE/ILIKE elsewhere. Both return a WHERE clause."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, or_, select, text, true
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from fourthpillar.store.models import AdviceRequest, ContactPerson, FollowUp, Initiative, Record

# Columns each FTS5 table indexes (created by migration 0001); also the LIKE fallback columns.
SEARCH_COLUMNS: dict[type[Record], tuple[str, ...]] = {
    Initiative: ("name", "municipality", "postcode", "enterprise_number", "tags", "notes"),
    ContactPerson: ("name", "email", "phone", "role"),
    AdviceRequest: ("question", "advice", "internal_note"),
    FollowUp: ("action", "outcome"),
}

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Outside SQLite, search folds accents with the standard translate() so that "benin" finds
# "Bénin" without a database extension (unaccent needs a superuser to install).
_ACCENTED = "àáâäãåāçčćèéêëēėęìíîïīñńòóôöõøōùúûüūýÿžšł"
_PLAIN = "aaaaaaa" "ccc" "eeeeeee" "iiiii" "nn" "ooooooo" "uuuuu" "yy" "zsl"


def search_terms(query: str) -> list[str]:
    """Words of a query as FTS5 sees them: letters and digits, accents removed, lower case."""
    folded = unicodedata.normalize("NFKD", query.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _TOKEN.findall(folded)[:12]


def fold(value: str) -> str:
    """Casefolded, accent-free, single-spaced: the key for sorting and duplicate matching."""
    return " ".join(search_terms(value)) if value else ""


def unindexed(expression: Any, dialect: str) -> Any:
    """*expression* as SQLite's planner may not use an index for: ``+expression``.

    In a WHERE term this stops the term from choosing the rows to visit (they are then only
    checked); in ORDER BY it stops an index from giving the order. Other dialects get
    *expression* unchanged.
    """
    if dialect != "sqlite":
        return expression
    return UnaryExpression(expression, operator=custom_op("+"), type_=expression.type)


def matches(model: type[Record], query: str, dialect: str, *, drive: bool = True) -> ColumnElement[bool]:
    """A condition true for rows of *model* matching every word of *query* (as prefixes).

    With ``drive=False`` SQLite may not find the rows through the full-text index (it checks
    each row it visits against the matches instead), so it can read a long list in the order of
    a sort index and stop after a page: the plan for searches that match many rows
    (services.listing).
    """
    terms = search_terms(query)
    if not terms:
        return true()
    table = model.__tablename__
    if dialect == "sqlite":
        # Every term as a quoted prefix: safe against FTS5 syntax in user text.
        expression = " ".join(f'"{term}"*' for term in terms)
        rowids: Any = select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
            text(f"{table}_fts MATCH :fts_{table}").bindparams(**{f"fts_{table}": expression})
        )
        return literal_column(f"{'' if drive else '+'}{table}.rowid").in_(rowids)
    columns: list[InstrumentedAttribute[str]] = [getattr(model, name) for name in SEARCH_COLUMNS[model]]
    folded = [func.translate(func.lower(func.coalesce(column, "")), _ACCENTED, _PLAIN) for column in columns]
    condition: ColumnElement[bool] = true()
    for term in terms:
        # \m anchors at a word start, as FTS5 prefix queries do; terms hold only word characters.
        condition = condition & or_(*(column.regexp_match(r"\m" + term) for column in folded))
    return condition
