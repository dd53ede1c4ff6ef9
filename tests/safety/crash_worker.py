"""What the crash harness's child process does until it is killed: one kind of operation, over and over.

Imported by the forkserver once (so each child starts in milliseconds); never run by pytest itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from pathlib import Path
from typing import Any

from fourthpillar import paths
from fourthpillar.services import backups, privacy
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk, open_desk
from fourthpillar.store.models import AdviceRequest, ContactPerson, Initiative

CRASH_PREFIX = "crash-"
ORIGINAL_NAME = "Doomed Personname"


def write_one_action(desk: Desk, label: str) -> None:
    """One user action that touches three tables: all of it must survive a crash, or none."""
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        initiative = writer.create(Initiative(), {"name": label, "name_key": label, "notes": "n" * 300})
        contact = writer.create(ContactPerson(initiative_id=initiative.id), {"name": f"Contact {label}"})
        writer.create(AdviceRequest(initiative_id=initiative.id), {
            "received_on": dt.date(2025, 1, 1), "channel": "phone",
            "question": f"Question {label}", "contact_id": contact.id,
        })


def _add_person(desk: Desk, label: str) -> str:
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        initiative = writer.create(Initiative(), {"name": label, "name_key": label})
        contact = writer.create(ContactPerson(initiative_id=initiative.id), {
            "name": ORIGINAL_NAME, "email": "doomed@example.org", "phone": "0470 00 00 00"})
        return contact.id


def run(mode: str, data_dir: str, out_dir: str, extra: Any, ready: Any) -> None:
    desk = open_desk(data_dir=data_dir)
    desk.officer_id = extra.get("officer_id") if isinstance(extra, dict) else None
    ready.set()
    pid = os.getpid()
    for number in itertools.count():
        label = f"{CRASH_PREFIX}{pid}-{number}"
        if mode == "write":
            write_one_action(desk, label)
        elif mode == "backup":
            backups.create_backup(desk, reason="manual")
        elif mode == "restore":
            target = extra["backup_ids"][number % 2]
            desk = backups.restore_backup(desk, backup_id=target).desk
        elif mode == "erase":
            privacy.erase_person(desk, contact_id=_add_person(desk, label))
        elif mode == "recover":
            # The register goes bad, and is recovered from the backup, again and again.
            shutil.copyfile(extra["damaged_copy"], paths.database_path(Path(data_dir)))
            backups.recover_from_backup(data_dir, backup_id=extra["backup_id"])
        elif mode == "export":
            privacy.export_person(desk, contact_id=extra["contact_id"], out_dir=Path(out_dir))
        else:
            raise ValueError(mode)
