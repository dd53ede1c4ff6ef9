"""PDF exports: hostile text prints literally, shared documents hold no internal data, every
page carries the office frame, and the documents say what they are in their metadata."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from fourthpillar.export.atomic import OutputExists
from fourthpillar.services import exports
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound

from .conftest import HOSTILE
from .conftest import INITIATIVE_NOTES
from .conftest import INTERNAL_NOTE
from .conftest import LONG_NOTE
from .conftest import MINUTES
from .conftest import OTHER_CONTACT
from .conftest import Register
from .conftest import pdf_raw_text
from .conftest import pdf_text
from .conftest import squeeze


def test_internal_summary_prints_every_hostile_string_literally(desk: Desk, register: Register, out: Path) -> None:
    """Markup, entities, accents, emoji, Arabic and Ethiopic in user data would otherwise vanish,
    turn bold, load a file or print as something else."""
    path = out / "fiche.pdf"
    exports.export_initiative_summary(desk, initiative_id=register.initiative_id, shared=False, path=path)
    text = pdf_text(path)
    for value in [*HOSTILE, register.advice]:
        assert squeeze(value) in text, value
    # The 10,000-character note with its line breaks survives whole, in order.
    assert squeeze(LONG_NOTE) in text
    assert squeeze(INTERNAL_NOTE) in text
    assert squeeze(INITIATIVE_NOTES) in text
    assert squeeze("አበበ በቂላ") in text


def test_shared_summary_leaves_out_internal_notes_time_spent_and_other_initiatives(
    desk: Desk, register: Register, out: Path
) -> None:
    """An initiative receiving its summary must never read the office's internal notes, the
    time officers spent, or anything about another initiative."""
    path = out / "shared.pdf"
    exports.export_initiative_summary(desk, initiative_id=register.initiative_id, shared=True, path=path)
    text = pdf_raw_text(path)
    squeezed = squeeze(text)
    assert squeeze(register.question) in pdf_text(path)
    assert squeeze(INTERNAL_NOTE) not in squeezed
    assert "GEHEIM-INTERN" not in squeezed
    assert "INTERNE-NOTITIE" not in squeezed
    assert f"{MINUTES}min" not in squeezed and str(MINUTES) not in squeezed
    assert "timespent" not in squeezed.casefold()
    assert "INTERNAL" not in text
    assert squeeze(OTHER_CONTACT) not in squeezed
    assert "ANDERE-INTERNE-NOTITIE" not in squeezed
    assert "Anderevzw" not in squeezed
    # The internal variant does carry them (so the test above means something).
    internal = out / "internal.pdf"
    exports.export_initiative_summary(desk, initiative_id=register.initiative_id, shared=False, path=internal)
    internal_text = squeeze(pdf_raw_text(internal))
    assert "GEHEIM-INTERN" in internal_text and f"{MINUTES}min" in internal_text
    assert squeeze(OTHER_CONTACT) not in internal_text


def test_advice_summary_has_question_advice_follow_ups_and_office_contact(
    desk: Desk, register: Register, out: Path
) -> None:
    """The initiative needs its own question and our advice, what was agreed and whom to call;
    never the internal note or the time spent."""
    path = out / "advice.pdf"
    result = exports.export_advice_summary(desk, request_id=register.request_id, path=path)
    assert result.path == path and path.is_file()
    text = pdf_text(path)
    assert squeeze(register.question) in text
    assert squeeze(register.advice) in text
    assert squeeze("Bel terug: <b>x</b>") in text
    assert squeeze("01/04/2026") in text
    assert "AnPeeters" in text
    assert squeeze("4depijler@11.be") in text and squeeze("Vlasfabriekstraat 11") in text
    raw = squeeze(pdf_raw_text(path))
    assert "GEHEIM-INTERN" not in raw and f"{MINUTES}min" not in raw


def test_office_details_come_from_the_desk_configuration(desk: Desk, register: Register, out: Path) -> None:
    """An office that moved must be able to print its new address without a code change."""
    desk.config["office"] = {"address": "Nieuwstraat 5, 1000 Brussel", "phone": "+32 2 000 00 00"}
    path = out / "advice.pdf"
    exports.export_advice_summary(desk, request_id=register.request_id, path=path)
    text = pdf_text(path)
    assert squeeze("Nieuwstraat 5, 1000 Brussel") in text and squeeze("+32 2 000 00 00") in text


def test_every_page_has_header_footer_and_metadata(desk: Desk, register: Register, out: Path) -> None:
    """Without page numbers, date and title a printed fiche of several pages cannot be put together."""
    path = out / "fiche.pdf"
    exports.export_initiative_summary(
        desk, initiative_id=register.initiative_id, shared=False, path=path, today=dt.date(2026, 11, 28)
    )
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Steunpunt 4de Pijler" in text
        assert f"Page {number} of {pages}" in text
        assert "Made on 28 November 2026" in text  # the document's date in the long form
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Initiative summary: Kinderen & Toekomst <Congo>"
    assert metadata.author == "Steunpunt 4de Pijler · 11.11.11"
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        for font in [font.get_object()]
    }
    # Only the shipped fonts, embedded; never a standard font that lacks the accents.
    assert fonts and all(
        "FPSans" in name or "FPEthiopic" in name or "DejaVu" in name or "Noto" in name for name in fonts
    ), fonts


def test_period_report_figures_and_charts(desk: Desk, register: Register, out: Path) -> None:
    """Funders read the totals, the busiest topics and the charts; the filters must show."""
    path = out / "report.pdf"
    exports.export_period_report(
        desk, period=exports.ReportPeriod(dt.date(2026, 1, 1), dt.date(2026, 12, 31), province="antwerpen"), path=path
    )
    text = pdf_raw_text(path)
    assert "Activity report" in text
    assert "01/01/2026 to 31/12/2026" in text and "province: Antwerp" in text
    assert "Busiest topics" in text and "fundraising" in text
    assert "Mar" in text and "Dec" in text
    reader = PdfReader(str(path))
    assert reader.metadata is not None and reader.metadata.title == "Activity report 01/01/2026 – 31/12/2026"


def test_unknown_ids_raise_and_leave_no_file(desk: Desk, register: Register, out: Path) -> None:
    path = out / "x.pdf"
    with pytest.raises(NotFound):
        exports.export_initiative_summary(desk, initiative_id="nope", shared=True, path=path)
    with pytest.raises(NotFound):
        exports.export_advice_summary(desk, request_id="nope", path=path)
    assert list(out.iterdir()) == []


def test_existing_pdf_is_replaced_only_with_overwrite(desk: Desk, register: Register, out: Path) -> None:
    path = out / "advice.pdf"
    path.write_bytes(b"mine")
    with pytest.raises(OutputExists):
        exports.export_advice_summary(desk, request_id=register.request_id, path=path)
    assert path.read_bytes() == b"mine"
    exports.export_advice_summary(desk, request_id=register.request_id, path=path, overwrite=True)
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(item.name for item in out.iterdir()) == ["advice.pdf"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_same_text(desk: Desk, register: Register, out: Path) -> None:
    """A second reader (the one most PDF viewers' search resembles) extracts the same words."""
    path = out / "advice.pdf"
    exports.export_advice_summary(desk, request_id=register.request_id, path=path)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for value in ("Kinderen & Toekomst <Congo>", '<img src="/etc/passwd"/>', "AT&amp;T", "=1+1", "€ 1.250,50"):
        assert squeeze(value) in squeeze(text), value


def test_characters_no_font_can_draw_print_as_a_visible_mark(desk: Desk, register: Register, out: Path) -> None:
    """An emoji the fonts lack (🤝) printed as an empty box that looks like a printing fault; it
    prints as the replacement mark, once per run, and the text around it is intact."""
    from fourthpillar.export.safety import NOT_DRAWABLE
    from fourthpillar.services import initiatives

    initiatives.update_initiative(desk, initiative_id=register.initiative_id,
                                  changes={"notes": "Samen sterk 🤝🏽🌍 voor Cotonou"})
    path = out / "fiche.pdf"
    exports.export_initiative_summary(desk, initiative_id=register.initiative_id, shared=False, path=path)
    text = pdf_text(path)
    assert squeeze(f"Samen sterk {NOT_DRAWABLE} voor Cotonou") in text


def test_a_requests_advice_never_starts_a_page_without_its_question(desk: Desk, out: Path) -> None:
    """'Advice given' stood alone at the top of a page: the request's date and question it answers
    had stayed on the page before. Requests of every length, so that page breaks fall everywhere."""
    from fourthpillar.services import initiatives
    from fourthpillar.services import requests

    initiative = initiatives.register_initiative(desk, values={"name": "Brug naar Cotonou"}).id
    for number in range(24):
        requests.log_request(desk, initiative_id=initiative, values={
            "channel": "phone", "question": f"QUESTION-{number} " + "waarom " * (5 + 9 * number % 70),
            "advice": f"ADVICE-{number} " + "daarom " * (10 + 7 * number % 50)})
    path = out / "fiche.pdf"
    exports.export_initiative_summary(desk, initiative_id=initiative, shared=True, path=path)
    pages = [page.extract_text() for page in PdfReader(str(path)).pages]
    assert len(pages) > 3, "the test needs page breaks"
    for text in pages:
        for number in range(24):
            if f"ADVICE-{number} " in text:
                assert f"QUESTION-{number} " in text, f"the advice of request {number} starts a page alone"
