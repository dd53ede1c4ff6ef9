"""Helpers for the safety-net tests: a small register with a person worth protecting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourthpillar import paths
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher

PERSON_NAME = "Griet Vanderzwalmenkaai"
PERSON_EMAIL = "griet.zwalmenkaai@voorbeeld-mail.be"
PERSON_PHONE = "+32 478 91 23 45"


@dataclass(frozen=True)
class Register:
    initiative_id: str
    contact_id: str
    other_contact_id: str
    request_id: str


def fill(desk: Desk, *, name: str = "Water voor Kisangani") -> Register:
    initiative = initiatives.register_initiative(desk, values={
        "name": name, "legal_form": "vzw", "postcode": "2000", "municipality": "Antwerpen",
        "notes": "Meets monthly.",
    })
    contact = initiatives.add_contact(desk, initiative_id=initiative.id, values={
        "name": "Griet Vanderzwalm", "email": "griet@old-mail.be", "phone": "03 123 45 67", "role": "voorzitter",
    })
    # A correction, so the history holds the person's details as old and as new values.
    initiatives.update_contact(desk, contact_id=contact.id, changes={
        "name": PERSON_NAME, "email": PERSON_EMAIL, "phone": PERSON_PHONE,
    })
    other = initiatives.add_contact(desk, initiative_id=initiative.id, values={
        "name": "Jef Peeters", "email": "jef@example.org", "consent_date": "2024-03-01",
    })
    request = requests.log_request(desk, initiative_id=initiative.id, values={
        "channel": "phone", "question": "How do we apply for the 11.fonds?", "contact_id": contact.id,
        "internal_note": "Secret office remark", "received_on": "2025-02-03",
    })
    followups.plan_follow_up(desk, request_id=request.id, values={"action": "Send the form", "due_on": "2025-03-01"})
    return Register(initiative.id, contact.id, other.id, request.id)


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), for exact before/after comparison."""
    connection = cipher.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        result: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            try:
                result[table] = sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            except cipher.OperationalError:  # an FTS5 virtual table itself: its shadow tables hold the data
                continue
        return result
    finally:
        connection.close()


def database_file(desk: Desk) -> Path:
    assert desk.data_dir is not None
    return paths.database_path(desk.data_dir)


def damage(path: Path, *, first_page: int = 1) -> None:
    """Overwrite every page from *first_page* on (the first holds the schema): the file still says
    it is SQLite, its tables are garbage."""
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(max(first_page, 1), len(data) // 4096):
        data[page * 4096 + 50: page * 4096 + 2000] = b"\xee" * 1950
    path.write_bytes(bytes(data))


def plant_unencrypted_damaged(register: Path, *, readable: bool, stamp: str) -> Path:
    """What a recovery kept in ``damaged/`` before encryption at rest: the register unencrypted,
    with an unencrypted -wal beside it (the person's name in both). *readable*: only its tables
    were damaged, it can still be copied; else its schema page is garbage too."""
    folder = register.parent / "damaged"
    folder.mkdir(exist_ok=True)
    kept = folder / f"fourthpillar-{stamp}.sqlite3"
    source = cipher.connect(register)
    try:
        cipher.export(source, kept, None)
    finally:
        source.close()
    if not readable:
        data = bytearray(kept.read_bytes())
        data[100:108] = b"\xff" * 8  # the schema's page header: nothing can be read any more
        kept.write_bytes(bytes(data))
    Path(f"{kept}-wal").write_bytes(PERSON_NAME.encode() * 8)
    assert cipher.is_plain(kept)
    return kept
