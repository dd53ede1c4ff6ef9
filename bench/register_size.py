"""The register's size on disk, and where its pages go (issue 17: 500 MB or less for 50,000
initiatives, that is 10 MB per 1,000).

SQLCipher builds carry no ``dbstat`` table, so the breakdown is read from a packed, plain copy
(``sqlcipher_export`` into a private temporary folder, removed afterwards; the bench register
holds demonstration data only). Packed means every page as full as a fresh copy makes it: the
difference from the file on disk is the room left in pages filled in random order.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from figures import REGISTER_TARGET_MB_PER_1000
from figures import Figure

#: Tables reported on their own; the rest are summed as "other".
NAMED_TABLES = {"change": "change log", "advice_request": "requests", "follow_up": "follow-ups",
                "registration": "registrations", "contact_person": "contacts", "initiative": "initiatives"}


def _file_mb(database: Path) -> float:
    files = [database, database.with_name(database.name + "-wal")]
    return sum(path.stat().st_size for path in files if path.exists()) / 1e6


def packed_copy(database: Path, folder: Path) -> Path:
    """A plain, packed copy of the encrypted *database* in *folder* (a private temporary one)."""
    from fourthpillar.store import cipher

    plain = folder / "packed.sqlite3"
    source = cipher.connect(database, read_only=True)
    try:
        cipher.export(source, plain, None)
    finally:
        source.close()
    return plain


def packed_breakdown(database: Path) -> dict[str, float]:
    """MB of pages in use per part: each named table's rows and its indexes, the full-text
    tables, the rest, and the total."""
    with tempfile.TemporaryDirectory(prefix="fourthpillar-size-") as folder:
        connection = sqlite3.connect(packed_copy(database, Path(folder)))
        try:
            schema = connection.execute("SELECT name, tbl_name, type FROM sqlite_master").fetchall()
            sizes = connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        finally:
            connection.close()
    owner = {name: table for name, table, _kind in schema}
    kinds = {name: kind for name, _table, kind in schema}
    parts: dict[str, float] = {}
    for name, size in sizes:
        table = owner.get(name, name)
        if "_fts" in table:
            part = "full-text search"
        elif table in NAMED_TABLES:
            part = NAMED_TABLES[table] + (" indexes" if kinds.get(name) == "index" else " rows")
        else:
            part = "other"
        parts[part] = parts.get(part, 0.0) + size / 1e6
    parts["total"] = sum(parts.values())
    return parts


def measure_register_size(database: Path, initiatives: int) -> tuple[list[Figure], dict[str, float]]:
    """The file on disk beside the records' own rows (tables without indexes, history or search
    index, packed), against 10 MB per 1,000 initiatives; the breakdown in the detail."""
    on_disk = _file_mb(database)
    parts = packed_breakdown(database)
    rows = sum(size for part, size in parts.items() if part.endswith(" rows") and part != "change log rows")
    shown = sorted(((part, size) for part, size in parts.items() if part != "total"), key=lambda item: -item[1])
    detail = (f"{on_disk / initiatives * 1000:.1f} MB per 1,000 initiatives; packed {parts['total']:.0f} MB: "
              + ", ".join(f"{part} {size:.0f}" if size >= 10 else f"{part} {size:.1f}" for part, size in shown)
              + "; baseline: the records' own rows, packed (no index, history or search index)")
    target = REGISTER_TARGET_MB_PER_1000 * initiatives / 1000
    return [Figure(f"register size on disk, {initiatives:,} initiatives", on_disk, "MB", rows, target, detail)], parts
