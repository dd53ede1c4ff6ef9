"""The wheel (``pip install fourthpillar``) carries the fonts, translations, icons and user guide.

They live in ``resources/`` and ``docs/guide/`` at the repository root; setup.py copies them into
the built package. If these fail, an installed app writes PDFs without its fonts ("the app's
resources were not found"), speaks English only, or has no Help > User guide.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The start of every compiled Qt translation (.qm) file.
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """A wheel built from a copy of the checkout as a fresh clone has it: no compiled .qm files."""
    source = tmp_path_factory.mktemp("checkout")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for folder in ("fourthpillar", "resources", "docs/guide"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore, symlinks=True)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)],
                            capture_output=True, text=True, timeout=600, cwd=source)
    if result.returncode != 0 and "satisfies the requirement setuptools" in result.stderr:
        pytest.skip(f"pip cannot fetch the build backend here: {result.stderr.strip()[-300:]}")
    assert result.returncode == 0, f"building the wheel failed:\n{(result.stdout + result.stderr)[-4000:]}"
    [built] = out.glob("fourthpillar-*.whl")
    return zipfile.ZipFile(built)


def test_the_checkout_has_no_resources_link() -> None:
    """fourthpillar/resources must not be a symlink: a Windows checkout turns one into a text file."""
    assert not (ROOT / "fourthpillar" / "resources").exists() and not (ROOT / "fourthpillar" / "resources").is_symlink()


def test_wheel_carries_fonts_icons_and_logo(wheel: zipfile.ZipFile) -> None:
    """PDF exports need the fonts and the logo; the window and the menu entry need the icons."""
    names = set(wheel.namelist())
    expected = [path.relative_to(ROOT / "resources") for folder in ("fonts", "icons")
                for path in sorted((ROOT / "resources" / folder).iterdir()) if path.is_file()]
    assert expected, "resources/ holds no fonts or icons"
    for relative in [*expected, Path("logo.png")]:
        assert f"fourthpillar/resources/{relative.as_posix()}" in names, f"{relative} is not in the wheel"
    font = "fonts/DejaVuSans.ttf"
    assert wheel.read(f"fourthpillar/resources/{font}") == (ROOT / "resources" / font).read_bytes()
    assert not [name for name in names if name.startswith("fourthpillar/resources/") and name.endswith(".py")], \
        "the scripts that draw the resources do not belong in the package"


def test_wheel_carries_compiled_and_source_translations(wheel: zipfile.ZipFile) -> None:
    """The UI reads the .qm (compiled while building), the command line the .ts: else English only."""
    sources = sorted((ROOT / "resources" / "translations").glob("fourthpillar_*.ts"))
    assert {ts.stem for ts in sources} >= {"fourthpillar_nl", "fourthpillar_fr"}
    for ts in sources:
        assert wheel.read(f"fourthpillar/resources/translations/{ts.name}") == ts.read_bytes()
        compiled = wheel.read(f"fourthpillar/resources/translations/{ts.stem}.qm")
        assert compiled.startswith(QM_MAGIC) and len(compiled) > 1000, f"{ts.stem}.qm is not a compiled translation"


def test_wheel_carries_the_user_guide(wheel: zipfile.ZipFile) -> None:
    """Help > User guide looks in <resources>/guide in an installed package (ui/help.py)."""
    names = set(wheel.namelist())
    guide = ROOT / "docs" / "guide"
    pages = sorted(guide.glob("*.md"))
    pictures = sorted(path for path in (guide / "images").rglob("*") if path.is_file())
    assert pages and pictures
    for path in [*pages, *pictures]:
        relative = path.relative_to(guide).as_posix()
        assert f"fourthpillar/resources/guide/{relative}" in names, f"the guide's {relative} is not in the wheel"
