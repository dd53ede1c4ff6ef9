"""Partner countries as ISO 3166-1 alpha-2 codes, named in the user's language.

pycountry ships the ISO tables with their official Dutch and French translations, so we do
not keep a list of our own; only the few official names that read like a register entry
("Congo, Democratische Republiek") get the name people say.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
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


_WORD = re.compile(r"\w+")


def _fold(name: str) -> str:
    """*name* lower case, without accents, single-spaced: "Bénin" and "benin" are one key."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(plain))


@cache
def _country_lookup() -> dict[str, str]:
    """Folded country names in Dutch, French and English (and common variants) -> ISO code
    (the rule the command line, the editors' checks and imports share)."""
    lookup: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        key = _fold(name)
        if key:
            lookup.setdefault(key, code)
        if "," in name:  # "Congo, Democratische Republiek" -> also "Democratische Republiek Congo"
            first, _, rest = name.partition(",")
            lookup.setdefault(_fold(f"{rest} {first}"), code)
        if "(" in name:
            lookup.setdefault(_fold(name.split("(")[0]), code)

    for language in ("nl", "fr", "en"):
        for code, name in country_names(language).items():
            add(name, code)
        for code, name in iso_country_names(language).items():
            add(name, code)
    for country in pycountry.countries:
        code = str(country.alpha_2)
        for attribute in ("name", "official_name", "common_name"):
            spelled = getattr(country, attribute, None)
            if spelled:
                add(str(spelled), code)
    # The part before a comma ("Palestina, Staat" -> "Palestina") only where it names one country.
    short: dict[str, set[str]] = {}
    for language in ("nl", "fr", "en"):
        for code, name in iso_country_names(language).items():
            if "," in name:
                short.setdefault(_fold(name.split(",")[0]), set()).add(code)
    for key, codes in short.items():
        if len(codes) == 1:
            lookup.setdefault(key, next(iter(codes)))
    variants = {
        "CD": ("congo", "dr congo", "drc", "rdc", "rd congo", "dem rep congo", "d r congo", "congo drc",
               "congo rdc", "congo kinshasa", "kongo", "democratische republiek congo",
               "republique democratique du congo", "democratic republic of congo", "zaire"),
        "CG": ("congo brazzaville", "republiek congo", "congo republiek", "republique du congo"),
        "PH": ("filippijnen", "filipijnen", "philippines"),
        "BR": ("brasil", "brazilie", "bresil"),
        "BF": ("burkina",),
        "PS": ("palestina", "palestine", "gaza", "westelijke jordaanoever", "west bank"),
        "US": ("usa", "vs", "verenigde staten van amerika", "amerika"),
        "GB": ("uk", "engeland", "groot brittannie", "great britain", "england"),
        "KR": ("zuid korea",), "KP": ("noord korea",), "LA": ("laos",), "MM": ("birma", "burma"),
        "SZ": ("swaziland",), "MK": ("macedonie", "macedonia"), "CI": ("ivoorkust", "ivory coast"),
        "TZ": ("tanzania", "tanzanie"), "BO": ("bolivia", "bolivie"), "VN": ("vietnam", "viet nam"),
        "CV": ("kaapverdie", "cape verde"), "NL": ("holland",), "CZ": ("tsjechie",),
        "SY": ("syrie", "syria"), "IR": ("iran",), "RU": ("rusland", "russie", "russia"),
        "VE": ("venezuela",), "TL": ("oost timor", "east timor"),
    }
    for code, names in variants.items():
        for name in names:
            lookup[_fold(name)] = code
    return lookup


@cache
def _codes() -> dict[str, str]:
    """Each code as one object: an import's thousands of rows then share their countries' codes."""
    return {code: code for code in country_names("en")}


def country_by_name(name: str) -> str | None:
    """The ISO code of a country named in Dutch, French or English ("Senegal", "Sénégal",
    "DR Congo"), whatever its case or accents; None when no country has that name."""
    return _country_lookup().get(_fold(name))


#: Names that imports read as the country offices usually mean, but that a form or the command
#: line must not guess: "Congo" is DR Congo (CD) or Congo-Brazzaville (CG).
_AMBIGUOUS = frozenset({"congo", "kongo"})


def country_code(text: str) -> str | None:
    """The ISO code for a code ("sn", "SN") or a name in nl, fr or en; None when neither (or
    when the name may mean two countries)."""
    code = _codes().get(text.strip().upper())
    if code is not None:
        return code
    return None if _fold(text) in _AMBIGUOUS else country_by_name(text)
