"""What the event page reads besides :func:`fourthpillar.services.events.get_event`."""

from __future__ import annotations

from sqlalchemy import select

from fourthpillar.services.desk import Desk
from fourthpillar.store.models import Registration


def waiting_order(desk: Desk, *, event_id: str) -> list[str]:
    """The ids of an event's live registrations on the waiting list, the first to move up
    first: the order in which ``services.registrations.rebalance`` gives free places."""
    with desk.database.session() as session:
        return list(session.scalars(
            select(Registration.id).where(Registration.event_id == event_id, Registration.archived_at.is_(None),
                                          Registration.status == "waiting")
            .order_by(Registration.created_at, Registration.id)))
