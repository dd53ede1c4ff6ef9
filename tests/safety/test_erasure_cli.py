"""The command line of an erasure: find the person's records, see what goes, erase several, and restores that say so."""

from __future__ import annotations

import json

import pytest
from safety_helpers import PERSON_EMAIL
from safety_helpers import PERSON_NAME
from safety_helpers import Register

from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


def _run(desk: Desk, *arguments: str) -> int:
    return main(["--data-dir", str(desk.data_dir), *arguments])


def _names(desk: Desk, register: Register) -> dict[str, str]:
    detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
    return {contact.id: contact.name for contact in detail.contacts}


def test_person_find_lists_the_records_as_json(desk: Desk, register: Register,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A script answering an access request gets the contact and the request it is linked to."""
    assert _run(desk, "person", "find", PERSON_EMAIL, "--json") == 0
    found = {(item["entity"], item["record_id"]) for item in json.loads(capsys.readouterr().out)}
    assert {("contact", register.contact_id), ("request", register.request_id)} <= found
    assert {entity for entity, _id in found} == {"contact", "request", "follow_up"}
    assert _run(desk, "person", "find", "nobody-like-this") == 0
    assert "no record holds" in capsys.readouterr().out
    assert _run(desk, "person", "find", "ab") == 2
    assert "at least 3" in capsys.readouterr().err


def test_dry_run_lists_what_goes_and_erases_nothing(desk: Desk, register: Register,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    initiatives.update_initiative(desk, initiative_id=register.initiative_id,
                                  changes={"notes": f"Ask {PERSON_NAME}."})
    assert _run(desk, "person", "erase", register.contact_id, register.other_contact_id, "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.count("would erase contact") == 2
    assert f"initiative {register.initiative_id} (notes)" in out
    assert _names(desk, register)[register.contact_id] == PERSON_NAME


def test_erase_takes_several_ids_and_prints_what_it_redacted(desk: Desk, register: Register,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    initiatives.update_initiative(desk, initiative_id=register.initiative_id,
                                  changes={"notes": f"Ask {PERSON_NAME}."})
    assert _run(desk, "person", "erase", register.contact_id, register.other_contact_id) == 0
    out = capsys.readouterr().out
    assert out.count("erased contact") == 2 and f"initiative {register.initiative_id} (notes)" in out
    assert set(_names(desk, register).values()) == {"[erased]"}


def test_erase_with_one_unknown_id_is_one_line_and_erases_nobody(desk: Desk, register: Register,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(desk, "person", "erase", register.contact_id, "no-such-id") == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert _names(desk, register)[register.contact_id] == PERSON_NAME


def test_restore_says_it_erased_people_again_and_prune_removes_old_backups(
        desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    """Going back to a backup from before an erasure tells the admin that the person was erased again."""
    old = backups.create_backup(desk, reason="manual")
    assert _run(desk, "person", "erase", register.contact_id) == 0
    assert "still hold the data" in capsys.readouterr().out
    desk.close()
    assert _run(desk, "backup", "restore", old.id) == 0
    assert "1 person(s) erased after that backup was made were erased again" in capsys.readouterr().out
    desk.database.engine.dispose()
    assert _names(desk, register)[register.contact_id] == "[erased]"
    # The old backup goes, and so does the restore's safety copy if it was made in the same second.
    doomed = [info for info in backups.list_backups(desk) if info.created_at <= old.created_at]
    assert _run(desk, "backup", "prune", "--until", old.id) == 0
    assert f"pruned {len(doomed)} older backup(s)" in capsys.readouterr().out
    assert _run(desk, "backup", "prune", "--until", "nope") == 2
