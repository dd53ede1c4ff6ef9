"""The record editors: modal dialogs that save through :mod:`fourthpillar.services`.

Each is a QDialog; after ``exec()`` returns Accepted its ``saved`` attribute holds the
:class:`~fourthpillar.services.records.Saved` of the change (put ``saved.batch_id`` on the undo
stack). Give ``runner=`` the window's :class:`~fourthpillar.ui.jobs.JobRunner` to read the form
on its read pool and save on its writer, off the GUI thread (``operations.run_editor`` and the
record pages do); without one the form is read and a save written at once. Constructors (each
also takes ``runner=None``)::

    InitiativeEditor(desk, initiative_id=None, parent=None)          # None: register a new one
    ContactEditor(desk, initiative_id=..., contact_id=None, parent=None)
    RequestEditor(desk, request_id=None, initiative_id=None, parent=None)
    FollowUpEditor(desk, follow_up_id=None, initiative_id=None, request_id=None, parent=None)
    CompleteFollowUpDialog(desk, follow_up_id=..., parent=None)
    EventEditor(desk, event_id=None, parent=None)                    # None: plan a new one
    RegistrationDialog(desk, event_id=..., parent=None)              # a contact person or a walk-in

:class:`RequestEditor` lists the request's follow-ups and can plan or complete them; those are
separate actions, each reported by its ``follow_up_saved(object)`` signal with their Saved.
"""

from fourthpillar.ui.editors.contact import ContactEditor
from fourthpillar.ui.editors.event import EventEditor
from fourthpillar.ui.editors.follow_up import CompleteFollowUpDialog
from fourthpillar.ui.editors.follow_up import FollowUpEditor
from fourthpillar.ui.editors.initiative import InitiativeEditor
from fourthpillar.ui.editors.registration import RegistrationDialog
from fourthpillar.ui.editors.request import RequestEditor

__all__ = [
    "CompleteFollowUpDialog",
    "ContactEditor",
    "EventEditor",
    "FollowUpEditor",
    "InitiativeEditor",
    "RegistrationDialog",
    "RequestEditor",
]
