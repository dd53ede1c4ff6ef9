"""Finding the parts of the UI that other modules provide, without importing them too early."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def module_available(name: str) -> bool:
    """Whether a module exists, without importing it (exports pull in reportlab: slow start)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def optional_module(name: str) -> ModuleType | None:
    """A module written by another part of the project, or None while it does not exist."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name and name.startswith(error.name):
            return None
        raise
