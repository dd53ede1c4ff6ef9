"""Draw the office mark (resources/logo.svg and resources/logo.png): four pillars on a base,
the fourth in the accent colour. Run once with the project's Python (Pillow comes with
ReportLab) after changing the design; the app only reads the files.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PIL import ImageDraw

NAVY = "#1F3A5F"
ACCENT = "#E4572E"
SIZE = 256
HERE = Path(__file__).resolve().parent

# (x, y, width, height, radius, colour) in a 256 x 256 box.
SHAPES = [
    (36, 52, 34, 150, 8, NAVY),
    (86, 52, 34, 150, 8, NAVY),
    (136, 52, 34, 150, 8, NAVY),
    (186, 30, 34, 172, 8, ACCENT),
    (24, 210, 208, 18, 6, NAVY),
]


def svg() -> str:
    rects = "\n".join(
        f'  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{c}"/>'
        for x, y, w, h, r, c in SHAPES
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}">\n{rects}\n</svg>\n'
    )


def png(scale: int = 2, supersample: int = 4) -> Image.Image:
    factor = scale * supersample
    image = Image.new("RGBA", (SIZE * factor, SIZE * factor), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for x, y, w, h, r, c in SHAPES:
        draw.rounded_rectangle(
            (x * factor, y * factor, (x + w) * factor - 1, (y + h) * factor - 1),
            radius=r * factor, fill=c,
        )
    return image.resize((SIZE * scale, SIZE * scale), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    (HERE / "logo.svg").write_text(svg(), encoding="utf-8")
    png().save(HERE / "logo.png", optimize=True)
