"""Translation hook for text produced below the UI (validation messages, vocabulary labels).

The headless layers must not import Qt, yet their messages reach the user. They call
:func:`translate`; the UI installs Qt's ``QCoreApplication.translate`` at start-up so the
same .ts/.qm files translate them. Without the UI (command line, tests) the English source
text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through *func* (context, source text) -> translated text."""
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    """Translate *text* within *context*; the English source text when no translator is set."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark *text* for extraction into the .ts files without translating it yet.

    Used for labels kept in tables (vocabularies, column headers, field names) that are
    translated later with :func:`translate` under the same context.
    """
    return text
