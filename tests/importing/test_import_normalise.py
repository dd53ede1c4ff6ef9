"""Values as offices spell them. If one of these failed, an import would put the wrong province,
country or theme on initiatives, or silently lose what it did not understand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fourthpillar.importing.cell_values import founded_year
from fourthpillar.importing.cell_values import legal_form_code
from fourthpillar.importing.cell_values import province_code
from fourthpillar.importing.cell_values import split_countries
from fourthpillar.importing.cell_values import split_themes
from fourthpillar.importing.cell_values import yes_no
from fourthpillar.importing.normalise import Cell
from fourthpillar.importing.normalise import normalise_row

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(("text", "code"), [
    ("W-Vl", "west-vlaanderen"), ("West Vlaanderen", "west-vlaanderen"), ("O.-Vl.", "oost-vlaanderen"),
    ("O-Vl", "oost-vlaanderen"), ("Oost Vlaanderen", "oost-vlaanderen"), ("Antw.", "antwerpen"),
    ("prov. Antwerpen", "antwerpen"), ("ANTWERPEN", "antwerpen"), ("Limb.", "limburg"),
    ("VL-Br", "vlaams-brabant"), ("Vlaams Brabant", "vlaams-brabant"), ("BHG", "brussel"),
    ("Bruxelles", "brussel"), ("Brussel-Hoofdstad", "brussel"), ("Henegouwen", "outside"),
    ("Flemish Brabant", "vlaams-brabant"),
])
def test_province_spellings(text: str, code: str) -> None:
    assert province_code(text) == code


@pytest.mark.parametrize(("text", "codes"), [
    ("Nicaragua en Brasil", ["NI", "BR"]),
    ("Congo (DRC)", ["CD"]), ("DR Congo", ["CD"]), ("Democratische Republiek Congo", ["CD"]),
    ("Congo, Democratische Republiek", ["CD"]), ("République démocratique du Congo", ["CD"]),
    ("Sénégal", ["SN"]), ("Filipijnen", ["PH"]), ("Filippijnen; Bénin", ["PH", "BJ"]),
    ("Rwanda / Colombia  / Oeganda", ["RW", "CO", "UG"]), ("Perú; Senegal", ["PE", "SN"]),
    ("Ethiopie, Kameroen, Burkina Faso", ["ET", "CM", "BF"]), ("Bosnië en Herzegovina", ["BA"]),
    ("Mali et Niger", ["ML", "NE"]), ("Kenya and Uganda", ["KE", "UG"]), ("CD, SN", ["CD", "SN"]),
    ("Haïti en Marokko", ["HT", "MA"]), ("Palestina", ["PS"]), ("Tanzania", ["TZ"]),
])
def test_countries_from_dutch_french_and_english_names(text: str, codes: list[str]) -> None:
    assert split_countries(text) == (codes, [])


def test_an_unknown_country_is_reported_and_the_rest_kept() -> None:
    assert split_countries("Mali, Atlantis") == (["ML"], ["Atlantis"])


def test_dutch_theme_names_map_to_theme_codes_and_the_rest_become_tags() -> None:
    codes, rest = split_themes("water en sanitatie, vrouwenrechten, landbouw, kinderen en jongeren, "
                               "duurzame energie, beroepsopleiding, microkrediet, cultuur")
    assert codes == ["water-sanitation", "womens-rights", "agriculture", "children-youth",
                     "renewable-energy", "vocational-training", "microcredit"]
    assert rest == ["cultuur"]
    assert split_themes("onderwijs en klimaat") == (["education", "climate"], [])


@pytest.mark.parametrize(("text", "code", "forming"), [
    ("VZW", "vzw", False), ("v.z.w.", "vzw", False), ("vzw (in oprichting)", "vzw", True), ("asbl", "vzw", False),
    ("fv", "fv", False), ("feitelijke vereniging", "fv", False), ("Stichting", "stichting", False),
    ("ivzw", "ivzw", False), ("AISBL", "ivzw", False),
])
def test_legal_form_variants(text: str, code: str, forming: bool) -> None:
    assert legal_form_code(text) == (code, forming)


@pytest.mark.parametrize(("value", "year"), [
    (dt.datetime(1995, 8, 1), 1995), ("2015", 2015), (2015, 2015), (2015.0, 2015), ("24/06/2017", 2017),
    ("1998-07-21", 1998), ("06-07-21", 2021), ("24-01-98", 1998), ("22-04-00", 2000), (35000, 1995),
    ("sinds 2003", 2003),
])
def test_founding_dates_become_years(value: Any, year: int) -> None:
    assert founded_year(value, TODAY) == year


@pytest.mark.parametrize(("value", "answer"), [
    ("J", True), ("ja", True), ("x", True), ("oui", True), ("Yes", True), (True, True),
    ("N", False), ("nee", False), ("non", False), ("No", False), (0, False),
])
def test_yes_no_variants(value: Any, answer: bool) -> None:
    assert yes_no(value) is answer


def row(**values: Any) -> list[Cell]:
    return [Cell(header=f"kolom {name}", field=name, value=value) for name, value in values.items()]


def test_a_whole_row_is_understood() -> None:
    result = normalise_row(7, row(
        name="  Water voor  Bukavu vzw ", legal_form="v.z.w.", enterprise_number="BE 0270.572.293",
        postcode=2800.0, municipality="Mechelen", province="prov. Antwerpen",
        partner_countries="Congo (DRC) en Rwanda", themes="water en sanitatie, cultuur",
        founded_year="13/10/1993", panel_member="x", contact_name="An Peeters",
        contact_email="mailto:an@example.org", contact_phone="0470 12 34 56", notes="AT&amp;T-fonds",
    ), today=TODAY)
    assert result.problems == []
    values = result.initiative
    assert values["name"] == "Water voor Bukavu vzw"
    assert (values["legal_form"], values["enterprise_number"]) == ("vzw", "0270.572.293")
    assert (values["postcode"], values["province"]) == ("2800", "antwerpen")
    assert values["partner_countries"] == ["CD", "RW"]
    assert values["themes"] == ["water-sanitation"] and values["tags"] == ["cultuur"]
    assert values["founded_year"] == 1993 and values["panel_member"] is True
    assert values["notes"] == "AT&amp;T-fonds"  # kept literally, never unescaped or interpreted
    assert result.contact is not None
    assert (result.contact["name"], result.contact["email"]) == ("An Peeters", "an@example.org")


def test_values_not_understood_are_kept_in_the_notes_with_a_warning() -> None:
    result = normalise_row(9, row(
        name="Steun aan Hue", enterprise_number="0427.033.624", province="Atlantis",
        partner_countries="Mali / Narnia", founded_year="ooit", panel_member="misschien",
        contact_name="Jan", contact_email="jan.peeters@@telenet.be", notes="Eerst dit",
    ), today=TODAY)
    assert result.importable
    notes = result.initiative["notes"]
    assert notes.startswith("Eerst dit\n\nNot understood during import:")
    for kept in ("kolom enterprise_number: 0427.033.624", "kolom province: Atlantis",
                 "kolom partner_countries: Narnia", "kolom founded_year: ooit",
                 "kolom panel_member: misschien", "kolom contact_email: jan.peeters@@telenet.be"):
        assert kept in notes
    assert result.initiative["partner_countries"] == ["ML"]
    reasons = {problem.field: problem.reason for problem in result.problems}
    assert reasons["enterprise_number"] == ("'0427.033.624' is not a valid enterprise number: check digits do not "
                                            "match (a typing error?); kept in the notes")
    assert reasons["province"] == "'Atlantis' is not a province; kept in the notes"
    assert all(problem.row == 9 and problem.severity == "warning" for problem in result.problems)


def test_a_province_that_disagrees_with_the_postcode_is_reported() -> None:
    result = normalise_row(4, row(name="X", postcode="9000", province="Limburg"), today=TODAY)
    assert result.initiative["province"] == "oost-vlaanderen"
    assert [problem.reason for problem in result.problems] == [
        "province 'Limburg' does not match postcode 9000 (East Flanders); the postcode's province is used"]


def test_a_row_without_a_name_is_not_imported() -> None:
    result = normalise_row(5, row(name=None, municipality="Gent"), today=TODAY)
    assert not result.importable
    assert result.problems[0].reason == "the row has no name; it is not imported"


def test_placeholders_mean_empty() -> None:
    result = normalise_row(5, row(name="X", contact_name="Jan", contact_email="geen", enterprise_number="—"),
                           today=TODAY)
    assert result.problems == []
    assert result.initiative["enterprise_number"] is None
