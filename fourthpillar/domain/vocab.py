"""The fixed vocabularies of the domain: stored codes and their (translatable) labels.

Codes are what the database holds and what the command line accepts; labels are what a
person reads. Labels are English source text passed through :func:`fourthpillar.i18n.translate`
so the Dutch and French translations live in the Qt translation files.
"""

from __future__ import annotations

from collections.abc import Iterable

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate


class Vocabulary:
    """An ordered set of codes with labels."""

    def __init__(self, name: str, items: Iterable[tuple[str, str]]) -> None:
        self.name = name
        self._items = dict(items)
        #: Each code as one object: an import's thousands of rows then share their codes.
        self._codes = {code: code for code in self._items}

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
        code = self._codes.get(wanted)
        if code is not None:  # the code itself: what forms, the command line and an import's cleaning pass
            return code
        for code, source in self._items.items():
            if wanted in (code.casefold(), source.casefold(), self.label(code).casefold()):
                return code
        return None


LEGAL_FORMS = Vocabulary(
    "legal_form",
    [
        ("vzw", QT_TRANSLATE_NOOP("Vocabulary", "vzw (non-profit association)")),
        ("fv", QT_TRANSLATE_NOOP("Vocabulary", "de facto association (feitelijke vereniging)")),
        ("stichting", QT_TRANSLATE_NOOP("Vocabulary", "foundation (stichting)")),
        ("ivzw", QT_TRANSLATE_NOOP("Vocabulary", "international non-profit (ivzw)")),
        ("other", QT_TRANSLATE_NOOP("Vocabulary", "other legal form")),
    ],
)

PROVINCES = Vocabulary(
    "province",
    [
        ("antwerpen", QT_TRANSLATE_NOOP("Vocabulary", "Antwerp")),
        ("limburg", QT_TRANSLATE_NOOP("Vocabulary", "Limburg")),
        ("oost-vlaanderen", QT_TRANSLATE_NOOP("Vocabulary", "East Flanders")),
        ("west-vlaanderen", QT_TRANSLATE_NOOP("Vocabulary", "West Flanders")),
        ("vlaams-brabant", QT_TRANSLATE_NOOP("Vocabulary", "Flemish Brabant")),
        ("brussel", QT_TRANSLATE_NOOP("Vocabulary", "Brussels")),
        ("outside", QT_TRANSLATE_NOOP("Vocabulary", "outside Flanders")),
    ],
)

INITIATIVE_STATUSES = Vocabulary(
    "initiative_status",
    [
        ("active", QT_TRANSLATE_NOOP("Vocabulary", "active")),
        ("dormant", QT_TRANSLATE_NOOP("Vocabulary", "dormant")),
        ("stopped", QT_TRANSLATE_NOOP("Vocabulary", "stopped")),
    ],
)

THEMES = Vocabulary(
    "theme",
    [
        ("agriculture", QT_TRANSLATE_NOOP("Vocabulary", "agriculture")),
        ("children-youth", QT_TRANSLATE_NOOP("Vocabulary", "children and youth")),
        ("climate", QT_TRANSLATE_NOOP("Vocabulary", "climate")),
        ("education", QT_TRANSLATE_NOOP("Vocabulary", "education")),
        ("food-security", QT_TRANSLATE_NOOP("Vocabulary", "food security")),
        ("healthcare", QT_TRANSLATE_NOOP("Vocabulary", "healthcare")),
        ("human-rights", QT_TRANSLATE_NOOP("Vocabulary", "human rights")),
        ("microcredit", QT_TRANSLATE_NOOP("Vocabulary", "microcredit")),
        ("renewable-energy", QT_TRANSLATE_NOOP("Vocabulary", "renewable energy")),
        ("vocational-training", QT_TRANSLATE_NOOP("Vocabulary", "vocational training")),
        ("water-sanitation", QT_TRANSLATE_NOOP("Vocabulary", "water and sanitation")),
        ("womens-rights", QT_TRANSLATE_NOOP("Vocabulary", "women's rights")),
        ("other", QT_TRANSLATE_NOOP("Vocabulary", "other theme")),
    ],
)

CHANNELS = Vocabulary(
    "channel",
    [
        ("phone", QT_TRANSLATE_NOOP("Vocabulary", "phone")),
        ("email", QT_TRANSLATE_NOOP("Vocabulary", "e-mail")),
        ("orientation", QT_TRANSLATE_NOOP("Vocabulary", "orientation meeting")),
        ("consultation-day", QT_TRANSLATE_NOOP("Vocabulary", "consultation day")),
        ("event", QT_TRANSLATE_NOOP("Vocabulary", "event")),
        ("other", QT_TRANSLATE_NOOP("Vocabulary", "other channel")),
    ],
)

TOPICS = Vocabulary(
    "topic",
    [
        ("legal-form", QT_TRANSLATE_NOOP("Vocabulary", "legal form")),
        ("fundraising", QT_TRANSLATE_NOOP("Vocabulary", "fundraising")),
        ("subsidies", QT_TRANSLATE_NOOP("Vocabulary", "subsidies")),
        ("governance", QT_TRANSLATE_NOOP("Vocabulary", "governance")),
        ("partnership", QT_TRANSLATE_NOOP("Vocabulary", "partnership")),
        ("project-cycle", QT_TRANSLATE_NOOP("Vocabulary", "project cycle")),
        ("communication", QT_TRANSLATE_NOOP("Vocabulary", "communication")),
        ("decolonisation", QT_TRANSLATE_NOOP("Vocabulary", "decolonisation")),
        ("finance-admin", QT_TRANSLATE_NOOP("Vocabulary", "finance and administration")),
        ("volunteers", QT_TRANSLATE_NOOP("Vocabulary", "volunteers")),
        ("other", QT_TRANSLATE_NOOP("Vocabulary", "other topic")),
    ],
)

REQUEST_STATUSES = Vocabulary(
    "request_status",
    [
        ("new", QT_TRANSLATE_NOOP("Vocabulary", "new")),
        ("in-progress", QT_TRANSLATE_NOOP("Vocabulary", "in progress")),
        ("waiting", QT_TRANSLATE_NOOP("Vocabulary", "waiting for initiative")),
        ("answered", QT_TRANSLATE_NOOP("Vocabulary", "answered")),
        ("closed", QT_TRANSLATE_NOOP("Vocabulary", "closed")),
    ],
)

#: Requests in these statuses still need the office's attention.
OPEN_REQUEST_STATUSES = ("new", "in-progress", "waiting")

LANGUAGES = Vocabulary(
    "language",
    [
        ("nl", QT_TRANSLATE_NOOP("Vocabulary", "Dutch")),
        ("fr", QT_TRANSLATE_NOOP("Vocabulary", "French")),
        ("en", QT_TRANSLATE_NOOP("Vocabulary", "English")),
    ],
)

EVENT_KINDS = Vocabulary(
    "event_kind",
    [
        ("training", QT_TRANSLATE_NOOP("Vocabulary", "training")),
        ("info-session", QT_TRANSLATE_NOOP("Vocabulary", "info session")),
        ("network-day", QT_TRANSLATE_NOOP("Vocabulary", "network day")),
        ("webinar", QT_TRANSLATE_NOOP("Vocabulary", "webinar")),
    ],
)

EVENT_STATUSES = Vocabulary(
    "event_status",
    [
        ("planned", QT_TRANSLATE_NOOP("Vocabulary", "planned")),
        ("open", QT_TRANSLATE_NOOP("Vocabulary", "open for registration")),
        ("full", QT_TRANSLATE_NOOP("Vocabulary", "full")),
        ("held", QT_TRANSLATE_NOOP("Vocabulary", "held")),
        ("cancelled", QT_TRANSLATE_NOOP("Vocabulary", "cancelled")),
    ],
)

REGISTRATION_STATUSES = Vocabulary(
    "registration_status",
    [
        ("registered", QT_TRANSLATE_NOOP("Vocabulary", "registered")),
        ("waiting", QT_TRANSLATE_NOOP("Vocabulary", "waiting list")),
        ("cancelled", QT_TRANSLATE_NOOP("Vocabulary", "cancelled")),
        ("attended", QT_TRANSLATE_NOOP("Vocabulary", "attended")),
        ("no-show", QT_TRANSLATE_NOOP("Vocabulary", "no-show")),
    ],
)

#: Registrations in these statuses take one of an event's places (capacity); the others do not.
PLACE_TAKING_STATUSES = ("registered", "attended", "no-show")
