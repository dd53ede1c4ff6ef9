"""An action written in several batches is undone as one: all its batches or none.

If this failed, Ctrl+Z on such an action could revert its later part, then stop on the earlier
one (an old value today's rules refuse), and leave the record half undone while the action
still sits on the undo stack; the next Ctrl+Z would revert the same part again.
"""

from __future__ import annotations

import pytest
from sqlalchemy import update

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import Change


def test_a_refused_batch_leaves_the_actions_other_batches_as_they_were(any_desk: Desk) -> None:
    saved = initiatives.register_initiative(any_desk, values={"name": "Water voor Kisangani", "notes": "eerste"})
    first = initiatives.update_initiative(any_desk, initiative_id=saved.id, changes={"founded_year": 2001},
                                          expected_version=saved.version)
    second = initiatives.update_initiative(any_desk, initiative_id=saved.id, changes={"notes": "tweede"},
                                           expected_version=first.version)
    with any_desk.database.session() as session:  # as an older copy's looser rule wrote it
        session.execute(update(Change).where(Change.batch_id == first.batch_id, Change.field == "founded_year")
                        .values(old_value="1700"))
    with pytest.raises(ValidationFailed, match="founded_year"):
        history.undo_action_batches(any_desk, batch_ids=[second.batch_id, first.batch_id])
    shown = initiatives.get_initiative(any_desk, initiative_id=saved.id)
    assert (shown.founded_year, shown.notes) == (2001, "tweede")  # the later batch is not undone alone
    undone = history.undo_action_batches(any_desk, batch_ids=[second.batch_id])
    assert len(undone) == 1
    assert initiatives.get_initiative(any_desk, initiative_id=saved.id).notes == "eerste"
