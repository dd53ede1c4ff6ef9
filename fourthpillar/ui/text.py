"""Small text helpers for translated strings."""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale

from fourthpillar.i18n import QT_TRANSLATE_NOOP

# Qt's own button texts (message boxes, button boxes), worded as the app words them: the app's
# translator is installed after Qt's (ui/app.py), so these win. Qt's Dutch says "Opslaan" where
# the app says "Bewaren" everywhere else; once the app translates one text of Qt's context, it
# must translate every one it shows.
QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)


class QtTranslate(Protocol):
    """A ``tr`` made by :func:`qt_translator` (typed, so a count passed where the disambiguation
    goes is caught by mypy: ``tr("%n rows", None, count)``)."""

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def qt_translator(context: str) -> QtTranslate:
    """A UI module's ``tr``: ``tr = qt_translator("Lists")``; ``tr(text, disambiguation, n)`` asks Qt.

    tools/update-translations reads the context from this line, so keep it a literal."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    return tr


#: A date or a date format with hyphens: 2026-02-31, yyyy-mm-dd, jjjj-mm-dd, aaaa-mm-jj.
_HYPHENATED_DATE = re.compile(r"\b[\dymdja]{1,4}(?:-[\dymdja]{1,4})+\b")


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

    address = scheme + bytes(QUrl.toPercentEncoding(target, b"@+.-_").data()).decode("ascii")
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
def unbroken_hyphens(text: str) -> str:
    """*text* with non-breaking hyphens in dates and date formats, so that a wrapped label keeps
    "yyyy-mm-dd" on one line instead of breaking it as "yyyy-" / "mm-dd"."""
    return _HYPHENATED_DATE.sub(lambda found: found.group().replace("-", "\u2011"), text)
