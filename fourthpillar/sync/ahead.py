"""Reading a first package ahead of the checkout that writes it, on the second core.

Opening a first package's body (reading the file, authenticating and decrypting each part,
hashing it, decompressing it) is work the C libraries do without Python's lock, as SQLite
does while it inserts rows and builds indexes: done in a thread of its own, it takes no time
from the checkout. Parsing the lines and converting their values need the lock, and a thread
doing them beside the inserts would make the inserts wait for it; they go to a thread of their
own only while the checkout builds a table's indexes, which needs no lock (:class:`TakenAhead`).

Nothing changes in what is checked or in which order: each part is still authenticated before
it is decompressed, and the caller gets the pieces in the file's order, or the refusal raised
while reading them, at the place in the stream where it was found.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic
from typing import TypeVar

from fourthpillar.jobs import beside

Item = TypeVar("Item")

#: How long the reading thread waits at a full queue before it looks whether it was told to stop.
_POLL_SECONDS = 0.05
#: Python's switch interval while :class:`TakenAhead` takes items ahead.
_SWITCH_SECONDS = 0.0005


@contextmanager
def read_ahead(items: Iterator[Item], *, depth: int) -> Iterator[Iterator[Item]]:
    """*items*, produced in a thread of their own at most *depth* ahead of the caller (so at
    most that many are held in memory beside the one in use).

    The thread runs *items* to the end or to its first exception, which the caller's iteration
    raises where it occurred. Leaving the block (also half-way, on an error) stops the thread
    and waits for it, and closes *items* there: nothing reads the file after the block."""
    handoff: queue.Queue[tuple[bool, Item | BaseException | None]] = queue.Queue(maxsize=depth)
    def hand(entry: tuple[bool, Item | BaseException | None], stop: threading.Event) -> bool:
        while not stop.is_set():
            try:
                handoff.put(entry, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce(stop: threading.Event) -> None:
        try:
            for item in items:
                if not hand((True, item), stop):
                    return
            hand((False, None), stop)
        except BaseException as error:  # given to the caller, who raises it
            hand((False, error), stop)
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

    with beside(produce, "first package reader"):
        yield consume()


class TakenAhead(Generic[Item]):
    """*items* one by one, of which a thread of its own takes some ahead, but only while the
    caller is inside :meth:`meanwhile`: busy in a C library that lets go of Python's lock (SQLite
    building a table's indexes, seconds at a time). A first package's checkout parses and
    converts the next table's rows then, on the second core, instead of after the build.

    Outside :meth:`meanwhile` nothing runs beside the caller: two threads both needing the lock
    (parsing, and inserting row by row, which takes and drops it for each row) make each other
    wait. Nothing is taken twice or out of order, and an exception the thread meets is raised to
    the caller where it occurred in *items*. At most *limit* (by *weight*) is held ahead."""

    def __init__(self, items: Iterator[Item], *, weight: Callable[[Item], int], limit: int) -> None:
        self._items = items
        self._weight = weight
        self._limit = limit
        self._taken: deque[Item] = deque()
        self._held = 0
        self._end: BaseException | None = None  # StopIteration, or what taking the next raised

    def __iter__(self) -> TakenAhead[Item]:
        return self

    def __next__(self) -> Item:
        if self._taken:
            item = self._taken.popleft()
            self._held -= self._weight(item)
            return item
        if self._end is not None:
            end, self._end = self._end, None
            raise end
        return next(self._items)

    @contextmanager
    def meanwhile(self) -> Iterator[None]:
        """Take items ahead in a thread while the block runs; it stops (and is waited for) when
        the block ends, after the item it is taking."""

        def take(stop: threading.Event) -> None:
            while self._end is None and self._held < self._limit and not stop.is_set():
                try:
                    item = next(self._items)
                except BaseException as error:  # StopIteration included: raised in __next__'s turn
                    self._end = error
                    return
                self._taken.append(item)
                self._held += self._weight(item)

        interval = sys.getswitchinterval()
        # When the block's C call returns, the caller waits for the lock until the thread lets
        # go of it: after the switch interval (5 ms by default), for every statement of a build.
        sys.setswitchinterval(_SWITCH_SECONDS)
        try:
            with beside(take, "first package parser"):
                yield
        finally:
            sys.setswitchinterval(interval)
