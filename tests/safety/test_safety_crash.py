"""The kill harness: SIGKILL at random moments during writes, backups, restores, erasures and exports.

After every kill the register must pass the full integrity check, every operation must be fully
there or fully absent, and no half-written backup or export may sit under a final name. The
normal suite runs 30 kills; ``FOURTHPILLAR_KILL_RUNS=300`` runs more.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from crash_worker import CRASH_PREFIX
from crash_worker import IMPORT_PREFIX
from crash_worker import ORIGINAL_NAME
from crash_worker import OTHER_PASSPHRASE
from safety_helpers import fill
from safety_helpers import snapshot

from fourthpillar import paths
from fourthpillar.services import backups
from fourthpillar.services import officers
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher

KILL_RUNS = int(os.environ.get("FOURTHPILLAR_KILL_RUNS", "30"))
MODES = ("write", "backup", "restore", "erase", "export", "recover", "import", "spreadsheet", "passphrase")


def _rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = cipher.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _check_write(path: Path, _state: dict[str, Any]) -> None:
    """Each action made an initiative, a contact and a request, with their history: all or nothing."""
    [(initiatives, contacts, requests)] = _rows(path, f"""
        SELECT (SELECT count(*) FROM initiative WHERE name LIKE '{CRASH_PREFIX}%'),
               (SELECT count(*) FROM contact_person c JOIN initiative i ON i.id = c.initiative_id
                 WHERE i.name LIKE '{CRASH_PREFIX}%'),
               (SELECT count(*) FROM advice_request r JOIN initiative i ON i.id = r.initiative_id
                 WHERE i.name LIKE '{CRASH_PREFIX}%')""")
    assert initiatives == contacts == requests, "an action was saved in part: the user would find a half record"
    incomplete = _rows(path, """
        SELECT batch_id FROM change WHERE operation = 'create' AND field IS NULL
        GROUP BY batch_id HAVING count(*) <> 3 AND batch_id IN (
            SELECT batch_id FROM change WHERE entity = 'initiative' AND operation = 'create' AND field IS NULL
            AND entity_id IN (SELECT id FROM initiative WHERE name LIKE 'crash-%'))""")
    assert incomplete == [], "history lost part of an action"
    orphans = _rows(path, "SELECT count(*) FROM change WHERE entity = 'initiative' AND operation = 'create' "
                          "AND entity_id NOT IN (SELECT id FROM initiative)")
    assert orphans == [(0,)], "history mentions records that were never saved"


def _check_backups(path: Path, _state: dict[str, Any]) -> None:
    """Every file under a backup's final name is a whole, readable database."""
    for info in files.read_backups(files.backups_dir(path)):
        verdict = files.check_file(info.path, read_only=True)
        assert verdict.ok, f"half-written backup offered for restore: {info.path.name} {verdict.problems[:1]}"
        counts, _revision = files.file_counts(info.path)
        assert counts == info.counts, f"the list would show wrong counts for {info.path.name}"


def _check_restore(path: Path, state: dict[str, Any]) -> None:
    """The register is exactly one backup's state or the other's: never a mix."""
    _check_backups(path, state)
    now = snapshot(path)
    if now not in state["snapshots"]:
        differing = [sorted(table for table in set(now) | set(old) if now.get(table) != old.get(table))
                     for old in state["snapshots"]]
        pytest.fail(f"a restore left the register in neither the old nor the new state (tables differing: {differing})")


def _check_erase(path: Path, _state: dict[str, Any]) -> None:
    """A person is either fully erased (record, history, erase entry) or untouched."""
    for contact_id, name in _rows(path, "SELECT c.id, c.name FROM contact_person c JOIN initiative i "
                                         "ON i.id = c.initiative_id WHERE i.name LIKE 'crash-%'"):
        erased = _rows(path, "SELECT count(*) FROM change WHERE entity = 'contact' AND entity_id = ? "
                             "AND operation = 'erase'", contact_id)[0][0]
        leftovers = _rows(path, "SELECT count(*) FROM change WHERE entity_id = ? AND "
                                "(old_value LIKE '%Doomed%' OR new_value LIKE '%Doomed%')", contact_id)[0][0]
        if erased:
            assert name == "[erased]" and leftovers == 0, "erasure half done: the name survives somewhere"
        else:
            assert name == ORIGINAL_NAME and leftovers > 0, "a person was changed without an erase entry"


def _check_export(_path: Path, state: dict[str, Any]) -> None:
    """An export file under its final name is complete (a crash leaves at most a hidden temporary)."""
    for json_file in Path(state["out_dir"]).glob("person-*.json"):
        json.loads(json_file.read_text(encoding="utf-8"))
    for pdf in Path(state["out_dir"]).glob("person-*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), f"half-written PDF {pdf.name}"


def _check_recover(path: Path, state: dict[str, Any]) -> None:
    """Recovery never leaves the folder without a register, and every file kept aside is whole."""
    assert path.exists(), "recovery left no register: the next start would open an empty one"
    damaged = Path(state["damaged_copy"]).read_bytes()
    current = path.read_bytes()
    if not damaged.startswith(current):
        verdict = files.check_file(path, read_only=True)
        assert verdict.ok, f"the register is neither the damaged file nor a sound one: {verdict.problems[:1]}"
    for kept in (path.parent / "damaged").glob("*.sqlite3"):
        assert kept.read_bytes() == damaged, f"the damaged file kept aside as {kept.name} is incomplete"


def _check_import(path: Path, _state: dict[str, Any]) -> None:
    """An import is applied whole or not at all, and its run is recorded exactly when its rows are there."""
    [(imported, recorded)] = _rows(path, f"""
        SELECT (SELECT count(*) FROM initiative WHERE name LIKE '{IMPORT_PREFIX}%'),
               (SELECT coalesce(sum(created_count), 0) FROM import_run)""")
    assert imported == recorded, "an import was saved in part: rows without their import run, or the reverse"
    assert imported % 120 == 0, "an import file was applied in part"


def _check_spreadsheet(_path: Path, state: dict[str, Any]) -> None:
    """An exported spreadsheet under its final name opens: never a truncated zip."""
    target = Path(state["out_dir"]) / "initiatives.xlsx"
    if target.exists():
        with zipfile.ZipFile(target) as archive:
            assert archive.testzip() is None, "the exported spreadsheet is damaged"


def _check_passphrase(path: Path, state: dict[str, Any]) -> None:
    """A passphrase change killed at any moment: the register and every backup are whole, hold
    what they held, and each opens with the old passphrase or the new one, never neither."""
    both = [os.environ[cipher.KEY_VARIABLE], OTHER_PASSPHRASE]
    for info in files.read_backups(files.backups_dir(path)):
        assert sum(cipher.key_with(info.path, known) is not None for known in both) == 1, \
            f"{info.path.name} opens with neither passphrase"
        assert files.check_file(info.path, read_only=True).ok, f"{info.path.name} is damaged"
    assert sum(cipher.key_with(path, known) is not None for known in both) == 1, "the register opens with neither"
    assert snapshot(path) == state["snapshot"], "a passphrase change changed the register's contents"


CHECKS: dict[str, Callable[[Path, dict[str, Any]], None]] = {
    "write": _check_write, "backup": _check_backups, "restore": _check_restore,
    "erase": _check_erase, "export": _check_export, "recover": _check_recover,
    "import": _check_import, "spreadsheet": _check_spreadsheet, "passphrase": _check_passphrase,
}


def _process_context() -> Any:
    """fork starts a child in milliseconds; with other threads running, the forkserver is the safe way."""
    if threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["crash_worker"])
    return context


def _prepare(mode: str, folder: Path) -> dict[str, Any]:
    desk = open_desk(data_dir=folder)
    try:
        officer = officers.sign_in(desk, name="An Peeters", region="antwerpen")
        register = fill(desk)
        state: dict[str, Any] = {"officer_id": officer.id, "contact_id": register.contact_id,
                                 "out_dir": str(folder / "exports")}
        if mode == "restore":
            first = backups.create_backup(desk, reason="manual")
            fill(desk, name="Only in the second backup")
            second = backups.create_backup(desk, reason="manual")
            state["backup_ids"] = [first.id, second.id]
            state["snapshots"] = [snapshot(first.path), snapshot(second.path)]
        if mode == "passphrase":
            backups.create_backup(desk, reason="manual")
            state["snapshot"] = snapshot(paths.database_path(folder))
        if mode == "recover":
            good = backups.create_backup(desk, reason="manual")
            damaged = bytearray(good.path.read_bytes())
            damaged[8192:12288] = b"\xff" * 4096
            state["backup_id"] = good.id
            state["damaged_copy"] = str(folder.parent / "damaged-register.sqlite3")
            Path(state["damaged_copy"]).write_bytes(bytes(damaged))
        return state
    finally:
        desk.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and forkserver are POSIX")
def test_sigkill_at_random_moments_never_damages_or_half_saves(tmp_path: Path) -> None:
    """Pulling the plug mid-operation (a crash, a kill, a power cut) never costs the register or a backup."""
    context = _process_context()
    chance = random.Random(int(os.environ.get("FOURTHPILLAR_KILL_SEED", "4")))
    states = {mode: _prepare(mode, tmp_path / mode) for mode in MODES}
    import crash_worker

    cipher.add_passphrase(OTHER_PASSPHRASE)  # the passphrase mode's files may have either
    try:
        _kill_runs(context, chance, states, tmp_path, crash_worker)
    finally:
        cipher.forget_passphrases()


def _kill_runs(context: Any, chance: random.Random, states: dict[str, dict[str, Any]], tmp_path: Path,
               crash_worker: Any) -> None:
    for run in range(KILL_RUNS):
        mode = MODES[run % len(MODES)]
        folder = tmp_path / mode
        ready = context.Event()
        child = context.Process(target=crash_worker.run,
                                args=(mode, str(folder), states[mode]["out_dir"], states[mode], ready))
        child.start()
        try:
            assert ready.wait(30), f"the {mode} worker did not start"
            child.join(chance.uniform(0.0, 0.25))
            assert child.exitcode is None, f"the {mode} worker stopped by itself (exit {child.exitcode})"
        finally:
            child.kill()
            child.join()
        path = paths.database_path(folder)
        if mode != "recover":  # that one damages the register on purpose
            verdict = files.check_file(path, full=True)
            assert verdict.ok, f"run {run} ({mode}): the register is damaged after a kill: {verdict.problems[:3]}"
        CHECKS[mode](path, states[mode])
