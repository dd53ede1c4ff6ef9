"""Belgian postcodes and the province they belong to."""

from __future__ import annotations

# (first, last, province code); Walloon provinces count as "outside" Flanders.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (1000, 1299, "brussel"),
    (1300, 1499, "outside"),  # Walloon Brabant
    (1500, 1999, "vlaams-brabant"),
    (2000, 2999, "antwerpen"),
    (3000, 3499, "vlaams-brabant"),
    (3500, 3999, "limburg"),
    (4000, 7999, "outside"),  # Liège, Namur, Hainaut, Luxembourg
    (8000, 8999, "west-vlaanderen"),
    (9000, 9999, "oost-vlaanderen"),
)


def is_belgian_postcode(text: str) -> bool:
    text = text.strip()
    return len(text) == 4 and text.isdigit() and text[0] != "0"


def province_for_postcode(text: str) -> str | None:
    """The province code for a Belgian postcode, or None when it is not one."""
    if not is_belgian_postcode(text):
        return None
    number = int(text)
    for first, last, province in _RANGES:
        if first <= number <= last:
            return province
    return None
