"""The installers' own files agree with the app: menu entry, AppStream data, icons, Windows setup.

Fast checks (no build): each says what users would see go wrong. The Linux bundle itself is
built and run by test_linux_bundle.py.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fourthpillar import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"
APP_ID = "be.11.fourthpillar"
DESKTOP = INSTALLERS / "linux" / f"{APP_ID}.desktop"
METAINFO = INSTALLERS / "linux" / f"{APP_ID}.metainfo.xml"
ISS = INSTALLERS / "windows" / "fourthpillar.iss"
SPEC = INSTALLERS / "fourthpillar.spec"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_starts_the_app_with_its_icon() -> None:
    """The Linux menu entry names the app, runs `fourthpillar` and shows our icon (else a blank or broken entry)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Fourth Pillar desk"
    assert entry["Exec"].split()[0] == "fourthpillar"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert "Comment[nl]" in entry and "Comment[fr]" in entry


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    """freedesktop's validator accepts the menu entry (else some desktops silently hide it)."""
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_matches_the_desktop_entry_and_the_version() -> None:
    """Software centres show this app under its menu entry with the current version (else a stale listing)."""
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == "fourthpillar"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == __version__, (
        f"add <release version=\"{__version__}\"> at the top of {METAINFO.name}"
    )


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    """AppStream's validator accepts the metadata (else software centres drop the app)."""
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_png_icons_have_the_size_in_their_name() -> None:
    """Every fourthpillar-N.png is N x N (else blurry or cropped icons in menus and task bars)."""
    sizes = []
    for path in sorted(ICONS.glob("fourthpillar-*.png")):
        size = int(path.stem.rsplit("-", 1)[1])
        assert _png_size(path.read_bytes()) == (size, size), path.name
        sizes.append(size)
    assert {16, 32, 48, 128, 256, 512} <= set(sizes)
    ET.parse(ICONS / "fourthpillar.svg")  # the scalable icon is well-formed SVG


def test_windows_icon_holds_every_size_up_to_256() -> None:
    """fourthpillar.ico carries 16 to 256 px PNG images (else Windows shows a blurry or default icon)."""
    data = (ICONS / "fourthpillar.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _colours, _zero, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        image = data[offset: offset + length]
        side = width or 256
        assert _png_size(image) == (side, side)
        sizes.add(side)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icon_is_a_complete_icns() -> None:
    """fourthpillar.icns is well-formed and has the Retina sizes (else Finder and the Dock show a generic app)."""
    data = (ICONS / "fourthpillar.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, {}
    while offset < len(data):
        kind, length = data[offset: offset + 4], struct.unpack(">I", data[offset + 4: offset + 8])[0]
        kinds[kind] = _png_size(data[offset + 8: offset + length])
        offset += length
    assert offset == len(data)
    assert kinds[b"ic10"] == (1024, 1024) and kinds[b"ic07"] == (128, 128)


def test_windows_setup_keeps_the_users_register() -> None:
    """Uninstalling on Windows never deletes the data folder (else an uninstall or upgrade loses every record)."""
    script = ISS.read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith(";"))
    assert "[UninstallDelete]" not in code
    assert "[UninstallRun]" not in code
    for folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "11.11.11\\FourthPillarDesk"):
        assert folder.lower() not in code.lower(), f"the setup script touches {folder}"
    assert "never deletes" in script  # the reason stays written down for the next editor


def test_windows_setup_installs_what_the_spec_builds() -> None:
    """The setup packs the executables the spec makes and puts the windowed one in the Start menu."""
    script = ISS.read_text(encoding="utf-8")
    spec = SPEC.read_text(encoding="utf-8")
    assert '#define AppExe "fourthpillar.exe"' in script
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', script, re.M)
    assert 'executable("fourthpillar", console=False)' in spec
    assert 'executable("fourthpillar-cli", console=True)' in spec
    assert "AppVersion={#AppVersion}" in script
    assert "resources\\icons\\fourthpillar.ico" in script


def test_macos_app_has_the_bundle_id_and_icon() -> None:
    """The .app is be.11.fourthpillar with our icon (else macOS mixes its settings up with another app)."""
    spec = SPEC.read_text(encoding="utf-8")
    assert f'BUNDLE_ID = "{APP_ID}"' in spec
    assert 'icon=str(ICONS / "fourthpillar.icns")' in spec
    assert (INSTALLERS / "macos" / "make_dmg.sh").read_text(encoding="utf-8").count("hdiutil create") == 1


def test_windows_setup_compiles_for_pre_release_versions_and_lands_beside_the_bundle() -> None:
    """A pre-release (0.2.0rc1) must still compile: Windows' version fields take only numbers, so
    they come from the exe's numeric version while the file name keeps the real one; and the setup
    lands in dist/, not inside the checkout (both found by compiling the script under Wine)."""
    script = ISS.read_text(encoding="utf-8")
    assert "VersionInfoVersion={#AppVersionNumbers}" in script
    assert "VersionInfoVersion={#AppVersion}" not in script
    assert re.search(r"^#define AppVersionNumbers GetVersionNumbersString\(", script, re.M)
    assert re.search(r"^OutputDir=\{#BundleDir\}\\\.\.$", script, re.M)
    assert "OutputBaseFilename=FourthPillarDesk-{#AppVersion}-setup" in script


def test_a_pip_install_has_a_command_line_that_prints() -> None:
    """On Windows a gui-script has no console: without the console entry point a pip install
    gives a command line whose output and error messages nobody sees."""
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["fourthpillar"] == "fourthpillar.cli.main:main"
    assert project["scripts"]["fourthpillar-cli"] == "fourthpillar.cli.main:main"
