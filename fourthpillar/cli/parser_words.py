"""argparse's own words ("usage:", "options:", "the following arguments are required: ...") in
the command line's language.

argparse looks them up through gettext, with no catalogue of ours: Python 3.11's argparse does
``from gettext import gettext as _, ngettext`` when imported. :func:`install` points those two
names in argparse at :func:`fourthpillar.i18n.translate` (context "Argparse") for the texts in
:data:`TEXTS`; any other text still goes to gettext, as before. With English chosen, translate
gives the source text back, so argparse reads exactly as it always did.

:data:`TEXTS` holds every text of argparse a user can meet: its help's headings and its
refusals. Its remaining texts are a programmer's mistakes in building a parser (a conflicting
option, a bad ``nargs``) that no command of ours makes; they stay English.
"""

from __future__ import annotations

import argparse
import gettext

from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate

CONTEXT = "Argparse"

#: argparse's texts a user can meet, exactly as Python 3.11's argparse writes them (the
#: %-placeholders are filled in by argparse: a translation keeps each of them).
TEXTS: frozenset[str] = frozenset((
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "subcommands"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    # ngettext's two forms, each translated as it stands (English's choice of form is Dutch's and French's).
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
))


def _gettext(message: str) -> str:
    if message in TEXTS:
        return translate(CONTEXT, message)
    return gettext.gettext(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    if singular in TEXTS and plural in TEXTS:
        return translate(CONTEXT, singular if count == 1 else plural)
    return gettext.ngettext(singular, plural, count)


def install() -> None:
    """Let argparse speak the language :mod:`fourthpillar.i18n` translates into (idempotent).

    The texts are looked up when argparse needs them, so a parser built before the language is
    chosen still refuses in it; its headings ("options") are fixed when the parser is built.
    """
    vars(argparse).update({"_": _gettext, "ngettext": _ngettext})
