"""Demonstration events: trainings, info sessions, network days and webinars with registrations.

Part of :func:`fourthpillar.services.demo.load_demo_data`: one event per ten initiatives (5,000
for the bench's 50,000) over the last three years and the coming three months, about twenty
registrations each from the contact persons of the same load (and a few walk-ins). Past
events were held (a few cancelled) and their people attended or not; coming ones are planned,
open or full, with a waiting list when full. Rows are plain dicts for the load's bulk inserts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from fourthpillar.services import demo_data as data

#: One event per this many initiatives of the load (at least :data:`MINIMUM` events).
INITIATIVES_PER_EVENT = 10
MINIMUM = 3

_TITLES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "training": (
        ("Fondsenwerving voor beginners", ("fundraising",)),
        ("Crowdfunding: zo pak je het aan", ("fundraising", "communication")),
        ("Subsidies aanvragen bij de Vlaamse overheid", ("subsidies",)),
        ("De nieuwe vzw-wet in de praktijk", ("legal-form", "governance")),
        ("Boekhouding voor kleine vzw's", ("finance-admin",)),
        ("Gelijkwaardig partnerschap met het Zuiden", ("partnership", "decolonisation")),
        ("Projectcyclus: van idee tot evaluatie", ("project-cycle",)),
        ("Vrijwilligers vinden en houden", ("volunteers",)),
    ),
    "info-session": (
        ("Infosessie 11.fonds", ("subsidies",)),
        ("Infosessie: een vzw oprichten", ("legal-form",)),
        ("Séance d'info : financer son projet", ("fundraising", "subsidies")),
    ),
    "network-day": (
        ("Netwerkdag 4de Pijler", ("partnership", "communication")),
        ("Regionale ontmoetingsdag", ("partnership",)),
    ),
    "webinar": (
        ("Webinar: communiceren over je project", ("communication",)),
        ("Webinar: dekoloniseren in de praktijk", ("decolonisation",)),
        ("Webinar: financieel rapporteren", ("finance-admin",)),
    ),
}
_KINDS = ("training", "training", "training", "info-session", "webinar", "webinar", "network-day")
_PLACES = ("Vlasfabriekstraat 11, 1060 Sint-Gillis", "Huis van de Sport, Antwerpen", "De Centrale, Gent",
           "Cultuurcentrum Hasselt", "Provinciehuis Leuven", "Stadhuis Brugge")
_TRAINERS = ("Lies Claes", "Omar Benali", "Sara De Wilde", "Jan Peeters; Fatou Diallo", "Marie Dubois", "")


def event_count(initiatives: int) -> int:
    return 0 if initiatives <= 0 else max(MINIMUM, initiatives // INITIATIVES_PER_EVENT)


class EventMaker:
    """Events and registrations as rows; *new_id* and *moment* are the load's own."""

    def __init__(self, rng: random.Random, *, today: dt.date, now: dt.datetime, new_id: Callable[[], str],
                 moment: Callable[[dt.date], dt.datetime], officer_ids: Sequence[str]) -> None:
        self.rng, self.today, self.now = rng, today, now
        self.new_id, self.moment = new_id, moment
        self.officer_ids = list(officer_ids)

    def event(self, index: int, total: int) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(_KINDS)
        title, topics = rng.choice(_TITLES[kind])
        # Spread over three years back and three months ahead; the last few are always coming.
        ahead = index >= total - max(1, total // 12)
        starts_on = self.today + dt.timedelta(days=rng.randint(1, 90) if ahead else -rng.randint(1, 3 * 365))
        online = kind == "webinar"
        days = 1 if kind != "network-day" or rng.random() < 0.7 else 2
        if starts_on < self.today:
            status = "cancelled" if rng.random() < 0.05 else "held"
        else:
            status = rng.choice(("planned", "open", "open", "open"))
        created = self.moment(min(self.today, starts_on - dt.timedelta(days=rng.randint(20, 90))))
        start = rng.choice(("09:30", "13:30", "19:00", "19:30")) if kind != "network-day" else "09:00"
        end = {"09:30": "12:30", "13:30": "16:30", "19:00": "21:30", "19:30": "21:30", "09:00": "17:00"}[start]
        return {
            "id": self.new_id(), "title": title, "kind": kind, "topics": list(topics), "starts_on": starts_on,
            "start_time": start, "ends_on": starts_on + dt.timedelta(days=days - 1) if days > 1 else None,
            "end_time": end,
            "place": f"https://meet.example.org/4de-pijler-{index}" if online else rng.choice(_PLACES),
            "capacity": rng.choice((15, 20, 25, 30, 40, None)) if kind != "network-day" else rng.choice((80, 120)),
            "trainers": rng.choice(_TRAINERS) if kind != "network-day" else "",
            "officer_id": rng.choice(self.officer_ids) if self.officer_ids else None,
            "status": status, "notes": "", "created_at": created, "updated_at": created, "archived_at": None,
            "version": 1,
        }

    def registrations(self, event: dict[str, Any], contacts: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """About twenty people: contacts of the load (each once) and a walk-in or two."""
        rng = self.rng
        wanted = max(1, int(rng.gauss(20, 6)))
        people = rng.sample(list(contacts), min(wanted, len(contacts))) if contacts else []
        rows: list[dict[str, Any]] = []
        past = event["starts_on"] < self.today
        capacity = event["capacity"]
        taken = 0
        everyone: list[tuple[str, str] | None] = [*people, *([None] * rng.randint(0, 2))]
        for number, person in enumerate(everyone):
            registered_on = min(self.today, event["starts_on"] - dt.timedelta(days=rng.randint(1, 40)))
            if past:
                status = "attended" if rng.random() < 0.8 else rng.choice(("no-show", "cancelled"))
                if event["status"] == "cancelled":
                    status = "cancelled"
            elif capacity is not None and taken >= capacity:
                status = "waiting"
            else:
                status = "registered" if rng.random() < 0.93 else "cancelled"
            taken += status in ("registered", "attended", "no-show")
            created = self.moment(registered_on) + dt.timedelta(seconds=number)
            contact_id, initiative_id = person if person is not None else (None, None)
            walk_in = person is None
            first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
            rows.append({
                "id": self.new_id(), "event_id": event["id"], "contact_id": contact_id,
                "initiative_id": initiative_id, "name": f"{first} {last}" if walk_in else "",
                "email": f"{first}.{last}@example.org".lower().replace(" ", "") if walk_in else "",
                "status": status, "registered_on": registered_on, "created_at": min(created, self.now),
                "updated_at": min(created, self.now), "archived_at": None, "version": 1,
            })
        if not past and capacity is not None and taken >= capacity and event["status"] == "open":
            event["status"] = "full"
        return rows
