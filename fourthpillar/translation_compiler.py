"""Qt's translation compiler, found and run one way for every build step that needs it.

``setup.py`` (loads this file by path: the package is not installed while it builds), the
PyInstaller spec, the screenshot script and the language tests compile ``resources/translations/*.ts``
into ``.qm``; each decides for itself what a missing compiler means. Standard library only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

LRELEASE = "pyside6-lrelease"


class CompileFailed(Exception):
    """The compiler is missing, or refused a ``.ts``: the text says which and why."""


def find_lrelease() -> str | None:
    """``pyside6-lrelease`` beside the running Python (a virtual environment's), else on PATH."""
    return shutil.which(LRELEASE, path=str(Path(sys.executable).parent)) or shutil.which(LRELEASE)


def compile_translation(ts: Path, qm: Path, *, lrelease: str | None = None) -> Path:
    """Compile *ts* into *qm*; :class:`CompileFailed` naming the file when that cannot be done."""
    compiler = lrelease or find_lrelease()
    if compiler is None:
        raise CompileFailed(f"{LRELEASE} (PySide6) is needed to compile {ts}")
    # Without the calling Python's variables: pyside6-lrelease is a script of the Python that has
    # PySide6, which pip's isolated build environment (PYTHONPATH, PYTHONNOUSERSITE...) would hide.
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    result = subprocess.run([compiler, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode != 0 or not qm.is_file():
        raise CompileFailed(f"{compiler} could not compile {ts}: {(result.stderr or result.stdout).strip()}")
    return qm
