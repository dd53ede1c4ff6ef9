"""Small text helpers for translated strings."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(one: str, many: str, count: int) -> str:
    """*one* or *many*, both already translated, with ``%Ln`` (or ``%n``) replaced by *count*.

    Callers write ``count_text(self.tr("%Ln request"), self.tr("%Ln requests"), n)`` so
    lupdate finds both texts, and the English reads right without an English translation file
    (Dutch and French use the same two forms).
    """
    text = one if count == 1 else many
    return text.replace("%Ln", QLocale().toString(count)).replace("%n", str(count))


def _link(scheme: str, target: str, shown: str) -> str:
    from html import escape

    from PySide6.QtCore import QUrl

    address = scheme + bytes(QUrl.toPercentEncoding(target, b"@+.-_")).decode("ascii")
    return f'<a href="{escape(address, quote=True)}">{escape(shown)}</a>'


def contact_links(name: str, role: str, email: str, phone: str) -> str:
    """A contact as rich text for a QLabel: the name and role (escaped: user text is never
    markup), the e-mail address as a ``mailto:`` link and the phone number as a ``tel:`` link."""
    import re
    from html import escape

    parts = [f"<b>{escape(name)}</b>" + (f" ({escape(role)})" if role else "")]
    if email:
        parts.append(_link("mailto:", email.strip(), email))
    if phone:
        dialled = re.sub(r"[^\d+]", "", phone)
        parts.append(_link("tel:", dialled, phone) if re.search(r"\d", dialled) else escape(phone))
    return " · ".join(parts)
