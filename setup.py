"""Build hook: the wheel carries the repository's ``resources/`` and user guide inside the package.

Everything else about the package is in pyproject.toml. The app's fonts, logo, icons and
translations live in ``resources/`` at the repository root (where the PyInstaller spec, the
Makefile and the translation tools find them); a wheel has to carry them inside the package, as
``fourthpillar/resources/``, where fourthpillar/resources.py looks once installed. A symlink
``fourthpillar/resources -> ../resources`` did that before, but a Windows checkout without
symlink support turns it into a text file and the wheel then lacked the fonts and translations.
So the build copies the folder instead:

- ``resources/`` minus the scripts that draw it (``*.py``) to ``fourthpillar/resources/``;
- the Qt translations compiled afresh from ``resources/translations/*.ts`` with
  ``pyside6-lrelease`` when it can be found (on PATH or beside this Python), else the ``.qm``
  files ``make translations`` left beside them, provided they are not older than their ``.ts``;
  without either the build stops and says so (a wheel without them would show an English UI);
- the user guide ``docs/guide/*.md`` and ``docs/guide/images/`` to ``fourthpillar/resources/guide/``,
  where Help > User guide looks in an installed package (fourthpillar/ui/help.py).

An editable install (``pip install -e .``, what ``make`` uses) copies nothing: the package then
reads ``resources/`` and ``docs/guide/`` in the checkout.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
GUIDE = ROOT / "docs" / "guide"


def _translation_compiler() -> ModuleType:
    """fourthpillar/translation_compiler.py, loaded by path: the package is not installed yet."""
    path = ROOT / "fourthpillar" / "translation_compiler.py"
    spec = importlib.util.spec_from_file_location("_translation_compiler", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiler = _translation_compiler()


def resource_files() -> list[tuple[Path, Path]]:
    """(source, path inside ``fourthpillar/resources``) of the shipped files, translations aside."""
    files = []
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path.suffix in {".py", ".pyc", ".qm"} or "__pycache__" in path.parts:
            continue
        files.append((path, path.relative_to(RESOURCES)))
    if GUIDE.is_dir():
        for path in sorted(GUIDE.glob("*.md")):
            files.append((path, Path("guide") / path.name))
        for path in sorted((GUIDE / "images").rglob("*")):
            if path.is_file():
                files.append((path, Path("guide") / path.relative_to(GUIDE)))
    return files


def compile_translations(target: Path) -> list[Path]:
    """The app's .qm files in *target*: compiled from the .ts, else taken when up to date."""
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    target.mkdir(parents=True, exist_ok=True)
    lrelease = compiler.find_lrelease()
    made = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        if lrelease is not None:
            try:
                compiler.compile_translation(ts, qm, lrelease=lrelease)
            except compiler.CompileFailed as failure:
                raise SetupError(str(failure)) from None
        else:
            compiled = ts.with_suffix(".qm")
            if not compiled.is_file() or compiled.stat().st_mtime < ts.stat().st_mtime:
                raise SetupError(
                    f"{compiled} is missing or older than {ts.name}, and pyside6-lrelease (PySide6) was not found "
                    "to compile it: run `make translations` first, or build with PySide6 installed "
                    "(the project's .venv/bin/pip wheel . finds it)"
                )
            shutil.copyfile(compiled, qm)
        made.append(qm)
    return made


class BuildWithResources(build_py):
    """build_py that also puts resources/ and the user guide into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and docs/guide/ in the checkout
        target = Path(self.build_lib) / "fourthpillar" / "resources"
        if not (RESOURCES / "fonts").is_dir():
            raise SetupError(f"{RESOURCES} has no fonts/: the checkout is incomplete")
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)  # nothing left over from an earlier build in build/lib
        for source, inside in resource_files():
            destination = target / inside
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        compile_translations(target / "translations")


setup(cmdclass={"build_py": BuildWithResources})
