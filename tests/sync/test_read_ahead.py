"""Reading a first package ahead of the checkout (fourthpillar/sync/ahead.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

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
