"""The values of spreadsheet cells as offices spell them: text, provinces, legal forms, themes,
partner countries, dates and years, yes/no, enterprise numbers and e-mail addresses.

Each reader returns the value the domain rules take, or raises :class:`NotUnderstood` saying
why; :mod:`fourthpillar.importing.normalise` keeps such a value in the notes, with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from functools import lru_cache
from typing import Any

import pycountry

from fourthpillar import clock
from fourthpillar.domain.countries import country_by_name
from fourthpillar.domain.enterprise_number import InvalidEnterpriseNumber
from fourthpillar.domain.enterprise_number import normalise_enterprise_number
from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LANGUAGES
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.store.search import fold

_tr = translator("Import")


class NotUnderstood(Exception):
    """The value makes no sense for its field; the message says why."""


# --- text helpers -----------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u200b\u202f]+")
_PLACEHOLDERS = {"", "-", "--", "---", "—", "–", "/", "?", "nvt", "n v t", "geen", "none", "null",
                 "nihil", "n a", "na", "onbekend", "unknown", "inconnu", "neant", "aucun"}


def as_text(value: Any) -> str:
    """A cell as text: whole numbers without ".0", dates as yyyy-mm-dd, spaces tidied."""
    if type(value) is str:  # most cells: straight to the tidying below
        return value.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text.strip()


def single_line(value: Any) -> str:
    return _SPACES.sub(" ", as_text(value)).strip()


#: :func:`fold` for the short values a file repeats on every row (yes/no, statuses, municipalities).
folded = lru_cache(maxsize=16384)(fold)


@lru_cache(maxsize=8192)
def is_placeholder(text: str) -> bool:
    return fold(text) in _PLACEHOLDERS or text.strip() in _PLACEHOLDERS


# --- vocabularies as offices spell them -------------------------------------------------------

def _folded_table(table: dict[str, Sequence[str]]) -> dict[str, str]:
    return {fold(alias): code for code, aliases in table.items() for alias in aliases}


_PROVINCES = _folded_table({
    "antwerpen": ("antwerpen", "antw", "ant", "antwerp", "anvers"),
    "limburg": ("limburg", "limb", "lim", "lb", "limbourg"),
    "oost-vlaanderen": ("oost-vlaanderen", "o-vl", "ovl", "oost-vl", "o-vlaanderen", "oostvlaanderen",
                        "flandre orientale", "east flanders"),
    "west-vlaanderen": ("west-vlaanderen", "w-vl", "wvl", "west-vl", "w-vlaanderen", "westvlaanderen",
                        "flandre occidentale", "west flanders"),
    "vlaams-brabant": ("vlaams-brabant", "vl-br", "vlbr", "vl-brabant", "vlaamsbrabant", "vl brab",
                       "brabant flamand", "flemish brabant"),
    "brussel": ("brussel", "bhg", "brussel-hoofdstad", "brussels hoofdstedelijk gewest",
                "brussels-hoofdstedelijk gewest", "brussel hoofdstedelijk gewest", "bruxelles",
                "brussels", "bxl", "bru", "bruxelles-capitale", "region de bruxelles-capitale",
                "brussels capital region"),
    "outside": ("buiten vlaanderen", "wallonie", "wallonië", "henegouwen", "luik", "namen",
                "luxemburg", "waals-brabant", "hainaut", "liege", "namur", "luxembourg",
                "brabant wallon", "buitenland", "outside flanders", "outside"),
})
_PROVINCE_PREFIX = re.compile(r"^(prov|provincie|province|provincie van|province de|province du)\s+")

_LEGAL_FORMS = {
    "vzw": "vzw", "vereniging zonder winstoogmerk": "vzw", "vereniging zonder winstoogmerken": "vzw",
    "asbl": "vzw", "association sans but lucratif": "vzw", "vw": "vzw",
    "fv": "fv", "feitelijke vereniging": "fv", "feitelijkevereniging": "fv", "association de fait": "fv",
    "associationdefait": "fv", "de facto association": "fv", "geen rechtsvorm": "fv",
    "stichting": "stichting", "private stichting": "stichting", "privestichting": "stichting",
    "stichting van openbaar nut": "stichting", "fondation": "stichting", "foundation": "stichting",
    "fondation privee": "stichting", "fup": "stichting", "son": "stichting", "ps": "stichting",
    "ivzw": "ivzw", "internationale vzw": "ivzw", "aisbl": "ivzw",
    "internationale vereniging zonder winstoogmerk": "ivzw",
    "bv": "other", "nv": "other", "cv": "other", "cvba": "other", "bvba": "other", "vof": "other",
    "srl": "other", "sa": "other", "sc": "other", "cooperatie": "other", "cooperative": "other",
    "anders": "other", "andere": "other", "other": "other", "autre": "other",
}
#: The tag a "vzw (in oprichting)" gets: the office's own term, stored as data (not translated).
IN_FORMATION_TAG = "in oprichting"
_IN_FORMATION = re.compile(r"\b(in oprichting|i o|io|en formation|en constitution)\b")

_THEMES = _folded_table({
    "agriculture": ("landbouw", "agriculture", "akkerbouw", "veeteelt", "agricultuur"),
    "children-youth": ("kinderen en jongeren", "kinderen", "jongeren", "jeugd", "kinderrechten",
                       "enfants et jeunes", "enfants", "jeunesse", "children", "youth"),
    "climate": ("klimaat", "klimaatverandering", "climat", "milieu", "environment", "environnement"),
    "education": ("onderwijs", "educatie", "scholen", "school", "enseignement", "education",
                  "éducation"),
    "food-security": ("voedselzekerheid", "voeding", "voedsel", "securite alimentaire",
                      "food security", "nutrition"),
    "healthcare": ("gezondheidszorg", "gezondheid", "zorg", "medische zorg", "sante", "soins de sante",
                   "health", "health care"),
    "human-rights": ("mensenrechten", "droits humains", "droits de l homme", "human rights"),
    "microcredit": ("microkrediet", "microkredieten", "microfinanciering", "microfinance",
                    "microcredit", "micro krediet"),
    "renewable-energy": ("duurzame energie", "hernieuwbare energie", "energie", "zonne energie",
                         "energie renouvelable", "energies renouvelables", "renewable energy"),
    "vocational-training": ("beroepsopleiding", "beroepsonderwijs", "opleiding", "vakopleiding",
                            "formation professionnelle", "vocational training"),
    "water-sanitation": ("water en sanitatie", "water", "sanitatie", "drinkwater", "watervoorziening",
                         "eau et assainissement", "eau", "water and sanitation", "wash"),
    "womens-rights": ("vrouwenrechten", "vrouwen", "gender", "gelijke kansen", "droits des femmes",
                      "femmes", "women s rights", "womens rights", "women"),
})

_STATUSES = _folded_table({
    "active": ("actief", "active", "actif", "lopend", "ja"),
    "dormant": ("slapend", "inactief", "sluimerend", "dormant", "inactif", "inactive", "on hold"),
    "stopped": ("gestopt", "stopgezet", "opgeheven", "ontbonden", "stopped", "arrete", "dissous",
                "closed"),
})

_LANGUAGES = _folded_table({
    "nl": ("nl", "nederlands", "ned", "vlaams", "dutch", "neerlandais", "n"),
    "fr": ("fr", "frans", "francais", "french", "f"),
    "en": ("en", "engels", "english", "anglais", "e"),
})

_YES = {"1", "true", "yes", "y", "ja", "j", "x", "oui", "o", "waar", "v", "ok", "lid", "✓", "✔", "wel"}
_NO = {"0", "false", "no", "n", "nee", "neen", "non", "onwaar", "", "-", "geen lid", "niet"}


_LIST_SEPARATORS = re.compile(r"(\s*[,;/|+&\n]\s*|\s+(?:en|et|and|und|y|e)\s+)", re.IGNORECASE)


@cache
def _alpha_codes() -> tuple[frozenset[str], dict[str, str]]:
    alpha2 = frozenset(str(country.alpha_2) for country in pycountry.countries)
    alpha3 = {str(country.alpha_3): str(country.alpha_2) for country in pycountry.countries}
    return alpha2, alpha3


def split_countries(text: str) -> tuple[list[str], list[str]]:
    codes, unknown = _split_countries(text)
    return list(codes), list(unknown)


# Offices repeat the same few spellings thousands of times: each is worked out once.
@lru_cache(maxsize=4096)
def _split_countries(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ISO codes named in *text*, and the pieces that name no country.

    Pieces are joined back when together they name one country ("Bosnië en Herzegovina",
    "Congo, Democratische Republiek").
    """
    alpha, alpha3 = _alpha_codes()
    parts = _LIST_SEPARATORS.split(text)
    pieces = parts[0::2]
    separators = parts[1::2]
    codes: list[str] = []
    unknown: list[str] = []
    index = 0
    while index < len(pieces):
        matched = False
        for end in range(min(len(pieces), index + 4), index, -1):
            candidate = pieces[index]
            for position in range(index + 1, end):
                candidate += separators[position - 1] + pieces[position]
            candidate = candidate.strip()
            code = country_by_name(candidate)
            if code is None and candidate.isupper() and candidate.isalpha():
                code = candidate if candidate in alpha else alpha3.get(candidate)
            if code is not None:
                if code not in codes:
                    codes.append(code)
                index = end
                matched = True
                break
        if not matched:
            piece = pieces[index].strip()
            if piece and not is_placeholder(piece):
                unknown.append(piece)
            index += 1
    return tuple(codes), tuple(unknown)


_THEME_SPLIT = re.compile(r"\s*[,;/|\n]\s*")
_THEME_AND = re.compile(r"\s+(?:en|et|and|&|\+)\s+", re.IGNORECASE)


def _theme_code(text: str) -> str | None:
    return _THEMES.get(fold(text)) or THEMES.code_for(text)


def split_themes(text: str) -> tuple[list[str], list[str]]:
    """Theme codes named in *text*, and the rest (kept as tags)."""
    codes, rest = _split_themes(text)
    return list(codes), list(rest)


@lru_cache(maxsize=4096)
def _split_themes(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    codes: list[str] = []
    rest: list[str] = []
    for item in _THEME_SPLIT.split(text):
        item = item.strip()
        if not item:
            continue
        code = _theme_code(item)
        found = [code] if code else []
        if not found:
            parts = [part for part in _THEME_AND.split(item) if part.strip()]
            part_codes = [_theme_code(part) for part in parts]
            if len(parts) > 1 and all(part_codes):
                found = [code for code in part_codes if code]
        if found:
            codes.extend(code for code in found if code not in codes)
        else:
            rest.append(item)
    return tuple(codes), tuple(rest)


@lru_cache(maxsize=1024)
def province_code(text: str) -> str:
    key = _PROVINCE_PREFIX.sub("", fold(text))
    code = _PROVINCES.get(key) or _PROVINCES.get(key.replace(" ", "")) or PROVINCES.code_for(text)
    if code is None:
        raise NotUnderstood(_tr("'{value}' is not a province").format(value=text))
    return code


@lru_cache(maxsize=1024)
def legal_form_code(text: str) -> tuple[str, bool]:
    """The legal form's code, and whether it is still being founded ("vzw (in oprichting)")."""
    key = fold(text)
    in_formation = bool(_IN_FORMATION.search(key))
    key = _IN_FORMATION.sub("", key).strip()
    code = _LEGAL_FORMS.get(key) or _LEGAL_FORMS.get(key.replace(" ", ""))
    if code is None:
        from fourthpillar.domain.vocab import LEGAL_FORMS

        code = LEGAL_FORMS.code_for(text)
    if code is None:
        raise NotUnderstood(_tr("'{value}' is not a legal form (vzw, feitelijke vereniging, "
                                 "stichting, ivzw)").format(value=text))
    return code, in_formation


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})$"), ("d", "m", "yy")),
    (re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$"), ("y", "m", "d")),
)


def parse_date(value: Any, today: dt.date | None = None) -> dt.date | None:
    """A date from an Excel date or serial number, yyyy-mm-dd, dd/mm/yyyy or dd-mm-yy; else None."""
    today = today or clock.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 3000 < value < 2_958_466:
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = as_text(value)
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = dict(zip(order, (int(group) for group in match.groups()), strict=True))
        if "yy" in parts:
            # Two-digit years: the most recent year that is not in the future.
            year = 2000 + parts["yy"]
            parts["y"] = year if year <= today.year else year - 100
        try:
            return dt.date(parts["y"], parts["m"], parts["d"])
        except ValueError:
            return None
    return None


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def founded_year(value: Any, today: dt.date | None = None) -> int:
    today = today or clock.today()
    year: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool) and 1000 <= value <= 3000:
        year = int(value)
    else:
        date = parse_date(value, today)
        if date is not None:
            year = date.year
        elif any(pattern.match(as_text(value)) for pattern, _order in _DATE_PATTERNS):
            pass  # spelled as a date that does not exist (31/02/2020): not a year either
        else:
            years = _YEAR_IN_TEXT.findall(as_text(value))
            if len(set(years)) == 1:
                year = int(years[0])
    if year is None:
        raise NotUnderstood(_tr("'{value}' is not a date or a year").format(value=as_text(value)))
    if not 1850 <= year <= today.year:
        raise NotUnderstood(_tr("{year} is not a possible founding year").format(year=year))
    return year


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = as_text(value)
    key = folded(text) if text not in ("-", "✓", "✔") else text
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise NotUnderstood(_tr("'{value}' is not yes or no").format(value=as_text(value)))


def enterprise_number(value: Any) -> str:
    text = as_text(value)
    try:
        return normalise_enterprise_number(text)
    except InvalidEnterpriseNumber as error:
        raise NotUnderstood(_tr("'{value}' is not a valid enterprise number: {reason}").format(
            value=text, reason=translate("Validation", str(error)))) from None


_EMAIL_SPLIT = re.compile(r"[\s,;]+")


def emails(text: str) -> list[str]:
    """The addresses in a cell ("a@x.be; b@y.be"), each checked; the first bad one raises."""
    found: list[str] = []
    for item in _EMAIL_SPLIT.split(text.strip()):
        item = item.strip("<>()[]")
        if not item:
            continue
        try:
            found.append(clean(CONTACT_FIELDS, {"email": item}, complete=False)["email"])
        except ValidationFailed:
            raise NotUnderstood(_tr("'{value}' is not a valid e-mail address").format(value=text)) from None
    return found


def status_code(text: str) -> str:
    """An initiative's status as offices write it ("actief", "slapend", "gestopt")."""
    status = _STATUSES.get(folded(text)) or INITIATIVE_STATUSES.code_for(text)
    if status is None:
        raise NotUnderstood(_tr("'{value}' is not a status (active, dormant, stopped)").format(value=text))
    return status


def language_code(text: str) -> str:
    """A contact's language as offices write it ("Nederlands", "FR")."""
    language = _LANGUAGES.get(folded(text)) or LANGUAGES.code_for(text)
    if language is None:
        raise NotUnderstood(_tr("'{value}' is not a language (nl, fr, en)").format(value=text))
    return language
