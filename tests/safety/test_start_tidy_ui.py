"""What the app does once the register is open, before the window: crash debris goes, erasures hold.

If these failed, a half-written backup copy (personal data) would stay in the backups folder after
a crash, or a shared database restored by its server would show an erased person again.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from safety_helpers import PERSON_NAME
from safety_helpers import Register

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import REGISTER_FILE
from fourthpillar.store import backup as backup_files
from fourthpillar.ui.startup import open_checked_register


def test_opening_the_app_removes_debris_and_erases_again(
        desk: Desk, register: Register, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    assert desk.database.sqlite_path is not None and desk.data_dir is not None
    folder = backup_files.backups_dir(desk.database.sqlite_path)
    folder.mkdir(exist_ok=True)
    debris = folder / f"fourthpillar-20250101T000000Z-manual.{2**31 - 2}.sqlite3.partial"
    debris.write_bytes(b"SQLite format 3\x00 personal data")
    # Erased here once; the register (a server-side restore, say) holds the person again.
    (desk.data_dir / REGISTER_FILE).write_text(json.dumps({"contact_ids": [register.contact_id]}), encoding="utf-8")
    desk.close()
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", record)
    opened = open_checked_register(data_dir=desk.data_dir, database_url=None)
    assert opened is not None
    try:
        assert not debris.exists()
        names = {contact.id: contact.name for contact in initiatives.get_initiative(
            opened, initiative_id=register.initiative_id).contacts}
        assert names[register.contact_id] == "[erased]" and PERSON_NAME not in names.values()
        assert len(shown) == 1 and "erased again" in shown[0]
    finally:
        opened.close()
