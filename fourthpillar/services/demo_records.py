"""The demonstration's records as plain dicts, ready for :mod:`fourthpillar.services.demo`'s bulk
inserts: initiatives with their contact persons, advice requests and follow-ups, with weighted
choices and realistic dates (the names and places they are drawn from are in
:mod:`fourthpillar.services.demo_data`).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from itertools import accumulate
from typing import Any

from fourthpillar.domain.postcode import province_for_postcode
from fourthpillar.domain.vocab import CHANNELS
from fourthpillar.domain.vocab import THEMES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.services import demo_data as data
from fourthpillar.store.search import name_key

#: How far back requests go.
HISTORY_DAYS = 4 * 365


class _Weighted:
    """A weighted choice with precomputed cumulative weights (random.choices recomputes them)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[int]) -> None:
        self.items = items
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def ascii_only(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))


def enterprise_number_for(base: int) -> str:
    """The valid enterprise number (mod-97 check digits) whose first eight digits are *base*."""
    check = 97 - base % 97
    digits = f"{base:08d}{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


@dataclass
@dataclass
class Chunk:
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)


# How many requests / follow-ups an initiative has: 0..8, about 4 on average.
_PER_INITIATIVE = _Weighted(range(9), (2, 6, 12, 18, 22, 16, 12, 8, 4))
_LEGAL_FORMS = _Weighted(("vzw", "fv", "stichting", "ivzw", "other", None), (55, 30, 5, 4, 3, 3))
_STATUSES = _Weighted(("active", "dormant", "stopped"), (80, 13, 7))
_CHANNELS = _Weighted(("email", "phone", "orientation", "consultation-day", "event", "other"),
                      (40, 30, 10, 10, 6, 4))
_TOPICS = _Weighted(("legal-form", "fundraising", "subsidies", "governance", "partnership", "project-cycle",
                     "communication", "decolonisation", "finance-admin", "volunteers", "other"),
                    (12, 14, 16, 9, 10, 9, 7, 4, 9, 6, 4))
_LANGUAGES = _Weighted(("nl", "fr", "en"), (90, 6, 4))
_THEMES = [code for code in THEMES.codes if code != "other"]
_COVERED_PROVINCES = ("antwerpen", "limburg", "oost-vlaanderen", "west-vlaanderen", "vlaams-brabant", "brussel")

assert set(_CHANNELS.items) <= set(CHANNELS.codes)
assert set(_TOPICS.items) <= set(TOPICS.codes)


class RecordMaker:
    """Makes rows as plain dicts, ready for bulk INSERT. One instance per load."""

    def __init__(self, rng: random.Random, *, today: dt.date, now: dt.datetime, desk_officer_id: str | None,
                 taken_numbers: set[str]) -> None:
        self.rng = rng
        self.today = today
        self.now = now
        self.desk_officer_id = desk_officer_id
        self.officer_ids: list[str] = []
        self.by_region: dict[str, list[str]] = {}
        self.taken_numbers = taken_numbers
        self.places = _Weighted(data.MUNICIPALITIES, [weight for _, _, weight in data.MUNICIPALITIES])
        # The first initiatives of a load go round the provinces, and the first follow-ups
        # round the dashboard's groups, so even a small load shows every province and
        # something overdue, due today and due this week.
        self.places_first: list[_Weighted] = []
        for province in _COVERED_PROVINCES:
            places = [place for place in data.MUNICIPALITIES if province_for_postcode(place[0]) == province]
            self.places_first.append(_Weighted(places, [weight for _, _, weight in places]))
        self.follow_up_kinds_first = ["overdue", "today", "week", "done", "later"]
        self.countries = _Weighted(data.PARTNER_COUNTRIES, [weight for _, _, weight, _ in data.PARTNER_COUNTRIES])
        self.patterns = _Weighted([pattern for pattern, _ in data.NAME_PATTERNS],
                                  [weight for _, weight in data.NAME_PATTERNS])
        # Ids come from the system's randomness even when the content is seeded, so loading
        # the same seed twice adds records instead of colliding with the first load. They are
        # time-ordered (the UUIDv7 layout: milliseconds first, then random bits), so the primary
        # key indexes grow at one end instead of taking a million random inserts.
        self.ids = random.Random()
        self.id_time = int(now.timestamp() * 1000) << 80
        self.id_sequence = 0

    def use_officers(self, officers: list[tuple[str, str | None]]) -> None:
        """The officers requests are assigned to and follow-ups owned by: (id, region) pairs."""
        self.officer_ids = [officer_id for officer_id, _ in officers]
        for officer_id, region in officers:
            if region:
                self.by_region.setdefault(region, []).append(officer_id)

    # -- helpers ---------------------------------------------------------------------------

    def new_id(self) -> str:
        # 48 bits of milliseconds, version 7, a 26-bit sequence (keeps the ids of one load in
        # creation order), variant, 48 random bits.
        self.id_sequence += 1
        sequence = self.id_sequence
        value = (self.id_time | 0x7 << 76 | (sequence >> 14 & 0xFFF) << 64 | 0b10 << 62
                 | (sequence & 0x3FFF) << 48 | self.ids.getrandbits(48))
        return str(uuid.UUID(int=value))

    def moment(self, day: dt.date) -> dt.datetime:
        """A time during office hours on *day* (UTC), never later than now."""
        stamp = dt.datetime(day.year, day.month, day.day, self.rng.randint(7, 17), self.rng.randint(0, 59),
                            self.rng.randint(0, 59), tzinfo=dt.UTC)
        return min(stamp, self.now)

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def enterprise_number(self, founded: int) -> str:
        rng = self.rng
        while True:
            # Associations registered long ago have numbers from 0400 to 0899; since the 2010s
            # new numbers run on from 08 to 10 and beyond.
            if founded < 2012:
                first = rng.choice((4, 4, 4, 4, 4, 5, 5, 6, 7, 8))
            else:
                first = rng.choice((8, 8, 10, 10, 10))
            base = first * 1_000_000 + rng.randint(0, 999_999)
            number = enterprise_number_for(base)
            if number not in self.taken_numbers:
                self.taken_numbers.add(number)
                return number

    def officer_for(self, province: str | None, desk_share: float) -> str | None:
        rng = self.rng
        roll = rng.random()
        if self.desk_officer_id and roll < desk_share:
            return self.desk_officer_id
        regional = self.by_region.get(province or "")
        if regional and roll < 0.8:
            return rng.choice(regional)
        return rng.choice(self.officer_ids) if self.officer_ids else None

    # -- records ---------------------------------------------------------------------------

    def initiative(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """An initiative's row, and the context its requests and follow-ups draw from."""
        rng = self.rng
        places = self.places_first.pop(0) if self.places_first else self.places
        postcode, place, _ = places.pick(rng)
        province = province_for_postcode(postcode)
        country_count = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.83 else 3)
        countries: list[tuple[str, str, int, tuple[str, ...]]] = []
        while len(countries) < country_count:
            country = self.countries.pick(rng)
            if country not in countries:
                countries.append(country)
        town = rng.choice(countries[0][3])
        legal_form = _LEGAL_FORMS.pick(rng)
        name = self.patterns.pick(rng).format(town=town, place=place)
        if legal_form == "vzw" and rng.random() < 0.3:
            name += " vzw"
        elif rng.random() < 0.15 and "{place}" not in name:
            name += f" {place}"
        founded = min(self.today.year, int(rng.triangular(1965, self.today.year, 2005)))
        number = None
        if (legal_form in ("vzw", "stichting", "ivzw") and rng.random() < 0.95) or (
                legal_form == "other" and rng.random() < 0.3):
            number = self.enterprise_number(founded)
        registered = self.days_ago(30, 9 * 365)
        created = self.moment(registered)
        updated = self.moment(self.days_ago(0, (self.today - registered).days))
        notes = ""
        if rng.random() < 0.4:
            notes = rng.choice(data.NOTES).format(
                month=rng.choice(data.MONTHS), place=place, town=town,
                year=rng.randint(max(founded, self.today.year - 8), self.today.year))
        tags = rng.sample(data.TAGS, k=rng.choice((0, 0, 1, 1, 1, 2, 3)))
        row = {
            "id": self.new_id(),
            "name": name,
            "name_key": name_key(name),
            "legal_form": legal_form,
            "enterprise_number": number,
            "street": f"{rng.choice(data.STREETS)} {rng.randint(1, 240)}",
            "postcode": postcode,
            "municipality": place,
            "province": province,
            "partner_countries": [code for code, _, _, _ in countries],
            "themes": rng.sample(_THEMES, k=rng.choice((1, 1, 2, 2, 2, 3))),
            "founded_year": founded,
            "panel_member": rng.random() < 0.08,
            "status": _STATUSES.pick(rng),
            "tags": tags,
            "notes": notes,
            "created_at": created,
            "updated_at": max(created, updated),
            "archived_at": None,
            "version": 1,
        }
        context = {"place": place, "town": town, "country": countries[0][1], "province": province,
                   "founded": founded}
        return row, context

    def contact(self, initiative: dict[str, Any], province: str | None) -> dict[str, Any]:
        rng = self.rng
        first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        mailbox = ascii_only(f"{first}.{last}".lower().replace(" ", ""))
        if rng.random() < 0.3:
            mailbox = ascii_only((first[0] + last).lower().replace(" ", ""))
        email = f"{mailbox}@{rng.choice(data.MAIL_DOMAINS)}" if rng.random() < 0.92 else ""
        if rng.random() < 0.65:
            phone = f"04{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        elif rng.random() < 0.8:
            area = rng.choice(data.AREA_CODES.get(province or "", ("03",)))
            digits = f"{rng.randint(0, 9_999_999):07d}"[: 9 - len(area)]
            phone = f"{area} {digits[:-4]} {digits[-4:-2]} {digits[-2:]}"
        else:
            phone = ""
        language = "fr" if province in ("brussel", "outside") and rng.random() < 0.35 else _LANGUAGES.pick(rng)
        created = initiative["created_at"]
        consent = None
        if rng.random() < 0.85:
            consent = max(created.date(), self.days_ago(0, 5 * 365))
        return {
            "id": self.new_id(),
            "initiative_id": initiative["id"],
            "name": f"{first} {last}",
            "role": rng.choice(data.ROLES),
            "email": email,
            "phone": phone,
            "language": language,
            "consent_date": consent,
            "created_at": created,
            "updated_at": created,
            "archived_at": None,
            "version": 1,
        }

    def _fill(self, template: str, context: dict[str, Any]) -> str:
        rng = self.rng
        return template.format(
            town=context["town"], country=context["country"], place=context["place"],
            amount=rng.choice((2500, 5000, 7500, 10000, 15000, 25000)),
            years=rng.choice((5, 10, 12, 15, 20, 25)))

    def request(self, initiative: dict[str, Any], context: dict[str, Any],
                contacts: list[dict[str, Any]]) -> dict[str, Any]:
        rng = self.rng
        received = self.days_ago(0, HISTORY_DAYS)
        age = (self.today - received).days
        topics = [_TOPICS.pick(rng)]
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            topic = _TOPICS.pick(rng)
            if topic not in topics:
                topics.append(topic)
        main = topics[0]
        question = self._fill(rng.choice(data.QUESTIONS[main]), context)
        if age > 120:
            status = rng.choices(("closed", "answered", "waiting"), (70, 25, 5))[0]
        elif age > 30:
            status = rng.choices(("answered", "closed", "waiting", "in-progress"), (40, 30, 15, 15))[0]
        else:
            status = rng.choices(("new", "in-progress", "waiting", "answered"), (35, 35, 15, 15))[0]
        finished = status in ("answered", "closed")
        officer = None if status == "new" and rng.random() < 0.4 else self.officer_for(context["province"], 0.15)
        due = received + dt.timedelta(days=rng.choice((7, 14, 14, 21, 30))) if rng.random() < 0.7 else None
        answered = min(self.today, received + dt.timedelta(days=rng.randint(0, 21))) if finished else None
        advice = ""
        if finished or (status == "in-progress" and rng.random() < 0.3):
            advice = rng.choice(data.ADVICE[main])
        minutes = rng.choice((15, 20, 30, 30, 45, 60, 90, 120, 180, 240)) if finished else None
        created = self.moment(received)
        updated = self.moment(answered) if answered else created
        return {
            "id": self.new_id(),
            "initiative_id": initiative["id"],
            "contact_id": rng.choice(contacts)["id"] if contacts and rng.random() < 0.85 else None,
            "received_on": received,
            "channel": _CHANNELS.pick(rng),
            "topics": topics,
            "question": question,
            "status": status,
            "officer_id": officer,
            "due_on": due,
            "answered_on": answered,
            "advice": advice,
            "minutes_spent": minutes,
            "internal_note": rng.choice(data.INTERNAL_NOTES) if rng.random() < 0.2 else "",
            "created_at": created,
            "updated_at": max(created, updated),
            "archived_at": None,
            "version": 1,
        }

    def follow_up(self, initiative: dict[str, Any], context: dict[str, Any],
                  requests: list[dict[str, Any]]) -> dict[str, Any]:
        rng = self.rng
        today = self.today
        first = bool(self.follow_up_kinds_first)
        if first:
            kind = self.follow_up_kinds_first.pop(0)
        else:
            kind = rng.choices(("done", "overdue", "today", "week", "later"), (50, 12, 4, 8, 26))[0]
        done_on = None
        outcome = ""
        if kind == "done":
            due = self.days_ago(1, HISTORY_DAYS)
            done_on = min(today, max(due - dt.timedelta(days=7), due + dt.timedelta(days=rng.randint(-5, 10))))
            outcome = rng.choice(data.FOLLOW_UP_OUTCOMES)
        elif kind == "overdue":
            due = self.days_ago(1, 60)
        elif kind == "today":
            due = today
        elif kind == "week":
            due = today + dt.timedelta(days=rng.randint(1, 7))
        else:
            due = today + dt.timedelta(days=rng.randint(8, 120))
        request_id = None
        planned = min(due, today)
        if requests and rng.random() < 0.6:
            earlier = [request for request in requests if request["received_on"] <= planned]
            if earlier:
                request = rng.choice(earlier)
                request_id = request["id"]
                planned = request["received_on"]
        created = self.moment(max(planned - dt.timedelta(days=rng.randint(0, 30)), initiative["created_at"].date()))
        updated = self.moment(done_on) if done_on else created
        return {
            "id": self.new_id(),
            "initiative_id": initiative["id"],
            "request_id": request_id,
            "action": rng.choice(data.FOLLOW_UP_ACTIONS).format(place=context["place"], town=context["town"]),
            "due_on": due,
            "owner_id": self.desk_officer_id if first and self.desk_officer_id else self.officer_for(
                context["province"], 0.25),
            "done_on": done_on,
            "outcome": outcome,
            "created_at": created,
            "updated_at": max(created, updated),
            "archived_at": None,
            "version": 1,
        }

    def chunk(self, count: int) -> Chunk:
        rng = self.rng
        chunk = Chunk()
        for _ in range(count):
            initiative, context = self.initiative()
            chunk.initiatives.append(initiative)
            contacts = [self.contact(initiative, context["province"])
                        for _ in range(1 if rng.random() < 0.6 else 2)]
            chunk.contacts += contacts
            requests = [self.request(initiative, context, contacts) for _ in range(_PER_INITIATIVE.pick(rng))]
            chunk.requests += requests
            chunk.follow_ups += [self.follow_up(initiative, context, requests)
                                 for _ in range(_PER_INITIATIVE.pick(rng))]
        return chunk
