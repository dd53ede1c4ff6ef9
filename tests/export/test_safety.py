"""The text rules for PDF markup, spreadsheet cells and Arabic display."""

from __future__ import annotations

import unicodedata

from fourthpillar.export import arabic
from fourthpillar.export.safety import cell_text
from fourthpillar.export.safety import escape_markup
from fourthpillar.export.safety import needs_text_guard
from fourthpillar.export.safety import paragraph_text


def test_markup_is_escaped_completely() -> None:
    """A tag or entity in user data must print as typed, never be interpreted by ReportLab."""
    assert escape_markup('<img src="/etc/passwd"/>') == "&lt;img src=&quot;/etc/passwd&quot;/&gt;"
    assert escape_markup("AT&amp;T") == "AT&amp;amp;T"
    assert paragraph_text("a\r\nb\rc\nd\x00\x07e") == "a<br/>b<br/>c<br/>de"
    assert paragraph_text("") == "" and paragraph_text(None) == ""


def test_ethiopic_runs_switch_font() -> None:
    marked = paragraph_text("Addis <አዲስ> አበባ!", script_font=lambda script: "ETH")
    assert marked == 'Addis &lt;<font face="ETH">አዲስ</font>&gt; <font face="ETH">አበባ</font>!'


def test_formula_triggers() -> None:
    for text in ("=1+1", "+32", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"):
        assert needs_text_guard(text)
    for text in ("1+1", " =1", "a=b", "€5"):
        assert not needs_text_guard(text)
    assert cell_text("a\r\nb\x0bc") == "a\nbc"


def test_arabic_is_joined_and_put_in_visual_order_and_reads_back() -> None:
    """Partner places in Morocco or Lebanon must be legible, and copy back as typed."""
    typed = "بني ملال"
    shown = arabic.for_display(typed)
    assert shown != typed
    names = [unicodedata.name(char) for char in shown if char != " "]
    assert all("FORM" in name for name in names), names
    # Visual order: the first typed word's letters come last.
    logical = "".join(arabic.logical_text(ord(char)) for char in reversed(shown))
    assert logical == typed
    assert arabic.shape("لا") == "\ufefb"  # lam-alef ligature
    assert arabic.for_display("Kasongo 2026") == "Kasongo 2026"
