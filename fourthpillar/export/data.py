"""The plain data an export is drawn from, prepared (and translated) by the export use cases.

Nothing here knows the database: ``fourthpillar.services.exports`` reads the store and fills
these in; the PDF and spreadsheet writers only lay them out. Codes are already turned into
labels. A shared summary is built without internal fields, so they cannot leak by a layout
mistake: the writers never see them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any


@dataclass(frozen=True)
class Office:
    """Who sends the documents: printed in every header, footer and advice summary."""

    name: str = "Steunpunt 4de Pijler"
    organisation: str = "11.11.11"
    address: str = "Vlasfabriekstraat 11, 1060 Brussel"
    email: str = "4depijler@11.be"
    phone: str = "+32 2 536 11 13"
    website: str = "www.4depijler.be"

    @property
    def full_name(self) -> str:
        return f"{self.name} · {self.organisation}" if self.organisation else self.name

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Office:
        """The office details, overridden by the ``office`` section of the desk's config."""
        section = config.get("office")
        if not isinstance(section, Mapping):
            return cls()
        known = {
            key: str(value) for key, value in section.items() if key in cls.__dataclass_fields__ and value is not None
        }
        return cls(**known)


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class FollowUpLine:
    action: str
    due_on: dt.date
    owner_name: str
    done_on: dt.date | None
    outcome: str


@dataclass(frozen=True)
class RequestSummary:
    """One advice request as printed. ``minutes_spent`` and ``internal_note`` are None in a
    shared document."""

    received_on: dt.date
    channel: str
    topics: list[str]
    question: str
    status: str
    officer_name: str
    due_on: dt.date | None
    answered_on: dt.date | None
    advice: str
    contact_name: str
    minutes_spent: int | None = None
    internal_note: str | None = None


@dataclass(frozen=True)
class InitiativeSummary:
    """The "fiche". In the shared variant ``notes`` and ``tags`` are None and every request
    lacks its internal fields."""

    shared: bool
    name: str
    legal_form: str
    enterprise_number: str
    street: str
    postcode: str
    municipality: str
    province: str
    partner_countries: list[str]
    themes: list[str]
    founded_year: int | None
    panel_member: bool
    status: str
    contacts: list[ContactLine]
    requests: list[RequestSummary]
    open_follow_ups: list[FollowUpLine]
    notes: str | None = None
    tags: list[str] | None = None


@dataclass(frozen=True)
class AdviceSummary:
    """One request's advice, for the initiative (never internal fields)."""

    initiative_name: str
    initiative_address: str
    request: RequestSummary
    follow_ups: list[FollowUpLine]
    officer_name: str
    officer_email: str


@dataclass(frozen=True)
class Count:
    """One line of a breakdown: a label, its number of requests and (for topics) initiatives."""

    label: str
    requests: int
    initiatives: int | None = None


@dataclass(frozen=True)
class EventCount:
    """One line of the events' breakdown: events held, participants (attended) and the
    initiatives they came from."""

    label: str
    events: int
    participants: int
    initiatives: int


@dataclass(frozen=True)
class EventFigures:
    """The period's trainings and events (held, started in the period): what the office ran and
    whom it reached."""

    held: int
    trainings_held: int
    participants: int
    initiatives_reached: int
    by_topic: list[EventCount] = field(default_factory=list)
    #: By the participants' initiatives' province (walk-ins: "not recorded"); events: those with
    #: a participant from there.
    by_province: list[EventCount] = field(default_factory=list)


@dataclass(frozen=True)
class PeriodFigures:
    """The period report's figures, all computed by SQL aggregates."""

    date_from: dt.date
    date_to: dt.date
    province: str | None
    officer_name: str | None
    requests: int
    initiatives_helped: int
    new_initiatives: int
    answered: int
    median_days_to_answer: float | None
    minutes_spent: int
    by_topic: list[Count] = field(default_factory=list)
    by_channel: list[Count] = field(default_factory=list)
    by_status: list[Count] = field(default_factory=list)
    by_province: list[Count] = field(default_factory=list)
    #: (first day of the month, requests) for every month of the period, zero months included.
    per_month: list[tuple[dt.date, int]] = field(default_factory=list)
    #: Trainings and events held in the period (issue 18).
    events: EventFigures | None = None

    def busiest_topics(self, limit: int = 5) -> list[Count]:
        ranked = sorted((item for item in self.by_topic if item.requests), key=lambda item: -item.requests)
        return ranked[:limit]


@dataclass(frozen=True)
class EventFacts:
    """An event as its documents print it: labels and texts already in the document's language."""

    title: str
    kind: str
    #: The date (or dates) and times in words: "Tuesday 10 March 2026, 19:00–21:30".
    when: str
    place: str
    trainers: str
    topics: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignInRow:
    """One line of a sign-in sheet: a name and an initiative, never an e-mail or a phone."""

    name: str
    initiative: str


@dataclass(frozen=True)
class AttendanceCertificate:
    """One participant's certificate of attendance."""

    event: EventFacts
    person_name: str
    initiative: str
    #: Who signs for the office (the officer in charge), and where.
    signed_by: str
