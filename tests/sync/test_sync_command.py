"""``fourthpillar sync ...`` and ``fourthpillar replica id`` as an admin scripts them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import dump

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_round_trip_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """First package, checkout, packages both ways, conflicts listed and resolved."""
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    assert run(capsys, "--data-dir", office, "officers", "sign-in", "An Peeters")[0] == 0
    assert run(capsys, "--data-dir", office, "initiatives", "add", "name=Solidair", "postcode=9000",
               "municipality=Gent")[0] == 0
    status, out, _ = run(capsys, "--data-dir", office, "sync", "package", "--out", tmp_path / "first.pkg",
                         "--province", "oost-vlaanderen")
    assert status == 0 and "first package" in out
    code = out.splitlines()[-1]  # the one-time code, on the last line
    status, _, err = run(capsys, "--data-dir", laptop, "sync", "checkout", tmp_path / "first.pkg",
                         "--code", "AAAA-BBBB-CCCC")
    assert status == 2 and err.count("\n") == 1 and "code does not open" in err
    # A refused checkout leaves no empty register behind (the command does not open one first),
    # nor the data folder it was to make.
    assert not laptop.exists()
    status, out, _ = run(capsys, "--data-dir", laptop, "sync", "checkout", tmp_path / "first.pkg", "--code", code)
    assert status == 0 and "oost-vlaanderen" in out
    office_id = run(capsys, "--data-dir", office, "replica", "id")[1].strip()
    laptop_id = run(capsys, "--data-dir", laptop, "replica", "id")[1].strip()
    assert office_id != laptop_id

    desk = open_desk(data_dir=office)
    [row] = initiatives.list_initiatives(desk, query=ListQuery()).rows
    desk.close()
    assert run(capsys, "--data-dir", laptop, "officers", "sign-in", "Bert Claes")[0] == 0
    assert run(capsys, "--data-dir", laptop, "initiatives", "set", row.id, "notes=veld")[0] == 0
    assert run(capsys, "--data-dir", office, "initiatives", "set", row.id, "notes=kantoor")[0] == 0
    assert run(capsys, "--data-dir", laptop, "sync", "package", "--for", office_id, "--out",
               tmp_path / "l.pkg")[0] == 0
    status, out, _ = run(capsys, "--data-dir", office, "sync", "apply", tmp_path / "l.pkg", "--json")
    counts = json.loads(out)
    assert status == 0 and counts["applied"] > 0 and counts["conflicts"] == 1

    status, out, _ = run(capsys, "--data-dir", office, "sync", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("notes", "kantoor", "veld")
    status, out, _ = run(capsys, "--data-dir", office, "sync", "conflicts")
    assert "mine: kantoor" in out and "theirs: veld" in out
    assert run(capsys, "--data-dir", office, "sync", "resolve", conflict["id"], "--take", "theirs")[0] == 0
    assert "no open conflicts" in run(capsys, "--data-dir", office, "sync", "conflicts")[1]


def test_refusals_exit_2_with_one_line_and_apply_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "office"
    assert run(capsys, "--data-dir", office, "officers", "sign-in", "An Peeters")[0] == 0
    junk = tmp_path / "junk.pkg"
    junk.write_bytes(b"not a package at all")
    desk = open_desk(data_dir=office)
    before = dump(desk)
    desk.close()
    status, _, err = run(capsys, "--data-dir", office, "sync", "apply", junk)
    assert status == 2 and err.count("\n") == 1 and "not a Fourth Pillar desk sync package" in err
    status, _, err = run(capsys, "--data-dir", office, "sync", "resolve", "nope", "--take", "mine")
    assert status == 2 and "no conflict" in err
    status, _, err = run(capsys, "--data-dir", office, "sync", "resolve", "nope")
    assert status == 2 and "--take" in err
    status, _, err = run(capsys, "--data-dir", office, "sync", "package", "--out", tmp_path / "x.pkg",
                         "--province", "atlantis")
    assert status == 2 and "province" in err
    desk = open_desk(data_dir=office)
    assert dump(desk) == before
    desk.close()


def test_checkout_asks_for_the_code_and_revoke_refuses_the_copy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Left out, the code is asked for (not echoed); once the office revokes a copy (a stolen
    laptop), that copy's packages are refused with one line and nothing is applied."""
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    assert run(capsys, "--data-dir", office, "officers", "sign-in", "An Peeters")[0] == 0
    status, out, _ = run(capsys, "--data-dir", office, "sync", "package", "--out", tmp_path / "first.pkg", "--json")
    made = json.loads(out)
    assert status == 0 and len(made["code"]) == 14
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or made["code"].lower())
    status, out, _ = run(capsys, "--data-dir", laptop, "sync", "checkout", tmp_path / "first.pkg")
    assert status == 0 and asked and made["for_replica"] in out
    office_id = run(capsys, "--data-dir", office, "replica", "id")[1].strip()
    assert run(capsys, "--data-dir", laptop, "officers", "sign-in", "Bert Claes")[0] == 0
    assert run(capsys, "--data-dir", laptop, "sync", "package", "--for", office_id, "--out",
               tmp_path / "l.pkg")[0] == 0
    status, out, _ = run(capsys, "--data-dir", office, "sync", "revoke", made["for_replica"])
    assert status == 0 and "revoked" in out
    desk = open_desk(data_dir=office)
    before = dump(desk)
    desk.close()
    status, _, err = run(capsys, "--data-dir", office, "sync", "apply", tmp_path / "l.pkg")
    assert status == 2 and err.count("\n") == 1 and "revoked" in err
    desk = open_desk(data_dir=office)
    assert dump(desk) == before
    desk.close()
    status, _, err = run(capsys, "--data-dir", office, "sync", "package", "--for", made["for_replica"],
                         "--out", tmp_path / "o.pkg")
    assert status == 2 and "revoked" in err
