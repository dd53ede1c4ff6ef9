"""Recognising an initiative that is already in the register, or already earlier in the file.

Two rows are the same initiative when they carry the same enterprise number, or the same name
and municipality once case, spacing, accents and legal-form words ("vzw", "v.z.w.", "asbl",
"(in oprichting)") are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fourthpillar.domain.likeness import strip_legal_words
from fourthpillar.store.search import search_terms

#: What to do with a duplicate, chosen once for the whole file.
POLICIES = ("skip", "fill", "create")

def match_key(name: str, municipality: str) -> str:
    """The key under which two spellings of one initiative meet ('' when there is no name)."""
    words = strip_legal_words(search_terms(name or ""))
    if not words:
        return ""
    return " ".join(words) + "|" + _folded_place(municipality or "")


@lru_cache(maxsize=16384)
def _folded_place(municipality: str) -> str:
    return " ".join(search_terms(municipality))


@dataclass(frozen=True, slots=True)
class Known:
    """An initiative already in the register, as far as matching needs it."""

    id: str
    name: str
    municipality: str
    enterprise_number: str | None


@dataclass(frozen=True, slots=True)
class Match:
    """Where a row's initiative already is: in the register (``id``) or an earlier row (``row``)."""

    reason: str  # "enterprise_number" | "name_municipality"
    name: str
    municipality: str
    id: str | None = None
    row: int | None = None

    @property
    def in_register(self) -> bool:
        return self.id is not None


class DuplicateFinder:
    """Looks a row up against the register and against the rows of the file seen so far."""

    def __init__(self, known: Iterable[Known]) -> None:
        self._by_number: dict[str, Match] = {}
        self._by_key: dict[str, Match] = {}
        self._file_numbers: dict[str, Match] = {}
        self._file_keys: dict[str, Match] = {}
        for item in known:
            match_by_number = Match("enterprise_number", item.name, item.municipality, id=item.id)
            if item.enterprise_number:
                self._by_number.setdefault(item.enterprise_number, match_by_number)
            key = match_key(item.name, item.municipality)
            if key:
                self._by_key.setdefault(key, Match("name_municipality", item.name, item.municipality,
                                                   id=item.id))

    def find(self, values: dict[str, Any]) -> Match | None:
        number = values.get("enterprise_number")
        key = match_key(values.get("name", ""), values.get("municipality", ""))
        if number and number in self._by_number:
            return self._by_number[number]
        if key and key in self._by_key:
            return self._by_key[key]
        if number and number in self._file_numbers:
            return self._file_numbers[number]
        if key and key in self._file_keys:
            return self._file_keys[key]
        return None

    def number_in_register(self, number: str | None) -> Match | None:
        return self._by_number.get(number) if number else None

    def add_row(self, row: int, values: dict[str, Any]) -> None:
        """Remember a row that will be created, so later rows can match it."""
        name, municipality = values.get("name", ""), values.get("municipality", "")
        number = values.get("enterprise_number")
        if number:
            self._file_numbers.setdefault(number, Match("enterprise_number", name, municipality, row=row))
        key = match_key(name, municipality)
        if key:
            self._file_keys.setdefault(key, Match("name_municipality", name, municipality, row=row))
