"""Fixtures for the safety-net tests."""

from __future__ import annotations

import pytest
from safety_helpers import Register, fill

from fourthpillar.services.desk import Desk


@pytest.fixture
def register(desk: Desk) -> Register:
    """The desk filled with one initiative, a person (corrected once), a request and a follow-up."""
    return fill(desk)
