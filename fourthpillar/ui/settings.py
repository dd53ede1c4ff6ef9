"""The app's settings: one place that knows the keys and their defaults.

QSettings is keyed by the organisation and application names set in :mod:`fourthpillar.ui.app`
(tests point it at a temporary folder).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QDataStream
from PySide6.QtCore import QSettings

ORGANISATION = "11.11.11"
APPLICATION = "FourthPillarDesk"

MAIN_GEOMETRY = "main_window/geometry"
MAIN_STATE = "main_window/state"
MAIN_PAGE = "main_window/page"
MAIN_SPLITTER = "main_window/splitter"
#: The data folder chosen in Edit ▸ Settings ("" = the standard one); --data-dir and
#: FOURTHPILLAR_DATA_DIR win over it. Read by ui.app before the register is opened.
DATA_DIR = "general/data_dir"


def settings() -> QSettings:
    return QSettings()


def list_key(list_name: str, name: str) -> str:
    """The key of one remembered property of a list (header, sort column, ...)."""
    return f"lists/{list_name}/{name}"


def register_key(register: str, key: str) -> str:
    """The key of what belongs to one register rather than to the officer: the lists' search
    and filters and the last page shown. *register* is the register's replica id (each data
    folder or office database has its own), so that a new register starts clean while the
    register left yesterday comes back as it was."""
    return f"registers/{register}/{key}"


def register_list_key(register: str, list_name: str, name: str) -> str:
    """The key of a list's search or filters in one register (see :func:`register_key`)."""
    return register_key(register, list_key(list_name, name))


def read_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def read_str(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def read_bool(key: str, default: bool = False) -> bool:
    value: Any = settings().value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def read_json_object(key: str) -> dict[str, Any]:
    """A remembered JSON object (a list's filters); {} when missing or not readable."""
    try:
        value = json.loads(read_str(key))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_json(key: str, value: Any) -> None:
    write(key, json.dumps(value, ensure_ascii=False, sort_keys=True))


def write(key: str, value: Any) -> None:
    settings().setValue(key, value)


def header_sections(state: QByteArray) -> int | None:
    """How many sections (columns) a ``QHeaderView.saveState()`` remembers; None if unreadable.

    A list that gained a column since restores the state onto more sections, and Qt shows the
    new ones as it would any column: the list gives them their defaults instead (a column
    hidden by default stays hidden).
    """
    stream = QDataStream(state)
    stream.setVersion(QDataStream.Version.Qt_5_0)
    if stream.readInt32() != 0xFF or stream.readInt32() != 0:  # marker, format version 0
        return None
    for _ in range(3):  # orientation, sort order, sort section
        stream.readInt32()
    stream.readBool()  # sort indicator shown
    for _ in range(2):  # visual and logical indexes: QList<int>
        for _ in range(stream.readUInt32()):
            stream.readInt32()
    stream.readRawData((stream.readUInt32() + 7) // 8)  # hidden sections: QBitArray
    for _ in range(stream.readUInt32()):  # hidden sections' sizes: QHash<int, int>
        stream.readInt32()
        stream.readInt32()
    stream.readInt32()  # length
    sections = stream.readInt32()
    return sections if stream.status() == QDataStream.Status.Ok and sections >= 0 else None
