"""The lists' catalogue: each list's columns said once (label, SQL, sort, how shown, width,
export, command-line name), below the services so that the store's list queries take their
sort keys from it too. Qt-free: the window picks its cell formatting by :class:`Shows`.
"""

from __future__ import annotations

from fourthpillar.lists.catalogue import EVENTS
from fourthpillar.lists.catalogue import FOLLOW_UPS
from fourthpillar.lists.catalogue import INITIATIVES
from fourthpillar.lists.catalogue import LISTS
from fourthpillar.lists.catalogue import REGISTRATIONS
from fourthpillar.lists.catalogue import REQUESTS
from fourthpillar.lists.catalogue import list_named
from fourthpillar.lists.columns import ID_KEY
from fourthpillar.lists.columns import ListColumn
from fourthpillar.lists.columns import Reading
from fourthpillar.lists.columns import RecordList
from fourthpillar.lists.columns import Shows
from fourthpillar.lists.filters import honours

__all__ = ["EVENTS", "FOLLOW_UPS", "ID_KEY", "INITIATIVES", "LISTS", "REGISTRATIONS", "REQUESTS", "ListColumn",
           "Reading", "RecordList", "Shows", "honours", "list_named"]
