"""Draw the app icon in every format the installers need, from one SVG, with Qt.

    .venv/bin/python installers/make_icons.py

Writes resources/icons/: ``fourthpillar.svg`` (the source: the office mark of resources/logo.svg,
four pillars on a base, on a light rounded tile so it reads on dark and light desktops),
``fourthpillar-<N>.png`` for the usual sizes (Linux menus, the window icon), ``fourthpillar.ico``
(Windows: the .exe, the Start menu and the uninstaller) and ``fourthpillar.icns`` (macOS). The
files are committed; run this again only after changing the design. QSvgRenderer comes with
PySide6-Essentials (QtSvg); ICO and ICNS are written here (PNG images in a small index) because
Qt cannot write several sizes into one file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
TILE = "#F7F4EE"

#: The office mark and its colours come from the logo's own script, so the two stay one design.
sys.path.insert(0, str(ROOT / "resources"))
from make_logo import NAVY  # noqa: E402
from make_logo import SHAPES  # noqa: E402

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (the @2x types reuse the bigger images).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def svg() -> str:
    rects = "\n".join(
        f'    <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{c}"/>'
        for x, y, w, h, r, c in SHAPES
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">\n'
        f'  <rect x="8" y="8" width="240" height="240" rx="44" fill="{TILE}" stroke="{NAVY}" '
        'stroke-opacity="0.25" stroke-width="4"/>\n'
        '  <g transform="translate(32 30) scale(0.75)">\n'
        f"{rects}\n"
        "  </g>\n"
        "</svg>\n"
    )


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon: a directory of PNG images (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        blob = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon: big-endian (type, length) elements holding PNG data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need a GUI application
    ICONS.mkdir(parents=True, exist_ok=True)
    source = svg()
    (ICONS / "fourthpillar.svg").write_text(source, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(source.encode()))
    if not renderer.isValid():
        raise SystemExit("Qt could not read the icon's SVG")
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    for size in PNG_SIZES:
        (ICONS / f"fourthpillar-{size}.png").write_bytes(images[size])
    (ICONS / "fourthpillar.ico").write_bytes(ico(images))
    (ICONS / "fourthpillar.icns").write_bytes(icns(images))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
