"""The fixed vocabularies of the domain: stored codes and their (translatable) labels.

Codes are what the database holds and what the command line accepts; labels are what a
person reads. Labels are English source text passed through :func:`fourthpillar.i18n.translate`
so the Dutch and French translations live in the Qt translation files.
"""

from __future__ import annotations

from collections.abc import Iterable

from fourthpillar.i18n import translate


class Vocabulary:
    """An ordered set of codes with labels."""

    def __init__(self, name: str, items: Iterable[tuple[str, str]]) -> None:
        self.name = name
        self._items = dict(items)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._items)

    def __contains__(self, code: object) -> bool:
        return code in self._items

    def label(self, code: str | None) -> str:
        if code is None or code == "":
            return ""
        source = self._items.get(code)
        if source is None:
            return code
        return translate("Vocabulary", source)

    def choices(self) -> list[tuple[str, str]]:
        """(code, translated label) pairs in display order."""
        return [(code, self.label(code)) for code in self._items]

    def code_for(self, text: str) -> str | None:
        """The code whose code or label (source or translated) equals *text*, ignoring case."""
        wanted = text.strip().casefold()
        for code, source in self._items.items():
            if wanted in (code.casefold(), source.casefold(), self.label(code).casefold()):
                return code
        return None


LEGAL_FORMS = Vocabulary(
    "legal_form",
    [
        ("vzw", "vzw (non-profit association)"),
        ("fv", "de facto association (feitelijke vereniging)"),
        ("stichting", "foundation (stichting)"),
        ("ivzw", "international non-profit (ivzw)"),
        ("other", "other legal form"),
    ],
)

PROVINCES = Vocabulary(
    "province",
    [
        ("antwerpen", "Antwerp"),
        ("limburg", "Limburg"),
        ("oost-vlaanderen", "East Flanders"),
        ("west-vlaanderen", "West Flanders"),
        ("vlaams-brabant", "Flemish Brabant"),
        ("brussel", "Brussels"),
        ("outside", "outside Flanders"),
    ],
)

INITIATIVE_STATUSES = Vocabulary(
    "initiative_status",
    [("active", "active"), ("dormant", "dormant"), ("stopped", "stopped")],
)

THEMES = Vocabulary(
    "theme",
    [
        ("agriculture", "agriculture"),
        ("children-youth", "children and youth"),
        ("climate", "climate"),
        ("education", "education"),
        ("food-security", "food security"),
        ("healthcare", "healthcare"),
        ("human-rights", "human rights"),
        ("microcredit", "microcredit"),
        ("renewable-energy", "renewable energy"),
        ("vocational-training", "vocational training"),
        ("water-sanitation", "water and sanitation"),
        ("womens-rights", "women's rights"),
        ("other", "other theme"),
    ],
)

CHANNELS = Vocabulary(
    "channel",
    [
        ("phone", "phone"),
        ("email", "e-mail"),
        ("orientation", "orientation meeting"),
        ("consultation-day", "consultation day"),
        ("event", "event"),
        ("other", "other channel"),
    ],
)

TOPICS = Vocabulary(
    "topic",
    [
        ("legal-form", "legal form"),
        ("fundraising", "fundraising"),
        ("subsidies", "subsidies"),
        ("governance", "governance"),
        ("partnership", "partnership"),
        ("project-cycle", "project cycle"),
        ("communication", "communication"),
        ("decolonisation", "decolonisation"),
        ("finance-admin", "finance and administration"),
        ("volunteers", "volunteers"),
        ("other", "other topic"),
    ],
)

REQUEST_STATUSES = Vocabulary(
    "request_status",
    [
        ("new", "new"),
        ("in-progress", "in progress"),
        ("waiting", "waiting for initiative"),
        ("answered", "answered"),
        ("closed", "closed"),
    ],
)

#: Requests in these statuses still need the office's attention.
OPEN_REQUEST_STATUSES = ("new", "in-progress", "waiting")

LANGUAGES = Vocabulary(
    "language",
    [("nl", "Dutch"), ("fr", "French"), ("en", "English")],
)
