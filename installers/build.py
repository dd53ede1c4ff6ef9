"""Build the one-folder application with PyInstaller (``make bundle`` runs this).

    .venv/bin/python installers/build.py               # dist/fourthpillar/ (+ the .app on macOS)
    .venv/bin/python installers/build.py --installer   # then setup.exe / .dmg / .tar.gz

Installs PyInstaller into the running Python's environment (the project's .venv) when it is
missing, and builds with installers/fourthpillar.spec: work files in build/pyinstaller/, the
result in dist/ (both git-ignored). PyInstaller's own cache goes under the work folder too, so
nothing is left elsewhere on the machine. Prints the bundle's size and the time taken.

``--installer`` then packs the bundle the platform's way:
- Linux: ``dist/fourthpillar-<version>-linux-<arch>.tar.gz`` (unpack, run ``install.sh``).
- Windows: ``dist/FourthPillarDesk-<version>-setup.exe`` with Inno Setup 6.3+'s ISCC.exe
  (installers/windows/fourthpillar.iss; ISCC from $ISCC, PATH or Inno Setup's install folder).
- macOS: ``dist/FourthPillarDesk-<version>.dmg`` (installers/macos/make_dmg.sh, hdiutil).
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installers" / "fourthpillar.spec"
#: The PyInstaller this spec is written for (6.x: one-folder bundles keep their files in _internal/).
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"


def app_version() -> str:
    tree = ast.parse((ROOT / "fourthpillar" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("fourthpillar/__init__.py has no __version__")


def ensure_pyinstaller() -> None:
    """PyInstaller in this environment, installed with pip when missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(f"Installing {PYINSTALLER_REQUIREMENT} into {sys.prefix} ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQUIREMENT], check=True)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(*, dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller; the bundle folder (dist/fourthpillar)."""
    env = dict(os.environ)
    # PyInstaller's cache (per-user by default) under the work folder: no files outside build/.
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "config"))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--workpath", str(work), "--distpath", str(dist), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    bundle = dist / "fourthpillar"
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller finished but {bundle} is missing")
    return bundle


def linux_archive(bundle: Path, version: str) -> Path:
    archive = bundle.parent / f"fourthpillar-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"fourthpillar-{version}")
    return archive


def find_iscc() -> str | None:
    """Inno Setup's compiler: $ISCC, then PATH, then where Inno Setup 6 installs itself for all
    users (Program Files) or, when installed without administrator rights, for one user."""
    candidates = [os.environ.get("ISCC"), shutil.which("iscc"), shutil.which("ISCC")]
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    if os.environ.get("LOCALAPPDATA"):
        candidates.append(str(Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6" / "ISCC.exe"))
    return next((c for c in candidates if c and Path(c).is_file()), None)


def windows_setup(bundle: Path, version: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("Inno Setup 6.3 or later (ISCC.exe) is needed for --installer on Windows: install it from "
                         "https://jrsoftware.org/isinfo.php or set ISCC to the path of its ISCC.exe")
    script = ROOT / "installers" / "windows" / "fourthpillar.iss"
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/O{bundle.parent}", str(script)],
                   check=True)
    return bundle.parent / f"FourthPillarDesk-{version}-setup.exe"


def macos_dmg(bundle: Path, version: str) -> Path:
    app = bundle.parent / "Fourth Pillar desk.app"
    dmg = bundle.parent / f"FourthPillarDesk-{version}.dmg"
    subprocess.run(["sh", str(ROOT / "installers" / "macos" / "make_dmg.sh"), str(app), str(dmg)], check=True)
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true", help="start from an empty work folder")
    parser.add_argument("--installer", action="store_true",
                        help="then make the platform's installer (tar.gz, setup.exe or dmg)")
    args = parser.parse_args(argv)

    version = app_version()
    started = time.monotonic()
    ensure_pyinstaller()
    bundle = build(dist=args.dist.resolve(), work=args.work.resolve(), clean=args.clean)
    elapsed = time.monotonic() - started
    print(f"Built {bundle} (Fourth Pillar desk {version}): {folder_size(bundle) / 1e6:.1f} MB unpacked "
          f"in {elapsed:.0f} s", flush=True)
    if args.installer:
        if sys.platform == "win32":
            made = windows_setup(bundle, version)
        elif sys.platform == "darwin":
            made = macos_dmg(bundle, version)
        else:
            made = linux_archive(bundle, version)
        print(f"Installer: {made} ({made.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
