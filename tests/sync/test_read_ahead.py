"""Reading a first package ahead of the checkout (fourthpillar/sync/ahead.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from fourthpillar.sync import snapshot
from fourthpillar.sync.ahead import TakenAhead
from fourthpillar.sync.ahead import read_ahead
from fourthpillar.sync.package import PackageRefused


def _readers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "first package reader"]


def test_pieces_arrive_in_order_and_a_refusal_where_it_was_found() -> None:
    """The checkout gets the body's pieces in the file's order and the refusal found half-way
    after the pieces before it, never earlier or lost (else a damaged package would be taken
    for a shorter one, or good rows would be refused)."""
    def body() -> Iterator[int]:
        yield from range(50)
        raise PackageRefused("damaged after piece 49")

    seen: list[int] = []
    with pytest.raises(PackageRefused, match="after piece 49"), read_ahead(body(), depth=3) as pieces:
        for piece in pieces:
            seen.append(piece)
    assert seen == list(range(50))
    assert not _readers()


def test_a_checkout_that_stops_half_way_stops_reading_the_package() -> None:
    """When the checkout stops early (rows the database refuses), nothing goes on reading the
    package behind its back: the file would stay open (on Windows it could not be deleted)."""
    closed = threading.Event()
    started = threading.Event()

    def body() -> Iterator[int]:
        try:
            for number in range(1_000_000):
                started.set()
                yield number
        finally:
            closed.set()

    with pytest.raises(ValueError, match="refused"), read_ahead(body(), depth=2) as pieces:
        assert next(pieces) == 0
        started.wait(5)
        raise ValueError("rows refused")
    assert closed.is_set()
    assert not _readers()


def test_rows_taken_ahead_during_a_build_come_in_order_and_a_refusal_at_its_place() -> None:
    """While a table's indexes are built, the next rows are parsed by a thread: the checkout must
    still get every line once, in the package's order, and a refusal found ahead only after the
    lines before it (else rows would be lost, doubled or refused early)."""
    taken: list[int] = []

    def body() -> Iterator[int]:
        for number in range(20):
            taken.append(number)
            yield number
        raise PackageRefused("damaged after line 19")

    lines = TakenAhead(body(), weight=lambda _line: 1, limit=5)
    seen = [next(lines), next(lines)]
    with lines.meanwhile():
        deadline = time.monotonic() + 5
        while len(taken) < 7 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert len(taken) == 7  # five ahead of the two seen, no more
    with pytest.raises(PackageRefused, match="after line 19"):
        seen.extend(lines)
    assert seen == list(range(20))
    with lines.meanwhile():  # past the refusal: nothing more to take, the next block ends at once
        pass
    assert not [thread for thread in threading.enumerate() if thread.name == "first package parser"]


def test_nothing_is_taken_ahead_outside_a_build() -> None:
    """Rows are parsed ahead only while SQLite works without Python's lock: parsing beside the
    inserts would make them wait for the lock, and the checkout would be slower."""
    taken: list[int] = []

    def body() -> Iterator[int]:
        for number in range(10):
            taken.append(number)
            yield number

    lines = TakenAhead(body(), weight=lambda _line: 1, limit=100)
    assert next(lines) == 0
    time.sleep(0.05)
    assert taken == [0]
    with lines.meanwhile():
        pass
    assert list(lines) == list(range(1, 10))


def test_long_lines_are_held_ahead_by_their_length_not_as_one_row() -> None:
    """A forged first package of lines holding one row of 50 MB each: taken ahead by its count of
    rows, the read-ahead would hold every such line in memory beside the checkout (gigabytes: a
    field laptop runs out of memory); weighed by their length, it stops once it holds the limit."""
    line_size = 50 << 20
    taken: list[int] = []

    def body() -> Iterator[tuple[None, list[list[str]], int]]:
        for number in range(20):
            taken.append(number)
            yield None, [["x"]], line_size

    lines = TakenAhead(body(), weight=snapshot.weight, limit=snapshot.TAKEN_AHEAD_ROWS)
    with lines.meanwhile():
        deadline = time.monotonic() + 5
        while [thread for thread in threading.enumerate() if thread.name == "first package parser"] \
                and time.monotonic() < deadline:
            time.sleep(0.01)
    held = snapshot.TAKEN_AHEAD_ROWS * snapshot.TAKEN_AHEAD_ROW_BYTES
    assert len(taken) * line_size < held + line_size  # the limit, and the line that reached it
    assert len(list(lines)) == 20
