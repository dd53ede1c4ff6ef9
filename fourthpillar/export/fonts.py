"""The fonts PDFs are set in, registered with ReportLab from the files in ``resources/fonts``.

DejaVu Sans is the main family (Latin with Dutch and French accents, the euro sign, Arabic,
Cyrillic, many symbols); Noto Sans Ethiopic draws Amharic and Tigrinya place names, switched
in per run of text by :func:`fourthpillar.export.safety.paragraph_text`. Arabic gets a minimal
layout of our own (:mod:`fourthpillar.export.arabic`): see ``resources/fonts/README.md``.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from fourthpillar.export.arabic import logical_text
from fourthpillar.resources import resource_path

#: The main family's names as used in styles and ``<font face=...>``.
MAIN = "FPSans"
MAIN_BOLD = "FPSans-Bold"
ETHIOPIC = "FPEthiopic"
ETHIOPIC_BOLD = "FPEthiopic-Bold"

_FILES = {
    MAIN: "DejaVuSans.ttf",
    MAIN_BOLD: "DejaVuSans-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}

_lock = threading.Lock()
_registered = False

_original_to_unicode = ttfonts.makeToUnicodeCMap


def _utf16_hex(code_point: int) -> str:
    return logical_text(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map (what copy, search and text extraction read), corrected.

    ReportLab writes a character beyond U+FFFF (an emoji, U+1F600) as ``<1F600>``, which the
    PDF format reads as invalid, so the character is lost; the standard wants the UTF-16BE
    pair ``<D83DDE00>``. And Arabic letters drawn in their presentation forms
    (:mod:`fourthpillar.export.arabic`) map back to the letters that were typed.
    """
    cmap: str = _original_to_unicode(fontname, subset)
    if all(code <= 0xFFFF and logical_text(code) == chr(code) for code in subset):
        return cmap
    head, _, rest = cmap.partition("beginbfchar\n")
    _, _, tail = rest.partition("\nendbfchar")
    pairs = "\n".join(f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset))
    return f"{head}beginbfchar\n{pairs}\nendbfchar{tail}"


def register_fonts() -> None:
    """Register the shipped fonts once per process (safe to call from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        for family, regular, bold in ((MAIN, MAIN, MAIN_BOLD), (ETHIOPIC, ETHIOPIC, ETHIOPIC_BOLD)):
            # No italic files are shipped: italic maps to the upright faces.
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, regular)
            addMapping(family, 1, 1, bold)
        _registered = True


def script_font(script: str) -> str | None:
    """The font family that draws *script* where the main font cannot (for paragraph_text)."""
    return {"ethiopic": ETHIOPIC}.get(script)


def can_draw(char: str) -> bool:
    """Whether the main font has a glyph for *char* (after :func:`register_fonts`)."""
    face = pdfmetrics.getFont(MAIN).face
    return ord(char) in face.charToGlyph
