"""Giving a finished file its final name without ever replacing another file of that name: a
backup, an export that must not overwrite, a first package's new register."""

from __future__ import annotations

import os
from pathlib import Path


def place_unless_taken(source: Path, target: Path) -> bool:
    """Give *source* the name *target* unless a file has that name (then False, *source* left
    as it is). A hard link fails on a taken name in one step, so a file another program makes
    meanwhile is never replaced; a file system without hard links (FAT, some network drives)
    gets a check, then the rename."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        if target.exists():
            return False
        os.replace(source, target)
        return True
    source.unlink()
    return True
