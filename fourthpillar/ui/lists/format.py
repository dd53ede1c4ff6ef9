"""How a list cell reads: vocabulary labels, country names, dates in the user's locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QLocale

from fourthpillar import i18n
from fourthpillar.domain import vocab
from fourthpillar.domain.countries import country_name
from fourthpillar.lists import ListColumn
from fourthpillar.lists import Shows
from fourthpillar.ui.text import qt_translator

Formatter = Callable[[Any], str]


tr = qt_translator("ListCells")


def country_language() -> str:
    """The language country names are shown in: the UI's if we have it, else Dutch."""
    language = QLocale().name().split("_")[0]
    return language if language in ("nl", "fr", "en") else "nl"


def format_date(value: dt.date | None) -> str:
    """The app's one short form of a date (28/11/2026), as everywhere else: :func:`fourthpillar.i18n.format_date`."""
    return i18n.format_date(value)


def format_datetime(value: dt.datetime | None) -> str:
    """A moment in local time in the short form (28/11/2026 14:05); naive means UTC."""
    return i18n.format_datetime(value)


def vocabulary(vocabulary_: vocab.Vocabulary) -> Formatter:
    def label(value: Any) -> str:
        return vocabulary_.label(value) if value else ""

    return label


def vocabulary_list(vocabulary_: vocab.Vocabulary) -> Formatter:
    def labels(values: Iterable[str] | None) -> str:
        return ", ".join(vocabulary_.label(code) for code in values or ())

    return labels


def countries(values: Iterable[str] | None) -> str:
    language = country_language()
    return ", ".join(country_name(code, language) for code in values or ())


def text_list(values: Iterable[str] | None) -> str:
    return ", ".join(values or ())


def yes_no(value: Any) -> str:
    return tr("yes") if value else ""


def first_line(value: Any) -> str:
    text = str(value or "")
    return text.splitlines()[0] if text else ""


def plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list | tuple):
        return text_list(value)
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)


def formatter_for(column: ListColumn) -> Formatter:
    """How a cell of *column* reads, chosen by the catalogue's :class:`~fourthpillar.lists.Shows`."""
    if column.shows is Shows.CODE and column.vocabulary is not None:
        return vocabulary(column.vocabulary)
    if column.shows is Shows.CODES and column.vocabulary is not None:
        return vocabulary_list(column.vocabulary)
    return _BY_KIND.get(column.shows, plain)


_BY_KIND: dict[Shows, Formatter] = {
    Shows.COUNTRIES: countries,
    Shows.YES_NO: yes_no,
    Shows.FIRST_LINE: first_line,
}
