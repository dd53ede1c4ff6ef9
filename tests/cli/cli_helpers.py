"""Running the command line as a shell would, and a register built through it (tests/cli)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourthpillar.cli.main import main
from fourthpillar.store import cipher

REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str


class Cli:
    """Runs commands against one data folder the way a shell would, capturing the output."""

    def __init__(self, read_output: Callable[[], tuple[str, str]], data_dir: Path) -> None:
        self.read_output = read_output
        self.data_dir = data_dir

    def __call__(self, *args: str) -> Outcome:
        try:
            status = main(["--data-dir", str(self.data_dir), *args])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        out, err = self.read_output()
        return Outcome(status, out, err)

    def ok(self, *args: str) -> str:
        outcome = self(*args)
        assert outcome.status == 0, f"{' '.join(args)} failed: {outcome.err}"
        assert outcome.err == "", f"{' '.join(args)} complained: {outcome.err}"
        return outcome.out

    def new_id(self, *args: str) -> str:
        """Run an ``add`` and return the id it printed (the only thing it may print)."""
        out = self.ok(*args)
        assert out.endswith("\n") and out.count("\n") == 1, f"add printed more than the id: {out!r}"
        return str(uuid.UUID(out.strip()))

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))


def build_register(cli: Cli) -> dict[str, str]:
    cli.ok("officers", "sign-in", "An Peeters", "--region", "antwerpen")
    ids = {"bert": cli.new_id("officers", "add", "name=Bert Claes", "region=West Flanders")}
    ids["initiative"] = cli.new_id(
        "initiatives", "add", "name=Vrienden van Kasongo", "postcode=2000", "municipality=Antwerpen",
        "themes=education, climate", "partner_countries=CD,sn", "legal_form=vzw")
    ids["gent"] = cli.new_id("initiatives", "add", "name=Ééntje Gent", "postcode=9000", "municipality=Gent",
                             "status=dormant", "themes=water and sanitation")
    ids["brugge"] = cli.new_id("initiatives", "add", "name=Brug naar Cotonou", "postcode=8000",
                               "municipality=Brugge", "themes=healthcare")
    ids["request"] = cli.new_id(
        "requests", "add", "--initiative", ids["initiative"], "channel=phone", "topics=subsidies,governance",
        "question=Which fund pays for a well?", "received_on=02/11/2026", "due_on=2026-12-01")
    ids["follow_up"] = cli.new_id("followups", "add", "--request", ids["request"],
                                  "action=Send the 11.fonds form", "due_on=2026-12-10")
    return ids


TABLES = ("officer", "initiative", "contact_person", "advice_request", "follow_up", "change", "meta")


def snapshot(data_dir: Path) -> dict[str, Any]:
    """Every row of every table plus the desk's config: what 'nothing written' means."""
    connection = cipher.connect(data_dir / "fourthpillar.sqlite3")
    try:
        state: dict[str, Any] = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES
        }
    finally:
        connection.close()
    config = data_dir / "config.json"
    state["config.json"] = config.read_text(encoding="utf-8") if config.exists() else None
    return state


def names(rows: list[dict[str, Any]]) -> list[str]:
    return [row["name"] for row in rows]
