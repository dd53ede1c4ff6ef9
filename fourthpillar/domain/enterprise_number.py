"""Belgian enterprise numbers (KBO/BCE): ten digits, the last two a mod-97 check of the first eight."""

from __future__ import annotations

import re

from fourthpillar.i18n import QT_TRANSLATE_NOOP

_SEPARATORS = re.compile(r"[\s.\-/]")
_PREFIX = re.compile(r"^(BE|KBO|BCE|ON|NO)[:\s]*", re.IGNORECASE)


class InvalidEnterpriseNumber(ValueError):
    """The text is not a valid enterprise number; the message says why."""


def check_digits_match(digits: str) -> bool:
    """Whether the last two of ten *digits* are the mod-97 check of the first eight."""
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def normalise_enterprise_number(text: str) -> str:
    """Return the number as ``0123.456.749`` from any common spelling, or raise.

    Accepts ``BE 0123 456 749``, ``0123.456.749``, ``123456749`` (the old nine-digit form,
    which gets its leading zero), with spaces, dots, dashes or slashes.
    """
    raw = _PREFIX.sub("", text.strip())
    digits = _SEPARATORS.sub("", raw)
    if not digits.isdigit():
        raise InvalidEnterpriseNumber(
            QT_TRANSLATE_NOOP("Validation", "may contain only digits, spaces, dots and dashes")
        )
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10:
        raise InvalidEnterpriseNumber(QT_TRANSLATE_NOOP("Validation", "must have 10 digits"))
    if digits[0] not in "01":
        raise InvalidEnterpriseNumber(QT_TRANSLATE_NOOP("Validation", "must start with 0 or 1"))
    if not check_digits_match(digits):
        raise InvalidEnterpriseNumber(QT_TRANSLATE_NOOP("Validation", "check digits do not match (a typing error?)"))
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def is_valid_enterprise_number(text: str) -> bool:
    try:
        normalise_enterprise_number(text)
    except InvalidEnterpriseNumber:
        return False
    return True
