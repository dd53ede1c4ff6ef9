"""Checking an id before a change: live, archived or unknown, for every kind of record.

The command line refuses an unknown or archived id with a clear line before it writes anything
(cli/records.py). If this failed, it would change an archived record, or print a traceback.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import records
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound


def test_an_id_is_live_archived_or_unknown(any_desk: Desk) -> None:
    initiative_id = initiatives.register_initiative(any_desk, values={"name": "Water voor Bukavu"}).id
    request_id = requests.log_request(any_desk, initiative_id=initiative_id, values={
        "received_on": dt.date(2026, 3, 2), "channel": "phone", "question": "Subsidies?"}).id
    follow_up_id = followups.plan_follow_up(any_desk, initiative_id=initiative_id, values={
        "action": "Bellen", "due_on": dt.date(2026, 4, 1)}).id
    for entity, record_id in (("initiative", initiative_id), ("request", request_id), ("follow_up", follow_up_id)):
        assert records.is_live(any_desk, entity=entity, record_id=record_id) is True
        with pytest.raises(NotFound, match=f"with id {record_id[:8]}x"):
            records.is_live(any_desk, entity=entity, record_id=record_id[:8] + "x")
    requests.archive_request(any_desk, request_id=request_id)
    assert records.is_live(any_desk, entity="request", record_id=request_id) is False
    initiatives.archive_initiative(any_desk, initiative_id=initiative_id)
    assert records.is_live(any_desk, entity="initiative", record_id=initiative_id) is False
    # An id far longer than any stored one is simply unknown, also on PostgreSQL (VARCHAR(36)).
    with pytest.raises(NotFound):
        records.is_live(any_desk, entity="initiative", record_id="x" * 300)
