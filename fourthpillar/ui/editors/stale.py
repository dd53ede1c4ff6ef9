"""An editor's save refused because someone else saved the record meanwhile
(:class:`~fourthpillar.store.errors.StaleRecord`): merge both edits instead of overwriting or
throwing the officer's input away.

The stored record's changes join the form's (fields only they changed take their value), fields
both changed are settled in a :class:`~fourthpillar.ui.editors.merge_dialog.MergeDialog`, and the
form then stands on the stored version, with a hint under each field that came from the other
save. Nothing is saved here: the officer checks the form and saves again. The merge itself is
:mod:`fourthpillar.services.merging`.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import Date
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import merging
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.ui.editors.merge_dialog import ConflictRow
from fourthpillar.ui.editors.merge_dialog import MergeDialog
from fourthpillar.ui.editors.wording import describe
from fourthpillar.ui.editors.wording import editable
from fourthpillar.ui.editors.wording import field_label
from fourthpillar.ui.operations import run_read
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.ui.editors.base import EditorDialog
    from fourthpillar.ui.editors.base import StoredRecord


# The editors' shared context (see ``editors/base.py``).
tr = qt_translator("EditorDialog")


class StaleSave:
    """What one editor does when its save was refused as stale."""

    def __init__(self, editor: EditorDialog) -> None:
        # Weak: the editor holds this object, and a cycle between the two would leave an editor
        # without a parent to Python's cycle collector, which deletes it whenever it happens to
        # run -- even while Qt is still delivering an event to it (a crash). Without the cycle
        # the editor goes when its last reference does.
        self._editor = weakref.ref(editor)
        #: The fields showing "Changed meanwhile by ...".
        self._hinted: list[str] = []

    @property
    def editor(self) -> EditorDialog:
        editor = self._editor()
        assert editor is not None, "the editor owns its StaleSave"
        return editor

    def warn(self) -> None:
        """Nothing was saved and nothing could be merged: say so and offer to reload."""
        editor = self.editor
        editor.message_bar.show_message(
            tr("Someone else saved this %1 after you opened it, so your changes were not saved "
                    "(nothing was overwritten). Your input is still here: copy what you need, then "
                    "reload to see the current version.").replace("%1", editor.record_noun()),
            "warning", tr("Reload"), editor.reload)

    def merge(self, mine: dict[str, Any]) -> None:
        """Merge the stored record's changes into the form (*mine*: its values when saved),
        asking about fields both changed. The stored record is read on the editor's runner (at
        once without one); the form, Save and Esc wait for it."""
        editor = self.editor
        record_id = editor.record_id()
        if record_id is None or editor.loaded is None or editor.version is None or not editor.entity:
            self.warn()
            return
        desk, entity, since = editor.desk, editor.entity, editor.version
        focus = editor.focusWidget()  # where the officer was: back there once read

        def read(**_: Any) -> tuple[StoredRecord, list[merging.SavedMeanwhile], list[tuple[str, str]]]:
            # On the worker: the editor's read_stored and officer_choices read plain attributes only.
            # The officers too: the record may now name one the form does not offer (archived, new).
            stored = editor.read_stored()
            return stored, merging.who_saved_meanwhile(desk, entity=entity, record_id=record_id,
                                                       since_version=since), editor.officer_choices(stored)

        def waiting(wait: bool) -> None:  # (without a runner the read is done before this returns)
            editor.saving = wait
            editor.wait_for_read(wait, focus)

        def refused(error: KnownError | ValidationFailed) -> None:
            waiting(False)
            if isinstance(error, NotFound):
                editor.message_bar.show_message(
                    tr("Not saved: %1. It may have been archived meanwhile.").replace("%1", str(error)), "error")
            else:
                self.warn()

        def read_back(found: tuple[StoredRecord, list[merging.SavedMeanwhile], list[tuple[str, str]]]) -> None:
            waiting(False)
            theirs, saves, officers_offered = found
            editor.offer_officers(officers_offered)
            self._merge(mine, theirs, saves)

        waiting(True)
        run_read(editor.runner, read, busy=editor, on_done=read_back, on_refused=refused)

    def _merge(self, mine: dict[str, Any], theirs: StoredRecord, saves: list[merging.SavedMeanwhile]) -> None:
        editor = self.editor
        assert editor.loaded is not None
        merged = merging.merge_edits(base=editor.loaded, mine=mine, theirs=theirs.values, entity=editor.entity)
        if not merged.conflicts:
            self.apply(merged.values, theirs, saves, merged.taken_from_theirs)
            return
        rows = [ConflictRow(
            conflict.field, field_label(editor, conflict.field), describe(editor, conflict.field, conflict.base),
            describe(editor, conflict.field, conflict.theirs), describe(editor, conflict.field, conflict.mine),
            editable(editor, conflict.field)) for conflict in merged.conflicts]
        dialog = MergeDialog(rows, theirs_name=self._who(saves), record_noun=editor.record_noun(), parent=editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result, merged, theirs, saves))
        editor.merge_dialog = dialog
        editor.open_merge_dialog(dialog)

    def _dialog_finished(self, dialog: MergeDialog, result: int, merged: merging.MergedEdits,
                         theirs: StoredRecord, saves: list[merging.SavedMeanwhile]) -> None:
        self.editor.merge_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.warn()
            return
        values = dict(merged.values)
        taken = list(merged.taken_from_theirs)
        for conflict in merged.conflicts:
            if dialog.takes_theirs(conflict.field):
                values[conflict.field] = conflict.theirs
                taken.append(conflict.field)
            else:
                typed = dialog.my_text(conflict.field)
                values[conflict.field] = conflict.mine if typed is None else typed
        self.apply(values, theirs, saves, taken)

    def apply(self, values: Mapping[str, Any], theirs: StoredRecord,
              saves: list[merging.SavedMeanwhile], taken: list[str]) -> None:
        """Show *values* (merged) over the record as stored now, whose version the next save
        checks against; the form counts as changed where it differs from what is stored."""
        editor = self.editor
        editor.version = theirs.version
        editor.loaded = dict(theirs.values)
        self.clear_hints()
        editor.show_stored(theirs)
        editor.mark_clean()
        editor.fill({name: self._writable(name, value) for name, value in values.items()})
        who = self._who(saves)
        hint = (tr("Changed meanwhile in another window") if self._own(saves)
                else tr("Changed meanwhile by %1").replace("%1", who))
        for name in taken:
            if name in editor.slots:
                editor.slots[name].show_hint(hint)
                self._hinted.append(name)
        when = self._when(saves)
        if editor.is_dirty():
            text = tr("%1 saved this %2 %3, after you opened it. Their changes are now in the form "
                           "together with yours; nothing is saved yet. Check the form, then Save again.")
        else:
            text = tr("%1 saved this %2 %3, after you opened it. The form now shows their version, "
                           "which already has every change you made; nothing needs saving.")
        editor.message_bar.show_message(
            text.replace("%1", who).replace("%2", editor.record_noun()).replace("%3", when), "warning",
            tr("Reload"), editor.reload)

    def clear_hints(self) -> None:
        """Take away the "Changed meanwhile" hints (the form is reloaded or merged again)."""
        for name in self._hinted:
            if name in self.editor.slots:
                self.editor.slots[name].show_hint("")
        self._hinted = []

    def _writable(self, name: str, value: Any) -> Any:
        """*value* as the field's writer takes it: a date field's writer wants a date, not the
        text read from the form (a save that got this far had valid dates)."""
        entity = self.editor.entity
        rule = FIELD_RULES.get(entity, {}).get(name)
        if isinstance(rule, Date) and isinstance(value, str):
            typed = merging.comparable(entity, name, value)
            return typed if isinstance(typed, dt.date) or typed is None else value
        return value

    def _own(self, saves: list[merging.SavedMeanwhile]) -> bool:
        """Whether every save meanwhile was this officer's own (another window, another desk)."""
        return bool(saves) and all(save.officer_id == self.editor.desk.officer_id for save in saves)

    def _who(self, saves: list[merging.SavedMeanwhile]) -> str:
        if self._own(saves):
            return tr("You (in another window)")
        names = list(dict.fromkeys(save.officer_name for save in saves if save.officer_name))
        return ", ".join(names) if names else tr("Someone else")

    def _when(self, saves: list[merging.SavedMeanwhile]) -> str:
        if not saves:
            return tr("meanwhile")
        moment = saves[0].saved_at
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        local = moment.astimezone()
        if local.date() == clock.local_now().date():  # a moment, compared with the present one
            return tr("at %1").replace("%1", f"{local:%H:%M}")
        return tr("on %1").replace("%1", i18n.format_datetime(local))
