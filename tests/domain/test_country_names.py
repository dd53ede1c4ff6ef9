"""Partner countries given by code or by name, in Dutch, French or English."""

from __future__ import annotations

from pathlib import Path

import pytest

from fourthpillar.cli.main import main
from fourthpillar.domain.countries import country_code
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery


@pytest.mark.parametrize(("text", "code"), [
    ("SN", "SN"), ("sn", "SN"), ("Senegal", "SN"), ("SENEGAL", "SN"), ("Sénégal", "SN"), ("senegal ", "SN"),
    ("Benin", "BJ"), ("Bénin", "BJ"), ("Democratische Republiek Congo", "CD"), ("RD Congo", "CD"),
    ("Ivoorkust", "CI"), ("Côte d'Ivoire", "CI"), ("Kameroen", "CM"), ("Cameroun", "CM"), ("Cameroon", "CM"),
    ("Marokko", "MA"), ("Maroc", "MA"), ("Morocco", "MA"), ("Atlantis", None), ("XX", None), ("Congo", None),
])
def test_a_country_is_known_by_its_code_or_its_name_in_each_language(text: str, code: str | None) -> None:
    """The command line refused "partner_countries=Senegal", though its help promises a code or a label."""
    assert country_code(text) == code


def test_clean_accepts_names_and_names_what_it_cannot_place() -> None:
    values = clean(INITIATIVE_FIELDS, {"partner_countries": "Senegal; bénin, SN"}, complete=False)
    assert values == {"partner_countries": ["SN", "BJ"]}
    with pytest.raises(ValidationFailed) as failed:
        clean(INITIATIVE_FIELDS, {"partner_countries": "Atlantis"}, complete=False)
    assert failed.value.for_field("partner_countries") == (
        "'Atlantis' is not a country (give a code like SN or a name like Senegal)")


def test_the_command_line_takes_a_country_name(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "officers", "sign-in", "An Peeters", "--region", "antwerpen"]) == 0
    assert main(["--data-dir", str(data_dir), "initiatives", "add", "name=Vrienden van Dakar",
                 "partner_countries=Senegal,Sénégal,Mali"]) == 0
    assert capsys.readouterr().err == ""
    desk = open_desk(data_dir=data_dir)
    try:
        [row] = initiatives.list_initiatives(desk, query=ListQuery()).rows
        assert row.partner_countries == ["SN", "ML"]
    finally:
        desk.close()
