"""Translation hook and locale formatting for text produced below the UI.

The headless layers must not import Qt, yet their messages (validation, vocabulary labels,
export headings) reach the user. They call :func:`translate`.

- In the app, :mod:`fourthpillar.ui.app` installs Qt's ``QCoreApplication.translate`` (which
  reads the compiled ``fourthpillar_<language>.qm``) and records the language with
  :func:`set_language`.
- On the command line, :func:`use_language` reads the Qt Linguist source
  ``resources/translations/fourthpillar_<language>.ts`` itself with a small XML reader: no Qt
  and no compiled file needed, and the same translations as the app.
- Without either (tests, scripts), the English source text is returned.

Which language: the app's settings dialog stores it as ``language`` in the data folder's
``config.json`` (``services.desk.load_config``); ``--language`` (app and command line) and the
``FOURTHPILLAR_LANGUAGE`` environment variable override it; without any, the system's language
when it is Dutch or French, English otherwise (:func:`default_language`).

Dates and numbers in exports follow :func:`current_language` through :func:`format_date`,
:func:`format_datetime` and :func:`format_number` ("28/11/2026" and "1.234,5" in Dutch).
"""

from __future__ import annotations

import datetime as dt
import locale as _locale
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from decimal import ROUND_HALF_UP
from decimal import Decimal
from pathlib import Path

#: The languages the app speaks, in the order the settings list them.
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")
#: Each language's own name, for a language chooser (never translated).
LANGUAGE_NAMES: Mapping[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}
#: The Qt locale each language formats with: Belgian Dutch and French, British English (day/month/year).
LOCALE_NAMES: Mapping[str, str] = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
#: The ``config.json`` key holding the chosen language.
CONFIG_KEY = "language"
#: An environment variable that wins over the settings (a test suite pins English with it).
LANGUAGE_VARIABLE = "FOURTHPILLAR_LANGUAGE"

_translator: Callable[[str, str], str] | None = None
_language = "en"
#: A document written for someone else (a person's own data, in their language) speaks that
#: language in its own thread only, while the window goes on in the officer's: see :func:`speaking`.
_this_thread = threading.local()


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through *func* (context, source text) -> translated text."""
    global _translator
    _translator = func


def current_translator() -> Callable[[str, str], str] | None:
    """What :func:`translate` goes through now (None: the English source text)."""
    return _translator


def translate(context: str, text: str) -> str:
    """Translate *text* within *context*; the English source text when no translator is set."""
    spoken: Catalog | None = getattr(_this_thread, "catalog", None)
    if spoken is not None:
        return spoken.translate(context, text)
    if _translator is None:
        return text
    return _translator(context, text)


def translator(context: str) -> Callable[[str], str]:
    """A module's ``tr``: ``tr = translator("Cli")`` translates every ``tr("...")`` under "Cli".

    tools/update-translations reads the context from this line, so keep it a literal."""

    def tr(text: str) -> str:
        return translate(context, text)

    return tr


@contextmanager
def speaking(language: str, *, translations: Path | None = None) -> Iterator[str]:
    """Within the block, this thread translates and formats dates and numbers in *language*
    (other threads, the window's among them, keep the officer's). English, or a language whose
    translations cannot be read, gives the English source text."""
    code = normalise_language(language) or "en"
    catalog = (load_catalog(code, translations=translations) if code != "en" else None) or Catalog({})
    before = (getattr(_this_thread, "catalog", None), getattr(_this_thread, "language", None))
    _this_thread.catalog, _this_thread.language = catalog, code
    try:
        yield code
    finally:
        _this_thread.catalog, _this_thread.language = before


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark *text* for extraction into the .ts files without translating it yet.

    Used for labels kept in tables (vocabularies, column headers, field names) that are
    translated later with :func:`translate` under the same context.
    """
    return text


# -- which language --------------------------------------------------------------------------


def normalise_language(value: object) -> str | None:
    """``"nl"``, ``"fr"`` or ``"en"`` for a language code or locale name (``"nl_BE.UTF-8"``), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def default_language(system_locale: str | None = None) -> str:
    """The system's language where the app speaks it (Dutch, French), English otherwise.

    *system_locale* is a locale name such as ``"nl_BE"`` (the app passes ``QLocale.system().name()``);
    without it the environment is read (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then Python's guess).
    """
    if system_locale is None:
        for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if os.environ.get(variable):
                system_locale = os.environ[variable]
                break
        else:
            system_locale = _locale.getlocale()[0] or ""
    return normalise_language(system_locale) or "en"


def configured_language(config: Mapping[str, object], system_locale: str | None = None) -> str:
    """``FOURTHPILLAR_LANGUAGE`` (tests, packagers), else the language stored in a data folder's
    config, else the system's default."""
    return (normalise_language(os.environ.get(LANGUAGE_VARIABLE)) or normalise_language(config.get(CONFIG_KEY))
            or default_language(system_locale))


def set_language(language: str) -> None:
    """Record the language exports and formatting follow (the app translates through Qt)."""
    global _language
    code = normalise_language(language)
    if code is None:
        raise ValueError(f"'{language}' is not a language of the app ({', '.join(LANGUAGES)})")
    _language = code


def current_language() -> str:
    """``"nl"``, ``"fr"`` or ``"en"``: what exports label and format in."""
    return getattr(_this_thread, "language", None) or _language


def use_language(language: str, *, translations: Path | None = None) -> None:
    """Headless (command line): translate with the .ts file of *language*, no Qt needed.

    English uses the source texts. A missing or unreadable .ts leaves English in place.
    """
    set_language(language)
    if _language == "en":
        install_translator(None)
        return
    catalog = load_catalog(_language, translations=translations)
    install_translator(catalog.translate if catalog else None)


# -- reading the translations without Qt -----------------------------------------------------


def translations_dir() -> Path:
    """Where ``fourthpillar_<language>.ts`` (and the compiled .qm) are.

    ``FOURTHPILLAR_TRANSLATIONS`` overrides (tests, packagers); otherwise ``translations/``
    in the app's resources.
    """
    if os.environ.get("FOURTHPILLAR_TRANSLATIONS"):
        return Path(os.environ["FOURTHPILLAR_TRANSLATIONS"])
    from fourthpillar.resources import resources_dir

    return resources_dir() / "translations"


class Catalog:
    """The finished translations of one .ts file: (context, source) -> translation."""

    def __init__(self, messages: Mapping[tuple[str, str], str]) -> None:
        self.messages = dict(messages)

    @classmethod
    def from_ts(cls, path: Path) -> Catalog:
        """Read a Qt Linguist .ts file (our own, trusted); unfinished messages are left out."""
        messages: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[-1] if forms else (translation.text or "")
                if text:
                    messages[(name, message.findtext("source") or "")] = text
        return cls(messages)

    def translate(self, context: str, text: str) -> str:
        return self.messages.get((context, text), text)


def load_catalog(language: str, *, translations: Path | None = None) -> Catalog | None:
    """The translations of *language*, or None when its .ts file is missing or unreadable."""
    try:
        folder = translations or translations_dir()
        return Catalog.from_ts(folder / f"fourthpillar_{language}.ts")
    except (OSError, ET.ParseError):
        return None


# -- dates and numbers -----------------------------------------------------------------------

#: Short month names (context "Export"), translated by month_abbreviation; format_date keeps English ones.
_MONTHS = (
    QT_TRANSLATE_NOOP("Export", "Jan"), QT_TRANSLATE_NOOP("Export", "Feb"), QT_TRANSLATE_NOOP("Export", "Mar"),
    QT_TRANSLATE_NOOP("Export", "Apr"), QT_TRANSLATE_NOOP("Export", "May"), QT_TRANSLATE_NOOP("Export", "Jun"),
    QT_TRANSLATE_NOOP("Export", "Jul"), QT_TRANSLATE_NOOP("Export", "Aug"), QT_TRANSLATE_NOOP("Export", "Sep"),
    QT_TRANSLATE_NOOP("Export", "Oct"), QT_TRANSLATE_NOOP("Export", "Nov"), QT_TRANSLATE_NOOP("Export", "Dec"),
)
#: (decimal point, thousands separator) per language, as Qt's nl_BE, fr_BE and en_GB write them.
_SEPARATORS: Mapping[str, tuple[str, str]] = {"nl": (",", "."), "fr": (",", "\u202f"), "en": (".", ",")}


def _language_or_current(language: str | None) -> str:
    return normalise_language(language) or current_language()


def month_abbreviation(month: int) -> str:
    """"Nov" / "nov" / "nov.": the short month name in the current language (1-12)."""
    return translate("Export", _MONTHS[month - 1])


#: Full month names (context "Month"), for :func:`format_long_date`.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Month", "January"), QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"), QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"), QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"), QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"), QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"), QT_TRANSLATE_NOOP("Month", "December"),
)


def format_date(day: dt.date | None, *, language: str | None = None) -> str:
    """The short form of a date, the one every list, page, History, Ctrl+K, PDF, spreadsheet and
    command-line table shows: 06/12/2026 in Dutch, French and (British) English alike, so that a
    column lines up and 5/3 is never read as 3 May. "" for None.

    *language* is accepted for symmetry with :func:`format_long_date`; the short form is the same
    in every language the app speaks.
    """
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_long_date(day: dt.date | None, *, language: str | None = None) -> str:
    """The long form, for running text and a document's date: 6 december 2026, 6 décembre 2026,
    6 December 2026 (the month's name in *language*, else the current one). "" for None."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    month = MONTH_NAMES[day.month - 1]
    code = _language_or_current(language)
    if code != current_language():
        with speaking(code):
            month = translate("Month", month)
    else:
        month = translate("Month", month)
    return f"{day.day} {month} {day.year}"


def format_datetime(moment: dt.datetime | None, *, language: str | None = None) -> str:
    """A moment in local time, in the short form: 28/11/2026 14:05; naive means UTC."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{format_date(local.date(), language=language)} {local:%H:%M}"


def format_number(value: float | int | Decimal, decimals: int | None = None, *, language: str | None = None) -> str:
    """A number with the language's separators: 1.234,5 (nl), 1 234,5 (fr), 1,234.5 (en).

    *decimals* fixes the digits after the point (rounded half up); None keeps an int whole and
    writes a float with as many decimals as it needs.
    """
    point, group = _SEPARATORS[_language_or_current(language)]
    if decimals is not None:
        quantum = Decimal(1).scaleb(-decimals)
        text = str(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))
    elif isinstance(value, int):
        text = str(value)
    else:
        text = format(Decimal(str(value)).normalize(), "f")
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, fraction = text.partition(".")
    grouped = "".join(digit if index == 0 or (len(whole) - index) % 3 else group + digit
                      for index, digit in enumerate(whole))
    return sign + grouped + (point + fraction if fraction else "")
