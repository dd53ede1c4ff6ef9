"""Upgrading a register made before sync existed: its history gets identities and heads."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from fourthpillar import paths
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store.database import open_database
from fourthpillar.store.migrate import migrate_to


def test_history_from_before_sync_is_numbered_and_merges(tmp_path: Path) -> None:
    """An office upgrading keeps its history usable: numbered per replica, latest values as heads,
    and the next edit replaces them (no phantom conflict)."""
    database = open_database(paths.sqlite_url(tmp_path))
    with database.engine.begin() as connection:
        migrate_to(connection, "0003")
        connection.execute(text(
            "INSERT INTO initiative (id, name, name_key, street, postcode, municipality, partner_countries, themes,"
            " panel_member, status, tags, notes, created_at, updated_at, version) VALUES ('i1', 'Oud', 'oud', '',"
            " '2000', 'Antwerpen', '', '', 0, 'active', '', 'tweede', '2020-01-01 10:00:00.000000',"
            " '2020-01-02 10:00:00.000000', 3)"))
        for number, (operation, field, value, when) in enumerate([
                ("create", None, None, "2020-01-01 10:00:00.000000"),
                ("create", "notes", '"eerste"', "2020-01-01 10:00:00.000000"),
                ("update", "notes", '"tweede"', "2020-01-02 10:00:00.000000")]):
            connection.execute(text(
                "INSERT INTO change (id, batch_id, entity, entity_id, operation, field, new_value, replica_id,"
                " changed_at) VALUES (:id, :id, 'initiative', 'i1', :operation, :field, :value, 'old-replica',"
                " :when)"), {"id": f"c{number}", "operation": operation, "field": field, "value": value,
                             "when": when})
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('replica_id', 'old-replica')"))
    database.dispose()

    desk = open_desk(data_dir=tmp_path)
    try:
        with desk.database.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT id, seq, parents, is_head FROM change ORDER BY seq")).all()
            held = connection.execute(text("SELECT held FROM replica WHERE id = 'old-replica'")).scalar_one()
        assert [(row.id, row.seq, row.parents, bool(row.is_head)) for row in rows] == [
            ("c0", 1, "", True), ("c1", 2, "", False), ("c2", 3, "old-replica:2", True)]
        assert held == 3
        initiatives.update_initiative(desk, initiative_id="i1", changes={"notes": "derde"})
        with desk.database.engine.connect() as connection:
            newest = connection.execute(text("SELECT seq, parents FROM change WHERE is_head AND field = 'notes'")).all()
        assert [tuple(row) for row in newest] == [(4, "old-replica:3")]
    finally:
        desk.close()
