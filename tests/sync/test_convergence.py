"""Property: however packages travel, every copy ends the same and no edit silently vanishes.

Random edits, archives, restores and new initiatives on two or three copies (real SQLite files),
packages sent in random directions between the office and a field copy (field copies only
exchange with the office that enrolled them) and delivered at once, late, twice or never, then a
final exchange of every field copy with the office. Afterwards every copy holds the same records with the same values
and the same open conflicts, and every value someone typed is still the value shown, one of the
values of an open conflict, or a value someone saw and replaced.

``FOURTHPILLAR_SYNC_EXAMPLES`` raises the number of examples (default 12 per test).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from sync_helpers import checkout
from sync_helpers import open_conflicts
from sync_helpers import register_state
from sync_helpers import send

from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import NotFound
from fourthpillar.store.queries import ListQuery

EXAMPLES = int(os.environ.get("FOURTHPILLAR_SYNC_EXAMPLES", "12"))
FIELDS = ("name", "notes", "street", "municipality")
STATUSES = ("active", "dormant", "stopped")
COPIES = ("office", "field-1", "field-2")


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """An office copy with three initiatives and two field copies made from it, built once."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        office = open_desk(data_dir=root / "office")
        officers.sign_in(office, name="An Peeters", region="antwerpen")
        for number in range(3):
            initiatives.register_initiative(office, values={
                "name": f"Initiatief {number}", "postcode": "2000", "municipality": "Antwerpen"})
        for name in COPIES[1:]:
            checkout(office, root, name=name).close()
        office.close()
        yield root


def _live(desk: Desk, *, archived: bool = False) -> list[str]:
    rows = initiatives.list_initiatives(desk, query=ListQuery(include_archived=True, limit=1000)).rows
    return sorted(row.id for row in rows if row.archived == archived)


operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 20), st.sampled_from(FIELDS)),
    st.tuples(st.just("status"), st.integers(0, 2), st.integers(0, 20), st.sampled_from(STATUSES)),
    st.tuples(st.just("archive"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("create"), st.integers(0, 2)),
    st.tuples(st.just("request"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("answer"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2),
              st.sampled_from(("now", "now", "late", "twice", "never"))),
    st.tuples(st.just("deliver"), st.integers(0, 20)),
)


class World:
    """The copies of one example and what was typed into them."""

    def __init__(self, folder: Path, count: int) -> None:
        self.folder = folder
        self.desks = [open_desk(data_dir=folder / name) for name in COPIES[:count]]
        for desk, name in zip(self.desks, COPIES, strict=False):
            officers.sign_in(desk, name=name, region="antwerpen")
        self.pending: list[tuple[Path, Desk]] = []
        self.typed: list[tuple[str, str, Any]] = []
        self.replaced: set[tuple[str, str, Any]] = set()
        self.counter = 0

    def close(self) -> None:
        for desk in self.desks:
            desk.close()

    def run(self, step: tuple[Any, ...]) -> None:
        kind = step[0]
        if kind in ("send", "deliver"):
            self._travel(step)
            return
        desk = self.desks[step[1] % len(self.desks)]
        self.counter += 1
        if kind == "create":
            initiatives.register_initiative(desk, values={
                "name": f"Nieuw {self.counter}", "postcode": "9000", "municipality": f"Gent {self.counter}"})
            return
        if kind in ("request", "answer"):
            self._request(desk, kind, step[2])
            return
        candidates = _live(desk, archived=kind == "restore")
        if not candidates:
            return
        record_id = candidates[step[2] % len(candidates)]
        try:
            if kind == "archive":
                initiatives.archive_initiative(desk, initiative_id=record_id)
            elif kind == "restore":
                initiatives.restore_initiative(desk, initiative_id=record_id)
            else:
                field, value = (step[3], f"{step[3]} {self.counter}") if kind == "edit" else ("status", step[3])
                before = getattr(initiatives.get_initiative(desk, initiative_id=record_id), field)
                initiatives.update_initiative(desk, initiative_id=record_id, changes={field: value})
                if kind == "edit":
                    self.typed.append((record_id, field, value))
                    self.replaced.add((record_id, field, before))
        except NotFound:
            pass

    def _request(self, desk: Desk, kind: str, pick: int) -> None:
        """Requests hang off initiatives (foreign keys): they must arrive after what they refer to."""
        if kind == "request":
            candidates = _live(desk)
            if candidates:
                requests.log_request(desk, initiative_id=candidates[pick % len(candidates)], values={
                    "channel": "phone", "question": f"Vraag {self.counter}"})
            return
        rows = requests.list_requests(desk, query=ListQuery(limit=1000)).rows
        if rows:
            request_id = sorted(row.id for row in rows)[pick % len(rows)]
            requests.update_request(desk, request_id=request_id, changes={
                "advice": f"Advies {self.counter}", "status": "answered"})

    def _travel(self, step: tuple[Any, ...]) -> None:
        if step[0] == "deliver":
            if self.pending:
                path, target = self.pending.pop(step[1] % len(self.pending))
                sync.apply_package(target, path=path)
            return
        source, target = self.desks[step[1] % len(self.desks)], self.desks[step[2] % len(self.desks)]
        if source is target or self.desks[0] not in (source, target):
            return  # field copies exchange only with the office that enrolled them
        path = send(source, target, self.folder)
        if step[3] in ("now", "twice"):
            sync.apply_package(target, path=path)
        if step[3] in ("late", "twice"):
            self.pending.append((path, target))

    def settle(self) -> None:
        """Late packages arrive, then every copy exchanges with every other, twice round."""
        while self.pending:
            path, target = self.pending.pop()
            sync.apply_package(target, path=path)
        office = self.desks[0]
        for _ in range(2):
            for field_copy in self.desks[1:]:
                sync.apply_package(office, path=send(field_copy, office, self.folder))
            for field_copy in self.desks[1:]:
                sync.apply_package(field_copy, path=send(office, field_copy, self.folder))


def _check(world: World) -> None:
    states = [register_state(desk) for desk in world.desks]
    for state in states[1:]:
        assert state == states[0]
    conflict_sets = [open_conflicts(desk) for desk in world.desks]
    for conflicts in conflict_sets[1:]:
        assert conflicts == conflict_sets[0]
    office = world.desks[0]
    in_conflict: dict[tuple[str, str | None], set[Any]] = {}
    for conflict in sync.list_conflicts(office):
        in_conflict.setdefault((conflict.entity_id, conflict.field), set()).update(conflict.values)
    for record_id, field, value in world.typed:
        shown = states[0][f"initiative:{record_id}"][field]
        assert (shown == value or value in in_conflict.get((record_id, field), set())
                or (record_id, field, value) in world.replaced), (record_id, field, value)


def _explore(template: Path, count: int, steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name in COPIES[:count]:
            shutil.copytree(template / name, root / name)
        world = World(root, count)
        try:
            for step in steps:
                world.run(step)
            world.settle()
            _check(world)
        finally:
            world.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(operation, min_size=4, max_size=16))
def test_two_copies_converge(template: Path, steps: list[tuple[Any, ...]]) -> None:
    """Office and one laptop, any history of edits and deliveries: they end identical."""
    _explore(template, 2, steps)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(operation, min_size=4, max_size=20))
def test_three_copies_converge(template: Path, steps: list[tuple[Any, ...]]) -> None:
    """Office and two laptops exchanging in any direction: they end identical."""
    _explore(template, 3, steps)
