"""Merging two initiatives that are one: field by field, keeping one record.

:func:`plan_merge` shows both side by side (writes nothing); :func:`merge_initiatives` keeps one,
takes the chosen fields from the other, moves the other's contacts, requests and follow-ups to the
kept one (a contact who is the same person as one of the kept initiative's, by e-mail, becomes that
one: their requests follow), archives the other with ``merged_into`` naming the kept one, and adds
the other to the kept one's ``merged_from`` (its history shows the merge). All of it is one batch
of the change log, so one undo (``services.history.undo_action``) undoes it whole, and the change
rows carry it to the other copies in sync packages (:mod:`fourthpillar.sync.redirect`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import clean
from fourthpillar.domain.fields import field_label
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import translator
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Conflict
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.search import fold
from fourthpillar.store.search import name_key

#: What a field can take: the kept record's value, the other's, or (lists, notes) both.
KEEP, OTHER, BOTH = "keep", "other", "both"
#: Fields where "both" means something: lists are joined, notes put one after the other.
JOINABLE = frozenset({"partner_countries", "themes", "tags", "notes"})


tr = translator("Duplicates")


class MergeRefused(KnownError):
    """A merge that cannot be done as asked (the same initiative twice, an unknown choice)."""


@dataclass(frozen=True)
class MergeField:
    field: str
    label: str
    keep_value: Any
    other_value: Any
    keep_text: str
    other_text: str
    #: What the merge does with this field unless told otherwise.
    default: str

    @property
    def differs(self) -> bool:
        return bool(self.keep_value != self.other_value)


@dataclass(frozen=True)
class MergeSide:
    id: str
    name: str
    version: int
    contacts: int
    requests: int
    follow_ups: int


@dataclass(frozen=True)
class MergePlan:
    keep: MergeSide
    other: MergeSide
    fields: tuple[MergeField, ...]


@dataclass(frozen=True)
class Merged:
    keep_id: str
    other_id: str
    batch_id: str
    fields: tuple[str, ...]
    contacts: int
    requests: int
    follow_ups: int


def _text(value: Any, field: str) -> str:
    rule = INITIATIVE_FIELDS[field]
    vocabulary: Vocabulary | None = getattr(rule, "vocabulary", None)
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return ", ".join(vocabulary.label(item) if vocabulary else str(item) for item in value)
    return vocabulary.label(str(value)) if vocabulary else str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def _counts(session: Session, initiative_id: str) -> tuple[int, int, int]:
    def count(model: Any) -> int:
        return len(session.scalars(select(model.id).where(model.initiative_id == initiative_id,
                                                          model.archived_at.is_(None))).all())
    return count(ContactPerson), count(AdviceRequest), count(FollowUp)


def _side(session: Session, record: Initiative) -> MergeSide:
    return MergeSide(record.id, record.name, record.version, *_counts(session, record.id))


def _load_pair(session: Session, keep_id: str, other_id: str) -> tuple[Initiative, Initiative]:
    if keep_id == other_id:
        raise MergeRefused(tr("an initiative cannot be merged into itself"))
    return load(session, Initiative, keep_id), load(session, Initiative, other_id)


def plan_merge(desk: Desk, *, keep_id: str, other_id: str) -> MergePlan:
    """Both initiatives side by side, field by field, with what a merge would do by default
    (the kept value, or the other's where the kept one is empty). Writes nothing."""
    with desk.database.session() as session:
        keep, other = _load_pair(session, keep_id, other_id)
        fields = tuple(
            MergeField(name, field_label(INITIATIVE_FIELDS, name), getattr(keep, name), getattr(other, name),
                       _text(getattr(keep, name), name), _text(getattr(other, name), name),
                       OTHER if _empty(getattr(keep, name)) and not _empty(getattr(other, name)) else KEEP)
            for name in Initiative.FIELDS)
        return MergePlan(_side(session, keep), _side(session, other), fields)


def _joined(field: str, mine: Any, theirs: Any) -> Any:
    if field == "notes":
        return "\n\n".join(part for part in (mine, theirs) if part)
    return list(dict.fromkeys([*(mine or []), *(theirs or [])]))


def _choices(keep: Initiative, other: Initiative, choices: Mapping[str, str]) -> dict[str, Any]:
    """The kept initiative's new values: defaults, then *choices* (field -> keep/other/both)."""
    unknown = [name for name in choices if name not in Initiative.FIELDS]
    if unknown:
        raise MergeRefused(tr("{field}: not a field of an initiative").format(field=unknown[0]))
    values: dict[str, Any] = {}
    for name in Initiative.FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        choice = choices.get(name, OTHER if _empty(mine) and not _empty(theirs) else KEEP)
        if choice not in (KEEP, OTHER, BOTH) or (choice == BOTH and name not in JOINABLE):
            raise MergeRefused((tr("{field}: choose keep, other or both") if name in JOINABLE
                                else tr("{field}: choose keep or other")).format(field=name))
        if choice == OTHER:
            values[name] = theirs
        elif choice == BOTH:
            values[name] = _joined(name, mine, theirs)
    changed = {name: value for name, value in values.items() if value != getattr(keep, name)}
    # Checked as typed input: joined notes may be too long (ValidationFailed names the field).
    return clean(INITIATIVE_FIELDS, changed, complete=False)


def _move_contacts(writer: ChangeWriter, session: Session, keep: Initiative, other: Initiative) -> int:
    """Move the other's contacts; one who is already a contact of the kept initiative (same
    e-mail, or same name and phone) is folded into that contact: requests follow, the copy is
    archived, empty fields of the kept contact filled from it."""
    kept_contacts = session.scalars(select(ContactPerson).where(ContactPerson.initiative_id == keep.id,
                                                                ContactPerson.archived_at.is_(None))).all()
    by_email = {contact.email.casefold(): contact for contact in kept_contacts if contact.email}
    by_name = {(fold(contact.name), contact.phone): contact for contact in kept_contacts if contact.phone}
    moved = 0
    for contact in session.scalars(select(ContactPerson).where(ContactPerson.initiative_id == other.id)).all():
        writer.update(contact, {"initiative_id": keep.id})
        moved += 1
        same = (by_email.get(contact.email.casefold()) if contact.email else None) or (
            by_name.get((fold(contact.name), contact.phone)) if contact.phone else None)
        if same is None or contact.archived_at is not None:
            continue
        writer.update(same, {name: getattr(contact, name) for name in ("role", "phone", "email", "consent_date")
                             if _empty(getattr(same, name)) and not _empty(getattr(contact, name))})
        for request in session.scalars(select(AdviceRequest).where(AdviceRequest.contact_id == contact.id)):
            writer.update(request, {"contact_id": same.id})
        for registration in session.scalars(select(Registration).where(Registration.contact_id == contact.id)):
            writer.update(registration, {"contact_id": same.id})
        writer.archive(contact)
    return moved


def merge_initiatives(desk: Desk, *, keep_id: str, other_id: str, choices: Mapping[str, str] | None = None,
                      keep_version: int | None = None, other_version: int | None = None) -> Merged:
    """Merge *other_id* into *keep_id* as one undoable action (see the module's text).

    *choices* maps a field to ``keep``, ``other`` or (lists and notes) ``both``; a field not
    named keeps the kept value, or takes the other's where the kept one is empty. With versions
    given, :class:`~fourthpillar.store.errors.StaleRecord` if either was saved meanwhile.
    """
    with desk.database.session() as session:
        keep, other = _load_pair(session, keep_id, other_id)
        for record, version in ((keep, keep_version), (other, other_version)):
            if version is not None:
                load(session, Initiative, record.id, expected_version=version)
        values = _choices(keep, other, choices or {})
        if "name" in values:
            values["name_key"] = name_key(values["name"])
        writer = ChangeWriter(session, desk)
        # The other gives up its number first, so the kept one may take it.
        writer.update(other, {"merged_into": keep.id})
        changed = writer.update(keep, {**values, "merged_from": [*keep.merged_from, other.id],
                                       "distinct_from": [item for item in keep.distinct_from if item != other.id]})
        contacts = _move_contacts(writer, session, keep, other)
        requests = follow_ups = 0
        for model in (AdviceRequest, FollowUp):
            for child in session.scalars(select(model).where(model.initiative_id == other.id)).all():
                writer.update(child, {"initiative_id": keep.id})
                if model is AdviceRequest:
                    requests += 1
                else:
                    follow_ups += 1
        # Its people's registrations (their contacts moved above) count for the kept one now.
        for registration in session.scalars(select(Registration).where(Registration.initiative_id == other.id)):
            writer.update(registration, {"initiative_id": keep.id})
        for merged in session.scalars(select(Initiative).where(Initiative.merged_into == other.id)).all():
            writer.update(merged, {"merged_into": keep.id})  # merged into the other earlier: now into this one
        writer.archive(other)
        for conflict in session.scalars(select(Conflict).where(
                Conflict.kind == "duplicate", Conflict.resolved_at.is_(None),
                Conflict.entity_id.in_((keep.id, other.id)), Conflict.other_id.in_((keep.id, other.id)))):
            conflict.resolved_at = writer.now
        session.flush()
        return Merged(keep.id, other.id, writer.batch_id,
                      tuple(name for name in changed if name in Initiative.FIELDS), contacts, requests, follow_ups)


def merged_into(desk: Desk, *, initiative_id: str) -> tuple[str, str] | None:
    """(id, name) of the initiative this one was merged into, or None."""
    with desk.database.session() as session:
        record = session.get(Initiative, initiative_id)
        if record is None or record.merged_into is None or record.archived_at is None:
            return None
        target = session.get(Initiative, record.merged_into)
        return (record.merged_into, target.name if target is not None else record.merged_into)


