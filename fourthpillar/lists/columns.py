"""What a list and a list column are: the types of the catalogue (:mod:`fourthpillar.lists.catalogue`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import asdict
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from types import FunctionType
from typing import Any
from typing import Final

from fourthpillar.domain.countries import country_name
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import current_language
from fourthpillar.i18n import translate
from fourthpillar.store.sorting import SortKeys
from fourthpillar.store.sorting import empty_first


class Shows(Enum):
    """How a column's value is shown: the list's cells (``ui.lists.format``), the command line's
    table and the spreadsheet export each choose their way of showing it by this kind."""

    #: Text as stored.
    TEXT = "text"
    #: A short code-like text (postcode, enterprise number): a narrow spreadsheet column.
    SHORT = "short"
    #: A record's name: a wide spreadsheet column.
    NAME = "name"
    #: Long text (a question, an outcome): its first line in a cell.
    FIRST_LINE = "first line"
    #: A code of the column's vocabulary, shown by its label.
    CODE = "code"
    #: Codes of the column's vocabulary, shown by their labels.
    CODES = "codes"
    #: ISO country codes, shown by the countries' names.
    COUNTRIES = "countries"
    #: Free words (tags), joined.
    WORDS = "words"
    #: True or false: "yes" or nothing.
    YES_NO = "yes/no"
    DATE = "date"
    #: A moment (UTC), shown in local time.
    MOMENT = "moment"
    #: A whole number, right-aligned.
    NUMBER = "number"


#: The spreadsheet column kind (``export.xlsx.workbook.WIDTHS``) of each way of showing a value.
SHEET_KINDS: Final[dict[Shows, str]] = {
    Shows.TEXT: "text", Shows.SHORT: "short", Shows.NAME: "name", Shows.FIRST_LINE: "long",
    Shows.CODE: "short", Shows.CODES: "text", Shows.COUNTRIES: "text", Shows.WORDS: "text",
    Shows.YES_NO: "number", Shows.DATE: "date", Shows.MOMENT: "datetime", Shows.NUMBER: "number",
}


@dataclass(frozen=True)
class Reading:
    """What a computed column's SQL depends on: the database and today's date."""

    dialect: str
    today: dt.date


#: ``sort=SAME``: the column sorts by its value.
SAME: Final = "same"
#: The listed record's id: no column of the catalogue (the window never shows it), yet the command
#: line's tables and list exports take it as one (``--columns id,name``).
ID_KEY: Final = "id"


@dataclass(frozen=True)
class ListColumn:
    """One column of a list, said once: everything else is derived from it.

    Its *key* is its id everywhere: the row attribute it shows, its name on the command line
    (``--columns``, ``--sort``; a hyphen may stand for the underscore), in a list export's
    columns and in the remembered sort order.
    """

    key: str
    #: The header (English source text; translated in context "Columns").
    source_label: str
    shows: Shows
    #: The value in SQL: what a list export reads (code lists as stored text).
    value: Any = None
    #: For a value the list computes (not a field of the row): its SQL, made for each reading.
    #: The list query then selects it, and rows carry it in ``computed[key]``.
    compute: Callable[[Reading], Any] | None = None
    #: What the column sorts by: SAME (its value), None (it cannot be sorted) or an expression
    #: (``store.sorting.NameSort`` for an officer's name), or a function of the Reading giving
    #: one (``store.sorting.SplitSort`` for a value computed from today). A sortable column
    #: needs its sort index: ``(column)`` on SQLite, ``(column, id)`` on PostgreSQL
    #: (``store.models.sort_indexes``, docs/DEVELOPING.md).
    sort: Any = SAME
    #: The vocabulary of Shows.CODE and Shows.CODES.
    vocabulary: Vocabulary | None = None
    #: Default width on screen, in pixels.
    width: int = 120
    #: True when the first click on its header sorts newest, biggest or latest first.
    descending_first: bool = False
    shown_by_default: bool = True
    #: The spreadsheet column kind when not the one of :data:`SHEET_KINDS`.
    sheet: str | None = None
    #: Whether the sort value may be empty (sorted first on every database); None: as the
    #: SQL column says.
    may_be_empty: bool | None = None

    @property
    def label(self) -> str:
        return translate("Columns", self.source_label)

    @property
    def sortable(self) -> bool:
        return self.sort is not None

    @property
    def computed(self) -> bool:
        return self.compute is not None

    @property
    def sheet_kind(self) -> str:
        return self.sheet or SHEET_KINDS[self.shows]

    def sql(self, reading: Reading) -> Any:
        """The value in SQL."""
        return self.compute(reading) if self.compute is not None else self.value

    def sort_key(self, reading: Reading) -> Any:
        """What an ``ORDER BY`` of this column sorts by, empty values first on every database."""
        order = self.sql(reading) if self.sort is SAME else self.sort
        if isinstance(order, FunctionType):
            order = order(reading)
        empty = self.may_be_empty if self.may_be_empty is not None else bool(getattr(order, "nullable", False))
        return empty_first(order, reading.dialect, may_be_empty=empty)

    def value_of(self, row: Any) -> Any:
        """The column's value in a list row (``services.records``)."""
        return row.computed.get(self.key) if self.computed else getattr(row, self.key, None)

    def converter(self) -> Callable[[Any], Any] | None:
        """What a list export does to a value read from :attr:`value`: labels for codes, names
        for countries, words joined; None where the value goes into the cell as it is."""
        vocabulary = self.vocabulary
        if self.shows is Shows.CODE and vocabulary is not None:
            return lambda code: vocabulary.label(code) if code else ""
        if self.shows is Shows.CODES and vocabulary is not None:
            return lambda codes: ", ".join(vocabulary.label(code) for code in stored_codes(codes))
        if self.shows is Shows.COUNTRIES:
            return country_names
        if self.shows is Shows.WORDS:
            return lambda words: ", ".join(stored_codes(words))
        return None


def stored_codes(value: Any) -> list[str]:
    """Codes from a code list as stored (``|a|b|``, read raw by a list export) or as a list."""
    if isinstance(value, str):
        return [code for code in value.split("|") if code]
    return list(value or ())


def country_names(codes: Any) -> str:
    """Country codes as names in the language of the messages, comma-separated."""
    language = current_language()
    return ", ".join(country_name(code, language) for code in stored_codes(codes))


@dataclass(frozen=True)
class RecordList:
    """One list: its name, what its rows open, its columns and its default order."""

    #: The list's one name: "initiatives", "requests" or "follow_ups" (the window's page, the
    #: remembered settings, an export's ``what``; the command line also takes "follow-ups" and
    #: "followups").
    name: str
    #: What opening a row opens: "initiative", "request" or "follow_up".
    kind: str
    #: The list's title (English source text; translated in context "Lists").
    source_title: str
    columns: tuple[ListColumn, ...]
    #: The listed record's id column (the page's rows are found by it; ties of a sort are broken
    #: by ``store.sorting.tiebreak`` of it: the table's rowid on SQLite, the id elsewhere).
    id_column: Any
    default_sort: str
    default_descending: bool = False

    @property
    def title(self) -> str:
        return translate("Lists", self.source_title)

    def column(self, key: str) -> ListColumn:
        """The column *key* (KeyError for none)."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> list[str]:
        return [column.key for column in self.columns]

    def default_columns(self) -> list[str]:
        """The columns the list shows before the person changes them."""
        return [column.key for column in self.columns if column.shown_by_default]

    def sortable_columns(self) -> list[str]:
        return [column.key for column in self.columns if column.sortable]

    def computed_columns(self) -> list[ListColumn]:
        return [column for column in self.columns if column.computed]

    @cached_property
    def _computed_keys(self) -> tuple[str, ...]:
        # Found once per list, not for each of a page's rows.
        return tuple(column.key for column in self.computed_columns())

    def sort_keys(self, reading: Reading) -> SortKeys:
        """Column key -> what ``ORDER BY`` sorts it by, for every sortable column."""
        return {column.key: column.sort_key(reading) for column in self.columns if column.sortable}

    def computed_values(self, row: Sequence[Any]) -> Mapping[str, Any]:
        """The computed columns' values of a page row, which the list query selects last."""
        keys = self._computed_keys
        if not keys:
            return {}
        return dict(zip(keys, row[len(row) - len(keys):], strict=True))


def plain_row(row: Any) -> dict[str, Any]:
    """A list row as plain data: its fields, then the values its list computed (no ``computed``)."""
    values = {name: value for name, value in asdict(row).items() if name != "computed"}
    return {**values, **row.computed}


def same_name(name: str) -> str:
    """*name* as list names are compared: without case, hyphens and underscores."""
    return name.strip().casefold().replace("-", "").replace("_", "")
