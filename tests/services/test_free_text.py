"""Finding people's names in free text (services.free_text): a retention clean-up looks for tens
of thousands of names at once, and must redact exactly what one person's erasure redacts."""

from __future__ import annotations

import importlib

from sqlalchemy import select

from fourthpillar.services import initiatives
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import holding
from fourthpillar.services.erasure import redact
from fourthpillar.services.erasure import scrub_history
from fourthpillar.services.free_text import NEEDLES_PER_STATEMENT
from fourthpillar.services.free_text import Needles
from fourthpillar.services.free_text import folded
from fourthpillar.services.free_text import pattern
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative

#: Needles that must be found as whole words, whatever their case.
_NAMES = ["Jan Peeters", "jan.peeters@example.be", "Jan", "Zoë Walkin", "İlayda Yılmaz", "Σοφία Παπαδοπούλου",
          "ſabine", "+32 475 12 34 56", "O'Brien", "van den Broeck", "Ødegård"]
_TEXTS = [
    "Jan kwam in januari; Jan Peetersen niet, maar JAN PEETERS wel (jan.peeters@example.be).",
    "zoë walkin en ZOË WALKIN, niet Zoë Walkins of AZoë Walkin.", "ilayda yilmaz belde; İLAYDA YILMAZ ook.",
    "ΣΟΦΊΑ ΠΑΠΑΔΟΠΟΎΛΟΥ en σοφία παπαδοπούλου", "Sabine en SABINE en sabinekes",
    "bel +32 475 12 34 56 of +32 475 12 34 567", "o'brien, O'BRIEN", "Van Den Broeck, ødegård, ØDEGÅRD",
    "", "niemand", "Walk-in 12, Walk-in 120 en walk.in12@example.be",
]


def _many() -> list[str]:
    """The names above among more than one statement takes, longest first as an erasure orders them."""
    found = {*_NAMES, *(f"Walk-in {number}" for number in range(NEEDLES_PER_STATEMENT)),
             *(f"walk.in{number}@example.be" for number in range(NEEDLES_PER_STATEMENT))}
    return sorted(found, key=lambda value: (-len(value), value))


def test_many_names_are_redacted_exactly_as_a_few_are() -> None:
    """Else a retention clean-up redacts otherwise than a single erasure: "Jan" turning "januari"
    into "[…]uari", a name left in a text because it was typed in capitals or with accents."""
    needles = _many()
    many, one = Needles(needles), pattern(needles)
    assert not many.few
    for text in _TEXTS:
        assert many.sub("[…]", text) == one.sub("[…]", text), text
        assert many.search(text) == (one.search(text) is not None), text
    assert many.sub("[…]", _TEXTS[0]) == "[…] kwam in januari; […] Peetersen niet, maar […] wel ([…])."


def test_a_name_is_looked_for_under_every_spelling_python_takes_for_it() -> None:
    """Else a text holding a name in a spelling ``re.IGNORECASE`` matches (a long s, a Turkish
    dotted capital I, a Greek final sigma) was passed over by a retention clean-up."""
    # The spellings re takes for one another, as its compiler knows them.
    lower = importlib.import_module("_sre").unicode_tolower
    extra = importlib.import_module("re._casefix")._EXTRA_CASES
    classes: dict[int, list[str]] = {}
    for code in range(0x110000):
        low = lower(code)
        classes.setdefault(min([low, *extra.get(low, ())]), []).append(chr(code))
    apart = [letters for letters in classes.values() if len({folded(letter) for letter in letters}) > 1]
    assert apart == []


def _redacted_register(desk: Desk, needles: list[str]) -> tuple[set[tuple[str, str, str]], dict[str, str], list[str]]:
    """What an erasure looking for *needles* finds and redacts in this register: the fields
    found, the records' texts and the history's values afterwards (rolled back, so the
    register stays as it was for the next look)."""
    session = desk.database.sessions()
    try:
        found = {(ENTITY_NAMES[type(record)], record.id, field) for record, field in holding(session, needles)}
        redact(session, ChangeWriter(session, desk), needles)
        session.flush()
        scrub_history(session, needles)
        session.flush()
        texts = {record.id: str(record.notes) for record in session.scalars(select(Initiative))}
        history = sorted(f"{old} {new}" for old, new in session.execute(
            select(Change.old_value, Change.new_value)))
        return found, texts, history
    finally:
        session.rollback()
        session.close()


def test_a_large_erasure_finds_and_redacts_what_a_small_one_does_in_a_real_register(desk: Desk) -> None:
    """A retention clean-up reads each table once and searches each text once (its large path);
    else it redacted otherwise than one person's erasure: a name left in a note or in the
    history, or "januari" turned into "[…]uari"."""
    first = initiatives.register_initiative(desk, values={
        "name": "Fietsherstelplaats", "notes": "Jan Peeters kwam in januari; bel JAN.PEETERS@EXAMPLE.BE."}).id
    initiatives.update_initiative(desk, initiative_id=first, changes={"notes": "Zoë Walkin belde voor jan peeters."})
    initiatives.register_initiative(desk, values={"name": "Repair café", "notes": "Niemand kwam in januari."})
    few = ["jan.peeters@example.be", "Jan Peeters", "Zoë Walkin"]
    filler = [f"Walk-in {number}" for number in range(NEEDLES_PER_STATEMENT)]
    many = sorted([*few, *filler], key=lambda value: (-len(value), value))
    assert not Needles(many).few
    small, large = _redacted_register(desk, few), _redacted_register(desk, many)
    assert large == small
    found, texts, history = large
    assert found == {("initiative", first, "notes")}
    assert texts[first] == "[…] belde voor […]." and "Niemand kwam in januari." in texts.values()
    assert not any(name in value.casefold() for value in history for name in ("jan peeters", "jan.peeters", "walkin"))
    assert any("[…] kwam in januari; bel […]." in value for value in history)
