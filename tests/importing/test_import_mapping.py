"""Column headers as offices write them. If these failed, the mapping dialog would propose the
wrong field (names in the notes, e-mails lost) or forget what the person chose last time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_corpus import HEADERS
from import_corpus import ROWS
from import_corpus import write_xlsx

from fourthpillar.importing.header import find_header
from fourthpillar.importing.mapping import guess_field
from fourthpillar.importing.mapping import propose
from fourthpillar.services import importing
from fourthpillar.services.desk import Desk


@pytest.mark.parametrize(("header", "field"), [
    ("Naam", "name"), ("Naam organisatie", "name"), ("Nom", "name"), ("Name", "name"),
    ("Gemeente", "municipality"), ("Woonplaats", "municipality"), ("Commune", "municipality"),
    ("Municipality", "municipality"), ("Postcode", "postcode"), ("PC", "postcode"), ("Code postal", "postcode"),
    ("Provincie", "province"), ("Prov.", "province"), ("Partnerland(en)", "partner_countries"),
    ("Landen", "partner_countries"), ("Pays", "partner_countries"), ("Countries", "partner_countries"),
    ("Thema", "themes"), ("Sector", "themes"), ("Rechtsvorm", "legal_form"), ("Vorm", "legal_form"),
    ("Forme juridique", "legal_form"), ("KBO", "enterprise_number"), ("KBO-nummer", "enterprise_number"),
    ("Ondernemingsnummer", "enterprise_number"), ("BCE", "enterprise_number"),
    ("numéro d'entreprise", "enterprise_number"), ("E-mail", "contact_email"), ("Mail", "contact_email"),
    ("Tel", "contact_phone"), ("GSM", "contact_phone"), ("Telefoon", "contact_phone"),
    ("Opgericht", "founded_year"), ("Oprichtingsjaar", "founded_year"), ("Opgericht in", "founded_year"),
    ("Contactpersoon", "contact_name"), ("Contact", "contact_name"), ("Opmerkingen", "notes"),
    ("Notities", "notes"), ("E-mail contactpersoon", "contact_email"), ("Tel. contactpersoon", "contact_phone"),
    ("Adres", "street"), ("Website", None), ("", None),
])
def test_headers_in_dutch_french_and_english(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_a_single_value_field_goes_to_its_first_column_only() -> None:
    assert propose(["Naam", "Naam", "Tel", "GSM"]) == ["name", None, "contact_phone", "contact_phone"]


def test_the_header_row_is_found_below_title_and_blank_rows() -> None:
    rows = [(1, ("Lijst 4de Pijlers - bijgewerkt 2024",)), (2, ("Stand op", "1/1/2024")), (4, tuple(HEADERS)),
            (5, tuple(ROWS[0]))]
    assert find_header(rows) == 2


def test_a_chosen_mapping_is_remembered_for_files_with_the_same_headers(desk: Desk, tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "januari.xlsx", [HEADERS, *ROWS])
    preview = importing.preview_import(desk, path=first, mapping={"Opmerkingen": None, "Tel": "notes"})
    assert preview.mapping["Opmerkingen"] is None and preview.mapping["Tel"] == "notes"
    importing.apply_import(desk, preview=preview)
    stored = json.loads((desk.data_dir / "import_mappings.json").read_text(encoding="utf-8"))  # type: ignore[operator]
    assert len(stored["mappings"]) == 1

    # Next month's file: same headers (spelled in another case), other rows.
    second = write_xlsx(tmp_path / "februari.xlsx", [[header.upper() for header in HEADERS], ["Nieuw", *ROWS[0][1:]]])
    again = importing.preview_import(desk, path=second)
    assert {column.source for column in again.columns} == {"remembered"}
    assert again.columns[HEADERS.index("Opmerkingen")].field is None
    assert again.columns[HEADERS.index("Tel")].field == "notes"


def test_a_dry_run_remembers_nothing(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [HEADERS, *ROWS])
    importing.preview_import(desk, path=path, mapping={"Tel": None})
    assert not (desk.data_dir / "import_mappings.json").exists()  # type: ignore[operator]


def test_an_unknown_field_in_a_chosen_mapping_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [HEADERS, *ROWS])
    with pytest.raises(importing.ImportRefused, match="'website' is not a field to import into"):
        importing.preview_import(desk, path=path, mapping={"Tel": "website"})


def test_a_header_row_may_carry_a_year_among_its_headers() -> None:
    rows = [(1, ("Naam", "Gemeente", 2023, 2024)), (2, ("Water voor Bukavu", "Mechelen", 150, 200))]
    assert find_header(rows) == 0
