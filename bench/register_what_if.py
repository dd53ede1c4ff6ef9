"""What the register would weigh in two other stored formats (issue 17, register size): measured
on a packed, plain copy of the bench register, not estimated.

1. **Every id as 16 bytes.** Ids are stored as their 36-character text (UUIDs) in every table, every
   index that holds one, and the change log (its own id, batch, record, officer and copy). The
   copy's UUID values are rewritten as 16-byte blobs and the copy packed again.
2. **Creations that carry their record.** The demonstration data that seeds the bench writes its
   ``create`` rows without a value; a register built by typing, an import or a checkout has each
   ``create`` row carry the record's filled-in fields as JSON (``store.creations``). The JSON
   those rows would hold is summed (``creation_text`` of each record's fields as stored).

Usage: ``python bench/register_what_if.py`` (after ``bench/run.py`` has cached the register; about
two minutes). Prints MB; writes nothing but a temporary folder it removes.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from register_size import packed_copy  # noqa: E402
from seeding import CACHE  # noqa: E402
from seeding import DATABASE_FILE  # noqa: E402
from seeding import generator_version  # noqa: E402

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _as_bytes(value: object) -> object:
    if isinstance(value, str) and len(value) == 36 and _UUID.fullmatch(value):
        return uuid.UUID(value).bytes
    return value


def _packed_mb(connection: sqlite3.Connection) -> float:
    return float(connection.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]) / 1e6


def _id_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [name for _cid, name, declared, *_rest in connection.execute(f'PRAGMA table_info("{table}")')
            if "CHAR(36)" in (declared or "").upper()]


def with_binary_ids(connection: sqlite3.Connection) -> float:
    """Rewrite every UUID held as text into 16 bytes, pack, and return the packed MB."""
    connection.create_function("as_bytes", 1, _as_bytes, deterministic=True)
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')  # the change log's numbering: not part of the size
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\'")]
    for table in tables:
        columns = _id_columns(connection, table)
        if columns:
            connection.execute(f'UPDATE "{table}" SET ' + ", ".join(f'"{c}" = as_bytes("{c}")' for c in columns))
    connection.commit()
    connection.execute("VACUUM")
    return _packed_mb(connection)


def creation_payload_mb(connection: sqlite3.Connection) -> float:
    """MB of JSON the ``create`` rows would carry had the records been typed or imported."""
    from fourthpillar.store.creations import creation_text
    from fourthpillar.store.models import ENTITIES

    total = 0
    for model in ENTITIES.values():
        fields = model.FIELDS
        listed = ", ".join(f'"{name}"' for name in fields)
        for row in connection.execute(f'SELECT {listed} FROM "{model.__tablename__}"'):
            values = {name: (json.loads(value) if isinstance(value, str) and value[:1] == "[" else value)
                      for name, value in zip(fields, row, strict=True)}
            total += len(creation_text(fields, values).encode())
    return total / 1e6


def main() -> int:
    database = CACHE / f"50000-{generator_version()}" / DATABASE_FILE
    if not database.exists():
        print(f"no cached bench register at {database}: run bench/run.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="fourthpillar-what-if-") as folder:
        connection = sqlite3.connect(packed_copy(database, Path(folder)))
        try:
            packed = _packed_mb(connection)
            payloads = creation_payload_mb(connection)
            binary = with_binary_ids(connection)
        finally:
            connection.close()
    on_disk = database.stat().st_size / 1e6
    print(f"register on disk {on_disk:.1f} MB, packed {packed:.1f} MB")
    print(f"with every id as 16 bytes: packed {binary:.1f} MB ({binary - packed:+.1f}); on disk, in the same "
          f"proportion, about {binary * on_disk / packed:.0f} MB")
    print(f"creation rows carrying their records (a typed or imported register): {payloads:+.1f} MB of JSON")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
