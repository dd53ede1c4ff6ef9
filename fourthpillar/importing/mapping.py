"""Which column holds which field: headers in Dutch, French and English, and remembered choices.

A header is compared after folding (case, accents, punctuation and spacing ignored), first
against a table of known spellings, then by its distinctive words ("E-mail contactpersoon"
holds a contact's e-mail). A mapping the person confirmed is remembered for files with the
same headers, in a JSON file in the data folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fourthpillar import clock
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.store.search import search_terms

#: Fields a column can be mapped to, with the label shown to the person (translated in the UI).
IMPORT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "name"),
    "legal_form": QT_TRANSLATE_NOOP("Field", "legal form"),
    "enterprise_number": QT_TRANSLATE_NOOP("Field", "enterprise number (KBO)"),
    "street": QT_TRANSLATE_NOOP("Field", "address"),
    "postcode": QT_TRANSLATE_NOOP("Field", "postcode"),
    "municipality": QT_TRANSLATE_NOOP("Field", "municipality"),
    "province": QT_TRANSLATE_NOOP("Field", "province"),
    "partner_countries": QT_TRANSLATE_NOOP("Field", "partner countries"),
    "themes": QT_TRANSLATE_NOOP("Field", "themes"),
    "founded_year": QT_TRANSLATE_NOOP("Field", "founding year"),
    "panel_member": QT_TRANSLATE_NOOP("Field", "4de Pijlerpanel member"),
    "status": QT_TRANSLATE_NOOP("Field", "status"),
    "tags": QT_TRANSLATE_NOOP("Field", "tags"),
    "notes": QT_TRANSLATE_NOOP("Field", "notes"),
    "contact_name": QT_TRANSLATE_NOOP("Field", "contact person: name"),
    "contact_role": QT_TRANSLATE_NOOP("Field", "contact person: role"),
    "contact_email": QT_TRANSLATE_NOOP("Field", "contact person: e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("Field", "contact person: phone"),
    "contact_language": QT_TRANSLATE_NOOP("Field", "contact person: language"),
}

#: Fields that several columns may feed, and how their values are joined.
MULTI_COLUMN: dict[str, str] = {
    "street": " ",
    "notes": "\n",
    "tags": ", ",
    "themes": ", ",
    "partner_countries": ", ",
    "contact_phone": " / ",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "naam", "naam organisatie", "naam van de organisatie", "naam initiatief", "organisatie",
        "initiatief", "naam vereniging", "vereniging", "naam 4de pijler", "4de pijler", "nom",
        "nom de l organisation", "nom de l association", "association", "organisation", "name",
        "organisation name", "organization", "organization name", "name of the organisation",
    ),
    "legal_form": (
        "rechtsvorm", "vorm", "juridische vorm", "statuut", "forme juridique", "forme",
        "statut juridique", "legal form", "legal status", "form",
    ),
    "enterprise_number": (
        "kbo", "kbo nummer", "kbo nr", "nr kbo", "ondernemingsnummer", "ondernemingsnr",
        "onderneming nr", "btw nummer", "btw", "bce", "numero bce", "numero d entreprise",
        "n d entreprise", "no d entreprise", "enterprise number", "company number", "kbo bce",
    ),
    "street": (
        "adres", "straat", "straat en nummer", "straat nr", "straatnaam", "huisnummer", "nr",
        "nummer", "adresse", "rue", "numero", "address", "street", "house number",
    ),
    "postcode": (
        "postcode", "pc", "post code", "postnummer", "code postal", "cp", "zip", "zip code",
        "postal code",
    ),
    "municipality": (
        "gemeente", "woonplaats", "stad", "plaats", "deelgemeente", "commune", "localite",
        "ville", "municipality", "city", "town", "place",
    ),
    "province": ("provincie", "prov", "province", "regio", "region"),
    "partner_countries": (
        "partnerland", "partnerlanden", "partnerland en", "land", "landen", "land en", "pays",
        "pays partenaire", "pays partenaires", "countries", "country", "partner country",
        "partner countries",
    ),
    "themes": (
        "thema", "themas", "thema s", "sector", "sectoren", "sector en", "domein", "theme",
        "themes", "secteur", "secteurs", "domaine", "thematique",
    ),
    "founded_year": (
        "opgericht", "opgericht in", "oprichtingsjaar", "oprichting", "jaar van oprichting",
        "oprichtingsdatum", "sinds", "fonde en", "fondation", "annee de fondation",
        "date de creation", "founded", "year founded", "founding year",
    ),
    "panel_member": (
        "panel", "panellid", "4de pijlerpanel", "4de pijler panel", "lid panel", "panel member",
        "membre du panel",
    ),
    "status": ("status", "statut"),
    "tags": ("tags", "tag", "trefwoorden", "labels", "mots cles", "keywords"),
    "notes": (
        "opmerkingen", "opmerking", "notities", "notitie", "notes", "note", "commentaar",
        "remarques", "remarque", "commentaires", "comments", "remarks", "info", "extra info",
    ),
    "contact_name": (
        "contactpersoon", "contact", "naam contactpersoon", "contactpersoon naam", "contact naam",
        "personne de contact", "contact person", "contact name", "verantwoordelijke",
    ),
    "contact_role": ("functie", "rol", "role", "fonction"),
    "contact_email": (
        "e mail", "email", "mail", "e mailadres", "emailadres", "mailadres", "courriel",
        "adresse e mail", "e mail address", "email address",
    ),
    "contact_phone": (
        "tel", "telefoon", "telefoonnummer", "tel nr", "gsm", "gsm nummer", "telephone", "phone",
        "mobile", "gsm tel", "tel gsm", "telefoon gsm", "portable", "mobiel",
    ),
    "contact_language": ("taal", "langue", "language"),
}

_EXACT: dict[str, str] = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}

# Distinctive words, tried in this order when no whole header matched.
_WORD_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("enterprise_number", ("kbo", "bce", "ondernemingsnummer", "ondernemingsnr", "btw")),
    ("contact_email", ("mail", "email", "courriel", "emailadres", "mailadres")),
    ("contact_phone", ("tel", "telefoon", "gsm", "phone", "telephone", "mobiel", "mobile")),
    ("postcode", ("postcode", "pc", "cp", "postal", "postnummer")),
    ("municipality", ("gemeente", "woonplaats", "commune", "city", "stad", "municipality", "localite")),
    ("province", ("prov", "provincie", "province")),
    ("partner_countries", ("land", "landen", "partnerland", "partnerlanden", "pays", "country", "countries")),
    ("themes", ("thema", "themas", "sector", "sectoren", "theme", "themes", "secteur", "domaine")),
    ("legal_form", ("rechtsvorm", "vorm", "forme", "legal")),
    ("founded_year", ("opgericht", "oprichting", "oprichtingsjaar", "founded", "fondation", "fonde")),
    ("panel_member", ("panel", "pijlerpanel", "panellid")),
    ("notes", ("opmerkingen", "opmerking", "notities", "notes", "remarques", "commentaar", "comments")),
    ("contact_name", ("contactpersoon", "contact")),
    ("name", ("naam", "nom", "name", "organisatie", "organisation")),
    ("street", ("adres", "straat", "address", "adresse", "rue", "street")),
)

_CONTACT_WORDS = {"contact", "contactpersoon", "persoon", "personne", "verantwoordelijke"}


def header_key(header: Any) -> str:
    """The folded form of a header: what matching and remembering compare."""
    if header is None:
        return ""
    return " ".join(search_terms(str(header)))


def match_header(key: str, exact: Mapping[str, str], word_rules: Sequence[tuple[str, tuple[str, ...]]]) -> str | None:
    """The field a header (its :func:`header_key`) names: the whole key in *exact*, else the first of
    *word_rules* one of its words is a marker of; None when neither. Registrations are guessed so too."""
    if key in exact:
        return exact[key]
    words = key.split()
    return next((field for field, markers in word_rules if any(word in markers for word in words)), None)


def guess_field(header: Any) -> str | None:
    """The field a header most likely names, or None."""
    key = header_key(header)
    words = key.split()
    if key not in _EXACT and any(word in _CONTACT_WORDS for word in words):
        for word in words:
            if word in ("mail", "email", "courriel") or word.endswith("mail"):
                return "contact_email"
            if word in ("tel", "telefoon", "gsm", "phone", "telephone"):
                return "contact_phone"
            if word in ("functie", "rol", "role", "fonction"):
                return "contact_role"
        return "contact_name"
    return match_header(key, _EXACT, _WORD_RULES)


def propose(headers: Sequence[Any]) -> list[str | None]:
    """A field (or None) for every column; a single-value field goes to its first column only."""
    taken: set[str] = set()
    proposal: list[str | None] = []
    for header in headers:
        field = guess_field(header)
        if field is not None and field in taken and field not in MULTI_COLUMN:
            field = None
        if field is not None:
            taken.add(field)
        proposal.append(field)
    return proposal


def recognised_count(headers: Sequence[Any]) -> int:
    """How many cells of a row look like headers we know: finding the header row."""
    return sum(1 for field in propose(headers) if field is not None)


# --- remembering ------------------------------------------------------------------------------

MEMORY_FILE = "import_mappings.json"
_MEMORY_LIMIT = 50


def fingerprint(headers: Sequence[Any]) -> str:
    """The same for files whose headers read the same once folded."""
    keys = json.dumps([header_key(header) for header in headers])
    return hashlib.sha256(keys.encode("utf-8")).hexdigest()[:32]


def _load(path: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    mappings = loaded.get("mappings") if isinstance(loaded, dict) else None
    return mappings if isinstance(mappings, dict) else {}


def recall(data_dir: Path | None, headers: Sequence[Any]) -> list[str | None] | None:
    """The mapping confirmed earlier for files with these headers, if any."""
    if data_dir is None:
        return None
    entry = _load(data_dir / MEMORY_FILE).get(fingerprint(headers))
    if not isinstance(entry, dict):
        return None
    fields = entry.get("fields")
    if not isinstance(fields, list) or len(fields) != len(headers):
        return None
    if not all(field is None or field in IMPORT_FIELDS for field in fields):
        return None
    return list(fields)


def remembered_payload(data_dir: Path, headers: Sequence[Any],
                       fields: Sequence[str | None]) -> tuple[Path, bytes]:
    """The memory file's path and new content keeping *fields* for files with these headers.

    The caller writes it atomically (``services.desk.write_atomically``); the newest 50 are kept.
    """
    path = data_dir / MEMORY_FILE
    mappings = _load(path)
    mappings.pop(fingerprint(headers), None)
    mappings[fingerprint(headers)] = {
        "headers": [str(header) if header is not None else "" for header in headers],
        "fields": list(fields),
        "saved_at": clock.now().isoformat(timespec="seconds"),
    }
    while len(mappings) > _MEMORY_LIMIT:
        mappings.pop(next(iter(mappings)))
    payload = json.dumps({"version": 1, "mappings": mappings}, indent=2, ensure_ascii=False)
    return path, payload.encode("utf-8")
