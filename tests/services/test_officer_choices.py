"""The officers a form offers: the live ones, and the one a record names even when archived.

If these fail, an editor shows a raw id where the officer in charge of a request should be
named, or offers a colleague who left for new work.
"""

from __future__ import annotations

from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import OfficerChoice
from fourthpillar.store.models import Officer
from fourthpillar.store.models import utc_now


def test_an_archived_officer_is_offered_only_to_the_record_that_names_them(any_desk: Desk) -> None:
    """Jan left: a form keeps him (named, marked archived) only for the record in his hands."""
    jan = officers.register_officer(any_desk, values={"name": "Jan Peeters"}).id
    bart = officers.register_officer(any_desk, values={"name": "Bart Claes"}).id
    with any_desk.database.session() as session:
        record = session.get(Officer, jan)
        assert record is not None
        record.archived_at = utc_now()
    an = any_desk.officer_id
    assert an is not None

    assert officers.officers_to_choose(any_desk) == [
        OfficerChoice(an, "An Peeters"), OfficerChoice(bart, "Bart Claes")]
    assert officers.officers_to_choose(any_desk, keeping=bart) == officers.officers_to_choose(any_desk)
    assert officers.officers_to_choose(any_desk, keeping=jan) == [
        OfficerChoice(an, "An Peeters"), OfficerChoice(bart, "Bart Claes"), OfficerChoice(jan, "Jan Peeters", True)]
