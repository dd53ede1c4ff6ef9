"""Reading a first package ahead of the checkout that writes it, on the second core.

Opening a first package's body (reading the file, authenticating and decrypting each part,
hashing it, decompressing it) is work the C libraries do without Python's lock, as SQLite
does while it inserts rows and builds indexes: done in a thread of its own, it takes no time
from the checkout. Only that work goes there: parsing the lines and converting their values
need the lock, and a thread doing them would make the inserts wait for it.

Nothing changes in what is checked or in which order: each part is still authenticated before
it is decompressed, and the caller gets the pieces in the file's order, or the refusal raised
while reading them, at the place in the stream where it was found.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")

#: How long the reading thread waits at a full queue before it looks whether it was told to stop.
_POLL_SECONDS = 0.05


@contextmanager
def read_ahead(items: Iterator[Item], *, depth: int) -> Iterator[Iterator[Item]]:
    """*items*, produced in a thread of their own at most *depth* ahead of the caller (so at
    most that many are held in memory beside the one in use).

    The thread runs *items* to the end or to its first exception, which the caller's iteration
    raises where it occurred. Leaving the block (also half-way, on an error) stops the thread
    and waits for it, and closes *items* there: nothing reads the file after the block."""
    handoff: queue.Queue[tuple[bool, Item | BaseException | None]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand(entry: tuple[bool, Item | BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                handoff.put(entry, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not hand((True, item)):
                    return
            hand((False, None))
        except BaseException as error:  # given to the caller, who raises it
            hand((False, error))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    def consume() -> Iterator[Item]:
        while True:
            more, item = handoff.get()
            if more:
                yield item  # type: ignore[misc]
            elif item is None:
                return
            else:
                assert isinstance(item, BaseException)
                raise item

    thread = threading.Thread(target=produce, name="first package reader", daemon=True)
    thread.start()
    try:
        yield consume()
    finally:
        stop.set()
        thread.join()
