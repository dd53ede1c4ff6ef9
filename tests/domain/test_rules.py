"""Domain rules: what an officer types is understood, and mistakes are named."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fourthpillar.domain.countries import country_name
from fourthpillar.domain.countries import country_names
from fourthpillar.domain.enterprise_number import InvalidEnterpriseNumber
from fourthpillar.domain.enterprise_number import normalise_enterprise_number
from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import REQUEST_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.fields import derive_province
from fourthpillar.domain.postcode import province_for_postcode


@pytest.mark.parametrize(
    "spelling",
    ["0417.497.106", "BE 0417 497 106", "BE0417497106", "417497106", "0417-497-106", "KBO: 0417.497.106"],
)
def test_enterprise_number_accepted_in_every_common_spelling(spelling: str) -> None:
    """An officer pasting a KBO number from a letterhead gets it stored one way."""
    assert normalise_enterprise_number(spelling) == "0417.497.106"


@pytest.mark.parametrize(
    ("spelling", "reason"),
    [("0417.497.107", "check digits"), ("12345", "10 digits"), ("04174971O6", "only digits"),
     ("2417.497.106", "start with 0 or 1")],
)
def test_enterprise_number_mistakes_are_named(spelling: str, reason: str) -> None:
    """A typo in a KBO number is caught with the reason, not stored."""
    with pytest.raises(InvalidEnterpriseNumber, match=reason):
        normalise_enterprise_number(spelling)


@pytest.mark.parametrize(
    ("postcode", "province"),
    [("1000", "brussel"), ("1210", "brussel"), ("1500", "vlaams-brabant"), ("3000", "vlaams-brabant"),
     ("2000", "antwerpen"), ("3500", "limburg"), ("8000", "west-vlaanderen"), ("9000", "oost-vlaanderen"),
     ("1300", "outside"), ("4000", "outside"), ("7000", "outside"), ("0999", None), ("75001", None)],
)
def test_province_follows_from_the_belgian_postcode(postcode: str, province: str | None) -> None:
    """Counts per province are right only if every postcode lands in its province."""
    assert province_for_postcode(postcode) == province


def test_country_codes_have_dutch_names() -> None:
    """Partner countries are shown to Dutch-speaking officers in Dutch."""
    assert country_name("CD", "nl") == "Democratische Republiek Congo"
    assert country_name("BO", "nl") == "Bolivia"  # not the register form "Bolivia, Multinationale Staat"
    assert country_name("TZ", "fr") == "Tanzanie"
    assert country_name("PH", "nl") == "Filipijnen"
    assert country_name("BE", "fr") == "Belgique"
    assert len(country_names("nl")) > 240


def test_clean_reports_every_bad_field_at_once() -> None:
    """The editor can mark all wrong fields in one go instead of one per save."""
    with pytest.raises(ValidationFailed) as caught:
        clean(INITIATIVE_FIELDS, {"name": " ", "enterprise_number": "123", "postcode": "0999",
                                  "founded_year": "3000", "partner_countries": "CD, XX",
                                  "themes": "climate, knitting"}, complete=True)
    fields = {error.field for error in caught.value.errors}
    assert fields == {"name", "enterprise_number", "postcode", "founded_year", "partner_countries", "themes"}
    assert "required" in (caught.value.for_field("name") or "")
    assert "XX" in (caught.value.for_field("partner_countries") or "")


def test_clean_converts_text_to_typed_values() -> None:
    """Command-line and form text become the stored types."""
    values = clean(INITIATIVE_FIELDS, {"name": "  Brug naar Cotonou ", "partner_countries": "bj; sn",
                                       "themes": "Climate, education", "panel_member": "ja",
                                       "founded_year": "1998", "legal_form": "VZW"}, complete=True)
    assert values["name"] == "Brug naar Cotonou"
    assert values["partner_countries"] == ["BJ", "SN"]
    assert values["themes"] == ["climate", "education"]
    assert values["panel_member"] is True
    assert values["founded_year"] == 1998
    assert values["legal_form"] == "vzw"
    assert values["status"] == "active"


def test_dates_accept_iso_and_belgian_spelling() -> None:
    values = clean(REQUEST_FIELDS, {"received_on": "28/11/2026", "due_on": "2026-12-05"}, complete=False)
    assert values == {"received_on": dt.date(2026, 11, 28), "due_on": dt.date(2026, 12, 5)}


def test_unknown_field_is_refused() -> None:
    """A misspelt field on the command line is named instead of silently ignored."""
    with pytest.raises(ValidationFailed, match="colour"):
        clean(INITIATIVE_FIELDS, {"colour": "red"}, complete=False)


def test_belgian_postcode_decides_the_province() -> None:
    values = {"postcode": "8500", "province": "antwerpen"}
    derive_province(values)
    assert values["province"] == "west-vlaanderen"
    foreign = {"postcode": "F-59000", "province": "outside"}
    derive_province(foreign)
    assert foreign["province"] == "outside"


@pytest.mark.parametrize(("field", "values"), [
    (CONTACT_FIELDS["email"], ["a@b.be", "a@b.be\nc@d.be"]),
    (INITIATIVE_FIELDS["enterprise_number"], ["0417.497.106", "0417.497.106\n0417.497.106"]),
    (REQUEST_FIELDS["received_on"], ["2026-03-02", "2026-03-02\n2026-03-03"]),
])
def test_a_whole_column_is_refused_when_one_value_would_be(field: Any, values: list[str]) -> None:
    """A first package's column is checked at once: one value holding a line break (two good
    values in one) must not pass as two, or a forged package stores what no form takes."""
    with pytest.raises(Exception):  # noqa: B017 (clean raises the field's own Invalid)
        field.clean(values[-1])
    assert not field.accepts_all(values)
    assert field.accepts_all(values[:1])
