"""What the crash harness's child process does until it is killed: one kind of operation, over and over.

Imported by the forkserver once (so each child starts in milliseconds); never run by pytest itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import signal
from pathlib import Path
from typing import Any

from fourthpillar import paths
from fourthpillar.services import backups
from fourthpillar.services import exports
from fourthpillar.services import importing
from fourthpillar.services import passphrase
from fourthpillar.services import privacy
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.queries import ListQuery

CRASH_PREFIX = "crash-"
#: The two passphrases the "passphrase" mode changes between (the suite's own is the other one).
OTHER_PASSPHRASE = "een tweede zin voor de kluis"
IMPORT_PREFIX = "imported-"
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
    if mode == "recover":
        # Recovery works on a register that does not open: the previous run may have been killed
        # right after copying the damaged file in, so this one must not open the register first.
        ready.set()
        while True:
            shutil.copyfile(extra["damaged_copy"], paths.database_path(Path(data_dir)))
            backups.recover_from_backup(data_dir, backup_id=extra["backup_id"])
    desk = open_desk(data_dir=data_dir)
    desk.officer_id = extra.get("officer_id") if isinstance(extra, dict) else None
    if mode == "passphrase":  # derived before the clock starts: the kill should meet the files' copies
        for known in (os.environ[cipher.KEY_VARIABLE], OTHER_PASSPHRASE):
            cipher.key_with(paths.database_path(Path(data_dir)), known)
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
        elif mode == "passphrase":
            # From whichever of the two opens the register now (a kill may have come before the end).
            both = [os.environ[cipher.KEY_VARIABLE], OTHER_PASSPHRASE]
            database = paths.database_path(Path(data_dir))
            current = next(known for known in both if cipher.key_with(database, known) is not None)
            new = next(known for known in both if known != current)
            desk = passphrase.change_passphrase(desk, current=current, new=new).desk
        elif mode == "erase":
            privacy.erase_person(desk, contact_id=_add_person(desk, label))
        elif mode == "import":
            rows = [["Naam", "Postcode", "Gemeente", "Contactpersoon", "E-mail"]]
            rows += [[f"{IMPORT_PREFIX}{label}-{row}", "2000", "Antwerpen", f"Persoon {row}", f"p{row}@example.org"]
                     for row in range(120)]
            source = Path(out_dir) / f"import-{pid}-{number}.csv"
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
            importing.apply_import(desk, path=source, remember_mapping=False)
        elif mode == "spreadsheet":
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            exports.export_list(desk, what="initiatives", query=ListQuery(), columns=["name", "municipality"],
                                path=Path(out_dir) / "initiatives.xlsx", overwrite=True)
        elif mode == "export":
            privacy.export_person(desk, contact_id=extra["contact_id"], out_dir=Path(out_dir))
        else:
            raise ValueError(mode)


def change_passphrase_killed_at(data_dir: str, kill_at: int, current: str, new: str) -> None:
    """Change the register's passphrase once, killed by SIGKILL at the *kill_at*-th step: after
    each file's copy (the copy whole, not renamed yet) and after each rename (a larger number:
    the change runs to its end). Being killed before a copy is being killed after the rename before."""
    steps = itertools.count(1)

    def step() -> None:
        if next(steps) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    real_export, real_replace = cipher.export, os.replace

    def export(*args: Any, **kwargs: Any) -> None:
        real_export(*args, **kwargs)
        step()

    def replace(*args: Any, **kwargs: Any) -> None:
        real_replace(*args, **kwargs)
        step()

    desk = open_desk(data_dir=data_dir)
    cipher.export = export  # type: ignore[assignment]
    os.replace = replace  # type: ignore[assignment]
    passphrase.change_passphrase(desk, current=current, new=new).desk.close()
