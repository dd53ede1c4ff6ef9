"""A person's data, from a contact's menu or a walk-in's registration: export it, erase it, and
prune the backups that still hold it, as Qt widgets.

- ``export_person_data(window, desk, runner, person)`` ("Export personal data");
- ``erase_person_data(window, desk, runner, person, on_erased=refresh)`` ("Erase personal
  data"): asks, naming every text the erasure will redact, then offers to delete the backups
  made before it (:func:`prune_backups_made_before`, which sync uses too);
- ``forget_past_registrations(window, desk, runner, past)``: the retention clean-up of old
  registrations (archive them, erase the walk-ins), with a progress dialog that can cancel it,
  then the same offer to delete the backups that still hold the walk-ins.

A :class:`Person` is a contact person (the initiative page) or a walk-in, known by their
registration (the event page). The erasure itself is :mod:`fourthpillar.services.privacy` (a
walk-in's, :mod:`fourthpillar.services.walk_ins`); it runs through
:func:`~fourthpillar.ui.operations.run_write`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import field_label
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.services import backups
from fourthpillar.services import privacy
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import ErasureResult
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import entity_label
from fourthpillar.ui.jobs import Job
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_read
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator

# The texts keep the context they were translated under when they lived in ui/backups.py.
tr = qt_translator("Backups")



@dataclass(frozen=True)
class Person:
    """Whose data is exported or erased: a contact person (by their id) or a walk-in (by the id
    of their registration, the only place a walk-in is held)."""

    id: str
    name: str
    walk_in: bool = False


def export_person_data(parent: QWidget, desk: Desk, runner: JobRunner, person: Person) -> None:
    """Ask for a folder and write the person's JSON and PDF there ("Export personal data")."""
    folder = QFileDialog.getExistingDirectory(parent, tr("Folder for the person's data"), str(Path.home()))
    if not folder:
        return

    def work(**_: Any) -> privacy.PersonExport:
        if person.walk_in:
            return privacy.export_walk_in(desk, registration_id=person.id, out_dir=Path(folder))
        return privacy.export_person(desk, contact_id=person.id, out_dir=Path(folder))

    def done(result: privacy.PersonExport) -> None:
        QMessageBox.information(parent, tr("Personal data exported"),
                                tr("Written:\n%1\n%2").replace("%1", str(result.pdf_path))
                                .replace("%2", str(result.json_path)))

    runner.run(work, on_success=done, on_failure=lambda error: _warn(parent, error),
               progress_label=tr("Exporting personal data"), parent_widget=parent)


def erase_person_data(parent: QWidget, desk: Desk, runner: JobRunner, person: Person,
                      on_erased: Callable[[ErasureResult], None] | None = None) -> None:
    """Confirm, erase the person, then offer to prune older backups ("Erase personal data").

    A contact person stays as "[erased]" so counts are kept; a walk-in's registration stays, so
    attendance counts do. *on_erased* runs after the erasure (refresh the views showing them).
    What the erasure touches is read first, in the background (the question names it); the
    *parent* shows it is busy meanwhile, and asking again for the same person waits for it.
    """
    if person.id in _planning:
        return
    _planning.add(person.id)

    def plan(**_: Any) -> list[privacy.Mention]:
        if person.walk_in:
            return walk_ins.plan_walk_in_erasure(desk, registration_ids=[person.id])
        return privacy.plan_erasure(desk, contact_ids=[person.id]).redactions

    def planned(redactions: list[privacy.Mention]) -> None:
        _planning.discard(person.id)
        if _confirm_erasure(parent, _erasure_question(person), redactions):
            _erase(parent, desk, runner, person, on_erased)

    def refused(error: BaseException) -> None:
        _planning.discard(person.id)
        _warn(parent, error)

    job = run_read(runner, plan, busy=parent, on_done=planned, on_refused=refused)
    if job is not None:
        job.finished.connect(lambda: _planning.discard(person.id))  # also when *parent* went meanwhile


#: The people whose erasure is being planned (read before asking): a second ask waits for it.
_planning: set[str] = set()


def _erase(parent: QWidget, desk: Desk, runner: JobRunner, person: Person,
           on_erased: Callable[[ErasureResult], None] | None) -> None:
    """The erasure itself, on the writer, once the officer said yes."""

    def work(**_: Any) -> ErasureResult:
        if person.walk_in:
            return walk_ins.erase_walk_ins(desk, registration_ids=[person.id])
        return privacy.erase_person(desk, contact_id=person.id)

    def done(erasure: ErasureResult) -> None:
        if on_erased is not None:
            on_erased(erasure)
        _erased(parent, desk, runner, erasure.redacted, erasure.backups_before, erasure.erased_at)

    run_write(runner, work, on_done=done, on_refused=lambda error: _warn(parent, error),
              progress_label=tr("Erasing personal data"), parent=parent)


def _erasure_question(person: Person) -> str:
    if person.walk_in:
        text = tr("Erase %1's name and e-mail from this registration and from its history?\n\n"
                  "The registration stays as \"[erased]\" so attendance counts are kept. This cannot be undone.")
    else:
        text = tr("Erase %1's name, role, e-mail and phone from the register and from its history?\n\n"
                  "The contact stays as \"[erased]\" so counts are kept. This cannot be undone.")
    return text.replace("%1", person.name)


def _confirm_erasure(parent: QWidget, text: str, redactions: list[privacy.Mention]) -> bool:
    """Ask before an erasure, naming the texts it will redact; True to go ahead (Cancel is the default)."""
    if redactions:
        text += "\n\n" + tr("The person is also named in %n other text(s); there they become \"%1\":", "",
                             len(redactions)).replace("%1", privacy.REDACTED)
        text += "".join(f"\n  • {_mention_text(mention)}" for mention in redactions[:12])
        if len(redactions) > 12:
            text += "\n  " + tr("and %n more", "", len(redactions) - 12)
    return _ask_to_destroy(parent, tr("Erase personal data"), text, tr("Erase"))


def _ask_to_destroy(parent: QWidget, title: str, text: str, button: str) -> bool:
    """Ask before what cannot be undone; True when the officer pressed *button* (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    destroy = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is destroy


def _erased(parent: QWidget, desk: Desk, runner: JobRunner, redacted: list[privacy.Mention],
            backups_before: list[backups.BackupInfo], erased_at: dt.datetime) -> None:
    """Say what an erasure did, and offer to delete the backups that still hold the data."""
    lines = [tr("The person's data was erased.")]
    if redacted:
        lines.append(tr("The person was also removed from %n other text(s).", "", len(redacted)))
    _offer_to_prune(parent, desk, runner, tr("Personal data erased"), lines, backups_before, erased_at)


def _offer_to_prune(parent: QWidget, desk: Desk, runner: JobRunner, title: str, lines: list[str],
                    backups_before: Sequence[backups.BackupInfo], erased_at: dt.datetime) -> None:
    """Say *lines* (what an erasure did), offering to delete the backups that still hold the data."""
    if not backups_before:
        QMessageBox.information(parent, title, "\n".join(lines))
        return
    lines = [*lines, tr("%n backup(s) made before the erasure still hold the data.", "", len(backups_before))]
    question = QMessageBox(QMessageBox.Icon.Question, title, "\n".join(lines),
                           QMessageBox.StandardButton.NoButton, parent)
    prune = question.addButton(tr("Delete those backups now"), QMessageBox.ButtonRole.AcceptRole)
    question.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    question.exec()
    if question.clickedButton() is prune:
        prune_backups_made_before(parent, desk, runner, erased_at)


def forget_past_registrations(parent: QWidget, desk: Desk, runner: JobRunner,
                              past: Sequence[walk_ins.PastRegistration],
                              on_forgotten: Callable[[str], None] | None = None) -> Job | None:
    """The retention clean-up: confirm, then archive *past* (registrations of events held longer
    ago than attendance is kept: ``walk_ins.registrations_past_retention``) and erase the walk-ins
    among them, as one action whose archiving can be undone (*on_forgotten* gets its batch id).

    A first clean-up forgets tens of thousands of walk-ins: a progress dialog follows it, and its
    Cancel stops it with nothing erased or archived. Returns the job (None when not asked to go on).
    """
    walk_in_count = sum(1 for item in past if item.erasable)
    question = tr("Archive %n registration(s) of events held more than %1 years ago?", "", len(past)).replace(
        "%1", str(walk_ins.ATTENDANCE_YEARS))
    if walk_in_count:
        question += "\n\n" + tr("The names and e-mails of the %n walk-in(s) among them are erased; this cannot be "
                                 "undone.", "", walk_in_count)
    title = tr("Forget old registrations")
    if not past or not _ask_to_destroy(parent, title, question, tr("Archive and erase")):
        return None

    def work(*, progress: Progress, is_cancelled: IsCancelled) -> walk_ins.Forgotten:
        return walk_ins.forget_registrations(desk, registration_ids=[item.id for item in past], progress=progress,
                                             is_cancelled=is_cancelled)

    def done(forgotten: walk_ins.Forgotten) -> None:
        if on_forgotten is not None:
            on_forgotten(forgotten.batch_id)
        said = tr("%n registration(s) archived; the walk-ins among them were erased.", "", len(past))
        _offer_to_prune(parent, desk, runner, title, [said], forgotten.backups_before, forgotten.forgotten_at)

    def cancelled() -> None:
        QMessageBox.information(parent, title, tr("Cancelled: nothing was erased or archived."))

    return run_write(runner, work, on_done=done, on_refused=lambda error: _warn(parent, error), on_cancel=cancelled,
                     progress_label=tr("Forgetting old registrations…"), parent=parent)


def _mention_text(mention: privacy.Mention) -> str:
    # The kinds' and fields' names the errors and the editors use.
    entity = entity_label(mention.entity)
    field = field_label(FIELD_RULES.get(mention.entity, {}), mention.field)
    return f"{entity} \u201c{mention.label}\u201d: {field}"


def prune_backups_after_erasure(parent: QWidget, desk: Desk, runner: JobRunner, erasure: ErasureResult) -> None:
    """Delete the backups older than *erasure*, then make a fresh one so a backup always exists."""
    prune_backups_made_before(parent, desk, runner, erasure.erased_at)


def prune_backups_made_before(parent: QWidget, desk: Desk, runner: JobRunner, moment: dt.datetime) -> None:
    """Delete the backups made up to *moment* (they hold erased people), then make a fresh one."""

    def work(**_: Any) -> int:
        removed = backups.prune_backups_before(desk, moment=moment)
        backups.create_backup(desk, reason="manual")
        return len(removed)

    def pruned(count: int) -> None:
        QMessageBox.information(parent, tr("Backups pruned"),
                                tr("%n older backup(s) deleted; a new backup was made.", "", count))

    runner.run(work, on_success=pruned, on_failure=lambda error: _warn(parent, error),
               progress_label=tr("Pruning backups"), parent_widget=parent)


def _warn(parent: QWidget | None, error: BaseException) -> None:
    if not isinstance(error, KnownError):
        raise error
    QMessageBox.warning(parent, tr("Fourth Pillar desk"), str(error))

