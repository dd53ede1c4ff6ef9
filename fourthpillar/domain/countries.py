"""Partner countries as ISO 3166-1 alpha-2 codes, named in the user's language.

pycountry ships the ISO tables with their official Dutch and French translations, so we do
not keep a list of our own; only the few official names that read like a register entry
("Congo, Democratische Republiek") get the name people say.
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


# The names officers and partners use, where the ISO name is inverted or formal.
_SPOKEN: dict[str, dict[str, str]] = {
    "nl": {
        "BO": "Bolivia", "CD": "Democratische Republiek Congo", "KP": "Noord-Korea", "KR": "Zuid-Korea",
        "MD": "Moldavië", "PS": "Palestina", "VA": "Vaticaanstad", "VE": "Venezuela",
        "VG": "Britse Maagdeneilanden", "VI": "Amerikaanse Maagdeneilanden",
    },
    "fr": {
        "AX": "Îles Åland", "BO": "Bolivie", "CC": "Îles Cocos", "CX": "Île Christmas", "FK": "Îles Malouines",
        "FM": "Micronésie", "IR": "Iran", "KP": "Corée du Nord", "KR": "Corée du Sud", "LA": "Laos",
        "MD": "Moldavie", "PS": "Palestine", "RE": "La Réunion", "RU": "Russie", "SB": "Îles Salomon",
        "SY": "Syrie", "TW": "Taïwan", "TZ": "Tanzanie", "VA": "Vatican", "VE": "Venezuela",
        "VI": "Îles Vierges des États-Unis",
    },
    "en": {
        "CD": "Democratic Republic of the Congo", "FK": "Falkland Islands", "FM": "Micronesia",
        "PS": "Palestine", "VA": "Vatican City", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    },
}


@cache
def country_names(language: str = "nl") -> dict[str, str]:
    """Every ISO code mapped to its name in *language* (nl, fr or en), sorted by name."""
    names = {code: _SPOKEN.get(language, {}).get(code, name) for code, name in iso_country_names(language).items()}
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


@cache
def iso_country_names(language: str = "nl") -> dict[str, str]:
    """The ISO 3166 names in *language* as published ("Congo, Democratische Republiek")."""
    catalogue = _catalogue(language)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        official = str(country.name)
        translated = catalogue.gettext(official)
        if translated == official and language == "en":
            translated = _common_name(country)
        names[str(country.alpha_2)] = translated
    return names


def is_country_code(code: str) -> bool:
    return code.upper() in country_names("en")


def country_name(code: str, language: str = "nl") -> str:
    return country_names(language).get(code.upper(), code)
