"""The kinds of field a record has (text, a choice from a vocabulary, a date, a postcode...): each
turns one raw value (form text, command-line text, an imported cell) into a typed value, or says
why it cannot. Which field of which record is of which kind is in :mod:`fourthpillar.domain.fields`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Sequence
from typing import Any

from fourthpillar import clock
from fourthpillar.domain.countries import country_code
from fourthpillar.domain.dates import ImpossibleDate
from fourthpillar.domain.dates import parse_date
from fourthpillar.domain.enterprise_number import InvalidEnterpriseNumber
from fourthpillar.domain.enterprise_number import check_digits_match
from fourthpillar.domain.enterprise_number import normalise_enterprise_number
from fourthpillar.domain.postcode import is_belgian_postcode
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import translate


class Invalid(Exception):
    """Raised by :meth:`Field.clean` with why one value cannot be that field's."""


_LIST_SPLIT = re.compile(r"\s*[,;/|\n]\s*")
_ADDRESS = r"[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}"
_EMAIL = re.compile(rf"^{_ADDRESS}$")


def lines_of(form: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for a whole column of values of *form* (in which no line break is), one a line
    as :func:`one_a_line` joins them: the column checked in C at once. The repetition is
    possessive (``*+``): giving back lines could never make a whole column match, and not keeping
    the points to go back to halves the time of the check (2 million moments: 0.31 s, now 0.16)."""
    return re.compile(rf"{form}(?:\n{form})*+", flags)


def one_a_line(values: Sequence[str]) -> str:
    """*values* joined one a line for a :func:`lines_of` pattern; "" (which no such pattern takes)
    when a value holds a line break itself: "a@b.be\nc@d.be" is one value, not two addresses."""
    joined = "\n".join(values)
    return joined if joined.count("\n") == len(values) - 1 else ""


#: Addresses as :data:`_EMAIL` takes them after clean's changes (none), one a line.
_ONE_EMAIL = rf"(?![Mm][Aa][Ii][Ll][Tt][Oo]:){_ADDRESS}"
_EMAILS = lines_of(_ONE_EMAIL)
_ENTERPRISE_NUMBERS = lines_of(r"[01]\d{3}\.\d{3}\.\d{3}", re.ASCII)
#: Days as stored (yyyy-mm-dd), one a line.
DAYS = lines_of(r"\d{4}-\d\d-\d\d", re.ASCII)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _as_list(value: Any) -> list[str]:
    if _is_blank(value):
        return []
    if isinstance(value, str):
        items = _LIST_SPLIT.split(value.strip())
    else:
        items = [str(item) for item in value]
    return [item.strip() for item in items if item and item.strip()]


def _without_nul(value: Any) -> Any:
    """*value* without NUL characters: invisible, meaningless in a person's text (they come from
    damaged files or pastes), and a text PostgreSQL cannot store where SQLite would."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list | tuple):
        return [item.replace("\x00", "") if isinstance(item, str) else item for item in value]
    return value


def _not_text(value: Any) -> bool:
    """True for text holding lone surrogates: undecodable bytes smuggled in (``os.fsdecode`` of a
    command-line argument, a damaged file); no database can store them."""
    items = value if isinstance(value, list | tuple) else [value]
    for item in items:
        if isinstance(item, str) and not item.isascii():
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


def not_text_message() -> str:
    return translate("Validation", "holds bytes that are not text (a damaged file or the wrong character set)")


def is_plain_text(text: str) -> bool:
    """Whether *text* (one value, or a whole column's values joined) holds neither NUL characters
    nor bytes that are not text: :meth:`Field.clean` removes the first and refuses the second,
    so no value this app stores holds either (a first package's values arrive as stored)."""
    return "\x00" not in text and not _not_text(text)


class Field:
    """A field's rule; subclasses convert one non-blank raw value."""

    #: The most characters a cleaned text value can have (None: not text, or a list of codes).
    #: A text column must hold at least this many: PostgreSQL refuses a longer value, where
    #: SQLite would keep it (tests/store/test_column_limits.py).
    max_length: int | None = None

    def __init__(self, label: str, *, required: bool = False) -> None:
        self.label = label
        self.required = required

    def empty(self) -> Any:
        return None

    def convert(self, value: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def clean(self, value: Any) -> Any:
        if value is None:  # most fields of most rows an import cleans: the checks below would say blank
            if self.required:
                raise Invalid(translate("Validation", "is required"))
            return self.empty()
        value = _without_nul(value)
        if _not_text(value):
            raise Invalid(not_text_message())
        # Only a sync package's JSON can bring these (typed and imported values are single):
        # made into text they would be stored as "['a', 'b']".
        if isinstance(value, dict) or (isinstance(value, list | tuple) and not isinstance(self, ListField)):
            raise Invalid(translate("Validation", "holds several values where one is expected"))
        if _is_blank(value) or (isinstance(value, list | tuple) and not value):
            if self.required:
                raise Invalid(translate("Validation", "is required"))
            return self.empty()
        return self.convert(value)

    def accepts_all(self, values: Sequence[str]) -> bool | None:
        """Whether :meth:`clean` accepts every one of *values* (a column of stored text: none
        None, none with what :func:`is_plain_text` refuses), decided for the whole column at
        once (a first package brings millions of values): False when one may be refused (clean
        each to know which). None for a kind without such a rule: clean each distinct value."""
        return None


class Text(Field):
    max_length: int

    def __init__(self, label: str, *, required: bool = False, max_length: int = 200) -> None:
        super().__init__(label, required=required)
        self.max_length = max_length

    def empty(self) -> Any:
        return ""

    def accepts_all(self, values: Sequence[str]) -> bool | None:
        # Stripped, a text is no longer; a required one must not be blank.
        return max(map(len, values)) <= self.max_length and (not self.required or all(map(str.strip, values)))

    def convert(self, value: Any) -> str:
        text = str(value).strip()
        if len(text) > self.max_length:
            raise Invalid(
                translate("Validation", "is too long ({length} characters, at most {limit})").format(
                    length=len(text), limit=self.max_length
                )
            )
        return text


def _code_in(vocabulary: Vocabulary, value: Any) -> str:
    """The code of *vocabulary* that *value* is (its code or label), or :class:`Invalid`."""
    code = vocabulary.code_for(str(value))
    if code is None:
        raise Invalid(
            translate("Validation", "'{value}' is not one of: {choices}").format(
                value=value, choices=", ".join(vocabulary.codes)
            )
        )
    return code


class Choice(Field):
    def __init__(
        self, label: str, vocabulary: Vocabulary, *, required: bool = False, default: str | None = None
    ) -> None:
        super().__init__(label, required=required)
        self.vocabulary = vocabulary
        self.default = default

    def empty(self) -> Any:
        return self.default

    def convert(self, value: Any) -> str:
        return _code_in(self.vocabulary, value)

    @property
    def max_length(self) -> int:  # type: ignore[override]
        return max(len(code) for code in self.vocabulary.codes)


class ListField(Field):
    """A list of values: each item converted by :meth:`item`, a repeat (ignoring case) left out."""

    def empty(self) -> Any:
        return []

    def item(self, text: str) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def convert(self, value: Any) -> list[str]:
        items: list[str] = []
        for text in _as_list(value):
            item = self.item(text)
            if item.casefold() not in (kept.casefold() for kept in items):
                items.append(item)
        return items


class MultiChoice(ListField):
    def __init__(self, label: str, vocabulary: Vocabulary, *, required: bool = False) -> None:
        super().__init__(label, required=required)
        self.vocabulary = vocabulary

    def item(self, text: str) -> str:
        return _code_in(self.vocabulary, text)

    def convert(self, value: Any) -> list[str]:
        codes = super().convert(value)
        if self.required and not codes:
            raise Invalid(translate("Validation", "is required"))
        return codes


class Tags(ListField):
    def item(self, text: str) -> str:
        return text.replace("|", " ")[:60]


class Countries(ListField):
    def item(self, text: str) -> str:
        code = country_code(text)
        if code is None:
            raise Invalid(
                translate("Validation", "'{value}' is not a country (give a code like SN or a name like Senegal)")
                .format(value=text))
        return code


class EnterpriseNumber(Field):
    max_length = len("0123.456.749")

    def accepts_all(self, values: Sequence[str]) -> bool | None:
        # In the form clean gives them (0123.456.749), each with its check digits.
        numbers = list(filter(None, values))
        if self.required and len(numbers) != len(values):
            return False
        if numbers and _ENTERPRISE_NUMBERS.fullmatch(one_a_line(numbers)) is None:
            return False
        return all(check_digits_match(number.replace(".", "")) for number in numbers)

    def convert(self, value: Any) -> str:
        try:
            return normalise_enterprise_number(str(value))
        except InvalidEnterpriseNumber as error:
            raise Invalid(translate("Validation", str(error))) from None


class Postcode(Field):
    max_length = 12

    def empty(self) -> Any:
        return ""

    def convert(self, value: Any) -> str:
        text = str(value).strip().upper()
        if isinstance(value, int | float):
            try:
                text = str(int(value))
            except (OverflowError, ValueError):  # infinity, NaN from a spreadsheet cell
                raise Invalid(translate("Validation", "'{value}' is not a Belgian postcode (4 digits, 1000-9999)")
                               .format(value=value)) from None
        if text.startswith("B-"):
            text = text[2:]
        if text.isdigit() and not is_belgian_postcode(text):
            raise Invalid(
                translate("Validation", "'{value}' is not a Belgian postcode (4 digits, 1000-9999)").format(value=value)
            )
        if len(text) > self.max_length:
            raise Invalid(translate("Validation", "is too long for a postcode"))
        return text


class Email(Field):
    max_length = 254

    def accepts_all(self, values: Sequence[str]) -> bool | None:
        addresses = list(filter(None, values))
        if self.required and len(addresses) != len(values):
            return False
        return not addresses or (max(map(len, addresses)) <= self.max_length
                                 and _EMAILS.fullmatch(one_a_line(addresses)) is not None)

    def empty(self) -> Any:
        return ""

    def convert(self, value: Any) -> str:
        text = str(value).strip()
        if text.lower().startswith("mailto:"):
            text = text[7:]
        if not _EMAIL.match(text) or len(text) > self.max_length:
            raise Invalid(translate("Validation", "'{value}' is not a valid e-mail address").format(value=value))
        return text


class Integer(Field):
    def __init__(self, label: str, *, minimum: int, maximum: int, required: bool = False) -> None:
        super().__init__(label, required=required)
        self.minimum = minimum
        self.maximum = maximum

    def highest(self) -> int:
        return self.maximum

    def convert(self, value: Any) -> int:
        if isinstance(value, bool):
            raise Invalid(translate("Validation", "must be a whole number"))
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise Invalid(translate("Validation", "'{value}' is not a whole number").format(value=value)) from None
        if not self.minimum <= number <= self.highest():
            raise Invalid(
                translate("Validation", "must be between {minimum} and {maximum}").format(
                    minimum=self.minimum, maximum=self.highest()
                )
            )
        return number


class Year(Integer):
    """A year from 1850 up to this year, read when a value is checked (the app may run past New Year)."""

    def __init__(self, label: str) -> None:
        super().__init__(label, minimum=1850, maximum=clock.today().year)

    def highest(self) -> int:
        return clock.today().year


class Date(Field):
    def accepts_all(self, values: Sequence[str]) -> bool | None:
        # Days as stored (yyyy-mm-dd), each one that exists.
        if DAYS.fullmatch(one_a_line(values)) is None:
            return False
        try:
            deque(map(dt.date.fromisoformat, values), maxlen=0)
        except ValueError:
            return False
        return True

    def convert(self, value: Any) -> dt.date:
        try:
            return parse_date(value)
        except ImpossibleDate as error:
            raise Invalid(str(error)) from None
        except ValueError:
            raise Invalid(
                translate("Validation", "'{value}' is not a date (use yyyy-mm-dd, dd/mm/yyyy or +1w, +1m)").format(
                    value=value)
            ) from None


_TRUE = {"1", "true", "yes", "y", "ja", "j", "x", "oui", "o", "waar"}
_FALSE = {"0", "false", "no", "n", "nee", "non", "onwaar"}


class Boolean(Field):
    def empty(self) -> Any:
        return False

    def convert(self, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise Invalid(translate("Validation", "'{value}' is not yes or no").format(value=value))


_TIME = re.compile(r"^(\d{1,2})(?:[:.hu](\d{2})?)?$", re.IGNORECASE)


class Time(Field):
    """A time of day as ``HH:MM`` (24 hours): ``9:30``, ``09.30``, ``19u``, ``14h15``, ``9``."""

    max_length = 5

    def convert(self, value: Any) -> str:
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        found = _TIME.match(str(value).strip())
        hours, minutes = (int(found.group(1)), int(found.group(2) or 0)) if found else (-1, -1)
        if not (0 <= hours <= 23 and 0 <= minutes <= 59):
            raise Invalid(translate("Validation", "'{value}' is not a time of day (use hh:mm, like 19:30)").format(
                value=value))
        return f"{hours:02d}:{minutes:02d}"


class Reference(Field):
    """An id of another record; existence is checked by the service."""

    def accepts_all(self, values: Sequence[str]) -> bool | None:
        return not self.required or all(map(str.strip, values))

    def convert(self, value: Any) -> str:
        return str(value).strip()


def incoming_problem(field: Field, value: Any) -> str | None:
    """Why a value that arrives already typed (a sync package's change) cannot be stored, or None.

    Checks what would break the database or its readers, not every rule of :meth:`Field.clean`
    (a value another copy stored under older rules must still arrive): text that is not text
    or too long, a number that is not a whole number in range, a date that is not a date.
    """
    if value is None:
        return None
    if _not_text(value):
        return not_text_message()
    if isinstance(field, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or not field.minimum <= value <= field.maximum + 1:
            return translate("Validation", "must be between {minimum} and {maximum}").format(
                minimum=field.minimum, maximum=field.maximum)
    elif isinstance(field, Date):
        try:
            parse_date(value)
        except (ValueError, TypeError):
            return translate("Validation", "'{value}' is not a date (use yyyy-mm-dd or dd/mm/yyyy)").format(
                value=str(value)[:40])
    elif field.max_length is not None and isinstance(value, str) and len(value) > field.max_length:
        return translate("Validation", "is too long ({length} characters, at most {limit})").format(
            length=len(value), limit=field.max_length)
    return None
