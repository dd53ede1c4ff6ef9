"""How alike two initiatives are: a score from 0 to 100 and the reasons for it.

The score starts from the names, compared without case, accents and legal-form words ("vzw",
"asbl", "feitelijke vereniging"), short forms spelt out ("v." is "van") and in any word order
(rapidfuzz). What else the records share moves it: the same enterprise number makes it certain
(100), two different numbers make it unlikely; the same postcode or municipality, a contact
e-mail or phone in common, a partner country in common raise it; two different places lower it.

A whole register is never compared pair by pair: each initiative gets a few blocking keys (its
name's first letters, its words' first letters in sorted order, its initials, its number, its
postcode, its contacts' e-mails and phones), and only initiatives sharing a key are compared
(big blocks in name order, a window at a time). The compared names are scored in bulk
(``rapidfuzz.process.extract``); only pairs whose names come close are scored in full.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from functools import lru_cache
from typing import Generic
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz import process

_LEGAL_WORDS = {"vzw", "ivzw", "asbl", "aisbl", "fv", "vw", "bv", "cv", "vof"}
_LEGAL_SEQUENCES = (("v", "z", "w"), ("i", "v", "z", "w"), ("a", "s", "b", "l"), ("in", "oprichting"),
                    ("feitelijke", "vereniging"), ("association", "de", "fait"), ("en", "formation"))
#: Short forms officers type, spelt out before names are compared.
ABBREVIATIONS = {"v": "van", "vd": "van de", "st": "sint", "ste": "sainte", "ver": "vereniging", "med": "medisch",
                 "wg": "werkgroep", "vl": "vlaanderen", "intl": "international", "ned": "nederland"}
#: Spellings of one sound (Dutch, French and English transcriptions of a partner town's name:
#: Bukavu, Boekavoe; Cotonou, Kotonou; Kinshasa, Kinchasa), folded before the names' differing words are compared.
_SOUNDS = (("sch", "s"), ("ch", "s"), ("sh", "s"), ("ph", "f"), ("ck", "k"), ("qu", "k"), ("c", "k"), ("oe", "u"),
           ("ou", "u"), ("ij", "i"), ("y", "i"), ("z", "s"), ("dt", "t"), ("w", "v"))


def sounds(text: str) -> str:
    """*text* with spellings of one sound made one (see :data:`_SOUNDS`)."""
    for spelling, sound in _SOUNDS:
        text = text.replace(spelling, sound)
    return text


#: Small words that say nothing of which initiative it is (left out of the sorted-words key).
_SMALL_WORDS = frozenset({"van", "voor", "met", "de", "het", "een", "en", "naar", "in", "op", "aan", "te",
                          "the", "of", "for", "and", "la", "le", "les", "des", "du", "pour", "et", "a"})

#: What each reason adds to (or takes from) the name's score.
SAME_PLACE, OTHER_PLACE = 8, -25
SHARED_CONTACT = 20
SHARED_COUNTRY, NO_SHARED_COUNTRY = 4, -5
OTHER_NUMBER = -40
#: Initials matching a one-word name ("BNC" for "Brug naar Cotonou").
INITIALS_SCORE = 85
#: Names compared in one go; a bigger block is compared in name order, windows of this size.
WINDOW = 48
#: An e-mail or phone shared by more initiatives than this is an umbrella's, not a sign.
COMMON_CONTACT = 12


_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """Words of *text* folded as the search index folds them (``store.search.search_terms``)."""
    if text.isascii():
        return _TOKEN.findall(text.lower())
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _TOKEN.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))


@lru_cache(maxsize=4096)
def folded_place(municipality: str) -> str:
    return " ".join(search_terms(municipality))


def strip_legal_words(words: list[str]) -> list[str]:
    """*words* without legal-form words at either end ("vzw", "v z w", "(in oprichting)")."""
    changed = True
    while changed and words:
        changed = False
        for sequence in _LEGAL_SEQUENCES:
            size = len(sequence)
            if tuple(words[-size:]) == sequence and len(words) > size:
                words = words[:-size]
                changed = True
            elif tuple(words[:size]) == sequence and len(words) > size:
                words = words[size:]
                changed = True
        if len(words) > 1 and words[-1] in _LEGAL_WORDS:
            words = words[:-1]
            changed = True
        if len(words) > 1 and words[0] in _LEGAL_WORDS:
            words = words[1:]
            changed = True
    return words


def comparable_name(name: str, *, folded: str | None = None) -> str:
    """The name as names are compared: folded, without legal-form words, short forms spelt out.
    *folded*: the name already folded (the stored ``name_key``), which saves folding it again."""
    words = strip_legal_words(folded.split() if folded is not None else search_terms(name or ""))
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0032"):
        digits = "0" + digits[4:]
    elif digits.startswith("32") and len(digits) >= 10:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 8 else ""


@dataclass
class Candidate:
    """An initiative as matching sees it."""

    id: str
    name: str
    postcode: str = ""
    municipality: str = ""
    enterprise_number: str | None = None
    partner_countries: Sequence[str] = ()
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    #: Initiatives a person said this one is not (``initiative.distinct_from``).
    distinct_from: Sequence[str] = ()
    #: The name as stored folded (``initiative.name_key``), when read from the register.
    name_key: str | None = None
    comparable: str = ""
    sorted_words: str = ""
    initials: str = ""
    place: str = ""

    def __post_init__(self) -> None:
        self.comparable = comparable_name(self.name, folded=self.name_key)
        words = self.comparable.split()
        self.sorted_words = " ".join(sorted(words))
        self.initials = "".join(word[0] for word in words) if len(words) >= 3 else ""
        self.place = folded_place(self.municipality or "")
        self.emails = {email.strip().casefold() for email in self.emails if email and "@" in email}
        self.phones = {digits for phone in self.phones if (digits := _digits(phone))}

    def add_contact(self, email: str, phone: str) -> None:
        if email and "@" in email:
            self.emails.add(email.strip().casefold())
        if digits := _digits(phone):
            self.phones.add(digits)

    def blocking_keys(self, *, by_place: bool = False) -> Iterator[str]:
        """Keys under which this initiative meets the ones it may be (see the module's text).

        *by_place*: names meet only within one postcode or municipality (when a pair in two places
        cannot reach the threshold anyway); one whose place is not fully known also gets the
        plain name key (``g:``), under which it meets every initiative of that name.
        """
        compact = self.comparable.replace(" ", "")
        names = []
        if len(compact) >= 3:
            names.append("p:" + compact[:3])
        informative = [word for word in self.sorted_words.split() if word not in _SMALL_WORDS]
        if informative and len(informative[0]) >= 3:
            names.append("s:" + informative[0][:3])
        if self.initials:
            names.append("a:" + self.initials)
        elif 2 <= len(compact) <= 6 and " " not in self.comparable:
            names.append("a:" + compact)
        if by_place:
            places = [place for place in (self.postcode, self.place) if place]
            for name in names:
                yield "g:" + name
                for place in places:
                    yield f"{name}@{place}"
        else:
            yield from names
            if self.postcode:  # names alike in other ways (and then in any place)
                yield "z:" + self.postcode
        if self.enterprise_number:
            yield "n:" + self.enterprise_number
        for email in self.emails:
            yield "e:" + email
        for phone in self.phones:
            yield "t:" + phone

    @property
    def placed(self) -> bool:
        return bool(self.postcode and self.place)


#: Why two initiatives look alike: a code and, for the name, its score.
@dataclass(frozen=True)
class Reason:
    code: str  # name | initials | enterprise_number | other_number | place | other_place | email | phone | country
    detail: str = ""


#: What a likeness pairs: an initiative's id here, more of it in a service's pair.
Side = TypeVar("Side")


@dataclass(frozen=True)
class Likeness(Generic[Side]):
    """Two initiatives that look alike, how much (0-100) and why."""

    first: Side
    second: Side
    score: int
    reasons: tuple[Reason, ...]


@lru_cache(maxsize=1 << 18)
def names_alike(first: str, second: str) -> tuple[float, bool]:
    """How alike two comparable names are (0-100), and whether by initials ("BNC")."""
    if not first or not second:
        return 0.0, False
    if first == second:
        return 100.0, False
    best = max(fuzz.ratio(first, second), fuzz.token_sort_ratio(first, second))
    words_a, words_b = first.split(), second.split()
    shared = set(words_a) & set(words_b)
    rest_a = " ".join(word for word in words_a if word not in shared)
    rest_b = " ".join(word for word in words_b if word not in shared)
    if rest_a and rest_b:
        # What tells the names apart is what they do not share: "Vrienden van Kigali" and
        # "Vrienden van Kigoma" are as alike as Kigali and Kigoma, not as their long common start.
        best = min(best, max(fuzz.ratio(rest_a, rest_b), fuzz.token_sort_ratio(rest_a, rest_b),
                             fuzz.token_sort_ratio(sounds(rest_a), sounds(rest_b))))
    elif min(len(words_a), len(words_b)) >= 2:
        best = 90.0  # one name holds the other plus a word or two ("… Gent"): nearly the same
    else:
        best = min(best, 60.0)  # "Brug" is not "Brug naar Cotonou"
    if best < INITIALS_SCORE:
        for short, long_words in ((first, words_b), (second, words_a)):
            if len(long_words) >= 3 and " " not in short and short == "".join(word[0] for word in long_words):
                return float(INITIALS_SCORE), True
    return best, False


def name_score(a: Candidate, b: Candidate) -> tuple[float, Reason | None]:
    """How alike the names are (0-100), and the reason to show."""
    if not a.comparable or not b.comparable:
        return 0.0, None
    pair = (a.comparable, b.comparable) if a.comparable <= b.comparable else (b.comparable, a.comparable)
    best, by_initials = names_alike(*pair)
    return best, Reason("initials") if by_initials else Reason("name", str(round(best)))


def _bonus_at_most(a: Candidate, b: Candidate) -> float:
    """The most the other signs can add to the names' score (cheap: sets only)."""
    shared_contact = bool(a.emails & b.emails or a.phones & b.phones)
    return SAME_PLACE + SHARED_COUNTRY + (SHARED_CONTACT if shared_contact else 0)


def score(a: Candidate, b: Candidate, *, at_least: int = 0) -> Likeness[str] | None:
    """The full likeness of two initiatives; None as soon as it cannot reach *at_least*."""
    reasons: list[Reason] = []
    certain = bool(a.enterprise_number and a.enterprise_number == b.enterprise_number)
    if certain:
        reasons.append(Reason("enterprise_number", a.enterprise_number or ""))
        base = 100.0
    else:
        base, name_reason = name_score(a, b)
        if base + _bonus_at_most(a, b) < at_least:
            return None
        if name_reason is not None:
            reasons.append(name_reason)
        if a.enterprise_number and b.enterprise_number:
            base += OTHER_NUMBER
            reasons.append(Reason("other_number"))
    if (a.postcode and a.postcode == b.postcode) or (a.place and a.place == b.place):
        base += SAME_PLACE
        reasons.append(Reason("place", b.municipality or b.postcode))
    elif (a.postcode and b.postcode) or (a.place and b.place):
        base += OTHER_PLACE
        reasons.append(Reason("other_place"))
    shared_emails = a.emails & b.emails
    shared_phones = a.phones & b.phones
    if shared_emails:
        reasons.append(Reason("email", sorted(shared_emails)[0]))
    if shared_phones:
        reasons.append(Reason("phone", sorted(shared_phones)[0]))
    if shared_emails or shared_phones:
        base += SHARED_CONTACT
    countries = sorted(set(a.partner_countries) & set(b.partner_countries))
    if countries:
        base += SHARED_COUNTRY
        reasons.append(Reason("country", ",".join(countries)))
    elif a.partner_countries and b.partner_countries:
        base += NO_SHARED_COUNTRY
    final = 100 if certain else max(0, min(100, round(base)))
    return Likeness(a.id, b.id, final, tuple(reasons)) if final >= at_least else None


def _window_pairs(members: list[Candidate]) -> Iterator[tuple[list[Candidate], list[Candidate]]]:
    """Groups to compare: a small block whole; a big one in windows of consecutive names, each
    window against itself and the next half window (so neighbours across a border meet)."""
    members.sort(key=lambda item: (item.comparable, item.id))
    if len(members) <= WINDOW:
        yield members, members
        return
    half = WINDOW // 2
    for start in range(0, len(members), half):
        yield members[start:start + half], members[start:start + WINDOW]


def _close_names(left: list[Candidate], right: list[Candidate], cutoff: float) -> Iterator[tuple[int, int]]:
    """Index pairs whose names (sorted words) score at least *cutoff*, each row in one C++ call."""
    choices = [item.sorted_words for item in right]
    for row, item in enumerate(left):
        for _choice, _score, column in process.extract(item.sorted_words, choices, scorer=fuzz.ratio,
                                                       score_cutoff=cutoff, limit=None):
            yield row, column


def find_alike(candidates: Iterable[Candidate], *, min_score: int) -> list[Likeness[str]]:
    """Pairs scoring at least *min_score*, best first (never two initiatives a person kept apart)."""
    # Two places cost more than the best name and a country give: then names meet by place.
    by_place = min_score > 100 + OTHER_PLACE + SHARED_COUNTRY
    blocks: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        for key in candidate.blocking_keys(by_place=by_place):
            blocks.setdefault(key, []).append(candidate)
    # A name must come this close for the place and a country to lift the pair to min_score (pairs
    # sharing an e-mail, a phone or a number meet in those keys' blocks, which are scored whole).
    cutoff = max(0, min_score - SAME_PLACE - SHARED_COUNTRY)
    seen: set[tuple[str, str]] = set()
    found: list[Likeness[str]] = []

    def consider(a: Candidate, b: Candidate) -> None:
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if a.id == b.id or pair in seen:
            return
        seen.add(pair)
        if b.id in a.distinct_from or a.id in b.distinct_from:
            return
        likeness = score(a, b, at_least=min_score)
        if likeness is not None:
            found.append(Likeness(pair[0], pair[1], likeness.score, likeness.reasons))

    for key, members in blocks.items():
        if len(members) < 2:
            continue
        kind = key[:2]
        if kind == "g:":  # only those whose place is not fully known meet the whole name block
            unplaced = [member for member in members if not member.placed]
            if key.startswith("g:a:"):
                for a in unplaced if len(members) <= 10 * WINDOW else ():
                    for b in members:
                        consider(a, b)
                continue
            for row, column in _close_names(unplaced, members, cutoff) if unplaced else ():
                consider(unplaced[row], members[column])
            continue
        if kind in ("n:", "a:") or (kind in ("e:", "t:") and len(members) <= COMMON_CONTACT):
            if len(members) <= WINDOW:  # these keys are signs in themselves: every pair is scored
                for index, a in enumerate(members):
                    for b in members[index + 1:]:
                        consider(a, b)
                continue
        elif kind in ("e:", "t:"):
            continue
        for left, right in _window_pairs(members):
            for row, column in _close_names(left, right, cutoff):
                consider(left[row], right[column])
    found.sort(key=lambda item: (-item.score, item.first, item.second))
    return found


def alike_to(candidate: Candidate, others: Iterable[Candidate], *, min_score: int) -> list[Likeness[str]]:
    """The initiatives among *others* that look like *candidate*, best first."""
    found = [likeness for other in others if other.id != candidate.id
             and candidate.id not in other.distinct_from and other.id not in candidate.distinct_from
             and (likeness := score(candidate, other, at_least=min_score)) is not None]
    found.sort(key=lambda item: (-item.score, item.second))
    return found


def alike_across(new: Sequence[Candidate], known: Iterable[Candidate], *, min_score: int) -> dict[str, Likeness[str]]:
    """For each of *new* (rows of a file) the best of *known* (the register) it looks like, by id of
    the new one; *new* are not compared with each other. Blocks as :func:`find_alike`, over *known*."""
    by_place = min_score > 100 + OTHER_PLACE + SHARED_COUNTRY
    blocks: dict[str, list[Candidate]] = {}
    for candidate in known:
        for key in candidate.blocking_keys(by_place=by_place):
            blocks.setdefault(key, []).append(candidate)
    for members in blocks.values():
        members.sort(key=lambda item: (item.comparable, item.id))
    cutoff = max(0, min_score - SAME_PLACE - SHARED_COUNTRY)
    best: dict[str, Likeness[str]] = {}
    for candidate in new:
        seen: set[str] = set()
        keys = list(candidate.blocking_keys(by_place=by_place))
        if by_place:  # one whose place is not fully known looks under the name alone (g:)
            keys = [key for key in keys if key[:2] in ("n:", "e:", "t:") or key.startswith("g:") != candidate.placed]
        for key in keys:
            members = blocks.get(key, [])
            if len(members) > WINDOW:  # a window of names around where this one would stand
                names = [item.comparable for item in members]
                middle = bisect.bisect_left(names, candidate.comparable)
                members = members[max(0, middle - WINDOW // 2):middle + WINDOW // 2]
            if key[:2] in ("n:", "a:", "e:", "t:"):
                chosen = members
            else:
                chosen = [members[column] for _row, column in _close_names([candidate], members, cutoff)]
            for other in chosen:
                if other.id in seen or other.id in candidate.distinct_from:
                    continue
                seen.add(other.id)
                likeness = score(candidate, other, at_least=min_score)
                if likeness is not None and (candidate.id not in best or likeness.score > best[candidate.id].score):
                    best[candidate.id] = likeness
    return best
