"""What a save did, in the officer's words: "Follow-up planned: Statuten nalezen".

An editor's ``saved`` is a :class:`Done`: the service's :class:`Saved` (the batch goes on the
undo stack) with the sentence the status bar, Edit ▸ Undo and the initiative page show.
"""

from __future__ import annotations

from dataclasses import dataclass

from fourthpillar.services.records import Saved

#: Longer names are cut: the Edit menu and the status bar have one line.
NAME_LENGTH = 40


@dataclass(frozen=True)
class Done(Saved):
    description: str


@dataclass(frozen=True)
class SaveTexts:
    """What saving a new record (*added*) or a changed one (*changed*) did, %1 the value of the
    form's field *name_field*. The texts are marked with ``QT_TRANSLATE_NOOP("EditorDialog", ...)``."""

    added: str
    changed: str
    name_field: str = "name"


def done(saved: Saved, description: str) -> Done:
    return Done(saved.id, saved.version, saved.batch_id, description)


def named(template: str, name: object) -> str:
    """*template*'s %1 filled with the first line of *name*, cut to :data:`NAME_LENGTH`."""
    text = str(name or "").strip().splitlines()[0] if str(name or "").strip() else ""
    if len(text) > NAME_LENGTH:
        text = text[:NAME_LENGTH - 1].rstrip() + "…"
    return template.replace("%1", text)
