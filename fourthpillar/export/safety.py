"""Making user text safe for the two formats that leave the office.

PDF: ReportLab's ``Paragraph`` reads a small markup language (``<b>``, ``<font>``, ``<img
src=...>``, ``<a href=...>``, entities). User text is escaped completely, so a name like
``<img src="/etc/passwd"/>`` prints as those characters and never makes ReportLab read a file,
and ``AT&amp;T`` prints as typed (the ``&`` is escaped again, not trusted as an entity).

Spreadsheets: a text cell whose first character is ``=``, ``+``, ``-``, ``@``, tab, CR or LF
could be taken for a formula by a spreadsheet program (on opening a CSV, or when the receiver
edits the cell). Such a cell is written with the explicit string type *and* Excel's
"quote prefix" cell style (what typing a leading apostrophe does in Excel): the value stays
exactly what was entered (it reads back equal, nothing is prepended), it is displayed as text,
and editing it does not turn it into a formula. No written cell ever has the formula type.

Line breaks: CRLF and lone CR become LF in cells, which is how spreadsheets store a line break
inside a cell (a raw CR would not survive the XML anyway). Control characters that the XLSX
format forbids are removed; text longer than a cell holds is cut with a visible marker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from fourthpillar.export import arabic
from fourthpillar.i18n import translate

#: Characters that can start a formula (or DDE payload) in a spreadsheet program.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

#: Excel's limit on the characters in one cell.
MAX_CELL_CHARS = 32_767

#: XML 1.0 forbids C0 controls other than tab, LF and CR; openpyxl refuses them.
_XLSX_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: In a PDF paragraph, C0/C1 controls would print as boxes; tab and line breaks are handled.
_PDF_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
#: Text a cell cannot hold as it is (forbidden controls, a line break to normalise).
CELL_NEEDS_WORK = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff\u2028\u2029\x85]")

#: Ethiopic blocks: drawn with the Ethiopic font (DejaVu Sans has no Ethiopic glyphs).
_ETHIOPIC = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\U0001e7e0-\U0001e7ff]+")


def normalise_line_breaks(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text)


def cut_marker() -> str:
    return " … " + translate("Export", "[cut: text too long for one cell]")


def escape_markup(text: str) -> str:
    """*text* with ``&``, ``<``, ``>`` and quotes escaped for ReportLab's paragraph parser."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


#: What a PDF prints for a character no shipped font can draw (an emoji such as U+1F91D, a
#: Chinese place name): the Unicode replacement character, which reads as "something was here",
#: where the font's empty box looked like a printing fault.
NOT_DRAWABLE = "\ufffd"


def _mark_undrawable(text: str, drawable: Callable[[str], bool]) -> str:
    """*text* with each run of characters that cannot be drawn as one :data:`NOT_DRAWABLE`; the
    invisible parts of an emoji (variation selectors, joiners, skin tones) add no mark of their own."""
    out: list[str] = []
    for char in text:
        if char in "\n " or drawable(char) or _ETHIOPIC.fullmatch(char):
            out.append(char)
        elif unicodedata.category(char) in ("Mn", "Me", "Cf") or "\U0001f3fb" <= char <= "\U0001f3ff":
            continue
        elif not out or out[-1] != NOT_DRAWABLE:
            out.append(NOT_DRAWABLE)
    return "".join(out)


def paragraph_text(text: str | None, *, script_font: Callable[[str], str | None] | None = None,
                   drawable: Callable[[str], bool] | None = None) -> str:
    """User text as ReportLab paragraph markup that prints exactly *text*.

    Line breaks become ``<br/>``; runs of a script the main font lacks (Ethiopic) are wrapped
    in a ``<font>`` tag naming the font that has them (*script_font* maps a script name to a
    registered font name, or None when no such font is registered); other characters that
    *drawable* says the main font lacks print as :data:`NOT_DRAWABLE`.
    """
    if not text:
        return ""
    cleaned = _PDF_FORBIDDEN.sub("", normalise_line_breaks(text)).replace("\t", "    ")
    cleaned = arabic.for_display(cleaned)
    if drawable is not None:
        cleaned = _mark_undrawable(cleaned, drawable)
    ethiopic = script_font("ethiopic") if script_font else None
    pieces: list[str] = []
    position = 0
    for match in _ETHIOPIC.finditer(cleaned) if ethiopic else ():
        pieces.append(escape_markup(cleaned[position : match.start()]))
        pieces.append(f'<font face="{ethiopic}">{escape_markup(match.group())}</font>')
        position = match.end()
    pieces.append(escape_markup(cleaned[position:]))
    return "".join(pieces).replace("\n", "<br/>")


def cell_text(text: str) -> str:
    """Text as it may be stored in an XLSX cell: allowed characters, within the cell limit."""
    if len(text) <= MAX_CELL_CHARS and not CELL_NEEDS_WORK.search(text):
        return text  # the common case, checked with one scan
    cleaned = _XLSX_FORBIDDEN.sub("", normalise_line_breaks(text))
    if len(cleaned) > MAX_CELL_CHARS:
        marker = cut_marker()
        cleaned = cleaned[: MAX_CELL_CHARS - len(marker)] + marker
    return cleaned


def needs_text_guard(text: str) -> bool:
    """Whether a spreadsheet program could take *text* for a formula."""
    return text.startswith(FORMULA_TRIGGERS)
