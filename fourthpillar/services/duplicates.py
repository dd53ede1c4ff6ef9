"""Finding initiatives that are one and the same, and remembering pairs that are not.

The scan reads the live initiatives and their contacts' e-mails and phones from the database a
block of rows at a time, and compares only initiatives that share a blocking key
(:mod:`fourthpillar.domain.likeness`). The thresholds live in the data folder's ``config.json``
(:data:`SCAN_KEY`, :data:`WARN_KEY`; the settings dialog edits them). "Not a duplicate" is stored
on both initiatives (``distinct_from``, migration 0008): logged, undoable and synced like any field.
Merging is in :mod:`fourthpillar.services.merge`.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain import likeness
from fourthpillar.domain.countries import country_name
from fourthpillar.domain.likeness import Candidate
from fourthpillar.domain.likeness import Likeness
from fourthpillar.domain.likeness import Reason
from fourthpillar.i18n import current_language
from fourthpillar.i18n import translator
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.tables import chunks

#: config.json keys: the lowest score the Duplicates page and ``initiatives duplicates`` list, and
#: the lowest the new-initiative editor and the import preview warn about.
SCAN_KEY, WARN_KEY = "duplicates_min_score", "duplicates_warn_score"
DEFAULT_SCAN, DEFAULT_WARN = 80, 80
#: Rows read from the database at a time.
BLOCK = 5000
#: How many pairs a scan returns at most (best first).
MOST_PAIRS = 2000


tr = translator("Duplicates")


def thresholds(config: Mapping[str, Any]) -> tuple[int, int]:
    """(scan, warn) minimum scores from *config*, each within 1..100."""
    def read(key: str, default: int) -> int:
        value = config.get(key, default)
        return min(100, max(1, value)) if isinstance(value, int) and not isinstance(value, bool) else default
    return read(SCAN_KEY, DEFAULT_SCAN), read(WARN_KEY, DEFAULT_WARN)


@dataclass(frozen=True)
class Side:
    """One initiative of a pair, as the list shows it."""

    id: str
    name: str
    postcode: str
    municipality: str
    enterprise_number: str | None


@dataclass(frozen=True)
class DuplicatePair(Likeness[Side]):
    """A likeness of two initiatives as the Duplicates page lists it: each side's name and place,
    and the reasons also in words."""

    reason_texts: tuple[str, ...]


def reason_text(reason: Reason) -> str:
    """One reason in the user's language."""
    texts = {
        "name": lambda: tr("names alike ({score})").format(score=reason.detail),
        "initials": lambda: tr("initials of the other's name"),
        "enterprise_number": lambda: tr("same enterprise number {number}").format(number=reason.detail),
        "other_number": lambda: tr("different enterprise numbers"),
        "place": lambda: tr("same place ({place})").format(place=reason.detail),
        "other_place": lambda: tr("different places"),
        "email": lambda: tr("shared e-mail {email}").format(email=reason.detail),
        "phone": lambda: tr("shared phone {phone}").format(phone=reason.detail),
        "country": lambda: tr("partner country {countries}").format(countries=", ".join(
            country_name(code, current_language()) for code in reason.detail.split(","))),
    }
    return texts[reason.code]() if reason.code in texts else reason.code


_COLUMNS = (Initiative.id, Initiative.name, Initiative.name_key, Initiative.postcode, Initiative.municipality,
            Initiative.enterprise_number, Initiative.partner_countries, Initiative.distinct_from)


def _candidate(row: Any) -> Candidate:
    return Candidate(id=row.id, name=row.name, postcode=row.postcode or "", municipality=row.municipality or "",
                     enterprise_number=row.enterprise_number, partner_countries=row.partner_countries or [],
                     distinct_from=row.distinct_from or [], name_key=row.name_key)


def _read_candidates(session: Session, condition: Any = None) -> dict[str, Candidate]:
    """Live initiatives (matching *condition*) with their contacts' e-mails and phones."""
    query = select(*_COLUMNS).where(Initiative.archived_at.is_(None))
    if condition is not None:
        query = query.where(condition)
    found: dict[str, Candidate] = {}
    for partition in session.execute(query.execution_options(yield_per=BLOCK)).partitions():
        for row in partition:
            found[row.id] = _candidate(row)
    contacts = select(ContactPerson.initiative_id, ContactPerson.email, ContactPerson.phone).where(
        ContactPerson.archived_at.is_(None), or_(ContactPerson.email != "", ContactPerson.phone != ""))
    if condition is not None:
        rows: Iterable[Any] = (row for chunk in chunks(found) for row in session.execute(
            contacts.where(ContactPerson.initiative_id.in_(chunk))))
    else:
        rows = session.execute(contacts.execution_options(yield_per=BLOCK))
    for initiative_id, email, phone in rows:
        candidate = found.get(initiative_id)
        if candidate is not None:
            candidate.add_contact(email or "", phone or "")
    return found


def _side(candidate: Candidate) -> Side:
    return Side(candidate.id, candidate.name, candidate.postcode, candidate.municipality, candidate.enterprise_number)


def _pairs(found: Mapping[str, Candidate], alike: list[Likeness[str]]) -> list[DuplicatePair]:
    return [DuplicatePair(_side(found[item.first]), _side(found[item.second]), item.score, item.reasons,
                          tuple(reason_text(reason) for reason in item.reasons)) for item in alike]


def find_duplicates(desk: Desk, *, min_score: int | None = None, limit: int = MOST_PAIRS) -> list[DuplicatePair]:
    """Pairs of live initiatives that look like one, best first (pairs kept apart left out)."""
    threshold = min_score if min_score is not None else thresholds(desk.config)[0]
    with desk.database.session() as session:
        found = _read_candidates(session)
    return _pairs(found, likeness.find_alike(found.values(), min_score=threshold)[:limit])


def _prefix_range(column: Any, prefix: str) -> Any:
    return (column >= prefix) & (column < prefix + "\uffff")


def similar_initiatives(desk: Desk, *, values: Mapping[str, Any], exclude_id: str | None = None,
                        min_score: int | None = None, limit: int = 5) -> list[DuplicatePair]:
    """Initiatives already in the register that look like *values* (a form being typed, an
    imported row), best first; ``first`` of each pair is the typed one (id "")."""
    threshold = min_score if min_score is not None else thresholds(desk.config)[1]
    typed = Candidate(id=exclude_id or "", name=str(values.get("name") or ""),
                      postcode=str(values.get("postcode") or ""), municipality=str(values.get("municipality") or ""),
                      enterprise_number=values.get("enterprise_number") or None,
                      partner_countries=list(values.get("partner_countries") or []))
    names = []
    if len(typed.comparable.replace(" ", "")) >= 3:
        # The stored key keeps legal words: look under the name's start and (word order) its next words'.
        names.append(_prefix_range(Initiative.name_key, typed.comparable[:3]))
        names += [_prefix_range(Initiative.name_key, word[:3]) for word in typed.comparable.split()[1:3]
                  if len(word) >= 4]
    conditions = []
    if names:
        name_alike = or_(*names)
        if threshold > 100 + likeness.OTHER_PLACE + likeness.SHARED_COUNTRY and (typed.postcode or typed.place):
            # In another place the best name cannot reach the threshold: read this place's (and placeless) ones.
            name_alike &= or_(Initiative.postcode == typed.postcode, Initiative.postcode == "",
                              Initiative.municipality == typed.municipality, Initiative.municipality == "")
        conditions.append(name_alike)
    if typed.enterprise_number:
        conditions.append(Initiative.enterprise_number == typed.enterprise_number)
    if not conditions:
        return []
    with desk.database.session() as session:
        found = _read_candidates(session, or_(*conditions))
    found.pop(typed.id, None)
    alike = likeness.alike_to(typed, found.values(), min_score=threshold)[:limit]
    found[typed.id] = typed
    return _pairs(found, alike)


def mark_not_duplicate(desk: Desk, *, first_id: str, second_id: str) -> str:
    """Remember that two initiatives are different ones (both sides, one undoable action);
    return the batch id."""
    if first_id == second_id:
        raise NotAllowed(tr("an initiative cannot be a duplicate of itself"))
    with desk.database.session() as session:
        first = load(session, Initiative, first_id)
        second = load(session, Initiative, second_id)
        writer = ChangeWriter(session, desk)
        for record, other in ((first, second), (second, first)):
            if other.id not in record.distinct_from:
                writer.update(record, {"distinct_from": [*record.distinct_from, other.id]})
        session.flush()
        return writer.batch_id
