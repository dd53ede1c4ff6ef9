"""A register holding hostile text, and helpers to read exported PDFs and workbooks back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fourthpillar import i18n
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk

#: Text that must print and read back literally, never as markup, a link, a file or a formula.
HOSTILE = [
    "Kinderen & Toekomst <Congo>",
    "<b>x</b>",
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">klik</a>',
    "AT&amp;T",
    "&lt;script&gt; &#169; &nbsp;",
    "Café Zoë, Crèche Noël: € 1.250,50",
    "Emoji 😀 ☺ ✓",
    "الرباط بني ملال",
    "አዲስ አበባ ጎንደር",
    "=1+1",
    "@SUM(A1)",
    "-2",
    "+32 470 12 34 56",
    '=HYPERLINK("http://evil.example","klik")',
]

#: Leading characters the store keeps (it trims whitespace, so tab/CR/LF-leading text is
#: tested on the workbook writer directly).
LONG_NOTE = "\n".join(
    f"Regel {number}: de partner in Kasongo vraagt <meer> info & steun; zie =SUM(A{number})." for number in range(160)
)
assert len(LONG_NOTE) > 10_000

INTERNAL_NOTE = "GEHEIM-INTERN: bestuur twijfelt, niet delen <intern> & vertrouwelijk"
INITIATIVE_NOTES = "INTERNE-NOTITIE over de vzw: " + LONG_NOTE
MINUTES = 437
OTHER_CONTACT = "Zorro Anderwerf-Geheim"


@dataclass(frozen=True)
class Register:
    initiative_id: str
    other_initiative_id: str
    request_id: str
    other_request_id: str
    question: str
    advice: str
    #: A training (hostile title and place) with the first contact and a hostile walk-in registered.
    event_id: str = ""


def build_register(desk: Desk) -> Register:
    first = initiatives.register_initiative(
        desk,
        values={
            "name": HOSTILE[0],
            "legal_form": "vzw",
            "street": '<img src="/etc/passwd"/> straat 1',
            "postcode": "2000",
            "municipality": "Antwerpen",
            "partner_countries": "CD, ET, MA",
            "themes": "education",
            "founded_year": "2004",
            "tags": "netwerk",
            "notes": INITIATIVE_NOTES,
        },
    ).id
    contact = initiatives.add_contact(
        desk,
        initiative_id=first,
        values={
            "name": "አበበ በቂላ",
            "role": "<b>x</b>",
            "email": "abebe@example.org",
            "phone": "+32 470 12 34 56",
            "consent_date": "2025-01-02",
        },
    ).id
    initiatives.add_contact(
        desk, initiative_id=first, values={"name": "Zonder Toestemming", "email": "nee@example.org"}
    )
    question = " | ".join(HOSTILE) + "\n" + LONG_NOTE
    advice = "Advies: " + " | ".join(reversed(HOSTILE))
    request_id = requests.log_request(
        desk,
        initiative_id=first,
        values={
            "received_on": "2026-03-02",
            "channel": "email",
            "topics": "fundraising, subsidies",
            "question": question,
            "advice": advice,
            "status": "answered",
            "minutes_spent": str(MINUTES),
            "internal_note": INTERNAL_NOTE,
            "contact_id": contact,
        },
    ).id
    followups.plan_follow_up(
        desk, request_id=request_id, values={"action": "Bel terug: " + HOSTILE[1], "due_on": "2026-04-01"}
    )
    other = initiatives.register_initiative(
        desk, values={"name": "Andere vzw Geheim", "postcode": "9000", "municipality": "Gent"}
    ).id
    initiatives.add_contact(desk, initiative_id=other, values={"name": OTHER_CONTACT, "consent_date": "2025-01-01"})
    other_request = requests.log_request(
        desk,
        initiative_id=other,
        values={
            "received_on": "2026-03-05",
            "channel": "phone",
            "question": "Vraag van de andere vzw",
            "internal_note": "ANDERE-INTERNE-NOTITIE",
        },
    ).id
    event_id = events.plan_event(desk, values={
        "title": HOSTILE[0] + " " + HOSTILE[10], "kind": "training", "topics": "fundraising",
        "starts_on": "2026-03-10", "start_time": "19:00", "end_time": "21:30", "place": HOSTILE[2],
        "trainers": HOSTILE[1], "capacity": 20, "status": "held"}).id
    attended = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact}).id
    registrations.update_registration(desk, registration_id=attended, changes={"status": "attended"})
    registrations.register_for_event(desk, event_id=event_id, values={
        "name": HOSTILE[14], "email": "walk-in@example.org", "status": "attended"})
    return Register(first, other, request_id, other_request, question, advice, event_id)


@pytest.fixture
def register(desk: Desk) -> Register:
    return build_register(desk)


def squeeze(text: str) -> str:
    """Text without any whitespace: line wrapping in a PDF must not matter."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    """All text of a PDF (whitespace removed) with each page's header and footer cut out."""
    reader = PdfReader(str(path))
    pages = []
    for page in reader.pages:
        text = squeeze(page.extract_text())
        # The frame (header and footer) is drawn after the page's content: cut it off.
        cut = text.rfind(squeeze("Steunpunt 4de Pijler"))
        pages.append(text[:cut] if cut >= 0 else text)
    return "".join(pages)


def pdf_raw_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def workbook_values(path: Path) -> list[tuple[str, list[list[object]]]]:
    """Every sheet's rows (header included), after checking no cell is a formula."""
    workbook = load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"):
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate} {cell.value!r} lacks the quote prefix"
            rows.append([cell.value for cell in row])
        sheets.append((sheet.title, rows))
    return sheets


def as_date(value: object) -> object:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exported files (the data folder lives elsewhere)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def dutch_formats() -> Iterator[None]:
    """Exports format dates, numbers and country names in the app's language: these tests read
    them the Flemish way (28/11/2026, Ethiopië); labels stay the English source texts."""
    before = i18n.current_language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)
