"""Fixtures for the safety-net tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from safety_helpers import Register
from safety_helpers import fill

from fourthpillar.services.desk import Desk

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from fourthpillar.ui.jobs import JobRunner


@pytest.fixture
def register(desk: Desk) -> Register:
    """The desk filled with one initiative, a person (corrected once), a request and a follow-up."""
    return fill(desk)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    """A job runner for the Qt tests, waited for at the end (Qt is imported only by those tests)."""
    from fourthpillar.ui.jobs import JobRunner

    jobs = JobRunner()
    yield jobs
    jobs.wait()
