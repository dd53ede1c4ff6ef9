"""Which filters each list honours: one table, so a filter a list does not take is refused (the
command line's ``export xlsx list``) or not offered (its ``list`` commands), never silently ignored.

A filter is named by its field of ``store.queries.ListQuery``, whose list statements apply them
(tests/cli/test_list_filters.py holds this table against those statements). Every list also
takes a search, the archived records and a sort: they are not in the table.
"""

from __future__ import annotations

from collections.abc import Mapping

from fourthpillar.lists.catalogue import EVENTS
from fourthpillar.lists.catalogue import FOLLOW_UPS
from fourthpillar.lists.catalogue import INITIATIVES
from fourthpillar.lists.catalogue import REGISTRATIONS
from fourthpillar.lists.catalogue import REQUESTS
from fourthpillar.lists.columns import RecordList

#: The filters on the initiative a record is of (or on the initiative itself).
_INITIATIVE = ("province", "theme")
#: The filters requests and follow-ups share: whose work, for which initiative, due when.
_WORK = ("officer_id", "initiative_id", "due_from", "due_to")

#: List name -> the ``ListQuery`` filters it honours. The events list reads ``due_from`` and
#: ``due_to`` as the range of its start dates; only the follow-ups read ``open_only`` (the
#: requests' open ones are ``status="open"``).
FILTERS: Mapping[str, frozenset[str]] = {
    INITIATIVES.name: frozenset(("status", *_INITIATIVE)),
    REQUESTS.name: frozenset(("status", *_INITIATIVE, "topic", "channel", *_WORK)),
    FOLLOW_UPS.name: frozenset(("status", "open_only", *_INITIATIVE, "topic", *_WORK)),
    EVENTS.name: frozenset(("status", "kind", "topic", "officer_id", "due_from", "due_to")),
    REGISTRATIONS.name: frozenset(("status", "event_id", "initiative_id", *_INITIATIVE)),
}


def honours(listed: RecordList, field: str) -> bool:
    """Whether *listed* is narrowed by the ``ListQuery`` filter *field*."""
    return field in FILTERS[listed.name]
