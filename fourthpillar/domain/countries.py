"""Partner countries as ISO 3166-1 alpha-2 codes, named in the user's language.

pycountry ships the ISO tables with their official Dutch and French translations, so we do
not keep a list of our own.
"""

from __future__ import annotations

import gettext
from functools import cache
from typing import Any

import pycountry


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def _common_name(country: Any) -> str:
    return str(getattr(country, "common_name", None) or country.name)


@cache
def country_names(language: str = "nl") -> dict[str, str]:
    """Every ISO code mapped to its name in *language* (nl, fr or en), sorted by name."""
    catalogue = _catalogue(language)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        official = str(country.name)
        translated = catalogue.gettext(official)
        if translated == official and language == "en":
            translated = _common_name(country)
        names[str(country.alpha_2)] = translated
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def is_country_code(code: str) -> bool:
    return code.upper() in country_names("en")


def country_name(code: str, language: str = "nl") -> str:
    return country_names(language).get(code.upper(), code)
