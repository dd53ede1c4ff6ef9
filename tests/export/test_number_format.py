"""Numbers a reader sees in a PDF follow the language: 1.234 in Dutch, 1 234 in French, 1,234 in English.

If these fail, a Flemish funder reads "1234" or "1,234" in the period report (a decimal point
to them), the bars of the charts say "1234", or a percentage reads "97%" in a French report.
The spreadsheets keep real numbers (their cells are numeric; Excel formats them itself).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fourthpillar import i18n
from fourthpillar.export.data import Count
from fourthpillar.export.data import Office
from fourthpillar.export.data import PeriodFigures
from fourthpillar.export.pdf.report import count_text
from fourthpillar.export.pdf.report import share_text
from fourthpillar.export.pdf.report import write_period_report
from fourthpillar.services import exports
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk

from .conftest import pdf_raw_text

#: Thousands as each language groups them (French: a narrow no-break space).
THOUSANDS = {"nl": "1.234", "fr": "1\u202f234", "en": "1,234"}
PERCENT = {"nl": "97%", "fr": "97\u202f%", "en": "97%"}


def busy_year() -> PeriodFigures:
    """A year with more than a thousand requests, most of them in one month and on one topic."""
    return PeriodFigures(
        date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 3, 31), province=None, officer_name=None,
        requests=1234, initiatives_helped=1001, new_initiatives=12, answered=1100, median_days_to_answer=3.5,
        minutes_spent=90_000,  # 1,500 hours
        by_topic=[Count("subsidies", 1200, 1010), Count("legal", 34, 30)],
        by_channel=[Count("email", 1200), Count("phone", 34)],
        by_status=[Count("answered", 1100), Count("new", 134)],
        by_province=[Count("Antwerp", 1234)],
        per_month=[(dt.date(2026, 1, 1), 1050), (dt.date(2026, 2, 1), 100), (dt.date(2026, 3, 1), 84)],
    )


def normalised(text: str) -> str:
    """PDF text with line breaks as spaces (a table cell or a label may wrap); no-break spaces
    as plain ones, as PDF readers give them back."""
    return " ".join(text.split("\n")).replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_count_and_share_texts_follow_the_language(language: str) -> None:
    i18n.set_language(language)
    assert count_text(1234) == THOUSANDS[language]
    assert count_text(1234.0) == THOUSANDS[language]  # chart values arrive as floats
    assert count_text(7) == "7"
    assert share_text(1200, 1234) == PERCENT[language]
    assert share_text(1, 0) == "–"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_period_report_prints_counts_with_the_languages_separators(language: str, out: Path) -> None:
    """Key figures, table cells, shares and the charts' bar labels all group thousands."""
    i18n.set_language(language)
    path = out / "report.pdf"
    write_period_report(path, busy_year(), office=Office(), today=dt.date(2026, 4, 2))
    text = normalised(pdf_raw_text(path))
    group = normalised(THOUSANDS[language])[1]
    for number in ("1234", "1001", "1100", "1200", "1500", "1050", "1010"):
        grouped = f"{number[0]}{group}{number[1:]}"
        assert grouped in text, f"{grouped} ({language}) is not in the report:\n{text}"
        assert number not in text, f"{number} is printed without a thousands separator"
    assert normalised(PERCENT[language]) in text
    assert ("3.5" if language == "en" else "3,5") in text  # the median's decimal sign


def test_time_spent_in_a_dutch_summary_is_grouped(desk: Desk, out: Path) -> None:
    """The internal summary prints "1.250 min" (conftest: Dutch formats)."""
    initiative_id = initiatives.register_initiative(desk, values={"name": "Lange adem", "postcode": "9000"}).id
    requests.log_request(desk, initiative_id=initiative_id, values={
        "received_on": "2026-03-02", "channel": "email", "question": "Veel werk", "minutes_spent": "1250"})
    path = out / "fiche.pdf"
    exports.export_initiative_summary(desk, initiative_id=initiative_id, shared=False, path=path)
    text = normalised(pdf_raw_text(path))
    assert "1.250 min" in text and "1250" not in text, text
