"""A database address (a SQLAlchemy URL) as it may be shown or kept: never with its password.

Messages name where a database is (:func:`location`) or the address as typed with its password
as ``***`` (:func:`hiding_password`); settings, which are plain text, keep it without one
(:func:`without_password`).
"""

from __future__ import annotations

import re

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

# "scheme:...//user:password@" in an address SQLAlchemy cannot read (a port that is not a
# number, one slash too few): what is between the first ':' after the user and the last '@'.
_TYPED_PASSWORD = re.compile(r"(?P<user>^[^:/@]+:/*[^:/@]*):[^/]*@")


def location(url: str) -> str:
    """Where *url* points, for a message: the file, or host/name without user, password or the
    options after '?' (libpq takes a password there too: ``?password=...``)."""
    return url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1].split("?", 1)[0]


def hiding_password(url: str) -> str:
    """*url* as typed, with its password (if it has one that can be found) as ***."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return _TYPED_PASSWORD.sub(r"\g<user>:***@", url)
    if "password" in parsed.query:
        parsed = parsed.update_query_dict({"password": "***"})
    return parsed.render_as_string(hide_password=True)


def without_password(url: str) -> str:
    """*url* with its password left out, for settings kept as plain text.

    ValueError when *url* is not a database address at all.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        raise ValueError(str(error)) from None
    if parsed.password is None and "password" not in parsed.query:
        return url
    return parsed._replace(password=None).difference_update_query(["password"]).render_as_string(
        hide_password=False)
