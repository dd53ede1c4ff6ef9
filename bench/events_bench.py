"""Benchmark of the Events and Registrations lists (issue 18) on a large register.

The seeded register of ``bench/run.py`` (50,000 demonstration initiatives, cached in
``bench/results/cache``) holds one event per ten initiatives and about twenty registrations per
event: 5,000 events and 100,000 registrations. Measured, each against the lists' target (a page of
200 plus its count within 100 ms; searching p95 within 50 ms):

- the events list sorted by each sortable column, both ways; search-as-you-type over it;
- the registrations list sorted by each sortable column, both ways; search-as-you-type by name;
- one event's registrations (the event page's list) and ``get_event`` (the event page), p95;
- the dashboard's next events.

Usage: ``python bench/events_bench.py [--initiatives N] [--explain]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from figures import SEARCH_P95_TARGET_MS  # noqa: E402
from figures import SORT_TARGET_MS  # noqa: E402
from figures import Figure  # noqa: E402
from figures import format_table  # noqa: E402
from figures import percentile  # noqa: E402
from figures import timed  # noqa: E402
from seeding import SEED  # noqa: E402
from seeding import prepare_register  # noqa: E402

#: Typed into the events list's and the registrations list's search boxes, a letter at a time.
EVENT_WORDS = ("Fondsenwerving", "Webinar", "Subsidies", "Netwerkdag", "Gent", "Infosessie", "vzw-wet")
PEOPLE_WORDS = ("Peeters", "Janssens", "Marie", "Mohamed", "Fatou", "Claes")


def _typed(words: tuple[str, ...]) -> list[str]:
    return [word[:length] for word in words for length in range(2, 7)]


def _sorts(desk: Any, name: str, call: Any, columns: Any, repeat: int = 3) -> list[Figure]:
    from fourthpillar.store.queries import ListQuery

    figures = []
    for column in (spec for spec in columns if spec.sortable):
        for descending in (False, True):
            query = ListQuery(sort=column.key, descending=descending)
            value = statistics.median(timed(call, desk, query=query) for _ in range(repeat))
            figures.append(Figure(f"sort {name} by {column.key} {'desc' if descending else 'asc'}", value, "ms",
                                  None, SORT_TARGET_MS, f"first page of 200 + count, median of {repeat}"))
    return figures


def _search(desk: Any, name: str, call: Any, words: tuple[str, ...]) -> list[Figure]:
    from fourthpillar.services.listing import SEARCH_COUNT_LIMIT
    from fourthpillar.store.queries import ListQuery

    typed = _typed(words)
    call(desk, query=ListQuery(search=typed[0]))  # warm the page cache once
    timings = [timed(call, desk, query=ListQuery(search=text, count_limit=SEARCH_COUNT_LIMIT)) for text in typed]
    slowest = max(range(len(typed)), key=timings.__getitem__)
    return [Figure(f"search-as-you-type {name} p95", percentile(timings, 0.95), "ms", None, SEARCH_P95_TARGET_MS,
                   f"{len(typed)} keystrokes; slowest '{typed[slowest]}' {timings[slowest]:.0f} ms")]


def measure(desk: Any, count: int = 50) -> list[Figure]:
    from fourthpillar.lists import EVENTS
    from fourthpillar.lists import REGISTRATIONS
    from fourthpillar.services import dashboard
    from fourthpillar.services import events
    from fourthpillar.services import registrations
    from fourthpillar.store.queries import ListQuery

    figures = _sorts(desk, "events", events.list_events, EVENTS.columns)
    figures += _search(desk, "events", events.list_events, EVENT_WORDS)
    figures += _sorts(desk, "registrations", registrations.list_registrations, REGISTRATIONS.columns)
    figures += _search(desk, "registrations", registrations.list_registrations, PEOPLE_WORDS)
    ids = [row.id for row in events.list_events(desk, query=ListQuery(limit=1000)).rows]
    chosen = random.Random(SEED).sample(ids, min(count, len(ids)))
    one_event = [timed(registrations.list_registrations, desk, query=ListQuery(event_id=event_id))
                 for event_id in chosen]
    pages = [timed(events.get_event, desk, event_id=event_id) for event_id in chosen]
    figures += [
        Figure("one event's registrations p95", percentile(one_event, 0.95), "ms", None, SORT_TARGET_MS,
               f"{len(chosen)} events, page + count"),
        Figure("open event page p95", percentile(pages, 0.95), "ms", None, None,
               f"get_event, {len(chosen)} events"),
        Figure("dashboard next events", timed(events.next_events, desk), "ms", None, None, "next 5 with fill"),
        Figure("whole dashboard", timed(dashboard.get_dashboard, desk), "ms", None, None, "with next events"),
    ]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--initiatives", type=int, default=50_000,
                        help="register size (default 50,000: 5,000 events, about 100,000 registrations)")
    parser.add_argument("--no-cache", action="store_true", help="seed afresh, ignoring a cached register")
    args = parser.parse_args(argv)
    from fourthpillar.services.desk import open_desk
    from fourthpillar.store.models import Event
    from fourthpillar.store.models import Registration

    with tempfile.TemporaryDirectory(prefix="fourthpillar-events-bench-") as temporary:
        data_dir, info = prepare_register(args.initiatives, Path(temporary), use_cache=not args.no_cache)
        desk = open_desk(data_dir=data_dir)
        try:
            with desk.database.session() as session:
                sizes = (session.query(Event).count(), session.query(Registration).count())
            figures = measure(desk)
        finally:
            desk.close()
    print(f"register: {info.get('initiatives'):,} initiatives, {sizes[0]:,} events, {sizes[1]:,} registrations")
    print(format_table(figures))
    failed = [figure.name for figure in figures if figure.passed is False]
    print(f"{len(failed)} target(s) missed" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
