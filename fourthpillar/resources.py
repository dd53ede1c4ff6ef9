"""Where the files the app ships (fonts, logo) are, from a checkout and from an installed package.

In a checkout (and an editable install) they sit in ``resources/`` at the repository root. A
built wheel carries them inside the package as ``fourthpillar/resources/``: setup.py copies them
there while building (no symlink, which a Windows checkout would turn into a text file).
``FOURTHPILLAR_RESOURCES`` points elsewhere, for packagers who put them in a system folder.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class MissingResource(FileNotFoundError):
    """A file the app ships is not where it should be: the installation is incomplete."""


@cache
def resources_dir() -> Path:
    """The folder holding ``fonts/`` and ``logo.png``."""
    candidates = []
    if os.environ.get("FOURTHPILLAR_RESOURCES"):
        candidates.append(Path(os.environ["FOURTHPILLAR_RESOURCES"]))
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    raise MissingResource(
        "the app's resources (fonts, logo) were not found in " + " or ".join(str(folder) for folder in candidates)
    )


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise MissingResource(f"the app's file {path} is missing: the installation is incomplete")
    return path
