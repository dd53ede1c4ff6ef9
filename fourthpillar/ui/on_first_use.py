"""A service module the window imports when one of its names is first used, not at start.

Used as::

    if TYPE_CHECKING:
        from fourthpillar.services import sync
    else:
        sync = OnFirstUse("fourthpillar.services.sync")

so that type checking sees the module itself, and the module (with what it brings: reportlab,
openpyxl, the package format) loads in the first job that calls it.
"""

from __future__ import annotations

import importlib
from typing import Any


class OnFirstUse:
    """The module *name*, imported when one of its names is first looked up."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)
