"""Just enough Arabic-script layout for names of partner places in a PDF.

ReportLab draws characters one by one, left to right, in their isolated form. For Arabic that
reads backwards with unjoined letters. Here (no extra dependency) each letter takes its
contextual presentation form (initial, medial, final, isolated, and the lam-alef ligatures),
derived from the Unicode names of the presentation forms that DejaVu Sans draws, and every
right-to-left run of a line is put in visual order. The PDF's text layer maps the presentation
forms back to the plain letters (see ``fonts._to_unicode_cmap``), so copying, searching and
extraction give the text as it was typed.

Limits: no full Unicode bidi algorithm (numbers inside Arabic text, mirrored brackets), and a
right-to-left run that wraps over two lines keeps its logical line order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_FORMS = ("ISOLATED", "FINAL", "INITIAL", "MEDIAL")
_TATWEEL = "\u0640"
_LAM = "\u0644"
#: Alef variants that fuse with a preceding lam, by the name part of their ligature.
_LAM_ALEF = {
    "\u0627": "ALEF",
    "\u0622": "ALEF WITH MADDA ABOVE",
    "\u0623": "ALEF WITH HAMZA ABOVE",
    "\u0625": "ALEF WITH HAMZA BELOW",
}

_RTL_CHAR = r"\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
#: A right-to-left run: from one RTL character to the last RTL character that follows it with
#: only spaces, marks and punctuation in between.
_RTL_RUN = re.compile(rf"[{_RTL_CHAR}](?:[{_RTL_CHAR}\s\u064b-\u065f.,:;!?'\"()\-]*[{_RTL_CHAR}])?")
_HAS_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HAS_RTL = re.compile(rf"[{_RTL_CHAR}]")


@cache
def _forms(char: str) -> dict[str, str]:
    """The presentation forms Unicode defines for an Arabic letter (empty if none)."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return {}
    found = {}
    for form in _FORMS:
        try:
            found[form] = unicodedata.lookup(f"{name} {form} FORM")
        except KeyError:
            continue
    return found


def _is_transparent(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def _joins_both_ways(char: str) -> bool:
    return char == _TATWEEL or "INITIAL" in _forms(char)


def _joins_to_previous(char: str) -> bool:
    return char == _TATWEEL or "FINAL" in _forms(char)


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text):
        if not _is_transparent(text[index]):
            return text[index]
        index += step
    return ""


def shape(text: str) -> str:
    """*text* with Arabic letters in their contextual presentation forms (logical order kept)."""
    if not _HAS_ARABIC.search(text):
        return text
    shaped: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        forms = _forms(char)
        if not forms:
            shaped.append(char)
            index += 1
            continue
        previous = _neighbour(text, index, -1)
        following = _neighbour(text, index, 1)
        joins_previous = bool(previous) and _joins_both_ways(previous) and _joins_to_previous(char)
        if char == _LAM and following in _LAM_ALEF and text[index + 1] == following:
            form = "FINAL" if joins_previous else "ISOLATED"
            try:
                shaped.append(unicodedata.lookup(f"ARABIC LIGATURE LAM WITH {_LAM_ALEF[following]} {form} FORM"))
                index += 2
                continue
            except KeyError:
                pass
        joins_next = _joins_both_ways(char) and bool(following) and _joins_to_previous(following)
        form = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}.get(
            (joins_previous, joins_next), "ISOLATED"
        )
        shaped.append(forms.get(form) or forms.get("ISOLATED") or char)
        index += 1
    return "".join(shaped)


def _reverse_run(match: re.Match[str]) -> str:
    # Keep each letter's combining marks after it when reversing.
    clusters: list[str] = []
    for char in match.group():
        if clusters and _is_transparent(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))


def visual_order(text: str) -> str:
    """Each line's right-to-left runs reversed, for a renderer that only draws left to right."""
    if not _HAS_RTL.search(text):
        return text
    return "\n".join(_RTL_RUN.sub(_reverse_run, line) for line in text.split("\n"))


def for_display(text: str) -> str:
    return visual_order(shape(text))


def logical_text(code_point: int) -> str:
    """The plain letters a presentation form stands for (itself for any other character)."""
    char = chr(code_point)
    if 0xFB50 <= code_point <= 0xFDFF or 0xFE70 <= code_point <= 0xFEFF:
        return unicodedata.normalize("NFKC", char)
    return char
